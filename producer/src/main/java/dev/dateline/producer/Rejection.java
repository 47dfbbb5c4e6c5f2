package dev.dateline.producer;

/** A record that was not published: where it came from, which field was wrong, and why. */
public record Rejection(Origin origin, String field, String reason, String verbatim) {

    /** {@code samples/malformed.jsonl:4: field 'published': missing (accepted: ...)} */
    public String message() {
        return origin + ": " + (field != null ? "field '" + field + "': " : "") + reason;
    }
}

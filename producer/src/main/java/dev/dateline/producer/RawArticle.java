package dev.dateline.producer;

import java.util.Map;

/**
 * An article as read from an input, before validation: every field as the input gave it (null when
 * absent). {@code origin} says where the record starts ({@code file.jsonl:12}); {@code fieldLines}
 * gives a more precise line for fields that an input spreads over several lines (front matter keys,
 * feed elements), so that an error points at the line to fix.
 *
 * <p>{@code timezone} is null when the input does not give one, in which case the offset or zone of
 * {@code published} is used; an empty string says explicitly that the article has no timezone (an
 * export of a record written before timezones were kept).
 */
public record RawArticle(
        String id,
        String url,
        String source,
        String title,
        String published,
        String body,
        String language,
        String revision,
        String fetched,
        String timezone,
        Origin origin,
        String verbatim,
        Map<String, Long> fieldLines) {

    public RawArticle {
        fieldLines = fieldLines == null ? Map.of() : Map.copyOf(fieldLines);
    }

    /** An article whose fields all come from the line {@code origin} (JSON Lines). */
    public RawArticle(String id, String url, String source, String title, String published, String body,
                      String language, String revision, String fetched, Origin origin, String verbatim) {
        this(id, url, source, title, published, body, language, revision, fetched, null, origin, verbatim, Map.of());
    }

    /** Where {@code field} was given, or the record's origin when the input does not say. */
    public Origin origin(String field) {
        Long line = fieldLines.get(field);
        return line == null ? origin : new Origin(origin.input(), line);
    }
}

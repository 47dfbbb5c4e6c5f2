package dev.dateline.producer;

/** Where a record came from: an input name (file path or {@code stdin}) and a line or entry number. */
public record Origin(String input, long line) {
    @Override
    public String toString() {
        return line > 0 ? input + ":" + line : input;
    }
}

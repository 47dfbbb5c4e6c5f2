package dev.dateline.producer;

/**
 * An article as read from an input, before validation: every field as the input gave it (null when
 * absent). {@code origin} says where it came from, for error messages ({@code file.jsonl:12}).
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
        Origin origin,
        String verbatim) {
}

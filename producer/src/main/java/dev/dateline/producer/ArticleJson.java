package dev.dateline.producer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dateline.schema.ArticleEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes an {@link ArticleEvent} as one JSON Lines record that {@link JsonLinesReader} and
 * {@link ArticleValidator} turn back into the same event.
 *
 * <p>{@code published} is written in the article's own offset or zone ({@code
 * 2023-12-05T08:00:00+09:00}, {@code …+09:00[Asia/Seoul]}), which is how the timezone survives:
 * parsing it gives back both the instant and the timezone. {@code timezone} is written too, so
 * that an article without one (written before timezones were kept) stays without one.
 */
public final class ArticleJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ArticleJson() {
    }

    /** One line of JSON, without the line break. */
    public static String line(ArticleEvent a) {
        StringWriter out = new StringWriter(a.getBody().length() + 512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", a.getId());
            writeOptional(g, "url", a.getUrl());
            writeOptional(g, "source", a.getSource());
            writeOptional(g, "title", a.getTitle());
            g.writeStringField("published", PublishedTime.format(a.getPublished(), a.getTimezone()));
            if (a.getTimezone() == null) {
                g.writeNullField("timezone");
            } else {
                g.writeStringField("timezone", a.getTimezone());
            }
            writeOptional(g, "language", a.getLanguage());
            g.writeNumberField("revision", a.getRevision());
            if (a.getFetched() != null) {
                g.writeStringField("fetched", a.getFetched().toString());
            }
            g.writeStringField("body", a.getBody());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeOptional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}

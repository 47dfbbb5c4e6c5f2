package dev.dateline.producer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Reads JSON Lines articles one line at a time, in constant memory. Each line must be one JSON
 * object with the fields {@code id, url, source, title, published, body} and optionally
 * {@code language, revision, fetched, timezone}; other fields are ignored. A line that is not such
 * an object becomes an {@link InputRecord.Unreadable} with its line number and the parser's
 * reason; blank lines are skipped.
 *
 * <p>Lines are read with Jackson's streaming parser rather than into a tree: a 5 KB article is
 * mostly its body, and copying it once into a {@code String} is all the work there is to do.
 */
public final class JsonLinesReader implements Iterator<InputRecord>, AutoCloseable {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final BufferedReader reader;
    private final String inputName;
    private long lineNumber;
    private InputRecord next;

    public JsonLinesReader(BufferedReader reader, String inputName) {
        this.reader = reader;
        this.inputName = inputName;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readNext();
        }
        return next != null;
    }

    @Override
    public InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRecord r = next;
        next = null;
        return r;
    }

    /** Number of lines read so far. */
    public long linesRead() {
        return lineNumber;
    }

    private InputRecord readNext() {
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    return parse(line, new Origin(inputName, lineNumber));
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + inputName + " after line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    static InputRecord parse(String line, Origin origin) {
        String id = null;
        String url = null;
        String source = null;
        String title = null;
        String published = null;
        String body = null;
        String language = null;
        String revision = null;
        String fetched = null;
        String timezone = null;
        try (JsonParser p = JSON.createParser(line)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return new InputRecord.Unreadable(origin, "expected a JSON object, found " + describe(first), line);
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                String text;
                if (value == JsonToken.VALUE_NULL) {
                    text = null;
                } else if (value.isScalarValue()) {
                    text = p.getText();
                } else {
                    p.skipChildren();
                    if (isArticleField(name)) {
                        return new InputRecord.Unreadable(origin, name, "expected a string, found " + describe(value), line);
                    }
                    continue;
                }
                switch (name) {
                    case "id" -> id = text;
                    case "url" -> url = text;
                    case "source" -> source = text;
                    case "title" -> title = text;
                    case "published" -> published = text;
                    case "body" -> body = text;
                    case "language" -> language = text;
                    case "revision" -> revision = text;
                    case "fetched" -> fetched = text;
                    case "timezone" -> timezone = text == null ? "" : text;
                    default -> {
                        // other fields (a crawler's own bookkeeping) are not part of the article
                    }
                }
            }
            if (t != JsonToken.END_OBJECT) {
                return new InputRecord.Unreadable(origin, "expected a field name, found " + describe(t), line);
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                return new InputRecord.Unreadable(origin, "not valid JSON at column " + p.currentLocation().getColumnNr()
                        + ": more content after the object (one article per line)", line);
            }
        } catch (JsonProcessingException e) {
            return new InputRecord.Unreadable(origin, "not valid JSON at column " + e.getLocation().getColumnNr()
                    + ": " + conciseReason(e.getOriginalMessage()), line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InputRecord.Parsed(new RawArticle(id, url, source, title, published, body, language, revision,
                fetched, timezone, origin, line, null));
    }

    private static boolean isArticleField(String name) {
        return switch (name) {
            case "id", "url", "source", "title", "published", "body", "language", "revision", "fetched", "timezone" -> true;
            default -> false;
        };
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_ARRAY -> "array";
            case START_OBJECT -> "object";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Jackson's message without its source-location boilerplate. */
    private static String conciseReason(String message) {
        String m = message == null ? "unreadable" : message;
        int cut = m.indexOf(" (start marker");
        if (cut > 0) {
            m = m.substring(0, cut);
        }
        cut = m.indexOf('\n');
        return cut > 0 ? m.substring(0, cut) : m;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

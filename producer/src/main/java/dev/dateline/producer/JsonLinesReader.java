package dev.dateline.producer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads JSON Lines articles one line at a time, in constant memory. Each line must be one JSON
 * object with the fields {@code id, url, source, title, published, body} and optionally
 * {@code language, revision, fetched}. A line that is not such an object becomes an
 * {@link InputRecord.Unreadable} with its line number and the parser's reason; blank lines are skipped.
 */
public final class JsonLinesReader implements Iterator<InputRecord>, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

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
            throw new UncheckedIOException("reading " + inputName + " after line " + lineNumber, e);
        }
    }

    static InputRecord parse(String line, Origin origin) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new InputRecord.Unreadable(origin, "not valid JSON at column " + e.getLocation().getColumnNr()
                    + ": " + conciseReason(e.getOriginalMessage()), line);
        }
        if (node == null || !node.isObject()) {
            return new InputRecord.Unreadable(origin, "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)), line);
        }
        return new InputRecord.Parsed(new RawArticle(
                text(node, "id"), text(node, "url"), text(node, "source"), text(node, "title"),
                text(node, "published"), text(node, "body"), text(node, "language"),
                text(node, "revision"), text(node, "fetched"), origin, line));
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

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

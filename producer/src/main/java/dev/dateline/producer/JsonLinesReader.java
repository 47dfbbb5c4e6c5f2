package dev.dateline.producer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** Longest line read; a longer one is reported and skipped without being held in memory. */
    static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    private final BufferedReader reader;
    private final InputStream in;
    private final String inputName;
    private long lineNumber;
    private InputRecord next;
    private byte[] buffer;
    private int start;
    private int end;
    private boolean eof;
    private IOException readError;

    /** Reads lines of text; for inputs that are already characters. */
    public JsonLinesReader(BufferedReader reader, String inputName) {
        this.reader = reader;
        this.in = null;
        this.inputName = inputName;
    }

    /**
     * Reads lines of UTF-8 bytes. Faster than decoding to characters first, and a line whose bytes
     * are not UTF-8 is reported by itself instead of ending the input.
     */
    public JsonLinesReader(InputStream in, String inputName) {
        this.reader = null;
        this.in = in;
        this.inputName = inputName;
        this.buffer = new byte[256 * 1024];
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
        if (in != null) {
            return readNextBytes();
        }
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

    private InputRecord readNextBytes() {
        try {
            while (true) {
                int newline = indexOfNewline(start, end);
                while (newline < 0 && !eof) {
                    int scanned = end - start;
                    if (!fill()) {
                        return skipLongLine();
                    }
                    newline = indexOfNewline(start + scanned, end);
                }
                int lineStart = start;
                int lineEnd;
                if (newline >= 0) {
                    lineEnd = newline;
                    start = newline + 1;
                } else if (readError != null) {
                    IOException e = readError;
                    readError = null;
                    start = end; // a line cut short by the failure is not a record
                    throw e;
                } else if (start < end) {
                    lineEnd = end; // the last line has no line break
                    start = end;
                } else {
                    return null;
                }
                lineNumber++;
                if (lineEnd > lineStart && buffer[lineEnd - 1] == '\r') {
                    lineEnd--;
                }
                if (!isBlank(buffer, lineStart, lineEnd)) {
                    return parse(buffer, lineStart, lineEnd - lineStart, new Origin(inputName, lineNumber));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + inputName + " after line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The first line break in buffer[from, to), eight bytes at a time: looking for line ends was
     * an eighth of the reading thread's time when done byte by byte.
     */
    private int indexOfNewline(int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(buffer, i) ^ NEWLINES;
            long found = (word - LOW_BITS) & ~word & HIGH_BITS; // a high bit where a byte was '\n'
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads more bytes after those not yet consumed, compacting or growing the buffer; false when
     * the line under way is over {@link #MAX_LINE_BYTES}.
     */
    private boolean fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            if (buffer.length >= MAX_LINE_BYTES) {
                return false;
            }
            buffer = java.util.Arrays.copyOf(buffer, Math.min(MAX_LINE_BYTES, buffer.length * 2));
        }
        int n;
        try {
            n = in.read(buffer, end, buffer.length - end);
        } catch (IOException e) {
            // give out the whole lines read before the failure, then the failure
            readError = e;
            eof = true;
            return true;
        }
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
        return true;
    }

    private InputRecord skipLongLine() throws IOException {
        lineNumber++;
        Origin origin = new Origin(inputName, lineNumber);
        String preview = new String(buffer, 0, Math.min(200, end), StandardCharsets.UTF_8);
        // drop the rest of the line without keeping it
        start = 0;
        end = 0;
        while (true) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                eof = true;
                break;
            }
            int newline = -1;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            if (newline >= 0) {
                start = newline + 1;
                end = n;
                break;
            }
        }
        return new InputRecord.Unreadable(origin, "the line is over " + MAX_LINE_BYTES / (1024 * 1024)
                + " MB, more than any article; not read", preview + "…");
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != 0x0B) {
                return false;
            }
        }
        return true;
    }

    static InputRecord parse(byte[] bytes, int offset, int length, Origin origin) {
        String verbatim = new String(bytes, offset, length, StandardCharsets.UTF_8);
        try (JsonParser p = JSON.createParser(bytes, offset, length)) {
            return parse(p, verbatim, origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputRecord parse(String line, Origin origin) {
        try (JsonParser p = JSON.createParser(line)) {
            return parse(p, line, origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputRecord parse(JsonParser p, String line, Origin origin) throws IOException {
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
        try {
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
                return new InputRecord.Unreadable(origin, "not valid JSON at column " + p.currentTokenLocation().getColumnNr()
                        + ": more content after the object (one article per line)", line);
            }
        } catch (JsonProcessingException e) {
            String reason = conciseReason(e.getOriginalMessage());
            if (reason.startsWith("Invalid UTF-8")) {
                return new InputRecord.Unreadable(origin, "not UTF-8 text at column " + e.getLocation().getColumnNr()
                        + " (" + reason + ")", line);
            }
            return new InputRecord.Unreadable(origin, "not valid JSON at column " + e.getLocation().getColumnNr()
                    + ": " + reason, line);
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
        m = cut > 0 ? m.substring(0, cut) : m;
        // the byte and the character parsers word this one differently; say it one way
        return m.equals("Unexpected end-of-input in VALUE_STRING")
                ? "Unexpected end-of-input: was expecting closing quote for a string value" : m;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        } else {
            in.close();
        }
    }
}

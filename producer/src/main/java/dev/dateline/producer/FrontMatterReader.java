package dev.dateline.producer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one article from a text or Markdown file with a small front matter:
 *
 * <pre>
 * ---
 * title: Seoul weighs its options
 * published: 2023-12-05T08:00:00+09:00
 * url: https://news.example/harbour-post/2023/12/05/options
 * source: Harbour Post
 * ---
 * The body, as plain text, up to the end of the file.
 * </pre>
 *
 * <p>Keys are {@code id, url, source, title, published} ({@code date} is accepted for it, as static
 * site generators write it), {@code language, revision, fetched, timezone}; values may be quoted.
 * Other keys (tags, draft, …) are ignored. The body is the rest of the file without the blank lines
 * around it.
 */
public final class FrontMatterReader {

    static final String FORMAT_HINT = "a text article starts with a '---' line, then 'key: value' lines "
            + "(title, published, url, source), then a '---' line and the body";

    private FrontMatterReader() {
    }

    /** Parses {@code text}, the whole file named {@code inputName}. */
    public static InputRecord parse(String text, String inputName) {
        Origin origin = new Origin(inputName, 1);
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return new InputRecord.Unreadable(origin, "no front matter: " + FORMAT_HINT, text);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Long> fieldLines = new HashMap<>();
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            long lineNumber = i + 1L;
            if (line.strip().equals("---")) {
                close = i;
                break;
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                return new InputRecord.Unreadable(new Origin(inputName, lineNumber),
                        "expected 'key: value' in the front matter, found '" + line.strip() + "'", text);
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (key.equals("date")) {
                key = "published";
            }
            if (values.containsKey(key)) {
                return new InputRecord.Unreadable(new Origin(inputName, lineNumber), key,
                        "given twice in the front matter (first at line " + fieldLines.get(key) + ")", text);
            }
            values.put(key, unquote(line.substring(colon + 1).strip()));
            fieldLines.put(key, lineNumber);
        }
        if (close < 0) {
            return new InputRecord.Unreadable(origin, "the front matter opened at line 1 is not closed by a '---' line",
                    text);
        }
        int bodyStart = close + 1;
        while (bodyStart < lines.length && lines[bodyStart].isBlank()) {
            bodyStart++;
        }
        // an empty body is reported at the line after the front matter, where it should start
        fieldLines.put("body", bodyStart < lines.length ? bodyStart + 1L : close + 2L);
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(bodyStart, lines.length)).stripTrailing();
        return new InputRecord.Parsed(new RawArticle(values.get("id"), values.get("url"), values.get("source"),
                values.get("title"), values.get("published"), body, values.get("language"), values.get("revision"),
                values.get("fetched"), values.get("timezone"), origin, text, fieldLines));
    }

    private static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            char last = value.charAt(value.length() - 1);
            if ((first == '"' || first == '\'') && last == first) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }
}

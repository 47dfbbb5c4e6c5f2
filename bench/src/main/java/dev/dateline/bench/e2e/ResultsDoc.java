package dev.dateline.bench.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Appends a row to the results table of {@code docs/benchmarks.md}, inside the section between
 * {@code <!-- e2e:begin -->} and {@code <!-- e2e:end -->}; rows go just above
 * {@code <!-- e2e:rows:end -->}. A file without the section gets one at its end.
 */
public final class ResultsDoc {

    static final String BEGIN = "<!-- e2e:begin -->";
    static final String END = "<!-- e2e:end -->";
    static final String ROWS_END = "<!-- e2e:rows:end -->";
    static final String HEADER = """
            | date (UTC) | commit | settings | load (1/5/15 min) | Dateline end-to-end | pass-through ceiling | extraction ceiling | ratio | latency p50 / p95 / p99 (at rate) | replay | restore |
            |---|---|---|---|---|---|---|---|---|---|---|
            """;

    private ResultsDoc() {
    }

    public static void append(Path file, String row) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Files.writeString(file, withRow(text, row), StandardCharsets.UTF_8);
    }

    static String withRow(String text, String row) {
        String line = row.endsWith("\n") ? row : row + "\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            return text + sep + "\n" + BEGIN + "\n## End to end\n\n" + HEADER + line + ROWS_END + "\n" + END + "\n";
        }
        int rowsEnd = text.indexOf(ROWS_END, begin);
        if (rowsEnd < 0 || rowsEnd > end) {
            return text.substring(0, end) + HEADER + line + ROWS_END + "\n" + text.substring(end);
        }
        return text.substring(0, rowsEnd) + line + text.substring(rowsEnd);
    }
}

package dev.dateline.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the engine's data files: UTF-8 lines, {@code #} comments and blank lines skipped. */
final class Resources {

    private Resources() {
    }

    /** A non-comment line and where it came from, for error messages. */
    record Line(String source, int number, String text) {
        String[] columns(int min) {
            String[] cols = text.split("\t");
            if (cols.length < min) {
                throw new IllegalStateException(source + " line " + number + ": expected at least " + min
                        + " tab-separated columns, found " + cols.length + ": " + text);
            }
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].strip();
            }
            return cols;
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(source + " line " + number + ": " + message + ": " + text);
        }
    }

    static List<Line> bundled(String name) {
        InputStream in = Resources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing extraction resource " + name);
        }
        return read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static List<Line> file(Path path) {
        try {
            return read(path.toString(), Files.newBufferedReader(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Line> read(String source, Reader reader) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String stripped = line.strip();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                lines.add(new Line(source, number, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}

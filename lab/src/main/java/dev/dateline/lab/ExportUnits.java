package dev.dateline.lab;

import dev.dateline.extraction.LabAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the reader experiment's units (see {@link ReaderUnits}) as JSON lines, one per (sentence, date
 * expression), with the types of the engine's events it dates ({@code rules}) and of the gold events assigned to
 * it ({@code gold}); coverage counts go to stderr. The file is written under a temporary name, then renamed.
 * Usage: {@code ExportUnits OUT.jsonl GOLD_DIR...}.
 */
public final class ExportUnits {

    private ExportUnits() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long t0 = System.nanoTime();
        List<ReaderUnits.Article> articles = ReaderUnits.create().load(List.of(args).subList(1, args.length));
        List<String> lines = new ArrayList<>();
        int units = 0;
        int positive = 0;
        int rulesRight = 0;
        int withRules = 0;
        int goldLabels = 0;
        int labelsInRules = 0;
        int rulesLabels = 0;
        int rulesLabelsInGold = 0;
        for (ReaderUnits.Article a : articles) {
            for (ReaderUnits.Unit u : a.units()) {
                Set<String> rules = new LinkedHashSet<>();
                for (int i : u.events()) {
                    rules.add(a.events().get(i).type().name());
                }
                LabAnalysis.Sentence s = a.text().sentences().get(u.sentence());
                lines.add(line(a, u, s, rules));
                units++;
                positive += u.gold().isEmpty() ? 0 : 1;
                withRules += rules.isEmpty() ? 0 : 1;
                rulesRight += u.gold().stream().anyMatch(rules::contains) ? 1 : 0;
                goldLabels += u.gold().size();
                labelsInRules += (int) u.gold().stream().filter(rules::contains).count();
                rulesLabels += rules.size();
                rulesLabelsInGold += (int) rules.stream().filter(u.gold()::contains).count();
            }
        }
        write(out, lines);
        System.err.printf(Locale.ROOT, "%d articles, %.1f s%n", articles.size(), (System.nanoTime() - t0) / 1e9);
        ReaderUnits.COUNTS.forEach((k, v) -> System.err.printf(Locale.ROOT, "  %-75s %6d%n", k, v));
        System.err.printf(Locale.ROOT, "units %d, positive %d, with an engine event %d%n", units, positive, withRules);
        System.err.printf(Locale.ROOT, "rules' recall on positive units (a gold type among rules) %.4f (%d/%d)%n",
                (double) rulesRight / Math.max(1, positive), rulesRight, positive);
        System.err.printf(Locale.ROOT, "unit labels: gold %d, of them among rules %d (%.4f); rules %d, of them gold %d (%.4f)%n",
                goldLabels, labelsInRules, (double) labelsInRules / Math.max(1, goldLabels), rulesLabels,
                rulesLabelsInGold, (double) rulesLabelsInGold / Math.max(1, rulesLabels));
        System.err.println("wrote " + out);
    }

    /** The lines to {@code out}, written under a temporary name and then renamed. */
    static void write(Path out, List<String> lines) {
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(ReaderUnits.Article a, ReaderUnits.Unit u, LabAnalysis.Sentence s, Set<String> rules) {
        return "{\"unit\":" + str(u.id()) + ",\"set\":" + str(a.set()) + ",\"article\":" + str(a.gold().id())
                + ",\"title\":" + str(a.gold().title())
                + ",\"prev\":" + str(u.sentence() > 0 ? a.sentence(u.sentence() - 1) : "")
                + ",\"sentence\":" + str(a.sentence(u.sentence()))
                + ",\"sentStart\":" + s.start() + ",\"tStart\":" + (u.tStart() - s.start()) + ",\"tEnd\":"
                + (u.tEnd() - s.start()) + ",\"value\":" + str(u.date().value()) + ",\"rules\":" + list(rules)
                + ",\"gold\":" + list(u.gold()) + "}";
    }

    private static String list(Iterable<String> xs) {
        StringBuilder b = new StringBuilder("[");
        for (String x : xs) {
            b.append(b.length() > 1 ? "," : "").append(str(x));
        }
        return b.append(']').toString();
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

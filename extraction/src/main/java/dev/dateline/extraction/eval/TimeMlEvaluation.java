package dev.dateline.extraction.eval;

import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.Timex;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Tags every TimeML ({@code .tml}) or MEANTIME ({@code .xml}) file under the given folders and
 * prints the TempEval-3 measures overall and per file; with errors, every miss, spurious
 * expression and wrong value with its context. The format of each file is detected.
 */
public final class TimeMlEvaluation {

    private TimeMlEvaluation() {
    }

    /** Every annotated document under the paths (files or folders), in name order. */
    public static List<AnnotatedDocument> load(List<Path> paths) {
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (Path p : paths) {
            List<Path> files;
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    files = s.filter(Files::isRegularFile)
                            .filter(f -> f.toString().endsWith(".tml") || f.toString().endsWith(".xml"))
                            .sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files = List.of(p);
            }
            for (Path f : files) {
                if (f.toString().endsWith(".tml")) {
                    docs.add(TimeMlReader.read(f));
                } else if (MeantimeReader.isMeantime(f)) {
                    docs.add(MeantimeReader.read(f));
                } else if (f.toString().endsWith(".xml")) {
                    try {
                        docs.add(TimeMlReader.read(f));
                    } catch (UncheckedIOException | IllegalArgumentException e) {
                        // not annotated text (a schema or a licence): skip it
                    }
                }
            }
        }
        return docs;
    }

    /** Scores the documents, printing the report to {@code out}; returns the total. */
    public static TempEvalScorer.Score run(Extractor extractor, List<AnnotatedDocument> docs, boolean perFile,
                                           boolean showErrors, PrintStream out) {
        TempEvalScorer.Score total = TempEvalScorer.Score.EMPTY;
        List<TempEvalScorer.Error> errors = showErrors ? new ArrayList<>() : null;
        long chars = 0;
        for (AnnotatedDocument doc : docs) {
            List<Timex> system = extractor.tag(doc.text(), doc.creationDate());
            TempEvalScorer.Score s = TempEvalScorer.score(doc, system, errors);
            total = total.plus(s);
            chars += doc.text().length();
            if (perFile) {
                out.printf(Locale.ROOT, "%-45s strict %.3f  relaxed %.3f  value %.3f  type %.3f  (gold %d, found %d)%n",
                        doc.name(), s.strict().f1(), s.relaxed().f1(), s.value().f1(), s.type().f1(),
                        s.strict().gold(), s.strict().predicted());
            }
        }
        if (errors != null) {
            out.println();
            errors.forEach(out::println);
        }
        out.println();
        out.printf(Locale.ROOT, "documents %d, characters %d, gold time expressions %d, found %d%n", docs.size(), chars,
                total.strict().gold(), total.strict().predicted());
        out.println("strict extent   " + total.strict());
        out.println("relaxed extent  " + total.relaxed());
        out.println("value           " + total.value());
        out.println("type            " + total.type());
        return total;
    }

    /** For development: {@code java ... TimeMlEvaluation [--errors] DIR...}. */
    public static void main(String[] args) {
        boolean errors = false;
        List<Path> paths = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--errors")) {
                errors = true;
            } else {
                paths.add(Path.of(a));
            }
        }
        run(Extractor.create(), load(paths), false, errors, System.out);
    }
}

package dev.dateline.cli;

import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.eval.GoldArticle;
import dev.dateline.extraction.eval.GoldEventScorer;
import dev.dateline.extraction.eval.TimeMlEvaluation;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval}: measures the extraction engine. {@code timeml} scores time expressions
 * on TimeML folders with the TempEval-3 measures, {@code meantime} the same on MEANTIME XML (the
 * reader detects either format, so both subcommands accept both), {@code events} scores dated
 * events against the project's gold articles.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the extraction engine on annotated corpora.",
        subcommands = {EvalCommand.TimeMl.class, EvalCommand.Meantime.class, EvalCommand.Events.class})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Time expressions on TimeML (or MEANTIME) files: strict and relaxed extent, value and type F1. */
    @Command(name = "timeml", mixinStandardHelpOptions = true,
            description = "TempEval-3 time-expression measures on TimeML (.tml) or MEANTIME (.xml) files.")
    public static final class TimeMl implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders or files to score.")
        List<Path> paths;

        @Option(names = "--errors", description = "List misses, spurious expressions and wrong values with context.")
        boolean errors;

        @Option(names = "--per-file", description = "Print the measures of every file.")
        boolean perFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return runTimeMl(spec, paths, perFile, errors);
        }
    }

    /** The same measures on NewsReader MEANTIME XML. */
    @Command(name = "meantime", mixinStandardHelpOptions = true,
            description = "TempEval-3 time-expression measures on MEANTIME XML files.")
    public static final class Meantime implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders or files to score.")
        List<Path> paths;

        @Option(names = "--errors", description = "List misses, spurious expressions and wrong values with context.")
        boolean errors;

        @Option(names = "--per-file", description = "Print the measures of every file.")
        boolean perFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return runTimeMl(spec, paths, perFile, errors);
        }
    }

    /** Dated events against gold articles: precision, recall and F1 of matched events. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Score dated events against gold articles (one JSON file per article).")
    public static final class Events implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of gold article JSON files.")
        Path dir;

        @Option(names = "--errors", description = "List missed gold events and false positives with their sentence.")
        boolean errors;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isDirectory(dir)) {
                spec.commandLine().getErr().println("no such folder: " + dir);
                return 2;
            }
            List<GoldArticle> articles = GoldArticle.loadAll(dir);
            if (articles.isEmpty()) {
                spec.commandLine().getErr().println("no gold articles (*.json) in " + dir);
                return 2;
            }
            GoldEventScorer.run(Extractor.create(), articles, errors, printStream(spec));
            return 0;
        }
    }

    private static int runTimeMl(CommandSpec spec, List<Path> paths, boolean perFile, boolean errors) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().println("no such file or folder: " + p);
                return 2;
            }
        }
        var docs = TimeMlEvaluation.load(paths);
        if (docs.isEmpty()) {
            spec.commandLine().getErr().println("no TimeML or MEANTIME documents under " + paths);
            return 2;
        }
        TimeMlEvaluation.run(Extractor.create(), docs, perFile, errors, printStream(spec));
        return 0;
    }

    /** Picocli's writer as a PrintStream, so the extraction module's reports go where picocli points. */
    private static PrintStream printStream(CommandSpec spec) {
        PrintWriter w = spec.commandLine().getOut();
        return new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                w.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                w.write(new String(b, off, len, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
                w.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }

    /** For running before the root command registers this one: {@code java ... EvalCommand timeml DIR}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}

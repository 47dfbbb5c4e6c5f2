package dev.dateline.cli;

import dev.dateline.extraction.AttachmentModel;
import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.eval.AnnotatorAgreement;
import dev.dateline.extraction.eval.AttachmentTrainer;
import dev.dateline.extraction.eval.GoldArticle;
import dev.dateline.extraction.eval.GoldEventScorer;
import dev.dateline.extraction.eval.TimeMlEvaluation;
import dev.dateline.reader.EventReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * events against the project's gold articles, {@code attachment} trains the attachment model on them and
 * compares it with the hand-set rules, each gold folder held out in turn, and {@code agreement} measures how far
 * independent human annotations of the same gold articles agree.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the extraction engine on annotated corpora.",
        subcommands = {EvalCommand.TimeMl.class, EvalCommand.Meantime.class, EvalCommand.Events.class,
                EvalCommand.Attachment.class, EvalCommand.Agreement.class})
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

        @Option(names = "--attachment", paramLabel = "FILE",
                description = "Attach dates to triggers with the trained model in FILE (as written by 'eval attachment')"
                        + " instead of the hand-set rules.")
        Path attachment;

        @Option(names = "--reader", description = "Refine the rules' events with the bundled fine-tuned reader.")
        boolean reader;

        @Option(names = "--reader-model", paramLabel = "FILE", description = "Refine the events with this reader model"
                + " (ONNX, as exported by lab/reader/export_onnx.py) instead of the bundled one; implies --reader.")
        Path readerModel;

        @Option(names = "--participant-model", paramLabel = "FILE|off", description = "The reader's participant step: this"
                + " model (ONNX, as exported by lab/reader/participants.py) instead of the bundled one, or off; implies"
                + " --reader.")
        String participantModel;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<GoldArticle> articles = goldArticles(spec, dir);
            if (articles == null) {
                return 2;
            }
            if (attachment != null && !Files.isRegularFile(attachment)) {
                spec.commandLine().getErr().println("no such file: " + attachment);
                return 2;
            }
            Extractor extractor = Extractor.create();
            if (attachment != null) {
                extractor = extractor.withAttachment(AttachmentModel.read(attachment));
            }
            EventReader r;
            try {
                r = Readers.open(reader, readerModel, participantModel);
            } catch (IllegalArgumentException | IllegalStateException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            try (r) {
                GoldEventScorer.run(extractor.withRefiner(r), articles, errors, printStream(spec));
            }
            return 0;
        }
    }

    /**
     * Trains the attachment model on gold folders: each folder is scored with the rules and with a model trained
     * on the other folders; the model trained on all of them is written with {@code --out}.
     */
    @Command(name = "attachment", mixinStandardHelpOptions = true,
            description = "Train the date-to-trigger attachment model on gold folders and compare it with the rules,"
                    + " each folder held out in turn.")
    public static final class Attachment implements Callable<Integer> {

        @Parameters(arity = "2..*", paramLabel = "GOLD_DIR", description = "Gold folders (at least two).")
        List<Path> dirs;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the model trained on every folder here.")
        Path out;

        @Option(names = "--with-rules", description = "Give the model the hand-set rules' choice as a feature.")
        boolean withRules;

        @Option(names = "--learning-curve", description = "Also train on growing shares of the other folders and score"
                + " the last folder with each model.")
        boolean learningCurve;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Map<String, List<GoldArticle>> sets = new LinkedHashMap<>();
            for (Path d : dirs) {
                List<GoldArticle> articles = goldArticles(spec, d);
                if (articles == null) {
                    return 2;
                }
                sets.put(d.getFileName().toString(), articles);
            }
            Extractor extractor = Extractor.create();
            PrintStream p = printStream(spec);
            AttachmentTrainer.run(extractor, sets, withRules, out, p);
            if (learningCurve) {
                List<String> names = List.copyOf(sets.keySet());
                String held = names.get(names.size() - 1);
                List<GoldArticle> others = new java.util.ArrayList<>();
                names.subList(0, names.size() - 1).forEach(n -> others.addAll(sets.get(n)));
                p.println();
                p.println("learning curve, " + held + " held out:");
                AttachmentTrainer.learningCurve(extractor, others, sets.get(held), withRules, p);
            }
            return 0;
        }
    }

    /**
     * Agreement between independent annotations of a gold folder: the folder's own events and each ANNOTATION (a
     * folder of gold files or an events file), scored pairwise as the engine is scored.
     */
    @Command(name = "agreement", mixinStandardHelpOptions = true,
            description = "Agreement between independent annotations of the same gold articles, pair by pair, measured"
                    + " as events are scored; optionally the engine's score against each annotation.")
    public static final class Agreement implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of gold article JSON files.")
        Path dir;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "ANNOTATION",
                description = "Another annotation of the same articles: a folder of gold files, or a JSON file"
                        + " {\"annotator\": NAME, \"set\": FOLDER, \"articles\": {ARTICLE_ID: [EVENT, ...]}}.")
        List<Path> annotations;

        @Option(names = "--engine", description = "Also score the engine against each annotation.")
        boolean engine;

        @Option(names = "--disagreements", description = "List, for each pair, the events only one side has.")
        boolean disagreements;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<GoldArticle> articles = goldArticles(spec, dir);
            if (articles == null) {
                return 2;
            }
            List<AnnotatorAgreement.Annotation> all = new java.util.ArrayList<>();
            all.add(AnnotatorAgreement.Annotation.of(dir.getFileName().toString(), articles));
            for (Path p : annotations) {
                if (!Files.exists(p)) {
                    spec.commandLine().getErr().println("no such file or folder: " + p);
                    return 2;
                }
                try {
                    all.add(AnnotatorAgreement.Annotation.read(p));
                } catch (IllegalArgumentException e) {
                    spec.commandLine().getErr().println(e.getMessage());
                    return 2;
                }
            }
            AnnotatorAgreement.run(articles, all, engine ? Extractor.create() : null, disagreements, printStream(spec));
            return 0;
        }
    }

    /** The gold articles of a folder, or null after saying why there are none. */
    private static List<GoldArticle> goldArticles(CommandSpec spec, Path dir) {
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("no such folder: " + dir);
            return null;
        }
        List<GoldArticle> articles = GoldArticle.loadAll(dir);
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("no gold articles (*.json) in " + dir);
            return null;
        }
        return articles;
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

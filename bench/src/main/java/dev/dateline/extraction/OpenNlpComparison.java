package dev.dateline.extraction;

import dev.dateline.bench.extraction.BenchArticles;
import dev.dateline.extraction.eval.GoldArticle;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Measures Apache OpenNLP (English UD models from Maven Central) against the engine's own
 * sentence splitter and verb guesses: accuracy on the gold sentences and speed on the benchmark
 * articles. Lives beside the engine's package so that it can call the package-private splitter;
 * the engine itself does not depend on OpenNLP (docs/quality.md, "Libraries", says why).
 *
 * <pre>
 * ./mvnw -B -q -pl bench -am package -DskipTests
 * java -cp 'bench/target/classes:bench/target/lib/*' dev.dateline.extraction.OpenNlpComparison gold/dev
 * </pre>
 */
public final class OpenNlpComparison {

    private OpenNlpComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args.length > 0 ? args[0] : "gold/dev");
        SentenceDetectorME detector = new SentenceDetectorME(new SentenceModel(model("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(model("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
        POSTaggerME tagger = new POSTaggerME(new POSModel(model("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));

        // 1. sentence boundaries: how many gold evidence sentences each splitter returns exactly
        List<GoldArticle> articles = GoldArticle.loadAll(gold);
        int goldSentences = 0;
        int ownFound = 0;
        int nlpFound = 0;
        int ownCount = 0;
        int nlpCount = 0;
        for (GoldArticle a : articles) {
            Set<String> own = new HashSet<>(Sentences.texts(a.body()));
            Set<String> nlp = new HashSet<>();
            for (String s : detector.sentDetect(a.body())) {
                nlp.add(s.strip());
            }
            ownCount += own.size();
            nlpCount += nlp.size();
            Set<String> evidence = new HashSet<>();
            for (GoldArticle.GoldEvent e : a.events()) {
                evidence.add(e.evidence());
            }
            for (String e : evidence) {
                goldSentences++;
                ownFound += own.contains(e) ? 1 : 0;
                nlpFound += nlp.contains(e) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "gold sentences (distinct evidence) %d in %d articles%n", goldSentences, articles.size());
        System.out.printf(Locale.ROOT, "  engine splitter:   %d/%d exact (%.3f), %d sentences in all%n", ownFound,
                goldSentences, (double) ownFound / goldSentences, ownCount);
        System.out.printf(Locale.ROOT, "  OpenNLP detector:  %d/%d exact (%.3f), %d sentences in all%n", nlpFound,
                goldSentences, (double) nlpFound / goldSentences, nlpCount);

        // 2. verb guesses: the engine's "-ed and irregular past" guess against OpenNLP's tags, on the engine's tokens
        int guessed = 0;
        int guessedVerb = 0;
        int taggedVerbEd = 0;
        int taggedVerbEdGuessed = 0;
        for (GoldArticle a : articles) {
            Tokens t = Tokens.of(a.body());
            for (Sentences.Span s : Sentences.split(t)) {
                String[] words = new String[s.to() - s.from()];
                for (int i = s.from(); i < s.to(); i++) {
                    words[i - s.from()] = t.surface(i);
                }
                String[] tags = tagger.tag(words);
                for (int i = s.from(); i < s.to(); i++) {
                    String tag = tags[i - s.from()];
                    boolean verb = tag.equals("VERB") || tag.equals("AUX") || tag.startsWith("VB");
                    boolean guess = Words.isPastVerb(t, i);
                    if (guess) {
                        guessed++;
                        guessedVerb += verb ? 1 : 0;
                    }
                    if (verb && t.lower[i].endsWith("ed")) {
                        taggedVerbEd++;
                        taggedVerbEdGuessed += guess ? 1 : 0;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "engine past-verb guesses tagged VERB/AUX by OpenNLP: %d/%d (%.3f); "
                + "OpenNLP '-ed' verbs the engine guesses: %d/%d (%.3f)%n", guessedVerb, guessed,
                (double) guessedVerb / guessed, taggedVerbEdGuessed, taggedVerbEd, (double) taggedVerbEdGuessed / taggedVerbEd);

        // 3. speed on the benchmark articles, single-threaded, after a warm-up
        List<String> bench = BenchArticles.generate(64, 42);
        long chars = bench.stream().mapToLong(String::length).sum();
        Extractor engine = Extractor.create();
        LocalDate day = LocalDate.of(2024, 3, 14);
        for (int round = 0; round < 3; round++) {
            boolean report = round == 2;
            speed(report, "engine tokens + sentences", chars, () -> bench.forEach(b -> Sentences.split(Tokens.of(b))));
            speed(report, "engine full extraction", chars, () -> bench.forEach(b -> engine.extract(b, day)));
            speed(report, "OpenNLP sentence detector", chars, () -> bench.forEach(detector::sentDetect));
            speed(report, "OpenNLP sentences + tokenizer + POS", chars, () -> bench.forEach(b -> {
                for (String s : detector.sentDetect(b)) {
                    tagger.tag(tokenizer.tokenize(s));
                }
            }));
        }
    }

    /** Text per second of this thread's CPU time, so that other work on a shared machine does not skew it. */
    private static void speed(boolean report, String name, long chars, Runnable pass) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        long passes = 0;
        while (cpu.getCurrentThreadCpuTime() - start < 4_000_000_000L) {
            pass.run();
            passes++;
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        if (report) {
            System.out.printf(Locale.ROOT, "  %-38s %8.2f MB per CPU-second%n", name, passes * chars / seconds / 1e6);
        }
    }

    private static InputStream model(String name) {
        InputStream in = OpenNlpComparison.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("model " + name + " not on the class path");
        }
        return in;
    }
}

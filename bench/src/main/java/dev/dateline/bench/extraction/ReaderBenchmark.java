package dev.dateline.bench.extraction;

import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.ExtractionResult;
import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.Reading;
import dev.dateline.reader.EventReader;
import dev.dateline.reader.Policy;
import dev.dateline.reader.ReaderModel;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-threaded throughput of the engine with the bundled fine-tuned reader ({@link EventReader}, one ONNX
 * Runtime thread) on the 64 generated articles of {@link ExtractionBenchmark}, against the engine alone. One operation
 * is one article; the setup prints the corpus size and how many units the reader reads.
 *
 * <pre>java -cp 'bench/target/classes:bench/target/lib/*' org.openjdk.jmh.Main ReaderBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ReaderBenchmark {

    static final int ARTICLES = ExtractionBenchmark.ARTICLES;

    EventReader reader;
    EventReader typesOnly;
    Extractor rules;
    Extractor withReader;
    Extractor withTypeReader;
    List<String> articles;
    LocalDate published = LocalDate.of(2023, 12, 5);

    @Setup(Level.Trial)
    public void setup() {
        reader = EventReader.bundled();
        rules = Extractor.create();
        withReader = rules.withRefiner(reader);
        typesOnly = EventReader.of(ReaderModel.bundled(), Policy.DEFAULT, () -> null);
        withTypeReader = rules.withRefiner(typesOnly);
        articles = BenchArticles.generate(ARTICLES, 7);
        long chars = articles.stream().mapToLong(String::length).sum();
        int[] units = new int[1];
        Extractor counting = rules.withRefiner((String text, Reading reading, List<ExtractedEvent> events) -> {
            units[0] += reading.units().size();
            return events;
        });
        articles.forEach(a -> counting.extract(a, published));
        System.out.printf("%n# corpus: %d articles, %d characters, %.0f per article, %d units (%.1f per article)%n",
                ARTICLES, chars, (double) chars / ARTICLES, units[0], (double) units[0] / ARTICLES);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        reader.close();
        typesOnly.close();
    }

    /** The rules alone (as ExtractionBenchmark.extract), for the ratio. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void rules(Blackhole bh) {
        for (String a : articles) {
            ExtractionResult r = rules.extract(a, published);
            bh.consume(r);
        }
    }

    /** The rules, then the type reader alone (no participant step): the reader as it was before stop 19. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void withTypeReader(Blackhole bh) {
        for (String a : articles) {
            ExtractionResult r = withTypeReader.extract(a, published);
            bh.consume(r);
        }
    }

    /**
     * The rules, then the bundled reader: the type reader on every unit of the article (one ONNX run per article),
     * then the participant step on the units that date an event.
     */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void withReader(Blackhole bh) {
        for (String a : articles) {
            ExtractionResult r = withReader.extract(a, published);
            bh.consume(r);
        }
    }
}

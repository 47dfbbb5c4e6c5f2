package dev.dateline.bench.extraction;

import dev.dateline.extraction.ExtractionResult;
import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.Timex;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-threaded throughput of the extraction engine on 64 generated 2-8 KB articles. One
 * operation is one article; the setup prints the corpus size so that articles/s convert to MB/s.
 *
 * <pre>java -cp 'bench/target/classes:bench/target/lib/*' org.openjdk.jmh.Main ExtractionBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    static final int ARTICLES = 64;

    Extractor extractor;
    List<String> articles;
    LocalDate published = LocalDate.of(2023, 12, 5);

    @Setup(Level.Trial)
    public void setup() {
        extractor = Extractor.create();
        articles = BenchArticles.generate(ARTICLES, 7);
        long chars = articles.stream().mapToLong(String::length).sum();
        System.out.printf("%n# corpus: %d articles, %d characters, %.0f per article%n", ARTICLES, chars,
                (double) chars / ARTICLES);
    }

    /** Time expressions only. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void tag(Blackhole bh) {
        for (String a : articles) {
            List<Timex> t = extractor.tag(a, published);
            bh.consume(t);
        }
    }

    /** Time expressions, entities and events. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void extract(Blackhole bh) {
        for (String a : articles) {
            ExtractionResult r = extractor.extract(a, published);
            bh.consume(r);
        }
    }

    /** Building the engine: reading and compiling every resource. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Extractor create() {
        return Extractor.create();
    }
}

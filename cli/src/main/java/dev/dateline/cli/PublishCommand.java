package dev.dateline.cli;

import dev.dateline.config.DatelineConfig;
import dev.dateline.kafka.Topics;
import dev.dateline.producer.ArticlePublisher;
import dev.dateline.producer.ArticleValidator;
import dev.dateline.producer.InputRecord;
import dev.dateline.producer.JsonLinesReader;
import dev.dateline.producer.PublishReport;
import dev.dateline.producer.Rejection;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline publish}: validate articles and publish them to the articles topic. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Validate articles and publish them to Kafka (key = article id, timestamp = publication time).",
            "Bad records are reported with file, line and field and skipped; the rest is published.",
            "Exit status: 0 all published, 2 some records skipped as invalid, 3 some records not acknowledged."})
public final class PublishCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "JSON Lines files (one article per line; .gz is decompressed), or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--topic", defaultValue = Topics.ARTICLES, description = "Topic to publish to (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--max-body-bytes", defaultValue = "" + ArticleValidator.DEFAULT_MAX_BODY_BYTES,
            description = "Largest accepted body in UTF-8 bytes (default: ${DEFAULT-VALUE}).")
    int maxBodyBytes;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write each skipped record, verbatim, with its reason.")
    Path rejectsFile;

    @Override
    public Integer call() throws Exception {
        DatelineConfig cfg = config.resolve();
        requireTopic(cfg, topic);
        PrintWriter rejects = rejectsFile == null ? null : new PrintWriter(new BufferedWriter(
                java.nio.file.Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8)));
        PublishReport report;
        try (ArticlePublisher publisher = new ArticlePublisher(cfg.kafkaProperties(), topic, maxBodyBytes);
             Inputs records = new Inputs(inputs)) {
            report = publisher.publish(records, r -> report(r, rejects));
        } finally {
            if (rejects != null) {
                rejects.close();
            }
        }
        report.failures().forEach(f -> System.err.println("not acknowledged: " + f.message()));
        System.err.println("publish: " + report.summary());
        if (report.failed() > 0) {
            System.err.println("The records above were not acknowledged; publishing them again is safe (same keys, "
                    + "and the app drops exact duplicates).");
            return 3;
        }
        return report.skipped() > 0 ? 2 : 0;
    }

    private static void report(Rejection r, PrintWriter rejects) {
        System.err.println("skipped " + r.message());
        if (rejects != null) {
            rejects.println("# " + r.message().replace('\n', ' '));
            rejects.println(r.verbatim());
        }
    }

    /** Fails with a clear message when the broker does not answer or the topic does not exist. */
    static void requireTopic(DatelineConfig cfg, String topic) throws Exception {
        Map<String, Object> props = new java.util.HashMap<>(cfg.kafkaProperties());
        props.putIfAbsent("request.timeout.ms", 10_000);
        props.putIfAbsent("default.api.timeout.ms", 15_000);
        try (Admin admin = Admin.create(props)) {
            if (!admin.listTopics().names().get(20, TimeUnit.SECONDS).contains(topic)) {
                throw new IllegalStateException("topic '" + topic + "' does not exist on " + cfg.bootstrapServers()
                        + "; create the topics with `dateline kafka start` (local broker) or your cluster's tooling");
            }
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("no Kafka broker answered at " + cfg.bootstrapServers()
                    + "; start one with `./dateline kafka start` or pass --bootstrap-servers", e);
        }
    }

    /** The records of every input in turn, streamed. */
    static final class Inputs implements Iterator<InputRecord>, AutoCloseable {
        private final List<String> names;
        private int index;
        private JsonLinesReader current;

        Inputs(List<String> names) {
            this.names = names;
        }

        @Override
        public boolean hasNext() {
            try {
                while (current == null || !current.hasNext()) {
                    if (current != null) {
                        current.close();
                        current = null;
                    }
                    if (index >= names.size()) {
                        return false;
                    }
                    current = open(names.get(index++));
                }
                return true;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public InputRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private static JsonLinesReader open(String name) throws IOException {
            InputStream in;
            if (name.equals("-")) {
                in = System.in;
            } else {
                Path p = Path.of(name);
                if (!java.nio.file.Files.isRegularFile(p)) {
                    throw new java.nio.file.NoSuchFileException(name, null, "not a readable file");
                }
                in = java.nio.file.Files.newInputStream(p);
                if (name.endsWith(".gz")) {
                    in = new GZIPInputStream(in, 64 * 1024);
                }
            }
            return new JsonLinesReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024),
                    name.equals("-") ? "stdin" : name);
        }

        @Override
        public void close() throws IOException {
            if (current != null) {
                current.close();
            }
        }
    }
}

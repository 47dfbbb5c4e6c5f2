package dev.dateline.cli;

import dev.dateline.cli.publish.DurationConverter;
import dev.dateline.cli.publish.FailureRanges;
import dev.dateline.cli.publish.Progress;
import dev.dateline.config.DatelineConfig;
import dev.dateline.kafka.Topics;
import dev.dateline.producer.ArticleInputs;
import dev.dateline.producer.ArticlePublisher;
import dev.dateline.producer.ArticleValidator;
import dev.dateline.producer.PublishCounters;
import dev.dateline.producer.PublishReport;
import dev.dateline.producer.Rejection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline publish}: validate articles and publish them to the articles topic. */
@Command(name = "publish", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = PublishCommand.EXIT_USAGE,
        description = {"Validate articles and publish them to Kafka (key = article id, timestamp = publication time).",
            "Inputs: JSON Lines (.jsonl), RSS/Atom feeds (.xml .rss .atom), text/Markdown files with front matter "
                + "(.txt .md) or directories of them, each optionally gzip-compressed, and - for standard input.",
            "Bad records are reported with file, line and field and skipped; the rest is published.",
            "Exit status: 0 all published; 2 some records were invalid (skipped; with --strict or --dry-run nothing "
                + "was published); 3 some records were not acknowledged; 1 the run could not start; 64 bad usage."})
public final class PublishCommand implements Callable<Integer> {

    static final int EXIT_INVALID = 2;
    static final int EXIT_NOT_ACKNOWLEDGED = 3;
    static final int EXIT_USAGE = 64;

    @Mixin
    ConfigOptions config;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files or directories of articles, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--topic", defaultValue = Topics.ARTICLES, description = "Topic to publish to (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "auto|jsonl|feed|text",
            description = "How to read the inputs (default: by file name, else by the first character).")
    String format;

    @Option(names = "--max-body-bytes", defaultValue = "" + ArticleValidator.DEFAULT_MAX_BODY_BYTES,
            description = "Largest accepted body in UTF-8 bytes (default: ${DEFAULT-VALUE}).")
    int maxBodyBytes;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write each skipped record, verbatim, after a '# file:line: reason' line.")
    Path rejectsFile;

    @Option(names = "--strict", description = "Validate everything first; publish nothing if any record is invalid.")
    boolean strict;

    @Option(names = "--dry-run", description = "Validate only; do not connect to Kafka.")
    boolean dryRun;

    @Option(names = "--producer-config", paramLabel = "FILE",
            description = "Kafka producer properties (TLS, SASL, tuning), under -X and -b flags.")
    Path producerConfig;

    @Option(names = "--timeout", defaultValue = "PT2M", paramLabel = "DURATION",
            description = "How long to keep retrying an unacknowledged send before giving up, as ISO-8601 (PT2M) "
                + "or seconds (default: 2 minutes).", converter = DurationConverter.class)
    Duration timeout;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "auto|bar|lines|off",
            description = "Progress display (default: a bar on a terminal, a line every --progress-interval otherwise).")
    String progress;

    @Option(names = "--progress-interval", defaultValue = "PT10S", paramLabel = "DURATION",
            converter = DurationConverter.class, description = "Time between progress lines (default: 10 seconds).")
    Duration progressInterval;

    /** Standard input; a field so that tests can feed it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        ArticleInputs.Format inputFormat = parseFormat(format);
        Progress.Mode progressMode = parseProgress(progress);
        if (maxBodyBytes <= 0) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--max-body-bytes must be positive, got " + maxBodyBytes);
        }
        ArticleValidator validator = new ArticleValidator(maxBodyBytes);
        long maxTextBytes = maxBodyBytes + 64L * 1024;
        Path spooledStdin = null;
        try (Rejects rejects = new Rejects(rejectsFile, err)) {
            InputStream input = stdin;
            if (strict && !dryRun && inputs.contains("-")) {
                // a strict run reads its inputs twice, and standard input can be read only once
                spooledStdin = java.nio.file.Files.createTempFile("dateline-stdin", ".spool");
                java.nio.file.Files.copy(stdin, spooledStdin, StandardCopyOption.REPLACE_EXISTING);
                input = java.nio.file.Files.newInputStream(spooledStdin);
            }
            if (dryRun || strict) {
                PublishReport check;
                try (ArticleInputs records = ArticleInputs.open(inputs, inputFormat, input, maxTextBytes, err::println)) {
                    check = ArticlePublisher.validate(records, validator, topic, rejects::add);
                }
                err.println("publish: " + check.summary());
                if (dryRun) {
                    return check.skipped() > 0 ? EXIT_INVALID : 0;
                }
                if (check.skipped() > 0) {
                    err.println("publish: --strict: " + check.skipped() + " invalid record" + (check.skipped() == 1 ? "" : "s")
                            + ", so nothing was published");
                    return EXIT_INVALID;
                }
                if (spooledStdin != null) {
                    input = java.nio.file.Files.newInputStream(spooledStdin);
                }
            }
            DatelineConfig cfg = config.resolve();
            Map<String, Object> kafka = producerProperties(cfg);
            requireTopic(kafka, cfg.bootstrapServers(), topic);
            try (ArticleInputs records = ArticleInputs.open(inputs, inputFormat, input, maxTextBytes, err::println);
                 ArticlePublisher publisher = new ArticlePublisher(kafka, topic, validator)) {
                return publishInterruptibly(publisher, records, rejects, progressMode, err);
            }
        } finally {
            if (spooledStdin != null) {
                java.nio.file.Files.deleteIfExists(spooledStdin);
            }
        }
    }

    private int publishInterruptibly(ArticlePublisher publisher, ArticleInputs records, Rejects rejects,
                                     Progress.Mode progressMode, PrintStream err) {
        // Ctrl-C stops reading, waits for what was sent, and still prints the report: the JVM
        // halts when its shutdown hooks return, so this one returns only once the report is out
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            if (!finished.get()) {
                publisher.requestStop();
                try {
                    done.await(timeout.toMillis() + 10_000, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "dateline-publish-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        PublishCounters c = publisher.counters();
        try {
            PublishReport report;
            try (Progress progressDisplay = Progress.start(progressMode, err, "publish", () -> new Progress.Snapshot(c.read(),
                    c.published(), c.skipped(), c.failed(), records.bytesRead(), records.totalBytes()), progressInterval)) {
                if (progressDisplay != null) {
                    rejects.printTo(progressDisplay::message);
                }
                report = publisher.publish(records, rejects::add);
            }
            return finish(report, err);
        } finally {
            finished.set(true);
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and will see `done`
            }
        }
    }

    private int finish(PublishReport report, PrintStream err) {
        FailureRanges.describe(report.failures()).forEach(line -> err.println("not acknowledged: " + line));
        if (report.stoppedAfter() != null) {
            err.println("publish: stopped reading after " + report.stoppedAfter()
                    + (report.failed() > 0 ? " because the brokers did not acknowledge the records above"
                        : " because the run was interrupted")
                    + "; the records after it were not sent");
        }
        err.println("publish: " + report.summary());
        if (report.failed() > 0 || report.stoppedAfter() != null) {
            err.println("publish: publishing the same input again is safe: an article keeps its key, and the app "
                    + "ignores an exact repeat of an article it has seen.");
            return EXIT_NOT_ACKNOWLEDGED;
        }
        return report.skipped() > 0 ? EXIT_INVALID : 0;
    }

    /** Kafka client properties: the resolved configuration, then --producer-config, then -X and -b again on top. */
    Map<String, Object> producerProperties(DatelineConfig cfg) throws IOException {
        Map<String, Object> props = config.clientProperties(cfg, producerConfig, "producer");
        long ms = timeout.toMillis();
        if (ms < 1000) {
            throw new IllegalArgumentException("--timeout must be at least one second, got " + timeout);
        }
        // delivery.timeout.ms bounds the retries; it must cover linger + one request
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(ms));
        long delivery = Long.parseLong(String.valueOf(props.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)));
        props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.min(30_000, delivery / 2)));
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(Math.min(60_000, delivery)));
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, Long.toString(Math.min(20, delivery / 4)));
        return props;
    }

    private static ArticleInputs.Format parseFormat(String format) {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> ArticleInputs.Format.AUTO;
            case "jsonl", "json" -> ArticleInputs.Format.JSONL;
            case "feed", "rss", "atom" -> ArticleInputs.Format.FEED;
            case "text", "txt", "md", "markdown" -> ArticleInputs.Format.TEXT;
            default -> throw new IllegalArgumentException("--format must be auto, jsonl, feed or text, got '" + format + "'");
        };
    }

    static Progress.Mode parseProgress(String progress) {
        return switch (progress.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> Progress.Mode.AUTO;
            case "bar" -> Progress.Mode.BAR;
            case "lines" -> Progress.Mode.LINES;
            case "off", "none" -> Progress.Mode.OFF;
            default -> throw new IllegalArgumentException("--progress must be auto, bar, lines or off, got '" + progress + "'");
        };
    }

    /** Fails with a clear message when the broker does not answer or the topic does not exist. */
    static void requireTopic(DatelineConfig cfg, String topic) throws Exception {
        requireTopic(cfg.kafkaProperties(), cfg.bootstrapServers(), topic);
    }

    static void requireTopic(Map<String, Object> kafka, String bootstrap, String topic) throws Exception {
        Map<String, Object> props = new HashMap<>(kafka);
        props.keySet().retainAll(org.apache.kafka.clients.admin.AdminClientConfig.configNames());
        // a quick probe, whatever the clients' own timeouts are
        props.put("request.timeout.ms", 10_000);
        props.put("default.api.timeout.ms", 15_000);
        try (Admin admin = Admin.create(props)) {
            if (!admin.listTopics().names().get(20, TimeUnit.SECONDS).contains(topic)) {
                throw new IllegalStateException("topic '" + topic + "' does not exist on " + bootstrap
                        + "; create the topics with `dateline topics` (or `dateline kafka start` for a local broker)");
            }
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("no Kafka broker answered at " + bootstrap
                    + "; start one with `./dateline kafka start` or pass --bootstrap-servers", e);
        }
    }

    /** Reports each skipped record on stderr and, with --rejects, writes it verbatim with its reason. */
    private static final class Rejects implements AutoCloseable {
        private final PrintWriter file;
        private java.util.function.Consumer<String> messages;

        Rejects(Path path, PrintStream err) throws IOException {
            this.file = path == null ? null : new PrintWriter(new BufferedWriter(
                    java.nio.file.Files.newBufferedWriter(path, StandardCharsets.UTF_8)));
            this.messages = err::println;
        }

        /** Where to print the messages (the progress display, which keeps them off its bar). */
        void printTo(java.util.function.Consumer<String> messages) {
            this.messages = messages;
        }

        void add(Rejection r) {
            messages.accept("skipped " + r.message());
            if (file != null) {
                file.println("# " + r.message().replace('\n', ' '));
                file.println(r.verbatim());
            }
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
                if (file.checkError()) {
                    throw new IOException("could not write the rejects file");
                }
            }
        }
    }
}

package dev.dateline.streams.web;

import dev.dateline.config.DatelineConfig;
import dev.dateline.extraction.Extractor;
import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.Topics;
import dev.dateline.kafka.local.LocalKafka;
import dev.dateline.producer.ArticlePublisher;
import dev.dateline.producer.ArticleValidator;
import dev.dateline.producer.InputRecord;
import dev.dateline.producer.JsonLinesReader;
import dev.dateline.producer.PublishReport;
import dev.dateline.streams.app.TimelineApp;
import dev.dateline.streams.ops.CatchUp;
import dev.dateline.streams.ops.ConsumerLag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;

/**
 * The web view's test fixture: the local child-JVM broker, the sample articles published, one app
 * instance caught up with them. (The same steps as the integration tests' AppHarness, which is
 * package-private to their package.)
 */
final class WebHarness implements AutoCloseable {

    static final Path SAMPLES = Path.of("..", "samples", "articles.jsonl");
    private static final Extractor EXTRACTOR = Extractor.create();

    final LocalKafka kafka;
    final TimelineApp app;

    private WebHarness(LocalKafka kafka, TimelineApp app) {
        this.kafka = kafka;
        this.app = app;
    }

    /** Starts a broker in {@code dir}, publishes the samples and starts an app that has read them. */
    static WebHarness start(Path dir, Map<String, String> extraConfig) throws Exception {
        LocalKafka kafka = LocalKafka.builder(dir.resolve("kafka")).build().start();
        try {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                TopicAdmin.ensure(admin, Topics.all(3, (short) 1));
            }
            publish(kafka.bootstrapServers(), Files.readAllLines(SAMPLES, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList());
            TimelineApp app = startApp(kafka.bootstrapServers(), dir.resolve("state"), extraConfig);
            WebHarness h = new WebHarness(kafka, app);
            if (!app.awaitRunning(Duration.ofSeconds(120))) {
                h.close();
                throw new AssertionError("the app did not reach RUNNING: " + app.streams().state());
            }
            h.awaitCaughtUp();
            return h;
        } catch (Exception | AssertionError e) {
            kafka.close();
            throw e;
        }
    }

    static TimelineApp startApp(String bootstrap, Path stateDir, Map<String, String> extraConfig) throws IOException {
        Map<String, String> config = new java.util.HashMap<>(Map.of(
                DatelineConfig.BOOTSTRAP_SERVERS, bootstrap,
                DatelineConfig.APPLICATION_ID, "web-it",
                DatelineConfig.STATE_DIR, stateDir.toString(),
                DatelineConfig.HTTP_PORT, "0",
                DatelineConfig.HTTP_HOST, "localhost",
                "dateline.streams.commit.interval.ms", "100"));
        config.putAll(extraConfig);
        return new TimelineApp(DatelineConfig.of(config), EXTRACTOR).start();
    }

    String baseUrl() {
        return "http://localhost:" + app.httpPort();
    }

    PublishReport publish(List<String> jsonLines) throws IOException {
        return publish(kafka.bootstrapServers(), jsonLines);
    }

    private static PublishReport publish(String bootstrap, List<String> jsonLines) throws IOException {
        try (ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", bootstrap), Topics.ARTICLES,
                ArticleValidator.DEFAULT_MAX_BODY_BYTES);
             JsonLinesReader reader = new JsonLinesReader(new BufferedReader(new StringReader(String.join("\n", jsonLines))), "web-it")) {
            List<InputRecord> all = new ArrayList<>();
            reader.forEachRemaining(all::add);
            PublishReport report = publisher.publish(all.iterator(), r -> {
                throw new AssertionError("article rejected: " + r.message());
            });
            if (report.failed() > 0) {
                throw new AssertionError("articles not acknowledged: " + report.summary());
            }
            return report;
        }
    }

    void awaitCaughtUp() throws InterruptedException {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            List<ConsumerLag.PartitionLag> lag = CatchUp.await(admin, props, app.applicationId(), app.sourceTopics(),
                    Duration.ofMinutes(2));
            if (ConsumerLag.total(lag) > 0) {
                throw new AssertionError("the app did not catch up: " + lag);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            kafka.close();
        }
    }
}

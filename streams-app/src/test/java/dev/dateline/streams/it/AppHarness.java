package dev.dateline.streams.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.config.DatelineConfig;
import dev.dateline.extraction.Extractor;
import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.TopicSpec;
import dev.dateline.kafka.Topics;
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
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;

/** Test helpers around a real broker: topics, publishing, app instances and their HTTP API. */
public final class AppHarness {

    public static final Extractor EXTRACTOR = Extractor.create();
    public static final Path SAMPLES = Path.of("..", "samples", "articles.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AppHarness() {
    }

    static void createTopics(String bootstrap, int partitions, String inputTopic, String outputSuffix) throws InterruptedException {
        List<TopicSpec> specs = Topics.all(partitions, (short) 1, inputTopic, outputSuffix);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            TopicAdmin.ensure(admin, specs);
        }
    }

    public static List<String> sampleLines() {
        try {
            return Files.readAllLines(SAMPLES, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes JSON Lines articles; a rejected or unacknowledged one fails the test. */
    public static PublishReport publish(String bootstrap, String topic, List<String> jsonLines) throws IOException {
        try (ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", bootstrap), topic,
                ArticleValidator.DEFAULT_MAX_BODY_BYTES);
             JsonLinesReader reader = new JsonLinesReader(new BufferedReader(new StringReader(String.join("\n", jsonLines))), "it")) {
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

    static TimelineApp startApp(String bootstrap, String appId, Path stateDir, String inputTopic, String outputSuffix) throws IOException {
        return startApp(bootstrap, appId, stateDir, Map.of(DatelineConfig.INPUT_TOPIC, inputTopic,
                DatelineConfig.OUTPUT_SUFFIX, outputSuffix));
    }

    /** An app instance on a free HTTP port, committing every 100 ms; {@code extraConfig} wins over the defaults. */
    public static TimelineApp startApp(String bootstrap, String appId, Path stateDir, Map<String, String> extraConfig)
            throws IOException {
        Map<String, String> config = new java.util.HashMap<>(Map.of(
                DatelineConfig.BOOTSTRAP_SERVERS, bootstrap,
                DatelineConfig.APPLICATION_ID, appId,
                DatelineConfig.STATE_DIR, stateDir.toString(),
                DatelineConfig.HTTP_PORT, "0",
                DatelineConfig.HTTP_HOST, "localhost",
                "dateline.streams.commit.interval.ms", "100"));
        config.putAll(extraConfig);
        return new TimelineApp(DatelineConfig.of(config), EXTRACTOR).start();
    }

    /** Waits until the app has no lag on its input and repartition topics. */
    public static void awaitCaughtUp(String bootstrap, TimelineApp app) throws InterruptedException {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        try (Admin admin = Admin.create(props)) {
            List<ConsumerLag.PartitionLag> lag = CatchUp.await(admin, props, app.applicationId(), app.sourceTopics(),
                    Duration.ofMinutes(2));
            if (ConsumerLag.total(lag) > 0) {
                throw new AssertionError("app " + app.applicationId() + " did not catch up: " + lag);
            }
        }
    }

    /** GET on an app's API, retrying 503s (rebalances) for up to 60 s; returns status and JSON. */
    static Reply get(TimelineApp app, String path) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> r;
        do {
            r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.httpPort() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 503) {
                break;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return new Reply(r.statusCode(), JSON.readTree(r.body()));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    record Reply(int status, JsonNode body) {
    }
}

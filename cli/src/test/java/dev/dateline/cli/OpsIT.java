package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.config.DatelineConfig;
import dev.dateline.extraction.Extractor;
import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.Topics;
import dev.dateline.kafka.local.LocalKafka;
import dev.dateline.schema.SourceRef;
import dev.dateline.schema.TimelineEvent;
import dev.dateline.streams.app.TimelineApp;
import dev.dateline.streams.ops.CatchUp;
import dev.dateline.streams.ops.ConsumerLag;
import java.io.IOException;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operations on a real broker: lag, replay, backfill, metrics and health. */
class OpsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static LocalKafka kafka;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = LocalKafka.builder(dir.resolve("kafka")).build().start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            TopicAdmin.ensure(admin, Topics.all(3, (short) 1));
        }
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    private static CliHarness.Run cli(String... args) {
        return CliHarness.run(dir.resolve("home"), args);
    }

    private static DatelineConfig config(String appId, Path state, String suffix) {
        return DatelineConfig.of(Map.of(
                DatelineConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                DatelineConfig.APPLICATION_ID, appId,
                DatelineConfig.STATE_DIR, state.toString(),
                DatelineConfig.HTTP_PORT, "0",
                DatelineConfig.HTTP_HOST, "localhost",
                DatelineConfig.OUTPUT_SUFFIX, suffix));
    }

    private static TimelineApp startCaughtUp(DatelineConfig config, Extractor extractor) throws Exception {
        TimelineApp app = new TimelineApp(config, extractor).start();
        assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
        Properties props = props();
        try (Admin admin = Admin.create(props)) {
            assertThat(ConsumerLag.total(CatchUp.await(admin, props, app.applicationId(), app.sourceTopics(), Duration.ofMinutes(2))))
                    .isZero();
        }
        return app;
    }

    private static Properties props() {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        return props;
    }

    private static void publish(String file) {
        CliHarness.Run r = cli("publish", "-b", kafka.bootstrapServers(), file);
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private static String article(String id, String published, String body) throws IOException {
        Map<String, String> a = new HashMap<>(Map.of("id", id, "url", "https://ops.example/" + id, "source", "Ops Test Wire",
                "title", "Ops " + id, "published", published, "body", body));
        return JSON.writeValueAsString(a);
    }

    private static Path file(String name, List<String> lines) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    private static HttpResponse<String> get(TimelineApp app, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.httpPort() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void lagGrowsWhileTheAppIsStoppedAndReturnsToZeroAgreeingWithKafkaConsumerGroups() throws Exception {
        String topic = "lag-articles";
        try (Admin admin = Admin.create(props())) {
            TopicAdmin.ensure(admin, Topics.all(3, (short) 1, topic, ""));
        }
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String a = article("lag-" + i, "2024-0" + (1 + i % 9) + "-1" + (i % 9) + "T10:00:00Z",
                    "The parliament of Zentoria passed the budget on January " + (i + 3) + ", 2024, ministers said.");
            (i < 4 ? first : second).add(a);
        }
        DatelineConfig config = config("ops-lag", dir.resolve("lag-state"), "").with(DatelineConfig.INPUT_TOPIC, topic);
        CliHarness.Run p1 = cli("publish", "-b", kafka.bootstrapServers(), "--topic", topic, file("lag1.jsonl", first).toString());
        assertThat(p1.exit()).as(p1.err()).isZero();
        TimelineApp app = startCaughtUp(config, Extractor.create());
        app.close();

        CliHarness.Run p2 = cli("publish", "-b", kafka.bootstrapServers(), "--topic", topic, file("lag2.jsonl", second).toString());
        assertThat(p2.exit()).as(p2.err()).isZero();
        CliHarness.Run stopped = cli("lag", "-b", kafka.bootstrapServers(), "--group", "ops-lag", "--format", "json", "--sample", "0",
                "--max-lag", "5");
        assertThat(stopped.exit()).as("over --max-lag").isEqualTo(2);
        JsonNode lag = JSON.readTree(stopped.out());
        assertThat(lag.path("totalRecords").asLong()).isEqualTo(8);
        assertThat(byPartition(lag, topic)).isEqualTo(kafkaConsumerGroups("ops-lag", topic));

        TimelineApp resumed = startCaughtUp(config, Extractor.create());
        try {
            CliHarness.Run caughtUp = cli("lag", "-b", kafka.bootstrapServers(), "--group", "ops-lag", "--format", "json", "--max-lag", "0");
            assertThat(caughtUp.exit()).isZero();
            JsonNode after = JSON.readTree(caughtUp.out());
            assertThat(after.path("totalRecords").asLong()).isZero();
            assertThat(byPartition(after, topic)).isEqualTo(kafkaConsumerGroups("ops-lag", topic));
        } finally {
            resumed.close();
        }
    }

    @Test
    void replayAfterAGazetteerChangeRebuildsTheTimelineWithoutDuplicates() throws Exception {
        publish(Path.of("..", "samples", "articles.jsonl").toString());
        publish(file("zentoria.jsonl", List.of(article("zentoria-1", "2021-03-05T09:00:00+01:00",
                "Zentoria launched its first satellite on March 3, 2021, the national space agency said. "
                        + "The launch from the Vellmar pad was watched by thousands."))).toString());
        Path state = dir.resolve("replay-state");
        DatelineConfig config = config("ops-replay", state, "-replay");
        try (Admin admin = Admin.create(props())) {
            TopicAdmin.ensure(admin, Topics.all(3, (short) 1, Topics.ARTICLES, "-replay"));
        }
        TimelineApp before = startCaughtUp(config, Extractor.create());
        try {
            assertThat(get(before, "/timelines/Zentoria").statusCode()).as("the engine does not know Zentoria yet").isEqualTo(404);
            CliHarness.Run refused = cli("replay", "-b", kafka.bootstrapServers(), "--app-id", "ops-replay", "--all",
                    "--state-dir", state.toString());
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).contains("the app 'ops-replay' is still running");
        } finally {
            before.close();
        }

        CliHarness.Run dry = cli("replay", "-b", kafka.bootstrapServers(), "--app-id", "ops-replay", "--all", "--dry-run",
                "--state-dir", state.toString(), "-X", "dateline.output.suffix=-replay");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("DRY RUN", "Would delete local state", "Would write");
        assertThat(Files.exists(state.resolve("ops-replay"))).isTrue();

        CliHarness.Run replay = cli("replay", "-b", kafka.bootstrapServers(), "--app-id", "ops-replay", "--all",
                "--state-dir", state.toString(), "-X", "dateline.output.suffix=-replay");
        assertThat(replay.exit()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("Kafka StreamsResetter:", "Deleted local state", "tombstones to timeline-events-replay");

        Path gazetteer = Files.createDirectories(dir.resolve("gazetteer"));
        Files.writeString(gazetteer.resolve("zentoria.tsv"), "Zentoria\tRepublic of Zentoria\tCOUNTRY\n");
        TimelineApp after = startCaughtUp(config, Extractor.create(gazetteer));
        try {
            JsonNode renamed = JSON.readTree(get(after, "/timelines/" + URLEncoder.encode("Republic of Zentoria", StandardCharsets.UTF_8)
                    .replace("+", "%20")).body());
            assertThat(renamed.path("events")).hasSize(1);
            assertThat(renamed.path("events").get(0).path("type").asText()).isEqualTo("SATELLITE_LAUNCH");
            assertThat(renamed.path("events").get(0).path("date").asText()).isEqualTo("2021-03-03");
            assertThat(JSON.readTree(get(after, "/timelines/Zentoria").body()).path("entity").path("name").asText())
                    .as("the new alias resolves").isEqualTo("Republic of Zentoria");

            Map<String, TimelineEvent> live = liveEvents("timeline-events-replay");
            assertThat(live).isNotEmpty();
            Set<String> sources = new HashSet<>();
            for (TimelineEvent e : live.values()) {
                assertThat(get(after, "/events/" + e.getId()).statusCode()).as("every live output key is a current event").isEqualTo(200);
                for (SourceRef s : e.getSources()) {
                    assertThat(sources.add(e.getType() + ":" + s.getArticleId() + "@" + s.getEvidenceStart() + "/" + s.getDateText()))
                            .as("each mention is in one event of its type only: %s", s).isTrue();
                }
            }
        } finally {
            after.close();
        }
    }

    @Test
    void backfillUnderANewAppIdEndsIdenticalToTheLiveTimelines() throws Exception {
        publish(Path.of("..", "samples", "articles.jsonl").toString());
        TimelineApp live = startCaughtUp(config("dateline-timelines", dir.resolve("live-state"), ""), Extractor.create());
        try {
            CliHarness.Run backfill = cli("backfill", "-b", kafka.bootstrapServers(), "--app-id", "ops-green", "--output-suffix", "-green",
                    "--state-dir", dir.resolve("green-state").toString(), "--progress-every", "1", "--exit-when-caught-up");
            assertThat(backfill.exit()).as(backfill.err()).isZero();
            assertThat(backfill.out()).contains("Backfill 'ops-green' started", "lag ", "Caught up in");
            assertThat(liveEvents("timeline-events-green")).isEqualTo(liveEvents(Topics.TIMELINE_EVENTS));
        } finally {
            live.close();
        }
    }

    @Test
    void metricsAndHealthAnswerWithTheDocumentedContent() throws Exception {
        publish(Path.of("..", "samples", "articles.jsonl").toString());
        assertThat(cli("topics", "-b", kafka.bootstrapServers(), "--partitions", "3", "-X", "dateline.output.suffix=-metrics").exit())
                .isIn(0, 2);
        TimelineApp app = startCaughtUp(config("ops-metrics", dir.resolve("metrics-state"), "-metrics"), Extractor.create());
        try {
            HttpResponse<String> metrics = get(app, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(metrics.body()).contains(
                    "dateline_articles_processed_total{application=\"ops-metrics\"}",
                    "dateline_mentions_extracted_total",
                    "dateline_event_changes_total{application=\"ops-metrics\",change=\"added\"}",
                    "dateline_dlq_records_total{application=\"ops-metrics\",reason=\"undecodable\"}",
                    "dateline_extraction_time_seconds_bucket",
                    "dateline_store_entries{application=\"ops-metrics\",store=\"events\"}",
                    "dateline_restore_remaining_records",
                    "kafka_consumer_fetch_manager_records_lag_max",
                    "jvm_memory_used_bytes");
            assertThat(metricValue(metrics.body(), "dateline_articles_processed_total")).isGreaterThanOrEqualTo(15);

            HttpResponse<String> live = get(app, "/health/live");
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(live.body()).path("status").asText()).isEqualTo("UP");
            HttpResponse<String> ready = get(app, "/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(ready.body()).path("state").asText()).isEqualTo("RUNNING");
        } finally {
            app.close();
        }
    }

    private static double metricValue(String body, String name) {
        return body.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static Map<String, TimelineEvent> liveEvents(String topic) {
        return CliHarness.liveEvents(kafka.bootstrapServers(), topic);
    }

    private static Map<String, List<Long>> byPartition(JsonNode lag, String topic) {
        Map<String, List<Long>> out = new java.util.TreeMap<>();
        for (JsonNode p : lag.path("partitions")) {
            if (p.path("topic").asText().equals(topic)) {
                out.put(topic + "-" + p.path("partition").asInt(), List.of(
                        p.path("committed").isNull() ? -1 : p.path("committed").asLong(), p.path("logEnd").asLong(), p.path("lag").asLong()));
            }
        }
        return out;
    }

    /** What Kafka's own kafka-consumer-groups --describe says, run as a separate process. */
    private static Map<String, List<Long>> kafkaConsumerGroups(String group, String topic) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand",
                "--bootstrap-server", kafka.bootstrapServers(), "--describe", "--group", group)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Map<String, List<Long>> out = new java.util.TreeMap<>();
        for (String line : output.lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 6 && f[1].equals(topic)) {
                long current = f[3].equals("-") ? -1 : Long.parseLong(f[3]);
                out.put(topic + "-" + f[2], List.of(current, Long.parseLong(f[4]), f[5].equals("-") ? Long.parseLong(f[4]) : Long.parseLong(f[5])));
            }
        }
        assertThat(out).as("kafka-consumer-groups output:%n%s", output).isNotEmpty();
        return out;
    }
}

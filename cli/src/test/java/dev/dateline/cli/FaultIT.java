package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.SourceRef;
import dev.dateline.schema.TimelineEvent;
import dev.dateline.schema.serde.DatelineSerdes;
import dev.dateline.streams.app.TimelineApp;
import dev.dateline.streams.ops.CatchUp;
import dev.dateline.streams.ops.ConsumerLag;
import dev.dateline.streams.topology.Mentions;
import dev.dateline.streams.topology.TimelineTopology;
import java.io.BufferedReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breaking things on purpose, on a real broker: a broker killed with SIGKILL mid-stream, an app
 * instance killed with SIGKILL while another runs, poison records. Each run ends compared with an
 * undisturbed run over the same input: exactly-once means the same timelines, no source lost and
 * none counted twice.
 */
class FaultIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    static Path dir;
    static LocalKafka kafka;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = LocalKafka.builder(dir.resolve("kafka")).build().start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    private static Properties props() {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        return p;
    }

    private static void topics(String input, String suffix) throws Exception {
        try (Admin admin = Admin.create(props())) {
            TopicAdmin.ensure(admin, Topics.all(3, (short) 1, input, suffix));
        }
    }

    private static DatelineConfig config(String appId, String input, String suffix) {
        return DatelineConfig.of(Map.of(
                DatelineConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                DatelineConfig.APPLICATION_ID, appId,
                DatelineConfig.STATE_DIR, dir.resolve("state-" + appId).toString(),
                DatelineConfig.HTTP_PORT, "0",
                DatelineConfig.HTTP_HOST, "localhost",
                DatelineConfig.INPUT_TOPIC, input,
                DatelineConfig.OUTPUT_SUFFIX, suffix));
    }

    /** The sample articles, each published {@code copies} times under new ids: 15 × copies articles. */
    private static List<String> corpus(int copies) throws Exception {
        List<String> samples = Files.readAllLines(Path.of("..", "samples", "articles.jsonl"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
        List<String> out = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            for (String line : samples) {
                ObjectNode a = (ObjectNode) JSON.readTree(line);
                a.put("id", a.get("id").asText() + "~" + k);
                out.add(JSON.writeValueAsString(a));
            }
        }
        return out;
    }

    /** Publishes in batches with pauses, so that faults land mid-stream; runs {@code between} after batch {@code at}. */
    private static PublishReport publishInBatches(String topic, List<String> lines, int batches, Map<Integer, ThrowingRunnable> between)
            throws Exception {
        long read = 0;
        long published = 0;
        List<PublishReport.Failure> failures = new ArrayList<>();
        int size = (lines.size() + batches - 1) / batches;
        try (ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()), topic,
                ArticleValidator.DEFAULT_MAX_BODY_BYTES)) {
            for (int b = 0; b < batches; b++) {
                List<String> batch = lines.subList(Math.min(lines.size(), b * size), Math.min(lines.size(), (b + 1) * size));
                List<InputRecord> records = new ArrayList<>();
                new JsonLinesReader(new BufferedReader(new StringReader(String.join("\n", batch))), "batch-" + b)
                        .forEachRemaining(records::add);
                PublishReport r = publisher.publish(records.iterator(), rejection -> {
                    throw new AssertionError(rejection.message());
                });
                read += r.read();
                published += r.published();
                failures.addAll(r.failures());
                if (between.containsKey(b)) {
                    between.get(b).run();
                }
                Thread.sleep(150);
            }
        }
        return new PublishReport(read, published, 0, 0, failures.size(), 0, Duration.ZERO, List.of(), failures);
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void awaitCaughtUp(String appId, List<String> sourceTopics) throws Exception {
        Properties p = props();
        try (Admin admin = Admin.create(p)) {
            List<ConsumerLag.PartitionLag> lag = CatchUp.await(admin, p, appId, sourceTopics, Duration.ofMinutes(3));
            assertThat(ConsumerLag.total(lag)).as("app %s caught up: %s", appId, lag).isZero();
        }
    }

    private static Map<String, TimelineEvent> undisturbedRun(String input, String suffix) throws Exception {
        topics(input, suffix);
        try (TimelineApp reference = new TimelineApp(config("reference" + suffix, input, suffix), Extractor.create()).start()) {
            awaitCaughtUp(reference.applicationId(), reference.sourceTopics());
            return liveEvents(Topics.TIMELINE_EVENTS + suffix);
        }
    }

    private static void assertSameTimelines(Map<String, TimelineEvent> disturbed, Map<String, TimelineEvent> undisturbed) {
        assertThat(disturbed).isNotEmpty();
        assertThat(disturbed.keySet()).isEqualTo(undisturbed.keySet());
        for (String id : undisturbed.keySet()) {
            assertThat(disturbed.get(id)).as("event %s", id).isEqualTo(undisturbed.get(id));
        }
        for (TimelineEvent e : disturbed.values()) {
            Set<String> seen = new HashSet<>();
            for (SourceRef s : e.getSources()) {
                assertThat(seen.add(s.getArticleId() + "@" + s.getEvidenceStart() + "/" + s.getDateText()))
                        .as("source counted twice in %s: %s", e.getId(), s).isTrue();
            }
        }
    }

    @Test
    void aBrokerKilledMidStreamAndRestartedLosesAndDuplicatesNothing() throws Exception {
        String input = "fault-broker-articles";
        topics(input, "-fb");
        List<String> lines = corpus(12);
        try (TimelineApp app = new TimelineApp(config("fault-broker", input, "-fb"), Extractor.create()).start()) {
            assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
            PublishReport report = publishInBatches(input, lines, 9, Map.of(3, () -> {
                kafka.kill();
                Thread.sleep(2_000);
                kafka.start();
            }));
            assertThat(report.failures()).as("the idempotent producer retried through the outage").isEmpty();
            assertThat(report.published()).isEqualTo(lines.size());
            awaitCaughtUp(app.applicationId(), app.sourceTopics());
            assertThat(app.streams().state().isRunningOrRebalancing()).as("the app survived the outage").isTrue();
        }
        assertSameTimelines(liveEvents("timeline-events-fb"), undisturbedRun(input, "-fbref"));
    }

    @Test
    void anInstanceKilledMidStreamIsTakenOverAndRestartedWithIdenticalTimelines() throws Exception {
        String input = "fault-app-articles";
        String appId = "fault-app";
        topics(input, "-fa");
        List<String> lines = corpus(12);
        AtomicReference<Instance> a = new AtomicReference<>(serve(appId, input, "-fa", "a"));
        Instance b = serve(appId, input, "-fa", "b");
        try {
            awaitReady(a.get(), b);
            PublishReport report = publishInBatches(input, lines, 9, Map.of(
                    2, () -> a.get().process().destroyForcibly().waitFor(30, TimeUnit.SECONDS),
                    5, () -> a.set(serve(appId, input, "-fa", "a"))));
            assertThat(report.failures()).isEmpty();
            awaitReady(a.get(), b);
            awaitCaughtUp(appId, TimelineTopology.sourceTopics(appId, input));
        } finally {
            stop(a.get());
            stop(b);
        }
        assertSameTimelines(liveEvents("timeline-events-fa"), undisturbedRun(input, "-faref"));
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithTheirReasonAndProcessingContinues() throws Exception {
        String input = "fault-poison-articles";
        topics(input, "-fp");
        Extractor engine = Extractor.create();
        Mentions real = new Mentions(engine);
        // a stand-in for an engine bug: the real engine, failing on one marked article
        try (TimelineApp app = new TimelineApp(config("fault-poison", input, "-fp"), engine, article -> {
            if (article.getBody().contains("#poison#")) {
                throw new IllegalStateException("extraction failed on a sentence the engine cannot handle");
            }
            return real.mentionsOf(article);
        }).start()) {
            assertThat(app.awaitRunning(Duration.ofSeconds(90))).isTrue();
            Map<String, Object> producerProps = new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                    "max.request.size", Topics.MAX_ARTICLE_RECORD_BYTES));
            try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer())) {
                raw.send(new ProducerRecord<>(input, "before", article("before", "North Korea tested a nuclear device on October 9, 2006."))).get();
                raw.send(new ProducerRecord<>(input, "junk", "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8))).get();
                raw.send(new ProducerRecord<>(input, "huge", article("huge", "Words. ".repeat(160_000)))).get();
                raw.send(new ProducerRecord<>(input, "bomb", article("bomb", "On May 1, 2020, #poison# the council met."))).get();
                raw.send(new ProducerRecord<>(input, "after", article("after", "Kim Jong-un met Donald Trump in Singapore on June 12, 2018."))).get();
            }
            awaitCaughtUp(app.applicationId(), app.sourceTopics());

            List<ConsumerRecord<byte[], byte[]>> dead = deadLetters(input);
            assertThat(dead).hasSize(3);
            Map<String, String> reasons = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : dead) {
                reasons.put(new String(r.key(), StandardCharsets.UTF_8), header(r, "__streams.errors.message"));
                assertThat(header(r, "__streams.errors.offset")).isNotBlank();
            }
            assertThat(reasons.get("junk")).contains("not Avro single-object encoding");
            assertThat(reasons.get("huge")).contains("over the limit of 1048576");
            assertThat(reasons.get("bomb")).contains("extraction failed");
            assertThat(app.metrics().articlesProcessed()).as("before and after were processed").isEqualTo(2);
            Set<String> sources = new HashSet<>();
            liveEvents("timeline-events-fp").values().forEach(e -> e.getSources().forEach(s -> sources.add(s.getArticleId())));
            assertThat(sources).containsExactlyInAnyOrder("before", "after");
        }
    }

    private static byte[] article(String id, String body) {
        ArticleEvent a = ArticleEvent.newBuilder().setId(id).setBody(body).setTitle(id)
                .setPublished(Instant.parse("2024-02-01T00:00:00Z")).setTimezone("Z").build();
        return DatelineSerdes.articleEvent().encode("t", a);
    }

    private static List<ConsumerRecord<byte[], byte[]>> deadLetters(String fromTopic) {
        Properties p = props();
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(Topics.ARTICLES_DLQ, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (consumer.position(tp) < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    if (fromTopic.equals(header(r, "__streams.errors.topic"))) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** An app instance running as its own JVM, and the file its output goes to. */
    record Instance(Process process, Path log) {
    }

    /** An app instance as its own JVM (`dateline serve`), so that it can be killed with SIGKILL. */
    private static Instance serve(String appId, String input, String suffix, String name) throws Exception {
        Path log = dir.resolve("serve-" + name + "-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-Ddateline.home=" + dir.resolve("home-" + name),
                Dateline.class.getName(), "serve", "-b", kafka.bootstrapServers(), "--app-id", appId, "--http-port", "0",
                "--state-dir", dir.resolve("state-" + appId + "-" + name).toString(), "--no-create-topics",
                "-X", "dateline.input.topic=" + input, "-X", "dateline.output.suffix=" + suffix,
                "-X", "dateline.streams.session.timeout.ms=6000", "-X", "dateline.streams.heartbeat.interval.ms=1500")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Instance(process, log);
    }

    private static void awaitReady(Instance... instances) {
        for (Instance i : instances) {
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                assertThat(i.process().isAlive()).as("instance alive; its output:%n%s", Files.readString(i.log())).isTrue();
                Integer port = portOf(i);
                if (port == null) {
                    return false;
                }
                try {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                            .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 200;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
        }
    }

    /** The HTTP port the instance printed on start-up, or null before it did. */
    private static Integer portOf(Instance i) throws Exception {
        for (String line : Files.readAllLines(i.log())) {
            int at = line.indexOf("serving http://");
            if (at >= 0) {
                String hostPort = line.substring(at + "serving http://".length()).split(" ")[0];
                return Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
            }
        }
        return null;
    }

    private static void stop(Instance i) throws InterruptedException {
        if (i != null && i.process().isAlive()) {
            i.process().destroy();
            if (!i.process().waitFor(60, TimeUnit.SECONDS)) {
                i.process().destroyForcibly();
            }
        }
    }

    private static Map<String, TimelineEvent> liveEvents(String topic) {
        return CliHarness.liveEvents(kafka.bootstrapServers(), topic);
    }
}

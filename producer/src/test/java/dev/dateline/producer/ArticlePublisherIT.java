package dev.dateline.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.Topics;
import dev.dateline.kafka.local.LocalKafka;
import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.serde.DatelineSerdes;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlePublisherIT {

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

    @Test
    void publishesValidLinesReportsBadOnesByLineAndKeysByIdWithPublicationTimestamps() throws Exception {
        String input = String.join("\n",
                "{\"id\":\"p1\",\"url\":\"https://news.example/p1\",\"title\":\"One\",\"published\":\"2023-12-05T08:00:00+09:00\",\"body\":\"First body.\"}",
                "{\"id\":\"p2\",\"title\":\"Two\",\"published\":\"2023-12-06T08:00:00+09:00\",\"body\":\"Second body.\"",
                "{\"id\":\"p3\",\"title\":\"Three\",\"body\":\"No date.\"}",
                "{\"id\":\"p4\",\"title\":\"Four\",\"published\":\"2019-02-27T10:00:00+07:00\",\"body\":\"Fourth body.\"}",
                "{\"id\":\"p1\",\"url\":\"https://news.example/p1\",\"title\":\"One\",\"published\":\"2023-12-05T08:00:00+09:00\",\"body\":\"First body.\"}");
        List<Rejection> rejected = new ArrayList<>();
        PublishReport report;
        try (ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                Topics.ARTICLES, ArticleValidator.DEFAULT_MAX_BODY_BYTES);
             JsonLinesReader reader = new JsonLinesReader(new BufferedReader(new StringReader(input)), "batch.jsonl")) {
            report = publisher.publish(reader, rejected::add);
        }

        assertThat(report.read()).isEqualTo(5);
        assertThat(report.published()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.failed()).isZero();
        assertThat(rejected).extracting(Rejection::message).containsExactly(
                "batch.jsonl:2: not valid JSON at column 87: Unexpected end-of-input: expected close marker for Object",
                "batch.jsonl:3: field 'published': missing; accepted formats: " + PublishedTime.ACCEPTED_FORMATS);

        List<ConsumerRecord<String, byte[]>> records = readAll(Topics.ARTICLES, 2);
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("p1", "p4");
        for (ConsumerRecord<String, byte[]> r : records) {
            ArticleEvent article = DatelineSerdes.articleEvent().decode(r.topic(), r.value());
            assertThat(r.timestamp()).isEqualTo(article.getPublished().toEpochMilli());
            assertThat(new String(r.headers().lastHeader(ArticlePublisher.ORIGIN_HEADER).value(), StandardCharsets.UTF_8))
                    .startsWith("batch.jsonl:");
        }
        assertThat(records.stream().filter(r -> r.key().equals("p4")).findFirst().orElseThrow().timestamp())
                .isEqualTo(Instant.parse("2019-02-27T03:00:00Z").toEpochMilli());
    }

    @Test
    void whenNoBrokerAcknowledgesItStopsWithinTheTimeoutAndNamesTheRecordsNotAcknowledged(@TempDir Path other) throws Exception {
        LocalKafka doomed = LocalKafka.builder(other).build().start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", doomed.bootstrapServers()))) {
            TopicAdmin.ensure(admin, Topics.all(1, (short) 1));
        }
        doomed.kill();
        StringBuilder input = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            input.append("{\"id\":\"down-").append(i).append("\",\"published\":\"2024-01-01T00:00:00Z\",\"body\":\"Body.\"}\n");
        }
        PublishReport report;
        long begin = System.nanoTime();
        try (ArticlePublisher publisher = new ArticlePublisher(Map.of(
                "bootstrap.servers", doomed.bootstrapServers(),
                "delivery.timeout.ms", "4000", "request.timeout.ms", "1500", "max.block.ms", "3000", "linger.ms", "5"),
                Topics.ARTICLES, ArticleValidator.DEFAULT_MAX_BODY_BYTES);
             JsonLinesReader reader = new JsonLinesReader(new BufferedReader(new StringReader(input.toString())), "down.jsonl")) {
            report = publisher.publish(reader, r -> { });
        }
        Duration took = Duration.ofNanos(System.nanoTime() - begin);

        assertThat(report.published()).isZero();
        assertThat(report.failed()).isPositive().isEqualTo(report.failures().size());
        assertThat(report.failures().get(0).message()).startsWith("down.jsonl:1: article 'down-1' not acknowledged: ")
                .contains("TimeoutException");
        assertThat(report.stoppedAfter()).as("it stops reading instead of timing out all 200").isNotNull();
        assertThat(report.read()).isEqualTo(report.failed()).isLessThan(200);
        assertThat(report.failures()).extracting(f -> f.origin().line())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, report.read()).boxed().toList());
        assertThat(took).isLessThan(Duration.ofSeconds(60));
    }

    /**
     * The broker dies (SIGKILL) while records are in flight. The report must account for every record
     * read: acknowledged or named as not acknowledged, by line. After the broker comes back, every
     * record reported as acknowledged is on the topic, nothing is there twice, and nothing that was
     * not read; a record reported as not acknowledged may or may not have been written before the
     * broker died (the producer never heard), which is what "not acknowledged" says.
     */
    @Test
    void whenTheBrokerDiesMidStreamEveryRecordIsAcknowledgedOrNamedAsNotAcknowledged(@TempDir Path other) throws Exception {
        LocalKafka dying = LocalKafka.builder(other).build().start();
        try {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", dying.bootstrapServers()))) {
                TopicAdmin.ensure(admin, Topics.all(3, (short) 1));
            }
            String body = "Ministers met again on Tuesday to discuss the harbour project. ".repeat(30);
            StringBuilder input = new StringBuilder();
            int lines = 3000;
            for (int i = 1; i <= lines; i++) {
                input.append("{\"id\":\"mid-").append(i).append("\",\"published\":\"2024-01-01T00:00:00Z\",\"body\":\"")
                        .append(body).append(i).append("\"}\n");
            }
            int killAt = 800;
            PublishReport report;
            try (ArticlePublisher publisher = new ArticlePublisher(Map.of(
                    "bootstrap.servers", dying.bootstrapServers(),
                    "delivery.timeout.ms", "5000", "request.timeout.ms", "2000", "max.block.ms", "3000", "linger.ms", "5"),
                    Topics.ARTICLES, ArticleValidator.DEFAULT_MAX_BODY_BYTES);
                 JsonLinesReader reader = new JsonLinesReader(new BufferedReader(new StringReader(input.toString())), "mid.jsonl")) {
                java.util.Iterator<InputRecord> killing = new java.util.Iterator<>() {
                    int handed;

                    @Override
                    public boolean hasNext() {
                        return reader.hasNext();
                    }

                    @Override
                    public InputRecord next() {
                        if (++handed == killAt) {
                            try {
                                // the records before this one are read ahead and sent; let some be acknowledged first
                                Thread.sleep(1_500);
                                dying.kill();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new IllegalStateException(e);
                            }
                        }
                        return reader.next();
                    }
                };
                report = publisher.publish(killing, r -> {
                    throw new AssertionError(r.message());
                });
            }

            assertThat(report.published()).as("acknowledged before the broker died").isPositive();
            assertThat(report.failed()).as("named as not acknowledged").isPositive().isEqualTo(report.failures().size());
            assertThat(report.read()).as("every record read is accounted for").isEqualTo(report.published() + report.failed());
            java.util.Set<Long> failedLines = new java.util.HashSet<>();
            for (PublishReport.Failure f : report.failures()) {
                assertThat(failedLines.add(f.origin().line())).as("line %d reported once", f.origin().line()).isTrue();
                assertThat(f.articleId()).isEqualTo("mid-" + f.origin().line());
            }
            java.util.Set<String> read = new java.util.HashSet<>();
            java.util.Set<String> acknowledged = new java.util.HashSet<>();
            for (long line = 1; line <= report.read(); line++) {
                read.add("mid-" + line);
                if (!failedLines.contains(line)) {
                    acknowledged.add("mid-" + line);
                }
            }

            dying.start();
            Map<String, Integer> onTopic = new java.util.HashMap<>();
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, dying.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "mid-stream-check",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer.subscribe(List.of(Topics.ARTICLES));
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                int quiet = 0;
                while (System.nanoTime() < deadline && (onTopic.size() < acknowledged.size() || quiet < 5)) {
                    var records = consumer.poll(Duration.ofMillis(500));
                    quiet = records.isEmpty() ? quiet + 1 : 0;
                    records.forEach(r -> onTopic.merge(r.key(), 1, Integer::sum));
                }
            }
            assertThat(onTopic.keySet()).as("every acknowledged record survived").containsAll(acknowledged);
            assertThat(read).as("nothing on the topic that was not read").containsAll(onTopic.keySet());
            assertThat(onTopic).as("nothing written twice").allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        } finally {
            dying.close();
        }
    }

    @Test
    void eachPublishOfOnePublisherReportsItsOwnCounts() throws Exception {
        try (ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                Topics.ARTICLES, ArticleValidator.DEFAULT_MAX_BODY_BYTES)) {
            for (int run = 1; run <= 2; run++) {
                String line = "{\"id\":\"again-" + run + "\",\"published\":\"2024-01-01T00:00:00Z\",\"body\":\"Run " + run + ".\"}";
                PublishReport report = publisher.publish(
                        new JsonLinesReader(new BufferedReader(new StringReader(line)), "run" + run), r -> { });
                assertThat(report.read()).isEqualTo(1);
                assertThat(report.published()).isEqualTo(1);
            }
            assertThat(publisher.counters().published()).isEqualTo(2);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "publisher-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            return out;
        }
    }
}

package dev.dateline.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.Topics;
import dev.dateline.kafka.local.LocalKafka;
import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.serde.DatelineSerdes;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export a topic to a .jsonl.gz archive, publish the archive onto another topic: the same records come out. */
class ExportRoundTripIT {

    @TempDir
    static Path dir;
    static LocalKafka kafka;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = LocalKafka.builder(dir.resolve("kafka")).build().start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            TopicAdmin.ensure(admin, Topics.all(3, (short) 1));
            admin.createTopics(List.of(new NewTopic("articles-restored", 3, (short) 1),
                    new NewTopic("articles-range", 3, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    /** Articles of every shape the contract allows, in our own words. */
    static List<String> articles() {
        List<String> lines = new ArrayList<>();
        String[] zones = {"+09:00", "Z", "-05:00", "+05:30", "[Europe/Lisbon]", "[America/Sao_Paulo]"};
        for (int i = 0; i < 40; i++) {
            String zone = zones[i % zones.length];
            String time = String.format("2023-%02d-%02dT%02d:%02d:%02d.%03d", 1 + i % 12, 1 + i % 28, i % 24, i % 60, (7 * i) % 60, i * 7 % 1000);
            String published = zone.startsWith("[") ? time + "+00:00" + zone : time + zone;
            StringBuilder line = new StringBuilder("{\"id\":\"rt-" + i + "\"");
            if (i % 5 != 0) {
                line.append(",\"url\":\"https://news.example/round-trip/").append(i).append("\"");
            }
            if (i % 4 != 0) {
                line.append(",\"source\":\"Round Trip Daily\",\"title\":\"Story number ").append(i).append(" \\\"quoted\\\"\"");
            }
            if (i % 3 == 0) {
                line.append(",\"language\":\"en\"");
            }
            if (i % 7 == 0) {
                line.append(",\"fetched\":\"2024-02-0").append(1 + i % 9).append("T01:02:03.456Z\"");
            }
            line.append(",\"published\":\"").append(published).append("\"");
            line.append(",\"body\":\"  The council met on Tuesday (item ").append(i)
                    .append(").\\n\\nIt will meet again next month, caf\\u00e9 \\ud83d\\udcf0.  \"}");
            lines.add(line.toString());
        }
        // later revisions of two articles, and a second fetch of one revision
        lines.add("{\"id\":\"rt-1\",\"revision\":1,\"published\":\"2023-02-02T01:01:07.007+00:00\",\"body\":\"Corrected text.\"}");
        lines.add("{\"id\":\"rt-1\",\"revision\":2,\"published\":\"2023-02-02T01:01:07.007+00:00\",\"body\":\"Corrected again.\"}");
        lines.add("{\"id\":\"rt-2\",\"revision\":0,\"fetched\":\"2024-03-01T00:00:00Z\",\"published\":\"2023-03-03T02:02:14.014Z\",\"body\":\"Fetched later.\"}");
        return lines;
    }

    @Test
    void publishingAnExportReproducesEveryRecordKeyTimestampAndValueInPartitionOrder() throws Exception {
        Path input = dir.resolve("input.jsonl");
        Files.write(input, articles(), StandardCharsets.UTF_8);
        PublishReport first = publish(input, Topics.ARTICLES);
        assertThat(first.published()).isEqualTo(43);
        // a record written before timezones were kept (schema v1 era): no timezone at all
        ArticleEvent legacy = ArticleEvent.newBuilder().setId("legacy-1").setBody("An old article.")
                .setPublished(Instant.parse("2019-05-05T05:05:05Z")).setTimezone(null).setUrl(null).setSource(null)
                .setTitle(null).setLanguage(null).setFetched(null).setRevision(0).build();
        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(Topics.ARTICLES, null, legacy.getPublished().toEpochMilli(), "legacy-1",
                    DatelineSerdes.articleEvent().encode(Topics.ARTICLES, legacy))).get();
        }

        Path archive = dir.resolve("backup.jsonl.gz");
        List<String> problems = new ArrayList<>();
        ArticleExporter.Report exported;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(archive)),
                StandardCharsets.UTF_8))) {
            exported = new ArticleExporter(Map.of("bootstrap.servers", kafka.bootstrapServers()))
                    .export(Topics.ARTICLES, null, null, out, problems::add);
        }
        assertThat(problems).isEmpty();
        assertThat(exported.exported()).isEqualTo(44);

        PublishReport restored = publish(archive, "articles-restored");
        assertThat(restored.published()).isEqualTo(44);
        assertThat(restored.skipped()).isZero();
        assertThat(restored.duplicates()).isZero();

        List<List<Rec>> original = readPartitions(Topics.ARTICLES);
        List<List<Rec>> copy = readPartitions("articles-restored");
        assertThat(original.stream().mapToInt(List::size).sum()).isEqualTo(44);
        assertThat(copy).isEqualTo(original);
        assertThat(decode(copy, "legacy-1").getTimezone()).isNull();
        assertThat(decode(copy, "rt-4").getTimezone()).isEqualTo("Europe/Lisbon");
    }

    @Test
    void aTimeRangeKeepsOnlyTheArticlesPublishedInIt() throws Exception {
        Path input = dir.resolve("range-input.jsonl");
        Files.write(input, articles(), StandardCharsets.UTF_8);
        publish(input, "articles-range");
        Instant from = Instant.parse("2023-03-01T00:00:00Z");
        Instant to = Instant.parse("2023-06-01T00:00:00Z");
        List<Rec> all = readPartitions("articles-range").stream().flatMap(List::stream).toList();
        long expected = all.stream().filter(r -> r.timestamp >= from.toEpochMilli() && r.timestamp < to.toEpochMilli()).count();
        assertThat(expected).isBetween(5L, 30L);

        java.io.StringWriter out = new java.io.StringWriter();
        ArticleExporter.Report report = new ArticleExporter(Map.of("bootstrap.servers", kafka.bootstrapServers()))
                .export("articles-range", from, to, out, p -> { });
        assertThat(report.exported()).isEqualTo(expected);
        assertThat(out.toString().lines()).hasSize((int) expected)
                .allSatisfy(line -> assertThat(line).contains("\"published\":\"2023-0"));
    }

    private static PublishReport publish(Path file, String topic) throws Exception {
        List<Rejection> rejected = new ArrayList<>();
        try (ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()), topic,
                ArticleValidator.DEFAULT_MAX_BODY_BYTES);
             ArticleInputs inputs = ArticleInputs.open(List.of(file.toString()), ArticleInputs.Format.AUTO,
                     InputStream.nullInputStream(), 1 << 20, s -> { })) {
            PublishReport report = publisher.publish(inputs, rejected::add);
            assertThat(rejected).isEmpty();
            return report;
        }
    }

    record Rec(String key, long timestamp, List<Byte> value) {
        static Rec of(ConsumerRecord<String, byte[]> r) {
            Byte[] boxed = new Byte[r.value().length];
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = r.value()[i];
            }
            return new Rec(r.key(), r.timestamp(), Arrays.asList(boxed));
        }
    }

    private static ArticleEvent decode(List<List<Rec>> partitions, String key) {
        Rec rec = partitions.stream().flatMap(List::stream).filter(r -> r.key.equals(key)).findFirst().orElseThrow();
        byte[] bytes = new byte[rec.value.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = rec.value.get(i);
        }
        return DatelineSerdes.articleEvent().decode("t", bytes);
    }

    private static List<List<Rec>> readPartitions(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<List<Rec>> out = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                TopicPartition tp = new TopicPartition(topic, p);
                consumer.assign(List.of(tp));
                consumer.seekToBeginning(List.of(tp));
                long end = consumer.endOffsets(List.of(tp)).get(tp);
                List<Rec> records = new ArrayList<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (consumer.position(tp) < end && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> records.add(Rec.of(r)));
                }
                out.add(records);
            }
            return out;
        }
    }
}

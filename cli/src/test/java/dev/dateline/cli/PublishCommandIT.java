package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.Topics;
import dev.dateline.kafka.local.LocalKafka;
import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.serde.DatelineSerdes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `dateline publish` and `dateline export` as a user runs them, for every input kind, on a real broker. */
class PublishCommandIT {

    @TempDir
    static Path shared;
    static LocalKafka kafka;
    @TempDir
    Path dir;

    private static int topics;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = LocalKafka.builder(shared.resolve("kafka")).build().start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            TopicAdmin.ensure(admin, Topics.all(2, (short) 1));
        }
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    /** A fresh topic per test, so that each test reads only what it published. */
    private static String newTopic() throws Exception {
        String name = "publish-it-" + (++topics);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, 2, (short) 1))).all().get();
            // the broker learns of a new topic from the controller a moment later; publish checks it exists
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!admin.listTopics().names().get().contains(name) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }
        return name;
    }

    record Run(int exit, String out, String err) {
    }

    private static Run run(Object command, byte[] stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            if (command instanceof PublishCommand p && stdin != null) {
                p.stdin = new ByteArrayInputStream(stdin);
            }
            if (command instanceof ExportCommand e) {
                e.stdout = System.out;
            }
            CommandLine cli = new CommandLine(command);
            int exit = cli.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static Run publish(String... args) {
        return run(new PublishCommand(), null, args);
    }

    private static String[] args(String topic, String... rest) {
        List<String> all = new ArrayList<>(List.of("-b", kafka.bootstrapServers(), "--topic", topic, "--progress", "off"));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    static String article(String id, String published, String body) {
        return "{\"id\":\"" + id + "\",\"url\":\"https://news.example/cli/" + id + "\",\"source\":\"Cli Gazette\","
                + "\"title\":\"Title " + id + "\",\"published\":\"" + published + "\",\"body\":\"" + body + "\"}";
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void everyInputKindPublishesFromTheCommandLine() throws Exception {
        String topic = newTopic();
        Path jsonl = dir.resolve("wire.jsonl.gz");
        Files.write(jsonl, gzip(article("j1", "2024-04-01T09:00:00+02:00", "Jsonl one.") + "\n"
                + article("j2", "2024-04-02T09:00:00+02:00", "Jsonl two.") + "\n"));
        Path feed = dir.resolve("valley.rss");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Valley Courier</title><link>https://news.example/vc</link>
                <description>d</description>
                <item><title>Dam inspection</title><link>https://news.example/vc/dam</link><guid>vc-dam</guid>
                <pubDate>Wed, 03 Apr 2024 08:00:00 +0100</pubDate><description>&lt;p&gt;Engineers inspected the dam on Tuesday.&lt;/p&gt;</description></item>
                </channel></rss>
                """);
        Path atom = dir.resolve("orbit.atom.gz");
        Files.write(atom, gzip("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Orbit Notes</title><id>urn:x:orbit</id>
                <updated>2024-04-04T00:00:00Z</updated>
                <entry><title>Lander wakes</title><id>urn:x:orbit:lander</id><link href="https://news.example/orbit/lander"/>
                <published>2024-04-04T06:00:00+09:00</published><summary>The lander woke up after the lunar night.</summary></entry>
                </feed>
                """));
        Path texts = Files.createDirectories(dir.resolve("desk"));
        Files.writeString(texts.resolve("harbour.md"), """
                ---
                title: Harbour dredging begins
                published: 2024-04-05T10:00:00-03:00
                url: https://news.example/desk/harbour
                source: Desk Notes
                ---
                Dredging of the harbour began on Friday and will last until June.
                """);
        byte[] stdin = (article("s1", "2024-04-06T12:00:00Z", "From standard input.") + "\n").getBytes(StandardCharsets.UTF_8);

        Run run = run(new PublishCommand(), stdin, args(topic, jsonl.toString(), feed.toString(), atom.toString(),
                texts.toString(), "-"));

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("read 6, published 6, skipped 0, duplicates 0, failed 0");
        Map<String, ArticleEvent> published = readTopic(topic);
        assertThat(published).containsOnlyKeys("j1", "j2", "vc-dam", "urn:x:orbit:lander",
                dev.dateline.producer.ArticleValidator.idFromUrl("https://news.example/desk/harbour"), "s1");
        assertThat(published.get("vc-dam").getBody()).isEqualTo("Engineers inspected the dam on Tuesday.");
        assertThat(published.get("vc-dam").getTimezone()).isEqualTo("+01:00");
        assertThat(published.get("urn:x:orbit:lander").getSource()).isEqualTo("Orbit Notes");
    }

    @Test
    void eachMalformedCaseIsReportedWithItsExactMessageAndGoesToTheRejectsFile() throws Exception {
        String topic = newTopic();
        Path input = dir.resolve("mixed.jsonl");
        Files.write(input, List.of(
                article("ok-1", "2024-05-01T08:00:00+02:00", "Fine."),
                "{\"id\":\"m2\",\"url\":\"https://news.example/m2\",\"body\":\"No date.\"}",
                article("m3", "next Thursday", "Bad date."),
                article("m4", "2024-05-01T08:00:00+02:00", "   "),
                article("m5", "2024-05-01T08:00:00+02:00", "x".repeat(120)),
                article("m6", "2024-05-01T08:00:00+02:00", "Bad url.").replace("https://news.example/cli/m6", "news.example/m6"),
                article("ok-1", "2024-05-01T08:00:00+02:00", "Fine, but edited without a new revision."),
                article("ok-1", "2024-05-01T08:00:00+02:00", "Fine."),
                "{\"id\":\"m9\",",
                article("ok-2", "2024-05-02T08:00:00+02:00", "Also fine.")));
        Path rejects = dir.resolve("rejects.txt");

        Run run = publish(args(topic, "--max-body-bytes", "100", "--rejects", rejects.toString(), input.toString()));

        String f = input.toString();
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines().filter(l -> l.startsWith("skipped ")).toList()).containsExactly(
                "skipped " + f + ":2: field 'published': missing; accepted formats: " + dev.dateline.producer.PublishedTime.ACCEPTED_FORMATS,
                "skipped " + f + ":3: field 'published': cannot parse 'next Thursday'; accepted formats: "
                        + dev.dateline.producer.PublishedTime.ACCEPTED_FORMATS,
                "skipped " + f + ":4: field 'body': empty",
                "skipped " + f + ":5: field 'body': is 120 bytes, over the limit of 100 bytes (raise it with --max-body-bytes)",
                "skipped " + f + ":6: field 'url': 'news.example/m6' is not an http(s) URL",
                "skipped " + f + ":7: field 'id': duplicate id 'ok-1' with different content (first at " + f
                        + ":1, same revision 0); give a higher revision to replace an article",
                "skipped " + f + ":9: not valid JSON at column 12: Unexpected end-of-input within/between Object entries");
        assertThat(run.err()).contains("read 10, published 2, skipped 7, duplicates 1, failed 0");
        List<String> rejected = Files.readAllLines(rejects);
        assertThat(rejected).hasSize(14);
        assertThat(rejected.get(0)).startsWith("# " + f + ":2: field 'published': missing");
        assertThat(rejected.get(1)).isEqualTo("{\"id\":\"m2\",\"url\":\"https://news.example/m2\",\"body\":\"No date.\"}");
        assertThat(readTopic(topic)).containsOnlyKeys("ok-1", "ok-2");
    }

    @Test
    void strictPublishesNothingWhenOneRecordIsInvalidAndDryRunNeedsNoBroker() throws Exception {
        String topic = newTopic();
        Path input = dir.resolve("strict.jsonl");
        Files.write(input, List.of(article("st-1", "2024-05-01T08:00:00Z", "Fine."), article("st-2", "", "No date.")));

        Run strict = publish(args(topic, "--strict", input.toString()));
        assertThat(strict.exit()).as(strict.err()).isEqualTo(2);
        assertThat(strict.err()).contains("skipped " + input + ":2: field 'published': missing")
                .contains("--strict: 1 invalid record, so nothing was published");
        assertThat(readTopic(topic)).isEmpty();

        Run dry = publish("-b", "localhost:1", "--dry-run", "--progress", "off", input.toString());
        assertThat(dry.exit()).as(dry.err()).isEqualTo(2);
        assertThat(dry.err()).contains("read 2, valid 1, skipped 1, duplicates 0").contains("dry run: nothing was published");

        Files.write(input, List.of(article("st-1", "2024-05-01T08:00:00Z", "Fine.")));
        byte[] stdin = Files.readAllBytes(input);
        Run strictStdin = run(new PublishCommand(), stdin, args(topic, "--strict", "-"));
        assertThat(strictStdin.exit()).as(strictStdin.err()).isZero();
        assertThat(readTopic(topic)).containsOnlyKeys("st-1");
    }

    @Test
    void usageErrorsAndMissingFilesAreNotConfusedWithInvalidRecords() {
        assertThat(publish("--no-such-option", "x.jsonl").exit()).isEqualTo(64);
        Run missing = publish("-b", kafka.bootstrapServers(), "--dry-run", dir.resolve("absent.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(1);
    }

    @Test
    void exportThenPublishOntoAnotherTopicGivesTheSameArticles() throws Exception {
        String source = newTopic();
        String target = newTopic();
        Path input = dir.resolve("day.jsonl");
        Files.write(input, List.of(
                article("e1", "2024-06-01T08:00:00+02:00", "First."),
                article("e2", "2024-06-02T08:00:00+02:00[Europe/Paris]", "Second."),
                article("e3", "2024-07-01T08:00:00-04:00", "Third.")));
        assertThat(publish(args(source, input.toString())).exit()).isZero();

        Path archive = dir.resolve("backup.jsonl.gz");
        Run export = run(new ExportCommand(), null, "-b", kafka.bootstrapServers(), "--topic", source, archive.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.err()).contains("exported 3, outside the range 0, not articles 0");
        assertThat(publish(args(target, archive.toString())).exit()).isZero();
        assertThat(readTopic(target)).isEqualTo(readTopic(source));

        Run june = run(new ExportCommand(), null, "-b", kafka.bootstrapServers(), "--topic", source,
                "--from", "2024-06-01", "--to", "2024-06-30", "-");
        assertThat(june.exit()).as(june.err()).isZero();
        assertThat(june.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("\"published\":\"2024-06-0"));
        assertThat(june.out()).contains("\"published\":\"2024-06-02T08:00:00+02:00[Europe/Paris]\"");

        Run bad = run(new ExportCommand(), null, "-b", kafka.bootstrapServers(), "--from", "June", "-");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("--from 'June' is neither a date (2023-11-22) nor a time with an offset");
    }

    private static Map<String, ArticleEvent> readTopic(String topic) {
        Map<String, ArticleEvent> out = new java.util.TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1));
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (parts.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    ArticleEvent a = DatelineSerdes.articleEvent().decode(topic, r.value());
                    assertThat(r.timestamp()).isEqualTo(a.getPublished().toEpochMilli());
                    out.put(r.key(), a);
                }
            }
        }
        return out;
    }
}

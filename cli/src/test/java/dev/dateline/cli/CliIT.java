package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.Topics;
import dev.dateline.kafka.local.LocalKafka;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `dateline` commands end to end, as a user runs them, on real brokers. */
class CliIT {

    @TempDir
    Path home;

    private CliHarness.Run run(String... args) {
        return CliHarness.run(home, args);
    }

    @Test
    void demoPrintsTheKoreanPeninsulaTimelineAndLeavesNoProcessBehind() {
        CliHarness.Run demo = run("demo", "--entities", "North Korea", "--http-port", "0");

        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("[5/5] Timelines", "North Korea (country)", "2006-10-09", "NUCLEAR_TEST");
        assertThat(demo.out()).containsPattern("\\n  2018[-0-9]*\\s+SUMMIT").containsPattern("\\n  2019[-0-9]*\\s+SUMMIT");
        assertThat(demo.out()).contains("published 15, skipped 0").contains("Stopping the app and the broker… done.");
        assertThat(brokersUnder(home)).as("no broker left running").isEmpty();
    }

    @Test
    void demoWithTheReaderPutsTheReadersTypeOnTheTimeline() {
        CliHarness.Run rules = run("demo", "--entities", "Japan", "--http-port", "0");
        CliHarness.Run read = run("demo", "--reader", "--entities", "Japan", "--http-port", "0");

        assertThat(rules.exit()).as(rules.err()).isZero();
        assertThat(read.exit()).as(read.err()).isZero();
        // the Camp David sample: "agreed at Camp David ... to hold a three-way summit every year"
        assertThat(rules.out()).containsPattern("\\n  2023-08-18\\s+AGREEMENT").doesNotContainPattern("\\n  2023-08-18\\s+SUMMIT");
        assertThat(read.out()).containsPattern("\\n  2023-08-18\\s+SUMMIT\\s+United States and Japan hold summit in Camp David");
        assertThat(brokersUnder(home)).as("no broker left running").isEmpty();
    }

    @Test
    void benchMeasuresDatelineBesideItsCeilingsAndRecordsARow() throws Exception {
        Path results = home.resolve("results.md");
        CliHarness.Run bench = run("bench", "--articles", "120", "--skip", "latency,replay,restore,profile",
                "--work-dir", home.resolve("bench").toString(), "--results", results.toString());

        assertThat(bench.exit()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("machine: ", "Extraction ceiling", "Pass-through ceiling", "Dateline end to end")
                .containsPattern("end to end / min\\(ceilings\\) = [0-9,]+ / [0-9,]+ = [0-9.]+");
        String table = java.nio.file.Files.readString(results);
        assertThat(table).contains("<!-- e2e:rows:end -->").containsPattern("\\| 120 articles, [0-9]+ threads, 4 partitions");
        assertThat(brokersUnder(home)).as("no broker left running").isEmpty();
    }

    @Test
    void publishReportsTheMalformedLinesByNumberAndPublishesTheRest(@TempDir Path kafkaDir) throws Exception {
        try (LocalKafka kafka = LocalKafka.builder(kafkaDir).build().start()) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                TopicAdmin.ensure(admin, Topics.all(1, (short) 1));
            }
            Path malformed = Path.of("..", "samples", "malformed.jsonl");
            CliHarness.Run publish = run("publish", "-b", kafka.bootstrapServers(), "--rejects", home.resolve("rejects.txt").toString(),
                    malformed.toString());

            assertThat(publish.exit()).as("some records skipped").isEqualTo(2);
            assertThat(publish.err())
                    .contains(malformed + ":3: not valid JSON")
                    .contains(malformed + ":4: field 'published': missing; accepted formats:")
                    .contains("read 5, published 3, skipped 2, duplicates 0, failed 0");
            List<String> rejects = java.nio.file.Files.readAllLines(home.resolve("rejects.txt"));
            assertThat(rejects).hasSize(4);
            assertThat(rejects.get(0)).startsWith("# " + malformed + ":3:");
        }
    }

    @Test
    void serveWithAMissingReaderModelFailsNamingItBeforeLookingForABroker() {
        Path missing = home.resolve("no-such-reader.onnx");
        CliHarness.Run serve = run("serve", "-b", "localhost:1", "--reader-model", missing.toString());
        assertThat(serve.exit()).isEqualTo(1);
        assertThat(serve.err()).contains("dateline.reader '" + missing + "' is neither off, bundled, nor a readable model file")
                .doesNotContain("no Kafka broker answered");
    }

    @Test
    void publishToAnAbsentBrokerFailsWithAClearMessage() {
        CliHarness.Run publish = run("publish", "-b", "localhost:1", Path.of("..", "samples", "articles.jsonl").toString());
        assertThat(publish.exit()).isEqualTo(1);
        assertThat(publish.err()).contains("no Kafka broker answered at localhost:1");
    }

    private static List<ProcessHandle> brokersUnder(Path dir) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("BrokerMain") && c.contains(dir.toString())).orElse(false))
                .toList();
    }
}

package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.Topics;
import dev.dateline.kafka.local.LocalKafka;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI, run as {@code ./dateline} runs it: {@code java -jar} with the jar's own
 * manifest class path and nothing from the test class path. The other integration tests call the
 * commands in-process, where every test dependency is visible; this catches a library the jar
 * needs at run time but does not list (Kafka's StreamsResetter for {@code replay} once was one).
 */
class JarIT {

    @TempDir
    Path home;

    record Result(int exit, String out, String err) {
    }

    @Test
    void replayRunsKafkasStreamsResetterFromThePackagedJar(@TempDir Path kafkaDir) throws Exception {
        try (LocalKafka kafka = LocalKafka.builder(kafkaDir).build().start()) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                TopicAdmin.ensure(admin, Topics.all(1, (short) 1));
            }
            Result replay = runJar("replay", "--all", "--dry-run", "-b", kafka.bootstrapServers(),
                    "--state-dir", home.resolve("state").toString());

            assertThat(replay.err()).doesNotContain("NoClassDefFoundError", "ClassNotFoundException");
            assertThat(replay.exit()).as(replay.err()).isZero();
            assertThat(replay.out()).containsIgnoringCase("dry run");
        }
    }

    @Test
    void everyCommandLoadsFromThePackagedJar() throws Exception {
        Result help = runJar("--help");
        assertThat(help.exit()).as(help.err()).isZero();
        List<String> commands = new ArrayList<>();
        java.util.regex.Pattern commandLine = java.util.regex.Pattern.compile("^  ([a-z]+)(\\s|$)");
        for (String line : help.out().lines().toList()) {
            java.util.regex.Matcher m = commandLine.matcher(line);
            if (m.find()) {
                commands.add(m.group(1));
            }
        }
        assertThat(commands).contains("demo", "publish", "serve", "replay", "backfill", "bench", "lag", "export");
        for (String command : commands) {
            if (command.equals("help")) {
                continue;
            }
            Result r = runJar(command, "--help");
            assertThat(r.exit()).as(command + ": " + r.err()).isZero();
            assertThat(r.out()).as(command).contains("Usage: dateline " + command);
        }
    }

    private Result runJar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddateline.home=" + home, "-jar", jar().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("dateline " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("dateline-cli-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no packaged CLI jar in target/: run `./mvnw verify`, which packages it first"));
        }
    }
}

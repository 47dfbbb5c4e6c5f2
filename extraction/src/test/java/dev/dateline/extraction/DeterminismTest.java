package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.extraction.eval.GoldArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same article gives the same events in every run. Replays and backfills re-extract history and
 * must reproduce what was published, so nothing in the engine may depend on identity hash codes (an
 * enum's hash, hence a record's that holds one) or on the per-run order of {@code Set.of}. Two child
 * JVMs extract every gold article, one with all identity hashes equal and one with them counting up;
 * their outputs must be identical.
 */
class DeterminismTest {

    /** Prints every event of every gold article under the folders given, one line each. */
    public static final class Print {
        public static void main(String[] args) throws IOException {
            Extractor extractor = Extractor.create();
            StringBuilder out = new StringBuilder();
            for (String dir : args) {
                for (GoldArticle a : GoldArticle.loadAll(Path.of(dir))) {
                    for (ExtractedEvent e : extractor.extract(a.body(), a.published()).events()) {
                        out.append(a.id()).append(' ').append(e.date().value()).append(' ').append(e.type())
                                .append(' ').append(e.actors()).append(' ').append(e.location()).append(' ')
                                .append(e.modality()).append(' ').append(e.start()).append('\n');
                    }
                }
            }
            System.out.print(out);
        }
    }

    private static String run(Path dir, String hashMode) throws Exception {
        Path out = dir.resolve("events-" + hashMode + ".txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=" + hashMode,
                "-cp", System.getProperty("java.class.path"), Print.class.getName()));
        for (String set : List.of("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")) {
            command.add(Path.of("../gold", set).toString());
        }
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("extraction finished").isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void eventsDoNotDependOnIdentityHashesOrTheRunsOrderOfSets(@TempDir Path dir) throws Exception {
        String allEqual = run(dir, "2");
        String counting = run(dir, "3");
        assertThat(allEqual.lines().count()).as("events extracted").isGreaterThan(2500);
        assertThat(counting).isEqualTo(allEqual);
    }
}

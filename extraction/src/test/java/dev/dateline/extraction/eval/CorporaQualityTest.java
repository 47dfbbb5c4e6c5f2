package dev.dateline.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dateline.extraction.Extractor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A regression floor on the shared evaluation corpora, which live outside the repository
 * ({@code ../shared/corpora} from the project root); skipped where they are absent. The reported
 * figures are in docs/quality.md; these floors only catch a rule change that breaks much.
 */
class CorporaQualityTest {

    private static Path corpora() {
        for (String p : List.of("../shared/corpora", "../../shared/corpora")) {
            Path path = Path.of(p);
            if (Files.isDirectory(path.resolve("timeml"))) {
                return path;
            }
        }
        return null;
    }

    @Test
    void timeBankAndAquaint() {
        Path c = corpora();
        assumeTrue(c != null, "the shared corpora (../shared/corpora) are not here; nothing to measure");
        var docs = TimeMlEvaluation.load(List.of(c.resolve("timeml/TimeBank"), c.resolve("timeml/AQUAINT")));
        var out = new ByteArrayOutputStream();
        TempEvalScorer.Score s = TimeMlEvaluation.run(Extractor.create(), docs, false, false,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(docs).hasSize(256);
        assertThat(s.strict().f1()).isGreaterThan(0.895);
        assertThat(s.relaxed().f1()).isGreaterThan(0.95);
        assertThat(s.value().f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void meantime() {
        Path c = corpora();
        assumeTrue(c != null && Files.isDirectory(c.resolve("meantime-apple")),
                "the shared corpora (../shared/corpora) are not here; nothing to measure");
        var docs = TimeMlEvaluation.load(List.of(c.resolve("meantime-apple")));
        TempEvalScorer.Score s = TimeMlEvaluation.run(Extractor.create(), docs, false, false,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(docs).hasSize(30);
        assertThat(s.relaxed().f1()).isGreaterThan(0.95);
        assertThat(s.value().f1()).isGreaterThan(0.85);
    }
}

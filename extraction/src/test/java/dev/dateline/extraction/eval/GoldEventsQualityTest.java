package dev.dateline.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.extraction.Extractor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A regression floor on the project's own tuning sets (gold/dev to gold/dev8): each floor sits just under the events
 * F1 recorded in docs/quality.md, so a rule change that loses more than a few events on any set fails the build.
 * The held-out sets gold/test2 and gold/test3 have no floor here: they are scored for the aggregate only, never tuned on.
 */
class GoldEventsQualityTest {

    private static final Extractor EXTRACTOR = Extractor.create();

    @ParameterizedTest(name = "gold/{0}: events F1 above {1}")
    @CsvSource({"dev, 0.965, 20", "dev2, 0.845, 77", "dev3, 0.895, 46", "dev4, 0.860, 45", "dev5, 0.700, 150", "dev6, 0.720, 150", "dev7, 0.650, 150", "dev8, 0.610, 150"})
    void eventsF1StaysAboveItsFloor(String set, double floor, int articles) {
        Path dir = Path.of("../gold").resolve(set);
        assertThat(Files.isDirectory(dir)).as("gold set %s (run from the extraction module)", dir).isTrue();
        List<GoldArticle> gold = GoldArticle.loadAll(dir);
        GoldEventScorer.Result r = GoldEventScorer.run(EXTRACTOR, gold, false,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(gold).hasSize(articles);
        assertThat(r.events().f1()).as("events F1 on gold/%s", set).isGreaterThan(floor);
    }
}

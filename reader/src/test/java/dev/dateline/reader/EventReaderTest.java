package dev.dateline.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.extraction.EventType;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.ExtractionResult;
import dev.dateline.extraction.Extractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled model on sentences written for this test, determinism, and clear errors. */
class EventReaderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);
    private static final Extractor RULES = Extractor.create();
    private static EventReader reader;

    @BeforeAll
    static void load() {
        reader = EventReader.bundled();
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    /** The model's most probable type for the date expression {@code date} in {@code sentence}. */
    private static EventType top(String sentence, String date) {
        int a = sentence.indexOf(date);
        assertThat(a).as("%s in %s", date, sentence).isGreaterThanOrEqualTo(0);
        double[] p = reader.model().probabilities(List.of(new ReaderModel.Unit(sentence, a, a + date.length())))[0];
        EventType best = EventType.values()[0];
        for (EventType t : EventType.values()) {
            best = p[t.ordinal()] > p[best.ordinal()] ? t : best;
        }
        return best;
    }

    @Test
    void clearSentencesGetTheirType() {
        assertThat(top("North Korea carried out its sixth underground nuclear test on Sunday, the largest so far.",
                "on Sunday")).isEqualTo(EventType.NUCLEAR_TEST);
        assertThat(top("Voters in Portugal chose a new parliament in a snap general election on March 10.",
                "March 10")).isEqualTo(EventType.ELECTION);
        assertThat(top("A magnitude 7.4 earthquake struck eastern Taiwan on April 3, damaging hundreds of buildings.",
                "April 3")).isEqualTo(EventType.DISASTER);
        assertThat(top("Police arrested the former mayor at his home on Tuesday on suspicion of fraud.",
                "on Tuesday")).isEqualTo(EventType.ARREST);
    }

    @Test
    void probabilitiesAreRoundedAndOneAUnit() {
        String s = "Police arrested the former mayor at his home on Tuesday on suspicion of fraud.";
        int a = s.indexOf("Tuesday");
        double[][] p = reader.model().probabilities(List.of(new ReaderModel.Unit(s, a, a + 7),
                new ReaderModel.Unit(s, 0, 6)));
        assertThat(p).hasNumberOfRows(2);
        for (double[] row : p) {
            assertThat(row).hasSize(EventType.values().length);
            for (double x : row) {
                assertThat(x).isBetween(0.0, 1.0);
                assertThat(Math.abs(x * 1e5 - Math.rint(x * 1e5))).isLessThan(1e-6);
            }
        }
    }

    private static final String ARTICLE = "North Korea carried out its sixth nuclear test on September 3, 2017, and "
            + "said it had tested a hydrogen bomb.\n\nThe European Union imposed new sanctions on Pyongyang on September 11. "
            + "China and Russia opposed the measures.\n\nVoters in Portugal went to the polls on March 10, and the "
            + "new government was sworn in on April 2.\n\nA strong earthquake hit eastern Taiwan on April 3, 2024, "
            + "three days after the drills; officials said at 10:15 that 9 people had died.";

    @Test
    void theReaderRefinesTheRulesEvents() {
        Extractor withReader = reader.on(RULES);
        ExtractionResult rules = RULES.extract(ARTICLE, PUBLISHED);
        ExtractionResult read = withReader.extract(ARTICLE, PUBLISHED);
        assertThat(read.timexes()).isEqualTo(rules.timexes());
        assertThat(read.events()).isNotEmpty();
        for (ExtractedEvent e : read.events()) {
            assertThat(e.title()).isNotBlank().doesNotContain("(reader)");
            assertThat(ARTICLE.substring(e.dateStart(), e.dateEnd())).isEqualTo(e.dateText());
            assertThat(ARTICLE.substring(e.start(), e.end())).isEqualTo(e.evidence());
        }
        assertThat(read.events()).extracting(ExtractedEvent::type)
                .contains(EventType.NUCLEAR_TEST, EventType.SANCTIONS, EventType.ELECTION, EventType.DISASTER);
    }

    @Test
    void theSameTextGivesTheSameEventsAloneAfterOthersAndFromSeveralThreads() throws Exception {
        Extractor withReader = reader.on(RULES);
        List<ExtractedEvent> first = withReader.extract(ARTICLE, PUBLISHED).events();
        List<ExtractedEvent> again = withReader.extract(ARTICLE, PUBLISHED).events();
        assertThat(again).isEqualTo(first);
        // other texts read in between, short and long (more units than one batch)
        StringBuilder longText = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            longText.append("Ministers met in Rome on March ").append(i % 28 + 1).append(", 2023, and agreed to meet again on ")
                    .append("April ").append(i % 28 + 1).append(".\n\n");
        }
        withReader.extract(longText.toString(), PUBLISHED);
        withReader.extract("Rebels shelled the town on Monday.", PUBLISHED);
        assertThat(withReader.extract(ARTICLE, PUBLISHED).events()).isEqualTo(first);
        List<ExtractedEvent> longFirst = withReader.extract(longText.toString(), PUBLISHED).events();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<ExtractedEvent>>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String text = i % 2 == 0 ? ARTICLE : longText.toString();
                runs.add(pool.submit(() -> withReader.extract(text, PUBLISHED).events()));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertThat(runs.get(i).get()).isEqualTo(i % 2 == 0 ? first : longFirst);
            }
        } finally {
            pool.shutdownNow();
        }
        // a second model instance reads the same
        try (EventReader other = EventReader.bundled()) {
            assertThat(other.on(RULES).extract(ARTICLE, PUBLISHED).events()).isEqualTo(first);
        }
    }

    @Test
    void aLongTextIsReadInGroupsOfAtMostOneBatch() {
        List<ReaderModel.Unit> units = new ArrayList<>();
        String s = "Police arrested the former mayor at his home on Tuesday on suspicion of fraud.";
        int a = s.indexOf("Tuesday");
        for (int i = 0; i < ReaderModel.MAX_BATCH + 5; i++) {
            units.add(new ReaderModel.Unit(s, a, a + 7));
        }
        double[][] p = reader.model().probabilities(units);
        assertThat(p).hasNumberOfRows(ReaderModel.MAX_BATCH + 5);
        // identical units in one batch are identical rows; the remainder batch is all the same sentence too
        assertThat(p[ReaderModel.MAX_BATCH - 1]).isEqualTo(p[0]);
        assertThat(p[ReaderModel.MAX_BATCH + 4]).isEqualTo(p[ReaderModel.MAX_BATCH]);
    }

    @Test
    void aMissingModelIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-model.onnx");
        assertThatThrownBy(() -> EventReader.load(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aCorruptModelIsNamed(@TempDir Path dir) throws IOException {
        Path corrupt = dir.resolve("corrupt.onnx");
        Files.writeString(corrupt, "this is not a model", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EventReader.load(corrupt)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(corrupt.toString());
    }

    @Test
    void aModelWithoutTheReadersMetadataIsRefused(@TempDir Path dir) throws IOException {
        // a valid ONNX model without the reader's metadata: one Identity node (written with the onnx package)
        Path bare = resource("identity.onnx", dir);
        assertThatThrownBy(() -> EventReader.load(bare)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bare.toString()).hasMessageContaining("reader.config");
    }

    @Test
    void aModelThatReadsTheSentenceBeforeIsRefused(@TempDir Path dir) throws IOException {
        // the identity model with a type reader's metadata, trained (so it says) with the sentence before: the
        // product's units hold one sentence, so it is refused rather than fed a different input than it learnt
        Path prev = resource("identity-prev.onnx", dir);
        assertThatThrownBy(() -> EventReader.load(prev)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(prev.toString()).hasMessageContaining("sentence before");
    }

    /** The test resource {@code name} copied to a file in {@code dir}, as a user's model file would be. */
    private static Path resource(String name, Path dir) throws IOException {
        Path file = dir.resolve(name);
        try (var in = EventReaderTest.class.getResourceAsStream(name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }
}

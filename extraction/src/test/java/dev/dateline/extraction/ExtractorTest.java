package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTest {

    private static final Extractor EXTRACTOR = Extractor.create();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);

    /** A short article written for this test. */
    private static final String ARTICLE = """
            North Korean leader Kim Jong-un oversaw the country's sixth nuclear test on Sept. 3, 2017, \
            state media said. Kim later met Donald Trump in Singapore in June 2018. \
            Pyongyang launched a spy satellite on Nov. 21, 2023, after two failed attempts.

            Seoul said on Tuesday that it would hold joint military drills with Washington next month. \
            If a new president is elected next year, the drills could be scaled back. \
            The two leaders did not sign an agreement in 2019.""";

    private static ExtractedEvent eventOf(ExtractionResult r, EventType type, String date) {
        return r.events().stream().filter(e -> e.type() == type && e.date().value().equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " on " + date + " in " + r.events()));
    }

    @Test
    void readsDatedEventsWithActorsAndPlaces() {
        ExtractionResult r = EXTRACTOR.extract(ARTICLE, PUBLISHED);

        ExtractedEvent test = eventOf(r, EventType.NUCLEAR_TEST, "2017-09-03");
        assertThat(test.actors()).contains(new Entity("Kim Jong-un", EntityKind.PERSON));
        assertThat(test.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(test.date().granularity()).isEqualTo(Granularity.DAY);

        ExtractedEvent meeting = r.events().stream()
                .filter(e -> e.date().value().equals("2018-06")).findFirst().orElseThrow();
        assertThat(meeting.type()).isIn(EventType.MEETING, EventType.SUMMIT);
        assertThat(meeting.actors()).containsSubsequence(new Entity("Kim Jong-un", EntityKind.PERSON),
                new Entity("Donald Trump", EntityKind.PERSON));
        assertThat(meeting.location()).isEqualTo(new Entity("Singapore", EntityKind.PLACE));

        ExtractedEvent satellite = eventOf(r, EventType.SATELLITE_LAUNCH, "2023-11-21");
        assertThat(satellite.actors()).first().isEqualTo(new Entity("North Korea", EntityKind.COUNTRY));
        assertThat(satellite.title()).isEqualTo("North Korea launches satellite");
    }

    @Test
    void offsetsPointIntoTheTextAsGiven() {
        ExtractionResult r = EXTRACTOR.extract(ARTICLE, PUBLISHED);
        assertThat(r.events()).isNotEmpty();
        for (ExtractedEvent e : r.events()) {
            assertThat(ARTICLE.substring(e.start(), e.end())).isEqualTo(e.evidence());
            assertThat(ARTICLE.substring(e.dateStart(), e.dateEnd())).isEqualTo(e.dateText());
            assertThat(e.dateStart()).isBetween(e.start(), e.end());
            assertThat(e.confidence()).isBetween(0.0, 1.0);
        }
        for (Timex t : r.timexes()) {
            assertThat(ARTICLE.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void readsModality() {
        ExtractionResult r = EXTRACTOR.extract(ARTICLE, PUBLISHED);
        assertThat(eventOf(r, EventType.MILITARY_DRILL, "2024-04").modality()).isEqualTo(Modality.PLANNED);
        assertThat(eventOf(r, EventType.MILITARY_DRILL, "2024-04").actors())
                .contains(new Entity("South Korea", EntityKind.COUNTRY), new Entity("United States", EntityKind.COUNTRY));
        assertThat(eventOf(r, EventType.ELECTION, "2025").modality()).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(eventOf(r, EventType.AGREEMENT, "2019").modality()).isEqualTo(Modality.NEGATED);
    }

    @Test
    void resolvesAliasesAndCapitals() {
        Entity northKorea = new Entity("North Korea", EntityKind.COUNTRY);
        assertThat(EXTRACTOR.resolveEntity("dprk")).contains(northKorea);
        assertThat(EXTRACTOR.resolveEntity("North Korea")).contains(northKorea);
        assertThat(EXTRACTOR.resolveEntity("PYONGYANG")).contains(northKorea);
        assertThat(EXTRACTOR.resolveEntity("Washington")).contains(new Entity("United States", EntityKind.COUNTRY));
        assertThat(EXTRACTOR.resolvePlace("Hanoi")).contains(new Entity("Hanoi", EntityKind.PLACE));
        assertThat(EXTRACTOR.resolveEntity("no such place")).isEmpty();
        assertThat(EXTRACTOR.entities()).contains(northKorea, new Entity("NASA", EntityKind.ORGANIZATION));
    }

    @Test
    void keepsACityAsThePlaceWhereSomethingHappened() {
        ExtractionResult r = EXTRACTOR.extract("Trump and Kim met in Hanoi on Feb. 27, 2019.", PUBLISHED);
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo(new Entity("Hanoi", EntityKind.PLACE));
            assertThat(e.actors()).doesNotContain(new Entity("Vietnam", EntityKind.COUNTRY));
        });
    }

    @Test
    void recognisesPeopleAndOrganisationsOutsideTheGazetteer() {
        String text = "President Amara Okafor of Veridia signed a trade pact with Brightwater Holdings on May 2, 2022. "
                + "Okafor resigned on June 30, 2023.";
        ExtractionResult r = EXTRACTOR.extract(text, PUBLISHED);
        Entity okafor = new Entity("Amara Okafor", EntityKind.PERSON);
        assertThat(eventOf(r, EventType.AGREEMENT, "2022-05-02").actors())
                .contains(okafor, new Entity("Brightwater Holdings", EntityKind.ORGANIZATION));
        assertThat(eventOf(r, EventType.RESIGNATION, "2023-06-30").actors()).containsExactly(okafor);
    }

    @Test
    void readsAUserGazetteer(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("local.tsv"), "Veridia\tVeridia\tCOUNTRY\nVeridian\tVeridia\tCOUNTRY\n");
        Extractor withLocal = Extractor.create(dir);
        assertThat(withLocal.resolveEntity("veridian")).contains(new Entity("Veridia", EntityKind.COUNTRY));
        ExtractionResult r = withLocal.extract("Veridia held an election on April 7, 2024.", PUBLISHED);
        assertThat(eventOf(r, EventType.ELECTION, "2024-04-07").actors()).contains(new Entity("Veridia", EntityKind.COUNTRY));
        assertThat(EXTRACTOR.resolveEntity("veridian")).isEmpty();
    }

    @Test
    void neverDatesAnEventWithADurationOrASet() {
        ExtractionResult r = EXTRACTOR.extract("Protesters have marched every week for three years.", PUBLISHED);
        assertThat(r.timexes()).extracting(Timex::type).containsExactly(TimexType.SET, TimexType.DURATION);
        assertThat(r.events()).isEmpty();
    }

    @Test
    void isDeterministic() {
        List<ExtractedEvent> first = EXTRACTOR.extract(ARTICLE, PUBLISHED).events();
        List<ExtractedEvent> again = Extractor.create().extract(ARTICLE, PUBLISHED).events();
        assertThat(again).isEqualTo(first);
    }
}

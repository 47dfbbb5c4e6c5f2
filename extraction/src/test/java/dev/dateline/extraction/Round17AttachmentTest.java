package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.EXTRACTOR;
import static dev.dateline.extraction.EventFixture.PUBLISHED;
import static dev.dateline.extraction.EventFixture.actors;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 17: which of the names a sentence gives is the event's participant; sentences written for this test. */
class Round17AttachmentTest {

    @Test
    void theNameSetOffByCommasAfterAPossessorsNounIsTheSubject() {
        assertThat(actors("Norway's deputy fisheries minister, Ingrid Solberg, was arrested on Tuesday.",
                EventType.ARREST)).contains("Ingrid Solberg");
        assertThat(actors("One of Kenya's former envoys, Tomas Varga, resigned in May.", EventType.RESIGNATION))
                .contains("Tomas Varga");
    }

    @Test
    void aNameHyphenedToFlaggedOrBasedDescribesTheNounAfterIt() {
        assertThat(actors("The Panama-flagged Marlow Star caught fire on Tuesday while anchored off the port.",
                EventType.ACCIDENT)).contains("Marlow Star").doesNotContain("Panama");
        assertThat(actors("The Liberian-registered tanker Sea Wren ran aground on Monday near the harbour.",
                EventType.ACCIDENT)).contains("Sea Wren");
    }

    @Test
    void aPlaceNamedWithInInAnotherClauseIsWhereTheEventWasWhenItsOwnClauseNamesNone() {
        List<String> places = EXTRACTOR.extract("Tomas Varga fled to Lisbon, and two days later soldiers seized the "
                + "airport and held the minister at his home in Maputo.", PUBLISHED).events().stream()
                .filter(e -> e.location() != null).map(e -> e.location().name()).toList();
        assertThat(places).contains("Maputo");
        // a place nearer another date of the sentence is that date's
        List<String> other = EXTRACTOR.extract("Tomas Varga fled to Lisbon on Monday, and in 2019 he had lived in "
                + "Maputo.", PUBLISHED).events().stream().filter(e -> e.date().toString().startsWith("2024"))
                .filter(e -> e.location() != null).map(e -> e.location().name()).toList();
        assertThat(other).doesNotContain("Maputo");
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.EXTRACTOR;
import static dev.dateline.extraction.EventFixture.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which event of its sentence a date dates, if any; sentences written for this test. */
class UnusableDatesTest {

    private static List<String> dateTexts(String text) {
        return EXTRACTOR.extract(text, PUBLISHED).events().stream().map(ExtractedEvent::dateText).toList();
    }

    @Test
    void aSeasonOrYearMeasuringASuperlativeDatesNothing() {
        assertThat(dateTexts("Vandals set fire to a signal box near Lyon, delaying trains on one of the busiest "
                + "weekends of the summer.")).isEmpty();
        assertThat(dateTexts("Strikers blocked the port of Genoa on the hottest day of the year.")).isEmpty();
        // an "of" with no superlative before it still dates: "in the summer of 2022"
        assertThat(dateTexts("Protesters blocked the port of Genoa in the summer of 2022.")).isNotEmpty();
    }

    @Test
    void aSinceDateTakenUpByAWhenClauseDatesThatClause() {
        assertThat(dateTexts("It was the worst flood in the valley since 1954, when a storm killed 400 people."))
                .contains("1954");
        assertThat(dateTexts("Trade between the two has slumped since May, when Ruritania imposed tariffs on steel."))
                .contains("May");
        // a bare "since" still dates nothing
        assertThat(dateTexts("Trade between the two has slumped since May.")).isEmpty();
    }

    @Test
    void aWhenClauseWithNoTriggerDatesTheEventNamedBeforeIt() {
        List<ExtractedEvent> events = EXTRACTOR.extract("The senator survived an assassination attempt outside a "
                + "church in Lagos, when a stone struck her head on May 3, 2023.", PUBLISHED).events();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.ATTACK);
            assertThat(e.date().value()).isEqualTo("2023-05-03");
        });
    }

    @Test
    void aHyphenatedCenturyBeforeItsNounDescribesAThing() {
        assertThat(dateTexts("Burglars stole two 18th-century Dutch paintings in a raid on a manor near Ghent."))
                .doesNotContain("18th-century");
        // the century itself still dates what happened in it
        assertThat(dateTexts("The abbey was destroyed by a fire in the 14th century.")).contains("the 14th century");
    }

    @Test
    void aVagueCountAgoDatesNothing() {
        assertThat(dateTexts("The two provinces split after a border war more than five decades ago.")).isEmpty();
        assertThat(dateTexts("An earthquake destroyed the town nearly three years ago.")).isEmpty();
        // an exact count still dates
        assertThat(dateTexts("An earthquake destroyed the town three years ago.")).contains("three years ago");
    }

    @Test
    void anOffsetFromAnEventGivenItsOwnYearRightAfterAddsNoDate() {
        assertThat(dateTexts("Her second title came 30 years after her first victory, in 1994, when she won by five "
                + "strokes.")).doesNotContain("30 years after").contains("1994");
    }

    @Test
    void aDateThatModifiesADeadlineDatesNothing() {
        assertThat(dateTexts("The convoy left the farm minutes before a midnight deadline, after police said they "
                + "would arrest him.")).doesNotContain("midnight");
        assertThat(dateTexts("Negotiators missed the Friday deadline.")).doesNotContain("Friday");
    }

    @Test
    void aSpanAfterInBeforeAnotherVerbIsNoOffset() {
        assertThat(dateTexts("The krone fell yesterday to its weakest level against the euro in three years before "
                + "recovering part of its losses.")).doesNotContain("three years before");
    }

    @Test
    void aHyphenatedQuarterOrHalfBeforeItsNounIsThePeriodReportedNotTheDate() {
        assertThat(dateTexts("Nordvik Ferries will publish its third-quarter earnings next Tuesday."))
                .containsExactly("next Tuesday");
        assertThat(dateTexts("Shares in Nordvik Ferries slid today after it released weak first-half figures."))
                .doesNotContain("first-half");
        // a quarter written as a period still dates
        assertThat(dateTexts("Nordvik Ferries bought a rival shipping line in the third quarter.")).isNotEmpty();
    }

    @Test
    void aVerbTheLexiconDoesNotKnowPassesItsDateToTheVerbCoordinatedWithIt() {
        List<ExtractedEvent> events = EXTRACTOR.extract("Soldiers broke down the gates of the palace on Tuesday "
                + "and arrested the defence minister.", PUBLISHED).events();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.ARREST);
            assertThat(e.dateText()).isEqualTo("Tuesday");
        });
        List<ExtractedEvent> offset = EXTRACTOR.extract("Divers called off the search yesterday, four days after "
                + "the trawler lost power and sank off the coast.", PUBLISHED).events();
        assertThat(offset).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.ACCIDENT);
            assertThat(e.date().value()).isEqualTo("2024-03-09");
        });
    }
}

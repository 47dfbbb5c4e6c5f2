package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 18, helper E: which date a relative date counts from; sentences written for this test. */
class Round18ETest {

    private static List<String> dates(String text, EventType type) {
        return events(text).stream().filter(e -> e.type() == type).map(e -> e.date().value()).toList();
    }

    @Test
    void aPastEventCountedAfterIsCountedFromTheSentencesOwnDayNotFromADayStillAhead() {
        // published Thursday 14 March 2024
        assertThat(dates("The governor said today that she would call a referendum for May 20, three days after "
                + "her deputy resigned.", EventType.RESIGNATION)).containsExactly("2024-03-11");
    }

    @Test
    void theNounThatCameAfterIsCountedFromTheDayTheArticleGaveThatEvent() {
        assertThat(dates("The airline announced yesterday that it would cut 900 jobs. Its shares fell sharply on "
                + "Monday, March 4.\n\nThe announcement came two days after pilots went on strike in Lyon.",
                EventType.PROTEST)).containsExactly("2024-03-11");
    }

    @Test
    void eitherEndOfASpanOfYearsDatesNoEvent() {
        assertThat(events("Four engineers were killed between 2011 and 2013 in attacks on the plant.")).isEmpty();
        List<ExtractedEvent> verdict = events("Varga, governor from 2004 to 2009, was convicted in May 2020 of fraud.");
        assertThat(verdict).extracting(e -> e.date().value()).containsExactly("2020-05");
    }

    @Test
    void beforeTheEndOfAPeriodIsALimitThatDatesNoEvent() {
        assertThat(events("The two companies expect to complete the merger before the end of the year.")).isEmpty();
        assertThat(events("Lawmakers hope to approve the budget before the end of March.")).isEmpty();
        // the end of a period itself still dates what happened then
        assertThat(events("The two companies completed the merger at the end of last year."))
                .extracting(e -> e.date().value()).containsExactly("2023");
    }
}

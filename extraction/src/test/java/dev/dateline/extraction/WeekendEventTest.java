package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.EXTRACTOR;
import static dev.dateline.extraction.EventFixture.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An event of a weekend is dated by its week; the time expression keeps the weekend. Sentences written for this test. */
class WeekendEventTest {

    @Test
    void anEventOfLastWeekendIsDatedByThatWeek() {
        // published Thursday 14 March 2024 (ISO week 11): last weekend is 9-10 March, in week 10
        ExtractionResult r = EXTRACTOR.extract("Thousands of farmers protested in Lyon last weekend.", PUBLISHED);
        assertThat(r.timexes()).extracting(Timex::value).containsExactly("2024-W10-WE");
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.date().value()).isEqualTo("2024-W10");
            assertThat(e.date().granularity()).isEqualTo(Granularity.WEEK);
            assertThat(e.dateText()).isEqualTo("last weekend");
        });
    }

    @Test
    void aDayOfTheWeekendKeepsItsDay() {
        ExtractionResult r = EXTRACTOR.extract("Thousands of farmers protested in Lyon on Saturday.", PUBLISHED);
        assertThat(r.events()).singleElement().extracting(e -> e.date().value()).isEqualTo("2024-03-09");
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The period a figure is measured over dates no event; sentences written for this test. */
class Round17ReportedPeriodsTest {

    private static List<String> dateTexts(String text) {
        return events(text).stream().map(ExtractedEvent::dateText).toList();
    }

    @Test
    void thePeriodAFigureCoversDatesNothing() {
        assertThat(dateTexts("The brewer posted a loss of $2bn for the second quarter.")).isEmpty();
        assertThat(dateTexts("The carmaker cut its sales forecast for the year to September.")).isEmpty();
        assertThat(dateTexts("The retailer's profit fell 12% in the three months to November.")).isEmpty();
        assertThat(dateTexts("Deposits worth $40bn were withdrawn in the first six months of the year.")).isEmpty();
    }

    @Test
    void theDayTheFigureCameOutStillDatesTheReport() {
        assertThat(dateTexts("The brewer reported yesterday a loss of $2bn for the second quarter."))
                .containsExactly("yesterday");
    }
}

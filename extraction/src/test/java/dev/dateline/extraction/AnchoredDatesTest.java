package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.EXTRACTOR;
import static dev.dateline.extraction.EventFixture.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates counted from an event the article dated before ("Hours before the vote"); sentences written for this test. */
class AnchoredDatesTest {

    private static List<String> dated(String text, EventType type) {
        return EXTRACTOR.extract(text, PUBLISHED).events().stream().filter(e -> e.type() == type)
                .map(e -> e.date().value() + " " + e.dateText()).toList();
    }

    @Test
    void hoursBeforeAnEventAreItsDay() {
        String text = "Rebels fired a missile at the capital on Monday.\n\n"
                + "The central bank cut interest rates in January.\n\n"
                + "Hours before the missile, police arrested two officers in the port.";
        assertThat(dated(text, EventType.ARREST)).containsExactly("2024-03-11 Hours before the missile");
    }

    @Test
    void theDayAfterAnEventIsCountedFromItsOwnDay() {
        String text = "A fire destroyed the old theatre on February 2, 2021, and the city mourned.\n\n"
                + "Donors gave more than expected in March.\n\n"
                + "The mayor promised the day after the fire that the theatre would be rebuilt.";
        assertThat(dated(text, EventType.STATEMENT)).contains("2021-02-03 the day after the fire");
    }

    @Test
    void theDayOfAnEventIsTheDayNextToItsName() {
        String text = "The government said today that the earthquake on Saturday killed 40 people.\n\n"
                + "Aid flights are expected to land on Friday.\n\n"
                + "In the south, police arrested looters on the day of the earthquake.";
        assertThat(dated(text, EventType.ARREST)).containsExactly("2024-03-09 the day of the earthquake");
    }

    @Test
    void theSameMorningAndLaterThatEveningAreTheLatestDay() {
        String text = "The court fined the carmaker yesterday.\n\n"
                + "Regulators had opened the case in 2019.\n\n"
                + "The company said the same morning that it would appeal. "
                + "Later that evening, the minister announced a review of the rules.";
        // the case opened in 2019 is a STATEMENT of its own (stop 38) and does not become the day in focus
        assertThat(dated(text, EventType.STATEMENT)).containsExactly("2019 2019", "2024-03-13 the same morning",
                "2024-03-13 Later that evening");
    }

    @Test
    void aYearLaterCountsFromAYearNamingAThingInItsSentence() {
        String text = "The rebels signed a ceasefire yesterday.\n\n"
                + "They broke a 2015 truce, only to launch a new offensive a year later.";
        assertThat(EXTRACTOR.extract(text, PUBLISHED).events()).filteredOn(e -> e.dateText().equals("a year later"))
                .extracting(e -> e.date().value()).containsOnly("2016");
    }

    @Test
    void onElectionNightIsTheDayOfTheElection() {
        String text = "Lena Brandt won yesterday's election by a wide margin.\n\n"
                + "Her rival conceded in 2019 too.\n\n"
                + "Her rival said on election night that he would fight on.";
        assertThat(EXTRACTOR.extract(text, PUBLISHED).events()).filteredOn(e -> e.dateText().equals("election night"))
                .extracting(e -> e.date().value()).containsOnly("2024-03-13");
    }

    @Test
    void aPhraseAfterTheSentencesOwnCoarserDateRefinesThatDate() {
        String text = "The rocket lifted off on Tuesday.\n\n"
                + "Its predecessor exploded in April last year, minutes after launch, over the sea.";
        assertThat(EXTRACTOR.extract(text, PUBLISHED).events()).noneMatch(e -> e.dateText().contains("minutes"));
    }

    @Test
    void aFocusCoarserThanTheUnitLeavesTheFinerDateToCountFrom() {
        // "for the rest of the year" puts a year in focus; "a day after" still counts from today
        String text = "Nordvik Ferries lost a third of its value today, after warning that sales would fall for the "
                + "rest of the year.\n\nThe shares closed at a record low, a day after the company reported weak "
                + "results.";
        assertThat(dated(text, EventType.REPORT)).containsExactly("2024-03-13 a day after");
        // "last year" puts a year in focus; the end of the month is the end of this month
        String month = "Nordvik Ferries lost money last year.\n\nThe company will publish its results at the end "
                + "of the month.";
        assertThat(EXTRACTOR.extract(month, PUBLISHED).events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.REPORT);
            assertThat(e.date().value()).isEqualTo("2024-03");
        });
    }

    @Test
    void theDayAfterInAppositionToADateDatesTheClauseAfterItTheDayBefore() {
        // the date written before the comma is the day after the resignation, so the resignation is the day before;
        // "the day before" the storm works the other way
        String text = "The utility filed its plan with the regulator on February 6, the day after its chairman, "
                + "Tomas Wren, stepped down.\n\n"
                + "Ella Marsh was sworn in as governor on March 2, the day before the storm flooded the coast.";
        assertThat(dated(text, EventType.RESIGNATION)).containsExactly("2024-02-05 the day after");
        assertThat(dated(text, EventType.DISASTER)).containsExactly("2024-03-03 the day before");
    }

    @Test
    void yearsToTheDayAfterKeepTheDay() {
        String text = "The new bridge opened today, 30 years to the day after an earthquake destroyed the old one.";
        assertThat(dated(text, EventType.DISASTER)).containsExactly("1994-03-14 30 years to the day after");
    }
}

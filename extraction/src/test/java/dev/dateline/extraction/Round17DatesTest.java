package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which date an event gets, and which dated phrases name no event; sentences written for this test. */
class Round17DatesTest {

    private static List<String> dates(String text) {
        return events(text).stream().map(e -> e.date().value()).toList();
    }

    @Test
    void aCountOfYearsOrMonthsBackFromTodayDatesNoFinerThanItsUnit() {
        // published Thursday 14 March 2024
        assertThat(dates("The rebels handed back the port today, five years after militias seized it."))
                .contains("2019").doesNotContain("2019-03-14");
        assertThat(dates("The ferry line resumed sailing today, four months after a storm sank its flagship."))
                .contains("2023-11").doesNotContain("2023-11-14");
        // days and weeks keep the day
        assertThat(dates("The airport reopened today, two days after a blizzard shut it.")).contains("2024-03-12");
        // a day written out with its year keeps its day
        assertThat(dates("The bridge reopened on June 3, 2021, ten years after floods destroyed it."))
                .contains("2011-06-03");
    }

    @Test
    void aPeopleThatVotesOnAWeekdayVotesAhead() {
        // published Thursday 14 March 2024: the Sunday ahead, 17 March
        assertThat(dates("Slovaks vote on Sunday in a presidential election that the former foreign minister "
                + "is expected to win.")).contains("2024-03-17");
        // the noun still reads a past weekday in a past-tense sentence
        assertThat(dates("The vote on Sunday was won by the ruling party.")).doesNotContain("2024-03-17");
    }

    @Test
    void aPluralNameBeforeAPresentVerbThatIsAlsoANounSchedulesAhead() {
        // published 14 March 2024: January 9 is next year's
        assertThat(dates("The Games open in Lillehavn on January 9, and athletes have less than two months to "
                + "apply.")).contains("2025-01-09");
        // the noun after a determiner reads no tense
        assertThat(dates("The Games held their open day on January 9, and athletes applied.")).doesNotContain(
                "2025-01-09");
    }

    @Test
    void anElectionNamedAheadOfItsMonthIsTheNearestSuchMonth() {
        // published 14 March 2024: May's election is two months ahead, not ten months back
        assertThat(dates("The scandal rattled the ruling party ahead of May's general election.")).contains("2024-05");
        assertThat(dates("He had been picked to head the party list in the regional elections in May."))
                .contains("2024-05");
        assertThat(dates("The president had scheduled a referendum, alongside local elections, for May 19.")).contains("2024-05-19");
        // an election inside what the past-tense clause tells stays in the past
        assertThat(dates("The party was weakened by a heavy defeat in regional elections in May."))
                .doesNotContain("2024-05");
    }

    @Test
    void backgroundDatesDoNotMoveTheStorysDay() {
        // published Thursday 14 March 2024; the story is at Monday 11 March
        List<ExtractedEvent> flashback = events("Farmers blocked the motorway on Monday. The fuel tax had been "
                + "approved on February 2 after a long debate. The transport minister resigned a day later.");
        assertThat(flashback).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.RESIGNATION);
            assertThat(e.date().value()).isEqualTo("2024-03-12");
        });
        // "the February 25 vote" names a thing: "Hours later" counts from yesterday's report
        List<Timex> named = EventFixture.EXTRACTOR.tag("The observers published a report yesterday that questioned "
                + "the February 25 vote. Hours later, the president offered to hold a new election.",
                EventFixture.PUBLISHED);
        assertThat(named).filteredOn(x -> x.text().equals("Hours later")).extracting(Timex::value)
                .containsExactly("2024-03-13");
    }

    @Test
    void aYearToldAnotherClauseAwayIsNotAPastMonthsYear() {
        // published 14 March 2024: "in November" is November 2023, not November 2019
        assertThat(dates("The brewery, founded in Leeds in 2019 by two teachers, recalled a batch of beer in November "
                + "after complaints.")).contains("2023-11").doesNotContain("2019-11");
        // in one clause, the year written still gives the month its year
        assertThat(dates("The mine flooded in 2019 and was sealed in November after a fire.")).contains("2019-11");
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.actors;
import static dev.dateline.extraction.EventFixture.timexValues;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The round of stop 31: a vote dated in a clause with no tense of its own is the coming one, a month a vote is set
 * for lies ahead, an election month as near a year back as ahead keeps the tense the tagger read, and "The assault
 * began hours after ..." counts from the day of the story's assault; "the territory", "the panel", "the organisation",
 * "the festival", "the museum" and "the island" stand for the territory, panel, organisation, festival, museum or
 * island the article named. Published on Thursday 2024-03-14 (the fixture's day). Sentences written for this test.
 */
class Round31Test {

    private static List<String> dates(String text, EventType type) {
        return EventFixture.events(text).stream().filter(e -> e.type() == type).map(e -> e.date().value()).toList();
    }

    @Test
    void aVoteDatedWithoutATenseIsTheComingOne() {
        assertThat(timexValues("The governor leads the polls for the state election on October 6."))
                .containsExactly("2024-10-06");
        assertThat(timexValues("The two parties must fight the referendum on October 6 without a leader."))
                .containsExactly("2024-10-06");
        assertThat(timexValues("Farmers go to the polls in September.")).containsExactly("2024-09");
    }

    @Test
    void aVoteInAPastClauseOrAnOpeningPhraseKeepsThePast() {
        assertThat(timexValues("The mayor lost the election in October.")).containsExactly("2023-10");
        assertThat(timexValues("In the first vote on October 6, the mayor had won by only 300 votes."))
                .containsExactly("2023-10-06");
    }

    @Test
    void aMonthAVoteIsSetForLiesAhead() {
        assertThat(timexValues("Early elections have been set for October.")).containsExactly("2024-10");
    }

    @Test
    void anElectionMonthAsNearBackAsAheadKeepsTheTenseRead() {
        // September 2023 lies 181 days back, September 2024 185 ahead: the clause reads it ahead
        assertThat(dates("The party needs a strong showing ahead of the regional elections in September.",
                EventType.ELECTION)).containsExactly("2024-09");
    }

    @Test
    void theAssaultBeganHoursAfterCountsFromTheStorysAssault() {
        String text = "Gunmen stormed the border town of Kessa on Tuesday, the army said. Survivors reached the coast "
                + "on Wednesday, and aid flights resumed today. The assault began hours after the governor said the "
                + "roads were safe.";
        assertThat(dates(text, EventType.STATEMENT)).contains("2024-03-12").doesNotContain("2024-03-13");
    }

    @Test
    void theHeadNounOfANamedPlaceStandsForIt() {
        String text = "Rain from the Northern Territory spread into Queensland, where Townsville flooded. The "
                + "territory declared a disaster zone on Tuesday.";
        assertThat(actors(text, EventType.STATEMENT)).contains("Northern Territory").doesNotContain("Queensland");
    }

    @Test
    void aBodyNamedForWhatItDealsWithIsThePanelOrTheOrganisation() {
        String panel = "Scientists of the International Panel on Ocean Warming met in Lisbon this week. The panel "
                + "published its first assessment in 2019.";
        assertThat(actors(panel, EventType.REPORT)).contains("International Panel on Ocean Warming");
        String organisation = "The Pacific Fisheries Organization warned of shrinking tuna stocks. The organisation "
                + "met in Suva last week.";
        assertThat(actors(organisation, EventType.MEETING)).contains("Pacific Fisheries Organization");
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.actors;
import static dev.dateline.extraction.EventFixture.types;
import static dev.dateline.extraction.EventFixture.timexValues;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The round of stop 30: bodies named "X on Y", a number word opening a name at the start of a sentence, events the
 * trigger lexicon did not name (court protection, ramming, executions, arrivals, floats, completed sales, bids,
 * fighting that broke out), and dates: a fixture's verb in the plural present ("Rovers host ... on Saturday", "who
 * face ..."), "agreed to the schedule in December", "died", a "that" clause's tense kept to itself, and a month or a
 * holiday read with the year after it ("May of last year", "February of the following year", "Christmas Day in
 * 2014"), a bare family name written first ("Park") for the person the article introduced first, and "came a day
 * after" counted from the story's day over a stale focus. Sentences written for this test.
 */
class Round30Test {

    @Test
    void aBodyNamedForWhatItDealsWithKeepsItsOn() {
        assertThat(actors("The Advisory Council on Coastal Erosion said on Monday that the sea walls were failing.",
                EventType.STATEMENT)).contains("Advisory Council on Coastal Erosion");
        assertThat(actors("The Standing Panel on Water and Sanitation published a report today.", EventType.REPORT))
                .contains("Standing Panel on Water and Sanitation");
    }

    @Test
    void onBeforeADayOrASingleWordIsNoPartOfTheName() {
        assertThat(EventFixture.allActors("The Harbour Commission on Monday fined the ferry operator."))
                .contains("Harbour Commission").noneMatch(a -> a.contains(" on "));
        assertThat(EventFixture.allActors("The Harbour Commission on Dredging said on Monday that work would stop."))
                .isNotEmpty().noneMatch(a -> a.contains(" on "));
    }

    @Test
    void aNumberWordAfterTheOpeningTheIsTheNamesFirstWord() {
        assertThat(actors("The Two Valleys Front attacked three army posts on Friday.", EventType.ATTACK))
                .contains("Two Valleys Front");
    }

    @Test
    void seekingCourtProtectionIsACompanysCollapse() {
        assertThat(types("Halvorsen Retail sought court protection from its creditors on Tuesday."))
                .containsExactly(EventType.MARKET_MOVE);
    }

    @Test
    void rammingIsAnAttack() {
        assertThat(types("A coast guard cutter rammed a fishing trawler near the atoll on Saturday."))
                .containsExactly(EventType.ATTACK);
    }

    @Test
    void anExecutionIsADeathButExecutingATradeIsNot() {
        assertThat(types("The regime executed four political prisoners in February."))
                .containsExactly(EventType.DEATH);
        assertThat(types("The broker executed the trade for its client on Monday.")).doesNotContain(EventType.DEATH);
    }

    @Test
    void arrivingWithoutAPlaceIsAVisitAndAManyDayStayDoesNotHideIt() {
        assertThat(types("The president arrived on Sunday evening for a three-day stay.")).containsExactly(EventType.VISIT);
        assertThat(types("A fresh shipment of vaccines arrived on Monday.")).containsExactly(EventType.AID);
    }

    @Test
    void floatingACurrencyOrAShareIsAMarketMoveAndFloatingAnIdeaIsAStatement() {
        assertThat(types("Ruritania floated its currency in March 2016.")).containsExactly(EventType.MARKET_MOVE);
        assertThat(types("The minister floated the idea of a wealth tax on Tuesday.")).containsExactly(EventType.STATEMENT);
        assertThat(types("Ice floated down the river on Monday.")).isEmpty();
    }

    @Test
    void completingASaleAndLaunchingABidAreAcquisitions() {
        assertThat(types("Corvane completed the sale of its shipping arm to a Dutch rival last week."))
                .containsExactly(EventType.ACQUISITION);
        assertThat(types("Norvia launched its bid for Elster Bank in May.")).containsExactly(EventType.ACQUISITION);
    }

    @Test
    void fightingThatBrokeOutIsAnAttackButBreakingOutOfPrisonIsNot() {
        assertThat(types("Fighting broke out in the northern province on Saturday.")).containsExactly(EventType.ATTACK);
        assertThat(types("Three inmates broke out of the prison on Saturday.")).doesNotContain(EventType.ATTACK);
    }

    @Test
    void aFixtureInThePresentAfterTheyOrATeamsNameIsAhead() {
        // published on Thursday 2024-03-14: the coming Saturday is the 16th, the last one the 9th
        for (String text : List.of("Rovers host the league leaders at Ashdown Park on Saturday.",
                "They face the league leaders at Ashdown Park on Saturday.")) {
            assertThat(EventFixture.EXTRACTOR.extract(text, EventFixture.PUBLISHED).timexes())
                    .as(text).extracting(Timex::value).containsExactly("2024-03-16");
        }
    }

    @Test
    void aRelativePronounBeforeAFixturesVerbReadsItAhead() {
        // published on Thursday 2024-03-14
        assertThat(timexValues("The regional games, which open in Tarnow on March 20, have sold out."))
                .contains("2024-03-20");
        assertThat(timexValues("Rovers, who face the league leaders on Saturday, are unbeaten at home."))
                .contains("2024-03-16");
    }

    @Test
    void agreeingToANounIsNoIntentionAhead() {
        // "agreed to sell ... in May" lies ahead of the agreement; "agreed to the plan in December" is the agreement
        assertThat(timexValues("The league's clubs agreed to the new schedule in December after weeks of talks."))
                .contains("2023-12").doesNotContain("2024-12");
    }

    @Test
    void diedIsAPastTenseThoughItIsShort() {
        // published in March 2024: a June read as ahead would be June 2024
        assertThat(timexValues("The former minister, once the most powerful man in the province, died of a stroke in "
                + "June before he could be questioned.")).containsExactly("2023-06");
    }

    @Test
    void aThatClauseAfterTheDateDoesNotLendItsTense() {
        // published in March 2024: the autumn before, not the one ahead
        assertThat(timexValues("The mayor warned the board in a letter on October 30, and again on November 12, that "
                + "the budget would run out.")).containsExactly("2023-10-30", "2023-11-12");
    }

    @Test
    void aMonthAndTheYearAfterItAreOneExpression() {
        // published in March 2024
        assertThat(timexValues("The club won the cup at the end of May last year.")).containsExactly("2023-05");
        assertThat(timexValues("The carrier flew its first paying passengers in May of last year."))
                .containsExactly("2023-05");
        assertThat(timexValues("She was elected mayor in 2011. In February of the following year she resigned."))
                .containsExactly("2011", "2012-02");
    }

    @Test
    void aHolidayAndItsYearAreOneExpression() {
        assertThat(timexValues("The truce began on Christmas Day in 2014.")).containsExactly("2014-12-25");
        assertThat(timexValues("The side won its first title on St Patrick's Day in 2009."))
                .containsExactly("2009-03-17");
    }

    @Test
    void aFamilyNameFirstGoesOnMeaningThePersonIntroducedFirst() {
        String text = "Park Min-jun was named chairman of Hanmir Heavy Industries today. He inherited the post from "
                + "his father, Park Sung-ho, who died last year. Park was first arrested in March 2019 in a bribery case.";
        assertThat(actors(text, EventType.ARREST)).contains("Park Min-jun").doesNotContain("Park Sung-ho");
    }

    @Test
    void whatCameADayAfterCountsFromTheStorysDayNotAStaleFocus() {
        // published on 2024-03-14: the story's day is today; the record's day two sentences before is history
        String text = "Marta Lind won the Lakeside marathon in a course record today. The old mark had been set on "
                + "April 13, 2003, by Ruth Amadi. Lind's run came a day after her club-mate Tomas Berg won the men's race.";
        assertThat(EventFixture.events(text)).extracting(e -> e.date().value())
                .contains("2024-03-13").doesNotContain("2003-04-12");
    }
}

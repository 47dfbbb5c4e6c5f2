package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.EXTRACTOR;
import static dev.dateline.extraction.EventFixture.PUBLISHED;
import static dev.dateline.extraction.EventFixture.actors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who an event's actors are when the clause names several things; sentences written for this test. */
class ParticipantSubjectsTest {

    @Test
    void theNameRightBeforeAVerbOfSayingIsTheSpeaker() {
        assertThat(actors("Divers reached the hull of the Lusitania for the first time, the Irish Naval "
                + "Service said on Tuesday.", EventType.STATEMENT)).contains("Irish Naval Service").doesNotContain("Lusitania");
        assertThat(actors("Scientists at the Kestrel Ridge Observatory said on Tuesday that the comet had split.",
                EventType.STATEMENT)).contains("Kestrel Ridge Observatory");
        // the last of several names that say it together is not the only speaker
        assertThat(actors("Brindle Foods and the Harlow Dairy Cooperative said on Tuesday that they would merge.",
                EventType.STATEMENT)).contains("Brindle Foods");
    }

    @Test
    void countriesNamedEquallyOftenRankInTheOrderTheArticleNamedThem() {
        assertThat(actors("Ghana pledged aid in January. Kenya pledged aid in February. Mali pledged aid in March. "
                + "The two governments signed a trade deal on Tuesday.", EventType.AGREEMENT))
                .containsExactly("Ghana", "Kenya");
    }

    @Test
    void theCompanyIsTheOneTheArticleNamesMostNotTheLatestNamed() {
        assertThat(actors("Harlow Robotics Ltd unveiled a new arm in January. Shares in Harlow Robotics Ltd have doubled "
                + "since then. Analysts compared the arm with one made by Venn Dynamics Ltd. In May the company "
                + "reported record revenue.", EventType.REPORT)).contains("Harlow Robotics Ltd")
                .doesNotContain("Venn Dynamics Ltd");
        // a court named often is no company
        assertThat(actors("A judge of the Harbour Court ordered Kestrel Mining Ltd to pay its creditors. Kestrel Mining "
                + "Ltd had missed three payments. The Harbour Court said its ruling was final. Shares in the company "
                + "fell 20% on Tuesday.", EventType.MARKET_MOVE))
                .contains("Kestrel Mining Ltd");
    }

    @Test
    void thePersonBetweenCommasRightBeforeAVerbOfSayingIsTheSpeaker() {
        assertThat(actors("Norway's fisheries minister, Ingrid Solberg, said on Tuesday that the quotas would be cut.",
                EventType.STATEMENT)).contains("Ingrid Solberg");
        assertThat(actors("\"Nobody is safe yet,\" the mayor of Port Ellis, Tomas Varga, told reporters on Tuesday.",
                EventType.STATEMENT)).contains("Tomas Varga");
        // a name between commas that is no person's does not take the saying
        assertThat(actors("Viktor Sarn, speaking in Oslo, said on Tuesday that he would appeal.", EventType.STATEMENT))
                .contains("Viktor Sarn");
    }

    @Test
    void thePlaceThatWhereStandsForIsWhereItHappened() {
        ExtractedEvent fire = EXTRACTOR.extract("Two climbers were hurt near the border of Nevada, where a wildfire "
                + "swept through the canyon on Friday night.", PUBLISHED).events().stream()
                .filter(e -> e.type() == EventType.DISASTER).findFirst().orElseThrow();
        assertThat(fire.location()).isNotNull();
        assertThat(fire.location().name()).isEqualTo("Nevada");
    }

    @Test
    void unnamedOfficialsInAStoryAboutOnePlaceAreThatPlacesToo() {
        assertThat(actors("Heavy snow cut power across eastern Ontario, and authorities said on Monday that schools "
                + "would stay closed. Canada sent soldiers to help.", EventType.STATEMENT))
                .contains("Canada", "Ontario");
    }

    @Test
    void aPersonDescribedByAgeAloneIsThePersonTheArticleIsAbout() {
        String lead = "Marta Okafor, the former mayor of Port Ellis, left prison in 2023 after Judge Anton Bell "
                + "freed her. Anton Bell retired in 2022. ";
        assertThat(actors(lead + "Police detained the 68-year-old on Tuesday at the airport.", EventType.ARREST))
                .contains("Marta Okafor");
        assertThat(actors(lead + "Speaking to supporters on Tuesday, the 68-year-old said she would run again.",
                EventType.STATEMENT)).contains("Marta Okafor").doesNotContain("Anton Bell");
    }

    @Test
    void theNounAnAppositionDescribesANameByStandsForThatName() {
        assertThat(actors("Flights were cut at Gatfield, Europe's busiest airport, in 2019. The airport announced on "
                + "Tuesday that it would reopen.", EventType.STATEMENT)).contains("Gatfield");
    }

    @Test
    void anAirlinersCrashIsTheAirlinesAndItsNameEndsAtTheMaker() {
        assertThat(actors("A Kestrel Airways Airbus A320 crashed on Tuesday.", EventType.CRASH))
                .contains("Kestrel Airways");
        assertThat(actors("Kestrel Airways said in May that its fleet was safe. The plane crashed on Tuesday, "
                + "killing 80.", EventType.CRASH)).contains("Kestrel Airways");
    }

    @Test
    void thePlatformSomethingIsSaidOnIsNotWhoSaysIt() {
        String lead = "Lena Marsh, the painter, sold her first canvas in 2015. Lena Marsh lives in Leeds. ";
        assertThat(actors(lead + "In a post on Instagram yesterday, the painter said she would stop working.",
                EventType.STATEMENT)).contains("Lena Marsh").doesNotContain("Instagram");
        assertThat(actors(lead + "She posted a video on Facebook on Monday.", EventType.STATEMENT))
                .doesNotContain("Facebook");
    }

    @Test
    void aNameTheArticleFollowsWithWhichIsAThingThatItStandsFor() {
        // two capitalised words read like a person's name, but "which" says the article treats it as a thing
        String text = "The Daily Ledger reported the fraud in 2013. Corran Brook, which runs 300 branches, said it "
                + "had fired 500 staff. It will report its quarterly earnings on October 14.";
        assertThat(actors(text, EventType.REPORT)).contains("Corran Brook");
    }

    @Test
    void thePersonAVerblessWhoseClauseNamesIsTheSubjectOfTheMainClause() {
        // the earlier name of the sentence does not take the arrest; the chairman named after 'whose' does
        String text = "Investigators questioned the banker Oskar Lind about payments to several groups, including "
                + "Brantwell Holdings, whose chairman, Mirela Dorn, was detained on Tuesday.";
        assertThat(actors(text, EventType.ARREST)).contains("Mirela Dorn", "Brantwell Holdings")
                .doesNotContain("Oskar Lind");
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.actors;
import static dev.dateline.extraction.EventFixture.allActors;
import static dev.dateline.extraction.EventFixture.events;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The participant round of stop 35, from the names the product missed on dev36..dev47 with date and type right: a
 * state's or a country's institution named with it ("the Ohio Supreme Court"), Korean given names of five or six
 * letters, honours, police ranks and party labels before a name, family names first, and a surname the gazetteer
 * also knows as a company's. Sentences and people written for this test.
 */
class ParticipantRound35Test {

    @Test
    void aStatesInstitutionKeepsTheStatesName() {
        assertThat(actors("The Ohio Supreme Court ruled on Tuesday that the ballot could go ahead.", EventType.VERDICT))
                .contains("Ohio Supreme Court");
        assertThat(allActors("Nepal Police said on Monday that 40 people had been detained."))
                .contains("Nepal Police");
    }

    @Test
    void aCountrysInstitutionIsNamedInFullAndAsWritten() {
        assertThat(actors("The United States Supreme Court blocked the extension on Monday.", EventType.VERDICT))
                .contains("Supreme Court of the United States", "United States Supreme Court");
        assertThat(actors("The Australian High Court ruled on Monday that the detention was unlawful.",
                EventType.VERDICT)).contains("High Court of Australia");
    }

    @Test
    void aProvincesInstitutionAfterAPossessiveIsTheProvinces() {
        assertThat(actors("Quebec's Court of Appeal struck down the provision in November 2020.", EventType.VERDICT))
                .contains("Quebec Court of Appeal").doesNotContain("Court of Appeal of Canada");
    }

    @Test
    void aKoreanGivenNameOfFiveOrSixLettersStaysInTheName() {
        assertThat(allActors("The national police chief, Park Sun-myeong, issued an ultimatum on Tuesday."))
                .contains("Park Sun-myeong");
        assertThat(allActors("Lee Jae-won, a Busan-based lawyer, filed the suit on Monday."))
                .contains("Lee Jae-won").noneMatch(a -> a.contains("based"));
    }

    @Test
    void honoursRanksAndPartyLabelsAreNoPartOfTheName() {
        assertThat(actors("Dame Alys Hartwell died on Tuesday at her home in Kent.", EventType.DEATH))
                .contains("Alys Hartwell").doesNotContain("Dame Alys Hartwell");
        assertThat(allActors("Detective Inspector Rhys Mallory said on Friday that the inquiry was closed."))
                .contains("Rhys Mallory");
        assertThat(allActors("Assistant Chief Constable Ewan Broad said on Friday that two men had been charged."))
                .contains("Ewan Broad");
        assertThat(allActors("On February 5, the Free Democrat Tobias Keller was elected premier by one vote."))
                .contains("Tobias Keller");
    }

    @Test
    void aChineseFamilyNameFirstStandsForThePerson() {
        String text = "Qu Lianfeng was elected director-general of the agency on Sunday. Qu will take office on "
                + "August 1.";
        assertThat(actors(text, EventType.APPOINTMENT)).contains("Qu Lianfeng");
        String hyphened = "Tan Wei-Ming resigned as Speaker on Monday. A recording of Tan calling a member a populist "
                + "was made public on March 1.";
        assertThat(allActors(hyphened)).contains("Tan Wei-Ming").doesNotContain("Tan");
    }

    @Test
    void aSurnameTheGazetteerKnowsAsACompanyIsThePersonTheArticleIntroduced() {
        String text = "Ontario's premier, Maria Ford, scrapped the levy today. Ford, who was sworn in on Friday, had "
                + "promised on March 1 to end it.";
        assertThat(events(text)).filteredOn(e -> e.date().value().equals("2024-03-01")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.actors()).extracting(Entity::name).contains("Maria Ford"));
        // the carmaker stays the carmaker where no one of that name was introduced
        assertThat(allActors("Ford recalled 300,000 pickups on Tuesday over a brake fault.")).contains("Ford");
    }

    @Test
    void aConjunctionOpeningTheSentenceIsNoPartOfTheNameAfterIt() {
        assertThat(allActors("Because Holmgren took his own life in 2000, he could never be charged."))
                .contains("Holmgren").doesNotContain("Because Holmgren");
        assertThat(allActors("Although Ruud denied it on Monday, the deal was signed.")).contains("Ruud");
        assertThat(allActors("VIA Rail cancelled all its services on Monday.")).contains("VIA Rail");
    }

    @Test
    void aBareChamberIsTheChamberOfTheArticlesCountryButNotInTheUnitedStates() {
        String manila = "Philippine police said on Monday that they had searched the compound in Davao. The Senate "
                + "ordered his arrest on March 19 after he ignored its summonses.";
        assertThat(allActors(manila)).contains("Senate of the Philippines", "Senate");
        String ohio = "Ohio lawmakers met in Columbus on Monday. The Senate voted on March 19 to pass the budget.";
        assertThat(allActors(ohio)).doesNotContain("Senate of the United States");
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The round of stop 40 (docs/taxonomy.md). Winning a share of the vote, a referendum, by a margin, a capital or a seat
 * in the Commons is the ELECTION, as winning a cup stays OTHER. Announcing a truce, a treaty or a settlement is the
 * AGREEMENT, and a deal announced in a story about a takeover is that ACQUISITION. Official statistics, a census or a
 * survey that a body gives out are a REPORT. A vote with a turnout, a share in per cent or results is an ELECTION,
 * while a chamber that votes a bill still passes a RESOLUTION. A count released is a REPORT. Announcing a retirement from
 * office is the RESIGNATION, a player's is not; an official suspended leaves office, while a court's suspension is its
 * ruling. Agreeing to pay for a company is the ACQUISITION, agreeing to pay to settle claims is not. A candidate
 * declared the winner is the ELECTION, a commission declaring one a STATEMENT; a landslide won is the ELECTION, one that
 * buries houses a DISASTER. A ban aimed at no country, person or team is a STATEMENT (a court's its VERDICT, a sports
 * body's SANCTIONS). A bare month after a past verb and its object ("closed the
 * border in April", written in March) is last year's. A killing by a person is an ATTACK. Barring is an authority's
 * decision (a STATEMENT), a court's ruling or a sanction on a foreign country's people; a moratorium or a cap imposed is
 * a STATEMENT. Sentences, companies and places written for this test.
 */
class Round40Test {

    @Test
    void winningAShareOfTheVoteAReferendumOrACapitalIsTheElection() {
        assertThat(events("The Tarvo Union party won 41 per cent of the ballots cast on Sunday."))
                .anyMatch(e -> e.type() == EventType.ELECTION && e.date().value().equals("2024-03-10"));
        assertThat(events("Dalia Orrin narrowly won a referendum on the new charter on March 3."))
                .anyMatch(e -> e.type() == EventType.ELECTION && e.date().value().equals("2024-03-03"));
        assertThat(events("Her Green List won the capital in October 2019."))
                .anyMatch(e -> e.type() == EventType.ELECTION && e.date().value().equals("2019-10"));
        assertThat(events("Per Halvard won his way back into the Commons last night."))
                .anyMatch(e -> e.type() == EventType.ELECTION && e.date().value().equals("2024-03-13"));
    }

    @Test
    void winningACupStaysOther() {
        assertThat(events("Marrow Rovers won the cup on Saturday, beating Tarvo 2-1."))
                .anyMatch(e -> e.type() == EventType.OTHER && e.date().value().equals("2024-03-09"))
                .noneMatch(e -> e.type() == EventType.ELECTION);
    }

    @Test
    void announcingATruceOrASettlementIsTheAgreement() {
        assertThat(events("Varnland and Orrin announced a settlement of their quarrel over the river yesterday."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2024-03-13"));
        assertThat(events("The two sides announced a truce in the hill country on Tuesday."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2024-03-12"));
    }

    @Test
    void aDealAnnouncedInAStoryAboutATakeoverIsTheAcquisition() {
        assertThat(events("Quillon is to buy Helsby Foods for 2 billion dollars. The deal, announced on Monday, "
                + "values Helsby at twice its sales."))
                .anyMatch(e -> e.type() == EventType.ACQUISITION && e.date().value().equals("2024-03-11"));
        // without a takeover in the story, the deal announced is an agreement
        assertThat(events("Varnland will sell grain to Orrin for five years. The deal, announced on Monday, "
                + "sets a floor price."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2024-03-11"))
                .noneMatch(e -> e.type() == EventType.ACQUISITION);
    }

    @Test
    void statisticsOrACensusGivenOutAreAReport() {
        assertThat(events("Varnland's statistics office said today that the economy shrank by 2 per cent in the "
                + "final quarter."))
                .anyMatch(e -> e.type() == EventType.REPORT && e.date().value().equals("2024-03-14"));
        assertThat(events("The census office said yesterday that the herd of wild horses had halved in ten years."))
                .anyMatch(e -> e.type() == EventType.REPORT && e.date().value().equals("2024-03-13"));
    }

    @Test
    void aVoteWithATurnoutOrAShareInPerCentIsAnElection() {
        assertThat(events("Turnout in yesterday's vote was 61 per cent, the commission said."))
                .anyMatch(e -> e.type() == EventType.ELECTION && e.date().value().equals("2024-03-13"));
        assertThat(events("Tarvo Union took 38 per cent in Sunday's vote."))
                .anyMatch(e -> e.type() == EventType.ELECTION && e.date().value().equals("2024-03-10"));
        // a chamber voting a bill still passes a resolution
        assertThat(events("The Varnland parliament voted on Tuesday to scrap the seats filled by party lists."))
                .anyMatch(e -> e.type() == EventType.RESOLUTION && e.date().value().equals("2024-03-12"));
    }

    @Test
    void announcingARetirementFromOfficeIsTheResignationAPlayersIsNot() {
        assertThat(events("Tarvo's finance minister, Ola Brenn, announced his retirement from politics on Monday."))
                .anyMatch(e -> e.type() == EventType.RESIGNATION && e.date().value().equals("2024-03-11"));
        assertThat(events("Marrow's captain, Ivo Dunn, announced his retirement from international football on "
                + "Monday."))
                .anyMatch(e -> e.date().value().equals("2024-03-11"))
                .noneMatch(e -> e.type() == EventType.RESIGNATION);
    }

    @Test
    void agreeingToPayForACompanyIsTheAcquisitionASettlementIsNot() {
        assertThat(events("Quillon agreed today to pay 4 billion dollars in cash for Helsby Foods, a maker of frozen "
                + "meals."))
                .anyMatch(e -> e.type() == EventType.ACQUISITION && e.date().value().equals("2024-03-14"));
        assertThat(events("Quillon agreed today to pay 40 million dollars to settle the claims of the families."))
                .anyMatch(e -> e.date().value().equals("2024-03-14"))
                .noneMatch(e -> e.type() == EventType.ACQUISITION);
    }

    @Test
    void aCountReleasedIsAReport() {
        assertThat(events("A quick count released last night by the electoral institute gave Orrin 52 per cent."))
                .anyMatch(e -> e.type() == EventType.REPORT && e.date().value().equals("2024-03-13"));
    }

    @Test
    void anOfficialSuspendedLeavesOfficeButACourtsSuspensionIsItsRuling() {
        assertThat(events("Varnland's prime minister suspended the health minister today over a fraud inquiry."))
                .anyMatch(e -> e.type() == EventType.RESIGNATION && e.date().value().equals("2024-03-14"));
        assertThat(events("Helsby Bank's board suspended its chief executive, Mara Quist, yesterday."))
                .anyMatch(e -> e.type() == EventType.RESIGNATION && e.date().value().equals("2024-03-13"));
        assertThat(events("Varnland's Constitutional Court suspended the prime minister today."))
                .anyMatch(e -> e.date().value().equals("2024-03-14"))
                .noneMatch(e -> e.type() == EventType.RESIGNATION);
    }

    @Test
    void declaredTheWinnerIsTheElectionTheCommissionsDeclarationIsNot() {
        assertThat(events("Dalia Orrin was declared the winner of Varnland's presidential election today with 54 per "
                + "cent."))
                .anyMatch(e -> e.type() == EventType.ELECTION && e.date().value().equals("2024-03-14"));
        assertThat(events("Varnland's electoral commission declared Dalia Orrin the winner today."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-14"))
                .noneMatch(e -> e.type() == EventType.ELECTION);
    }

    @Test
    void aLandslideWonIsTheElectionOneThatBuriesHousesADisaster() {
        assertThat(events("Per Halvard won the presidency by a landslide on Sunday."))
                .anyMatch(e -> e.type() == EventType.ELECTION && e.date().value().equals("2024-03-10"))
                .noneMatch(e -> e.type() == EventType.DISASTER);
        assertThat(events("Three houses in the village of Tarvo were buried by a landslide on Sunday."))
                .anyMatch(e -> e.type() == EventType.DISASTER && e.date().value().equals("2024-03-10"))
                .noneMatch(e -> e.type() == EventType.ELECTION);
    }

    @Test
    void aBanAimedAtNoCountryIsAStatementAPlayerBannedIsPunished() {
        assertThat(events("Varnland banned glyphosate in April."))
                .anyMatch(e -> e.type() == EventType.STATEMENT)
                .noneMatch(e -> e.type() == EventType.SANCTIONS);
        assertThat(events("The football federation banned its former treasurer, Ivo Dunn, for ten years on Monday."))
                .anyMatch(e -> e.type() == EventType.SANCTIONS && e.date().value().equals("2024-03-11"));
        assertThat(events("The Supreme Court banned the Tarvo Union party on Monday."))
                .anyMatch(e -> e.type() == EventType.VERDICT && e.date().value().equals("2024-03-11"));
    }

    @Test
    void aBareMonthAfterAPastVerbAndItsObjectIsGone() {
        // published in March 2024: the April the border was closed in is last year's
        assertThat(EventFixture.timexValues("Varnland closed the border in April.")).containsExactly("2023-04");
        assertThat(EventFixture.timexValues("Varnland banned glyphosate in April.")).containsExactly("2023-04");
        // a future keeps it ahead
        assertThat(EventFixture.timexValues("Varnland will close the border in April.")).containsExactly("2024-04");
    }

    @Test
    void aKillingByAPersonIsAnAttack() {
        assertThat(events("A man killed three people at a market in Tarvo on Monday."))
                .anyMatch(e -> e.type() == EventType.ATTACK && e.date().value().equals("2024-03-11"))
                .noneMatch(e -> e.type() == EventType.DEATH);
        // killed by an avalanche: the disaster's
        assertThat(events("Two climbers were killed on Monday when an avalanche hit their camp."))
                .anyMatch(e -> e.type() == EventType.DISASTER && e.date().value().equals("2024-03-11"))
                .noneMatch(e -> e.type() == EventType.ATTACK);
    }

    @Test
    void barringIsAnAuthoritysDecisionACourtsRulingOrASanctionOnAForeignCountry() {
        assertThat(events("Tarvo's central bank barred Helsby Bank from taking new deposits on Monday."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-11"));
        assertThat(events("A Tarvo court barred Dalia Orrin from leaving the country on Monday."))
                .anyMatch(e -> e.type() == EventType.VERDICT && e.date().value().equals("2024-03-11"));
        assertThat(events("Varnland barred Orrin's airlines from its airspace on Monday."))
                .anyMatch(e -> e.type() == EventType.SANCTIONS && e.date().value().equals("2024-03-11"));
    }

    @Test
    void aMoratoriumOrACapImposedIsAStatement() {
        assertThat(events("The governor imposed a moratorium on executions in February."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-02"))
                .noneMatch(e -> e.type() == EventType.SANCTIONS);
    }
}

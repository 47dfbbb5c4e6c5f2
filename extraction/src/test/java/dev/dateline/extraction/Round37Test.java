package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.allActors;
import static dev.dateline.extraction.EventFixture.events;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The round of stop 37: a purchase order for aircraft, ships or arms (ordered, bought or agreed to buy by the dozen,
 * an order placed or won) is a contract, an AGREEMENT, not a deployment nor a takeover; a country or a party leaving a
 * bloc, a treaty or a coalition is an AGREEMENT too; a company's name with "and" inside ("Wuhan Iron and Steel") is
 * one name; a strike's end told as strikers going back to their classrooms or barracks, and a strike by students, are
 * the PROTEST; a government closing its borders, an agency raising an alert level or a leader extending a lockdown
 * decides it, a STATEMENT, and the new end of an extension dates nothing.
 * Sentences, companies and countries' deals written for this test.
 */
class Round37Test {

    @Test
    void aCountedOrderOfAircraftIsAContract() {
        assertThat(events("Marlow Airways ordered 40 Talon 300 jets from Veska Aerospace on Tuesday."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2024-03-12"))
                .noneMatch(e -> e.type() == EventType.DEPLOYMENT);
        assertThat(events("Chile bought eight of the frigates in 2019, and Peru ordered 12 in January."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2024-01"))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2019"))
                .noneMatch(e -> e.type() == EventType.ACQUISITION);
    }

    @Test
    void agreeingToBuyAircraftIsAContractAndBuyingAShareATakeover() {
        assertThat(events("Sundari Air agreed on Monday to buy 120 jets from two makers."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2024-03-11"))
                .noneMatch(e -> e.type() == EventType.ACQUISITION);
        assertThat(events("Pellam Mining agreed on Monday to buy 19.5 per cent of Orvale Metals."))
                .anyMatch(e -> e.type() == EventType.ACQUISITION && e.date().value().equals("2024-03-11"));
    }

    @Test
    void anOrderPlacedOrWonIsAContract() {
        assertThat(events("In February the carrier placed a firm order for 30 turboprops with options on ten more."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2024-02"));
        assertThat(events("The shipyard won an order in November to build four ferries for the islands."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2023-11"));
    }

    @Test
    void troopsOrderedAreStillSent() {
        assertThat(events("The president ordered 3,000 troops to the northern border on Monday."))
                .anyMatch(e -> e.type() == EventType.DEPLOYMENT && e.date().value().equals("2024-03-11"))
                .noneMatch(e -> e.type() == EventType.AGREEMENT);
    }

    @Test
    void aCountryLeavingABlocOrATreatyLeavesAnAgreement() {
        assertThat(events("Norland said today that it would leave OPEC in June."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2024-06"));
        assertThat(events("Estonia left the Convention on Cluster Munitions this month, after its parliament voted"
                + " for withdrawal in July."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2024-03"));
        assertThat(events("Belarus pulled out of the deal on Monday."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2024-03-11"));
    }

    @Test
    void aPersonLeavingAChamberOrAClubIsNoAgreement() {
        assertThat(events("Tom Ashby, the region's best-known independent, quit the federal Senate in October to"
                + " start a party."))
                .noneMatch(e -> e.type() == EventType.AGREEMENT);
        assertThat(events("The union said on Monday that migrants left without shelter in the camp needed tents."))
                .noneMatch(e -> e.type() == EventType.AGREEMENT);
    }

    @Test
    void aCompanyNameWithAndInsideIsOneName() {
        assertThat(allActors("Dalian Iron and Steel agreed on Monday to sell its port to Tarrow Holdings."))
                .contains("Dalian Iron and Steel").doesNotContain("Steel");
        assertThat(events("Orland Gas and Electric filed for bankruptcy on Tuesday."))
                .anyMatch(e -> e.title().startsWith("Orland Gas and Electric ")
                        && e.actors().stream().anyMatch(a -> a.name().equals("Orland Gas and Electric")));
    }

    @Test
    void twoCompaniesJoinedByAndStayTwo() {
        assertThat(allActors("Velmar and Quist Electric signed a supply deal on Monday."))
                .doesNotContain("Velmar and Quist Electric");
    }

    @Test
    void strikersGoingBackToTheirClassroomsEndTheStrike() {
        assertThat(events("Harlow's teachers went back to their classrooms today after their union reached a deal."))
                .anyMatch(e -> e.type() == EventType.PROTEST && e.date().value().equals("2024-03-14"));
        assertThat(events("The mutinous soldiers went back to their barracks on Tuesday, ending four days of revolt."))
                .anyMatch(e -> e.type() == EventType.PROTEST && e.date().value().equals("2024-03-12"));
    }

    @Test
    void aStrikeByStudentsIsAProtest() {
        assertThat(events("Students of the Arden Film School called off their strike on Monday after 40 days."))
                .anyMatch(e -> e.type() == EventType.PROTEST && e.date().value().equals("2024-03-11"))
                .noneMatch(e -> e.type() == EventType.ATTACK);
    }

    @Test
    void raisingAnAlertOrClosingABorderIsADecision() {
        assertThat(events("The volcanology agency raised the alert level for Mount Veyra to its highest on Tuesday."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-12"));
        assertThat(events("The government closed the country's borders in February on the advice of its doctors."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-02"));
        assertThat(events("Norland closed its airspace to Russian aircraft in February."))
                .anyMatch(e -> e.type() == EventType.SANCTIONS && e.date().value().equals("2024-02"));
        assertThat(events("The airport closed on Monday as the storm hit the coast."))
                .noneMatch(e -> e.type() == EventType.STATEMENT);
    }

    @Test
    void extendingALockdownIsADecisionAndItsNewEndNoEvent() {
        assertThat(events("The president extended the lockdown by two weeks last week, to the end of April."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-W10"))
                .noneMatch(e -> e.date().value().equals("2024-04"));
        assertThat(events("Parliament extended its own term in May 2013, citing the war next door."))
                .anyMatch(e -> e.type() == EventType.RESOLUTION && e.date().value().equals("2013-05"));
        assertThat(events("The probe was found during its extended mission in 2015."))
                .noneMatch(e -> e.type() == EventType.STATEMENT);
    }
}

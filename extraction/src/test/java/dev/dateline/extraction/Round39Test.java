package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The round of stop 39 (docs/taxonomy.md). A measure that takes effect or comes into force is dated by that day and
 * typed by what it is: a truce or a treaty an AGREEMENT, duties or a surtax SANCTIONS, a ban or rules a STATEMENT.
 * "The duties take effect on March 1" schedules it: a bare day ahead of the publication date, as "takes effect"
 * already did. An amount after a name ("fined Quillon 535 million euros") is no part of the name; two companies
 * joined by "and" are two names. An auction that begins, ends or closes is OTHER; schools closed a STATEMENT (in
 * a strike a PROTEST); people picked up at sea are AID, suspects picked up an ARREST; a government raising a price, a
 * tax or the minimum wage decides it. Placed in administration is a MARKET_MOVE, under house arrest an ARREST, under
 * martial law a STATEMENT. A date after "and" that a verb follows ("and last week moved") opens that verb's clause.
 * Receiving an organ or a prize is OTHER, royal assent the RESOLUTION, a licence a STATEMENT. Dropping a plan is a
 * STATEMENT, charges dropped by a court its VERDICT. Stopping production or sales is a STATEMENT, payments to creditors
 * a MARKET_MOVE. A return to Earth, the capital written, is the LANDING. Winning a run-off, a mayoralty or a post is
 * the ELECTION; signing a bill a STATEMENT; agreeing to combine the ACQUISITION; taking over a ministry the
 * APPOINTMENT. A body that votes passes a RESOLUTION; banning exports or gatherings is a STATEMENT; ordering an arrest
 * is the ARREST. Condemning an attack is a STATEMENT; a sports body suspending an athlete punishes (SANCTIONS);
 * killing policemen or worshippers is an ATTACK. Sentences, companies and places written for this test.
 */
class Round39Test {

    @Test
    void aTruceOrATreatyThatTakesEffectIsTheAgreement() {
        assertThat(events("The truce between Varnland and the Orrin rebels took effect at noon yesterday."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2024-03-13"));
        assertThat(events("The treaty on the Tarvo river entered into force on February 1 after a tenth ratification."))
                .anyMatch(e -> e.type() == EventType.AGREEMENT && e.date().value().equals("2024-02-01"));
    }

    @Test
    void dutiesOrASurtaxThatTakeEffectAreSanctions() {
        assertThat(events("The duties on steel from Varnland came into force on Monday."))
                .anyMatch(e -> e.type() == EventType.SANCTIONS && e.date().value().equals("2024-03-11"));
        assertThat(events("The surtax on cars from Varnland takes effect on Monday."))
                .anyMatch(e -> e.type() == EventType.SANCTIONS && e.date().value().equals("2024-03-18"));
    }

    @Test
    void aBanOrRulesThatTakeEffectAreAStatement() {
        assertThat(events("The ban on single-use plastic bags in Marrow takes effect in June."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-06"));
    }

    @Test
    void measuresThatTakeEffectInThePluralLookAhead() {
        // published in November: "take effect on March 1" is next March, as "takes effect" already read it
        assertThat(valuesOn("The new rules on short-term lets take effect on March 1.")).containsExactly("2020-03-01");
        assertThat(valuesOn("The duties come into force on March 1.")).containsExactly("2020-03-01");
    }

    @Test
    void takingPartOrComingToAPlaceLooksNowhere() {
        // "take" and "come" in the present look ahead only before "effect" or "into force"
        assertThat(valuesOn("Delegates take part in the Orrin forum on March 1.")).containsExactly("2019-03-01");
        assertThat(valuesOn("The ministers come to Tarvo on March 1.")).containsExactly("2019-03-01");
    }

    @Test
    void anAmountAfterANameIsNoPartOfIt() {
        assertThat(EventFixture.allActors("The Tarvo prosecutor fined Quillon 535 million euros on Tuesday."))
                .contains("Quillon").noneMatch(a -> a.contains("535"));
        assertThat(EventFixture.allActors("The regulator fined Helsby Bank 40 per cent of its profit in June."))
                .contains("Helsby Bank").noneMatch(a -> a.contains("40"));
        // a number that names a unit or a model stays in the name
        assertThat(EventFixture.allActors("Varnland launched a Kestrel 9 rocket on Monday."))
                .contains("Kestrel 9");
    }

    @Test
    void twoCompaniesJoinedByAndAreTwoNames() {
        assertThat(EventFixture.allActors("Varnholt Group of London and Quillon Capital Group of Denver agreed to merge "
                + "today.")).contains("Varnholt Group of London", "Quillon Capital Group of Denver");
        assertThat(EventFixture.allActors("Regulators seized Helsby Bank and Marrow Savings Bank in March."))
                .contains("Helsby Bank", "Marrow Savings Bank");
    }

    @Test
    void oneBodyNamedWithAndStaysOne() {
        assertThat(EventFixture.allActors("The judges of the High Court of England and Wales ruled on Monday."))
                .contains("High Court of England and Wales");
        assertThat(EventFixture.allActors("Shares in the Tarvo Electricity and Water Authority jumped today."))
                .contains("Tarvo Electricity and Water Authority");
    }

    @Test
    void anAuctionThatBeginsOrClosesIsOther() {
        assertThat(events("Norland's auction of mobile airwaves closed today with bids worth 3 billion dollars."))
                .anyMatch(e -> e.type() == EventType.OTHER && e.date().value().equals("2024-03-14"));
        assertThat(events("The auction began on March 2 with a first round of sealed bids."))
                .anyMatch(e -> e.type() == EventType.OTHER && e.date().value().equals("2024-03-02"));
    }

    @Test
    void schoolsClosedAreAStatementOrAStrikesProtest() {
        assertThat(events("Schools in Tarvo stayed closed today after the earthquake."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-14"));
        assertThat(events("Shops and schools across Marrow stayed closed today in a general strike called by the "
                + "unions.")).anyMatch(e -> e.type() == EventType.PROTEST && e.date().value().equals("2024-03-14"));
        // an airport that closes is still no event of its own
        assertThat(events("The airport at Orrin closed on Monday.")).isEmpty();
    }

    @Test
    void peoplePickedUpAtSeaAreAidAndBySuspectsAnArrest() {
        assertThat(events("The rescue ship Orrin Star picked up 234 migrants off Varnland on Monday."))
                .anyMatch(e -> e.type() == EventType.AID && e.date().value().equals("2024-03-11"));
        assertThat(events("Police picked up a second suspect in Tarvo this morning."))
                .anyMatch(e -> e.type() == EventType.ARREST && e.date().value().equals("2024-03-14"));
    }

    @Test
    void aGovernmentRaisingAPriceOrATaxDecidesIt() {
        assertThat(events("The government raised the price of petrol by a third in January."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-01"));
        assertThat(events("Varnland raised its tariffs on goods from Norland to 60 per cent on Monday."))
                .anyMatch(e -> e.type() == EventType.SANCTIONS && e.date().value().equals("2024-03-11"));
    }

    @Test
    void placedInAdministrationUnderArrestOrUnderMartialLaw() {
        assertThat(events("Quillon Airways was placed in special administration in May 2023."))
                .anyMatch(e -> e.type() == EventType.MARKET_MOVE && e.date().value().equals("2023-05"));
        assertThat(events("A Tarvo court placed the former minister under house arrest on Saturday."))
                .anyMatch(e -> e.type() == EventType.ARREST && e.date().value().equals("2024-03-09"));
        assertThat(events("The governor placed the province of Orrin under martial law last night."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-13"));
        // a satellite placed in orbit is still its launch
        assertThat(events("The Kestrel satellite was placed in orbit on Monday."))
                .anyMatch(e -> e.type() == EventType.SATELLITE_LAUNCH && e.date().value().equals("2024-03-11"));
    }

    @Test
    void aDateAfterAndOpensTheNextPredicatesClause() {
        // "on October 3 and last week moved": both events were lost, "moved" taking both dates
        assertThat(events("The president declared a state of emergency in Orrin on October 3 and last week moved the "
                + "seat of government to Tarvo.")).anyMatch(e -> e.type() == EventType.STATEMENT
                        && e.date().value().equals("2023-10-03"));
        assertThat(events("The president declared a state of emergency in Orrin on October 3 and last week visited "
                + "Tarvo.")).anyMatch(e -> e.type() == EventType.VISIT && e.date().value().equals("2024-W10"))
                .noneMatch(e -> e.type() == EventType.VISIT && e.date().value().equals("2023-10-03"));
    }

    @Test
    void whatIsReceivedTellsTheEvent() {
        assertThat(events("In October 1984 a patient in Tarvo received a baboon's heart."))
                .anyMatch(e -> e.type() == EventType.OTHER && e.date().value().equals("1984-10"));
        assertThat(events("The Orrin rail bill received royal assent in February."))
                .anyMatch(e -> e.type() == EventType.RESOLUTION && e.date().value().equals("2024-02"));
        assertThat(events("Quillon Air received its operating licence in June 2023."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2023-06"));
    }

    @Test
    void droppingAPlanChargesOrABid() {
        assertThat(events("The Orrin council dropped the plan for a new runway on August 24."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2023-08-24"));
        assertThat(events("The Tarvo court dropped all charges against the five defendants on February 8."))
                .anyMatch(e -> e.type() == EventType.VERDICT && e.date().value().equals("2024-02-08"));
        // prices that dropped still move a market
        assertThat(events("Shares in Quillon dropped 5 per cent on Monday."))
                .anyMatch(e -> e.type() == EventType.MARKET_MOVE && e.date().value().equals("2024-03-11"));
    }

    @Test
    void stoppingSalesOrPaymentsDecidesIt() {
        assertThat(events("Varnholt Motors stopped production at its Orrin plant in March 2022."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2022-03"));
        assertThat(events("Norland stopped paying its foreign creditors in April 2022."))
                .anyMatch(e -> e.type() == EventType.MARKET_MOVE && e.date().value().equals("2022-04"));
    }

    @Test
    void aReturnToEarthIsTheLanding() {
        // "Earth" written with a capital had made "returned to Earth" a name, which no trigger may run into
        assertThat(events("The Kestrel capsule returned to Earth on Tuesday with three crew aboard."))
                .anyMatch(e -> e.type() == EventType.LANDING && e.date().value().equals("2024-03-12"));
    }

    @Test
    void winningARunOffOrAMayoraltyIsTheElection() {
        assertThat(events("Ana Quillon won the run-off on February 21 with about 55 per cent."))
                .anyMatch(e -> e.type() == EventType.ELECTION && e.date().value().equals("2024-02-21"));
        assertThat(events("Lee Tarvo won the mayoralty of Orrin in November 2022."))
                .anyMatch(e -> e.type() == EventType.ELECTION && e.date().value().equals("2022-11"));
        // a cup won is still sport
        assertThat(events("Orrin United won the cup on Saturday."))
                .anyMatch(e -> e.type() == EventType.OTHER && e.date().value().equals("2024-03-09"))
                .noneMatch(e -> e.type() == EventType.ELECTION);
    }

    @Test
    void signingABillIsAStatementAgreeingToCombineAnAcquisition() {
        assertThat(events("President Tarvo signed the budget bill on Monday."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-11"))
                .noneMatch(e -> e.type() == EventType.AGREEMENT);
        assertThat(events("Quillon agreed today to combine with Helsby Foods."))
                .anyMatch(e -> e.type() == EventType.ACQUISITION && e.date().value().equals("2024-03-14"));
    }

    @Test
    void takingOverAMinistryIsTheAppointment() {
        assertThat(events("Ana Quillon took over the finance ministry in May 2023."))
                .anyMatch(e -> e.type() == EventType.APPOINTMENT && e.date().value().equals("2023-05"))
                .noneMatch(e -> e.type() == EventType.ACQUISITION);
        // a company taken over is still bought
        assertThat(events("Varnholt took over Helsby Foods in May 2023."))
                .anyMatch(e -> e.type() == EventType.ACQUISITION && e.date().value().equals("2023-05"));
    }

    @Test
    void aBodysVoteIsAResolutionAVotersVoteAnElection() {
        assertThat(events("Delegates from 60 countries voted unanimously in Tarvo today to redefine the unit."))
                .anyMatch(e -> e.type() == EventType.RESOLUTION && e.date().value().equals("2024-03-14"));
        assertThat(events("Voters in Orrin voted on Sunday in the first round."))
                .anyMatch(e -> e.type() == EventType.ELECTION && e.date().value().equals("2024-03-10"));
    }

    @Test
    void banningExportsOrGatheringsIsAStatementAndOrderingAnArrestTheArrest() {
        assertThat(events("Norland banned exports of unprocessed ore in January 2020."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2020-01"))
                .noneMatch(e -> e.type() == EventType.SANCTIONS);
        assertThat(events("A Tarvo judge ordered his arrest in July 2018."))
                .anyMatch(e -> e.type() == EventType.ARREST && e.date().value().equals("2018-07"));
    }

    @Test
    void condemningAnAttackIsAStatementAndASportsBodysSuspensionASanction() {
        assertThat(events("The Tarvo government condemned the shooting tonight."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-14"))
                .noneMatch(e -> e.type() == EventType.RESOLUTION);
        assertThat(events("The Athletics Integrity Unit provisionally suspended the Orrin sprinter in July 2023."))
                .anyMatch(e -> e.type() == EventType.SANCTIONS && e.date().value().equals("2023-07"));
    }

    @Test
    void killingPolicemenOrWorshippersIsAnAttack() {
        assertThat(events("Last month a man killed nine worshippers at a church in Tarvo."))
                .anyMatch(e -> e.type() == EventType.ATTACK && e.date().value().equals("2024-02"));
        // deaths in a fire stay deaths
        assertThat(events("A fire killed twelve villagers in Orrin on Monday."))
                .noneMatch(e -> e.type() == EventType.ATTACK);
    }

    /** The time expressions' values of {@code text} published on 2019-11-15, a Friday. */
    private static List<String> valuesOn(String text) {
        return EventFixture.timexValues(text, LocalDate.of(2019, 11, 15));
    }
}

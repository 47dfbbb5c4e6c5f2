package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.actors;
import static dev.dateline.extraction.EventFixture.allActors;
import static dev.dateline.extraction.EventFixture.events;
import static dev.dateline.extraction.EventFixture.timexValues;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The round of stop 36: a company seeking protection from its creditors (a bankruptcy the rules did not see), a
 * country's chamber found by its bare name ("Parliament will meet again on May 19") named in full, and a bare
 * "Congress" in an article that names no country, and docking: a ship in a port, a spacecraft at a station, a club
 * docked points; certifications by an agency and retirements from office; a bare month after a simple past. Sentences,
 * companies and people written for this test.
 */
class Round36Test {

    @Test
    void aCompanySeekingProtectionFromItsCreditorsGoesBankrupt() {
        assertThat(events("Harrow Outfitters, a clothing retailer, sought protection from its creditors on Tuesday."))
                .anyMatch(e -> e.type() == EventType.MARKET_MOVE && e.date().value().equals("2024-03-12"));
        assertThat(events("Corvane Air sought Chapter 11 protection in New York in January, a month after its pilots"
                + " went on strike."))
                .anyMatch(e -> e.type() == EventType.MARKET_MOVE && e.date().value().equals("2024-01"));
        assertThat(events("Tallis Regional Airlines entered voluntary administration on Monday and grounded its fleet."))
                .anyMatch(e -> e.type() == EventType.MARKET_MOVE && e.date().value().equals("2024-03-11"));
        assertThat(events("Merrow Coal, a producer in Wyoming, sought protection in May and closed two mines."))
                .anyMatch(e -> e.type() == EventType.MARKET_MOVE && e.date().value().equals("2023-05"));
    }

    @Test
    void peopleSeekingProtectionAreNoBankruptcy() {
        assertThat(events("The two sisters sought protection at a church in the capital in May."))
                .noneMatch(e -> e.type() == EventType.MARKET_MOVE);
    }

    @Test
    void aBareChamberIsTheCountrysByItsFullName() {
        String article = "Sri Lanka's opposition tabled a motion against the government on Monday. "
                + "Parliament will meet again on May 19 to debate it.";
        assertThat(events(article)).anyMatch(e -> e.date().value().equals("2024-05-19")
                && e.actors().stream().anyMatch(a -> a.name().equals("Parliament of Sri Lanka")));
        assertThat(allActors("Kenya's National Assembly passed the finance bill on Tuesday."))
                .contains("National Assembly of Kenya", "National Assembly");
    }

    @Test
    void aChamberFoundAsANameLeavesTheEventItsCountry() {
        assertThat(actors("Haiti's Chamber of Deputies voted on Monday to censure the cabinet.", EventType.RESOLUTION))
                .contains("Chamber of Deputies of Haiti", "Haiti");
    }

    @Test
    void aBareCongressInAnArticleThatNamesNoCountryIsNotWashingtons() {
        assertThat(allActors("The Congress won 64 of the 119 seats in Telangana when votes were counted on Sunday."))
                .contains("Congress").doesNotContain("United States Congress");
    }

    @Test
    void aShipDockingInAPortVisitsItAndACapsuleDockingLands() {
        assertThat(events("The rescue ship Northern Gull docked in Valletta on Monday with 80 people on board."))
                .anyMatch(e -> e.type() == EventType.VISIT && e.date().value().equals("2024-03-11"));
        assertThat(events("The Tianzhou cargo capsule docked with the station on Tuesday."))
                .anyMatch(e -> e.type() == EventType.LANDING && e.date().value().equals("2024-03-12"));
    }

    @Test
    void aClubDockedOrDeductedPointsIsSanctioned() {
        assertThat(events("Harlow Town were deducted six points on Tuesday for breaking the league's spending rules."))
                .anyMatch(e -> e.type() == EventType.SANCTIONS && e.date().value().equals("2024-03-12"));
        assertThat(events("A disciplinary panel docked Harlow Town ten points in November."))
                .anyMatch(e -> e.type() == EventType.SANCTIONS && e.date().value().equals("2023-11"));
    }

    @Test
    void anAgencyCertifyingIsAStatement() {
        assertThat(events("The World Health Organization certified Norvania free of malaria yesterday."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-13"));
    }

    @Test
    void retiringFromOfficeIsAResignationAndFromASportIsNot() {
        assertThat(events("Aldous Fenn retired as chief executive in January after eleven years at the bank."))
                .anyMatch(e -> e.type() == EventType.RESIGNATION && e.date().value().equals("2024-01"));
        assertThat(events("The bowler Ravi Marten retired from Tests in August last year."))
                .noneMatch(e -> e.type() == EventType.RESIGNATION);
        assertThat(events("Tomas Reyes, a retired army captain, was detained early yesterday in Lahore."))
                .noneMatch(e -> e.type() == EventType.RESIGNATION);
    }

    @Test
    void aBareMonthAfterASimplePastHasBegunByTheDayOfWriting() {
        // written on March 14, 2024: April is last year's when it is told as gone, this year's as a target or a plan
        assertThat(timexValues("Aldous Fenn resigned in April after a row with the board.")).containsExactly("2023-04");
        assertThat(timexValues("Sales rose in April, the company said.")).containsExactly("2023-04");
        assertThat(timexValues("The board extended the deadline to April.")).containsExactly("2024-04");
        assertThat(timexValues("Final guidelines to be published in early November will settle it."))
                .containsExactly("2024-11");
    }
}

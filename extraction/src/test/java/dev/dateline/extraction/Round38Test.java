package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The round of stop 38 (docs/taxonomy.md). Closures: a plant, a mine or a reactor shut for good is OTHER; a park, a
 * crossing, a museum, shops or an inquiry closed, or anything closed temporarily, is a STATEMENT; a conference that
 * closes is its MEETING; "closed in on" and "behind closed doors" close nothing. A credit-rating agency's action (a
 * rating cut, raised or stripped, an outlook changed, another agency following) is a STATEMENT, and the agencies
 * are named as such, as are companies named with a possessive ("Sotheby's") or after a word that is also a title
 * ("General Mills"). Opening an investigation or a case is a STATEMENT, a summit opened the SUMMIT; a suit or a
 * petition filed is a VERDICT, a filing for bankruptcy a MARKET_MOVE; a bridge's opening names no event. A decree
 * or an alert issued is a STATEMENT (a warrant, an ARREST already); a sale completed is the ACQUISITION; an inquiry
 * that concluded that something was so is a REPORT. One person's death told by its verb is dated even by a bare
 * year; a toll over a year is not. A return to office is an APPOINTMENT, to service OTHER.
 * Sentences, companies and places written for this test.
 */
class Round38Test {

    @Test
    void aPlantOrAMineShutForGoodIsOther() {
        assertThat(events("Varnholt Motors closed its assembly plant at Lindau today after 60 years."))
                .anyMatch(e -> e.type() == EventType.OTHER && e.date().value().equals("2024-03-14"))
                .noneMatch(e -> e.type() == EventType.MARKET_MOVE);
        assertThat(events("The region's last coal mine shut in May last year."))
                .anyMatch(e -> e.type() == EventType.OTHER && e.date().value().equals("2023-05"));
    }

    @Test
    void aSiteClosedByOrderOrForAWhileIsAStatement() {
        assertThat(events("The authorities closed Marrow Bay to tourists on Tuesday to let the coral recover."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-12"));
        assertThat(events("Helsby Foods temporarily closed its plant in Orrin on Monday after the outbreak."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-11"))
                .noneMatch(e -> e.type() == EventType.OTHER);
        assertThat(events("The regulator formally closed its investigation into the bank in January."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-01"));
    }

    @Test
    void aConferenceThatClosesIsItsMeetingAndSharesStillMove() {
        assertThat(events("The national dialogue closed in Tarvo yesterday with a call for new elections."))
                .anyMatch(e -> e.type() == EventType.MEETING && e.date().value().equals("2024-03-13"));
        assertThat(events("Shares in Quillon closed 12 per cent higher on their debut yesterday."))
                .anyMatch(e -> e.type() == EventType.MARKET_MOVE && e.date().value().equals("2024-03-13"));
    }

    @Test
    void closingInAndClosedDoorsCloseNothing() {
        assertThat(events("The rebels fled the town last month as army units closed in on it."))
                .noneMatch(e -> e.trigger() != null && e.trigger().startsWith("closed"));
        assertThat(events("The judges heard the case behind closed doors on Monday."))
                .noneMatch(e -> e.trigger() != null && e.trigger().startsWith("closed"));
    }

    @Test
    void aRatingAgencysActionIsAStatementOfTheAgency() {
        assertThat(events("Fitch cut Norland's credit rating to BBB today, citing its debt."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-14")
                        && e.actors().stream().anyMatch(a -> a.name().equals("Fitch Ratings")));
        assertThat(events("Moody's lowered Varnland to junk in January, and Standard & Poor's followed in February."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-01")
                        && e.actors().stream().anyMatch(a -> a.name().equals("Moody's")))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-02")
                        && e.actors().stream().anyMatch(a -> a.name().equals("Standard & Poor's")));
    }

    @Test
    void raisingMoneyIsNoRatingAction() {
        assertThat(events("Tallis Robotics raised 40 million dollars from investors on Monday."))
                .noneMatch(e -> e.type() == EventType.STATEMENT);
    }

    @Test
    void aCompanyNamedWithAPossessiveOrATitleWordKeepsItsWholeName() {
        assertThat(EventFixture.allActors("Sotheby's sold the Varro portrait for 12 million dollars yesterday."))
                .contains("Sotheby's");
        assertThat(EventFixture.allActors("General Mills recalled its flour on Monday."))
                .contains("General Mills").doesNotContain("Mills");
    }

    @Test
    void onePersonsDeathIsDatedByAYearAndATollIsNot() {
        assertThat(events("The lab was founded by Ilona Varga, who died in 2016, and her brother."))
                .anyMatch(e -> e.type() == EventType.DEATH && e.date().value().equals("2016"));
        assertThat(events("More than 300 people died of cholera in the province this year."))
                .noneMatch(e -> e.type() == EventType.DEATH && e.date().value().equals("2024"));
    }

    @Test
    void anInvestigationOpenedIsAStatementAndASummitOpenedTheSummit() {
        assertThat(events("Prosecutors in Orvel opened a manslaughter investigation yesterday."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-13"));
        assertThat(events("Baltic leaders opened a two-day summit in Tarvo yesterday."))
                .anyMatch(e -> e.type() == EventType.SUMMIT && e.date().value().equals("2024-03-13"))
                .noneMatch(e -> e.type() == EventType.MEETING);
        assertThat(events("The new bridge over the Orvel opened to traffic in January."))
                .isEmpty();
    }

    @Test
    void aSuitFiledIsAVerdictAndABankruptcyFilingAMarketMove() {
        assertThat(events("The residents filed their suit in October 2016."))
                .anyMatch(e -> e.type() == EventType.VERDICT && e.date().value().equals("2016-10"));
        assertThat(events("Dunmore Air filed for bankruptcy protection on Monday."))
                .anyMatch(e -> e.type() == EventType.MARKET_MOVE && e.date().value().equals("2024-03-11"))
                .noneMatch(e -> e.type() == EventType.VERDICT);
    }

    @Test
    void rulesOrAnAlertIssuedAreAStatement() {
        assertThat(events("The transport ministry issued new rules on Tuesday."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-12"));
        assertThat(events("The weather service issued an orange alert on Sunday."))
                .anyMatch(e -> e.type() == EventType.STATEMENT && e.date().value().equals("2024-03-10"));
        assertThat(events("Tallis Bank issued bonds worth 2 billion dollars on Monday."))
                .noneMatch(e -> e.type() == EventType.STATEMENT);
    }

    @Test
    void aDealCompletedIsTheAcquisitionAndAFindingAReport() {
        assertThat(events("Orvane completed its purchase of Kestrel Foods in January."))
                .anyMatch(e -> e.type() == EventType.ACQUISITION && e.date().value().equals("2024-01"));
        assertThat(events("A parliamentary inquiry concluded in December that the tax office had singled out"
                + " families."))
                .anyMatch(e -> e.type() == EventType.REPORT && e.date().value().equals("2023-12"));
        assertThat(events("The bridge, completed in 1977, carries the coast road."))
                .isEmpty();
    }

    @Test
    void aReturnToOfficeIsAnAppointmentAndToServiceARestart() {
        assertThat(events("Marta Ilves, who led the country in the 1990s, returned to the presidency in January."))
                .anyMatch(e -> e.type() == EventType.APPOINTMENT && e.date().value().equals("2024-01"));
        assertThat(events("The second reactor returned to service on Monday."))
                .anyMatch(e -> e.type() == EventType.OTHER && e.date().value().equals("2024-03-11"));
        assertThat(events("The minister returned to Tarvo on Monday after the talks."))
                .noneMatch(e -> e.type() == EventType.APPOINTMENT);
    }
}

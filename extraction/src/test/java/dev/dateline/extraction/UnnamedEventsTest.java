package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static dev.dateline.extraction.EventFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events told with words the engine did not read as events ("{no event}" misses of the gold sets): each test is one
 * class of construction or word family; sentences written for this test.
 */
class UnnamedEventsTest {

    @Test
    void aCentralBankMovesItsRateWithoutNamingItEachTime() {
        assertThat(types("The Riksbank raised the rate to 4 percent on February 2."))
                .containsExactly(EventType.MARKET_MOVE);
        assertThat(types("Interest rates have been falling across Europe. The central bank lowered them again in "
                + "January.")).containsExactly(EventType.MARKET_MOVE);
        assertThat(types("Economists expect the Fed to cut by another quarter point in June."))
                .containsExactly(EventType.MARKET_MOVE);
        assertThat(types("Investors think the central bank will cut again in May."))
                .containsExactly(EventType.MARKET_MOVE);
        // a toll, a ban or a visit cut or raised is no move of a rate
        assertThat(types("The minister cut short a visit to Chile on Monday.")).doesNotContain(EventType.MARKET_MOVE);
        assertThat(types("The ministry raised it to 40 dead on Monday.")).doesNotContain(EventType.MARKET_MOVE);
    }

    @Test
    void aLawsuitIsOneWhateverSumItClaims() {
        assertThat(types("The actress sued the tabloid for $20m in May 2021.")).containsExactly(EventType.VERDICT);
        assertThat(types("The mayor lodged his challenge with the court on October 3."))
                .containsExactly(EventType.VERDICT);
        assertThat(types("The challenge was lodged on October 3 by the Labour group."))
                .containsExactly(EventType.VERDICT);
        assertThat(types("The swimmer filed a formal complaint with the police on October 3."))
                .containsExactly(EventType.VERDICT);
        // a price that settles is no lawsuit
        assertThat(types("Copper settled at $9,000 a tonne on Tuesday.")).doesNotContain(EventType.VERDICT);
    }

    @Test
    void aSpacecraftOrAPriceThatReachesItsMarkIsTheEventButReachingADealIsTheDeal() {
        assertThat(types("The probe reached the comet in August last year after a decade in space."))
                .containsExactly(EventType.VISIT);
        assertThat(types("On Sunday the orbiter made a final flyby of Europa.")).containsExactly(EventType.VISIT);
        assertThat(types("Wheat futures reached $12 a bushel on Monday.")).containsExactly(EventType.MARKET_MOVE);
        assertThat(types("The nurses' union reached a provisional agreement with the hospitals on Sunday night."))
                .containsExactly(EventType.AGREEMENT);
        assertThat(types("The lawyers revived a truce reached in Doha on May 5, 2019."))
                .containsExactly(EventType.AGREEMENT);
        // a rate of prices or of joblessness that reaches a level is a figure, not a move of a market
        assertThat(types("Joblessness, which reached 9% in April, is falling.")).isEmpty();
    }

    @Test
    void aRegulatorOpensAnInvestigationAndSendsItsObjections() {
        assertThat(types("The competition authority opened a formal investigation in May 2019."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The cartel inquiry was opened in May 2019.")).containsExactly(EventType.STATEMENT);
        assertThat(types("The watchdog launched an antitrust probe on Tuesday.")).containsExactly(EventType.STATEMENT);
        assertThat(types("The authority sent the airline its objections in May 2019."))
                .containsExactly(EventType.STATEMENT);
    }

    @Test
    void anOfficialTollOrAnEndToTheSearchIsAStatement() {
        assertThat(types("The health ministry put the death toll at 312 on Tuesday."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("Provincial officials revised the toll down to 40 on Tuesday."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The navy called off its search for the missing fishermen on Tuesday."))
                .containsExactly(EventType.STATEMENT);
    }

    @Test
    void becomingAnOfficeOrTakingChargeIsTakingOffice() {
        assertThat(types("Maria Lind, who became Nordbank's chief executive in June 2019, defended the plan."))
                .contains(EventType.APPOINTMENT);
        assertThat(types("Maria Lind became the federation's president in June 2019."))
                .containsExactly(EventType.APPOINTMENT);
        assertThat(types("The new coach, Tom Hale, took charge only in October."))
                .containsExactly(EventType.APPOINTMENT);
        // the first to be arrested is arrested; a club that becomes champion wins
        assertThat(types("In June he became the first sitting governor to be arrested."))
                .doesNotContain(EventType.APPOINTMENT);
        assertThat(types("The club became champion in June 2019.")).doesNotContain(EventType.APPOINTMENT);
    }

    @Test
    void aNamedStormThatRavagesSkirtsOrPassesAPlaceIsTheDisaster() {
        String named = "Hurricane Olga formed in the Pacific last week. ";
        assertThat(datedTypes(named + "Olga ravaged Tonga on Monday, killing at least 15 people."))
                .contains("Monday DISASTER");
        assertThat(datedTypes(named + "Forecasters expect Olga to pass near Fiji tomorrow."))
                .contains("tomorrow DISASTER");
        assertThat(datedTypes(named + "Olga's eye passed over Fiji in the early hours of Wednesday."))
                .contains("Wednesday DISASTER");
        assertThat(types("The cyclone skirted the northern coast on Tuesday.")).containsExactly(EventType.DISASTER);
        // a bus that passes near a village is no storm
        assertThat(types("The bus passed near the village on Tuesday.")).isEmpty();
    }

    @Test
    void aLeaderWhoSurveysTheDamageVisitsIt() {
        assertThat(types("The governor surveyed the damage by helicopter on Tuesday."))
                .containsExactly(EventType.VISIT);
        assertThat(types("The king inspected the devastation in the old town on Tuesday."))
                .containsExactly(EventType.VISIT);
    }

    @Test
    void workersWhoWalkOffTheJobOrJoinRalliesProtest() {
        assertThat(types("Dock workers walked off the job at two ports on Tuesday."))
                .containsExactly(EventType.PROTEST);
        assertThat(types("Thousands of students joined rallies across the country on Tuesday."))
                .containsExactly(EventType.PROTEST);
        assertThat(types("Finland joined the alliance on Tuesday.")).containsExactly(EventType.AGREEMENT);
    }

    @Test
    void aChamberThatDebatesOrNegotiatorsBackAtTheTableMeet() {
        assertThat(types("Senators will begin debating the budget bill tomorrow."))
                .containsExactly(EventType.MEETING);
        assertThat(types("The assembly opens its annual debate in Geneva on Monday."))
                .containsExactly(EventType.MEETING);
        assertThat(types("The union said negotiators would return to the table on Friday."))
                .containsExactly(EventType.MEETING);
        assertThat(types("The critics discussed the novel on Friday.")).isEmpty();
    }

    @Test
    void aFilmThatOpensInCinemasOrComesOutIsReleased() {
        assertThat(types("The documentary opened in French cinemas in November."))
                .containsExactly(EventType.PRODUCT_RELEASE);
        assertThat(types("The second film was meant to come out in May 2022.")).contains(EventType.PRODUCT_RELEASE);
        assertThat(types("A restored cut will return to cinemas next month."))
                .containsExactly(EventType.PRODUCT_RELEASE);
        // a library opened in 1990 is only dated; a minister who comes out against a plan releases nothing
        assertThat(types("The library, opened in 1990, was closed on Tuesday."))
                .doesNotContain(EventType.PRODUCT_RELEASE);
        assertThat(types("The minister came out against the plan on Tuesday."))
                .doesNotContain(EventType.PRODUCT_RELEASE);
    }

    @Test
    void aMarketThatSuffersAFallOrEndsLowerMoves() {
        assertThat(types("Copper prices suffered their biggest fall in a decade on Tuesday."))
                .containsExactly(EventType.MARKET_MOVE);
        assertThat(types("The Dow ended sharply higher on Tuesday.")).containsExactly(EventType.MARKET_MOVE);
        assertThat(types("The talks ended on Tuesday.")).doesNotContain(EventType.MARKET_MOVE);
    }

    @Test
    void findingWreckageRemainsOrRecordersIsADiscovery() {
        assertThat(types("Navy divers found debris and human remains off the coast on Tuesday."))
                .containsExactly(EventType.OTHER);
        assertThat(types("Investigators recovered both flight recorders on Tuesday."))
                .containsExactly(EventType.OTHER);
        assertThat(types("Two hikers came across the bones in May 2015.")).containsExactly(EventType.OTHER);
        assertThat(types("The climbers found shelter in a hut on Tuesday.")).isEmpty();
    }

    @Test
    void restartingAPipelineOrABroadcastIsAnEventOfItsOwn() {
        assertThat(types("The operator restarted the gas pipeline on Tuesday evening."))
                .containsExactly(EventType.OTHER);
        assertThat(types("The army restarted its border broadcasts on Tuesday.")).containsExactly(EventType.OTHER);
        assertThat(types("She restarted her career in 2015.")).isEmpty();
    }

    @Test
    void aDatePlannedForInARelativeClauseDatesTheEventBeforeIt() {
        assertThat(datedTypes("The minister called off a visit to Lima that had been planned for today."))
                .containsExactly("today VISIT");
        assertThat(datedTypes("He has put off a trip to Chile, which had been planned for the middle of this month."))
                .containsExactly("the middle of this month VISIT");
    }

    @Test
    void congratulatingOrHailingIsSayingSomething() {
        assertThat(types("The prime minister congratulated the winner on Tuesday."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The president hailed a new era for the country on Tuesday."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("Her family paid tribute to her courage on Tuesday.")).containsExactly(EventType.STATEMENT);
    }

    @Test
    void whatIsStillToBeReceivedIsTypedAsWhatWasReceived() {
        assertThat(types("Malawi is expected to receive its first vaccine shipment on Friday."))
                .containsExactly(EventType.AID);
        assertThat(types("The king will receive the prime minister at the palace on Friday."))
                .containsExactly(EventType.MEETING);
    }

    @Test
    void losingAReferendumOrAPrimaryIsTheVote() {
        assertThat(types("The president lost a referendum in 2019 on a third term."))
                .containsExactly(EventType.ELECTION);
        assertThat(types("The senator lost the primary in May 2019.")).containsExactly(EventType.ELECTION);
    }

    private static List<String> datedTypes(String text) {
        return events(text).stream().map(e -> e.dateText() + " " + e.type()).toList();
    }
}

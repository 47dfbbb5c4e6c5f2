package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round 17: confusions between the catch-all types (STATEMENT, REPORT, OTHER) and the event they stand for or
 * against, found on gold/dev7 and confirmed on other sets; sentences written for this test.
 */
class Round17CatchAllTypesTest {

    @Test
    void winningALandslideOrAPartyLeadershipIsAnElectionNotAResult() {
        assertThat(types("The Green Party won a landslide in June 2011, ending decades in opposition."))
                .containsExactly(EventType.ELECTION);
        assertThat(types("The former defence minister won the leadership of the Labour Party on Saturday."))
                .containsExactly(EventType.ELECTION);
        // a sporting win stays a result
        assertThat(types("The home side won the league on Saturday.")).containsExactly(EventType.OTHER);
    }

    @Test
    void aDealSaidToHaveBeenAnnouncedIsTheDealNotAStatement() {
        assertThat(types("The trade accord was announced on Tuesday by the two foreign ministers."))
                .containsExactly(EventType.AGREEMENT);
        assertThat(types("The takeover, announced on Monday, values the brewer at $12bn."))
                .containsExactly(EventType.ACQUISITION);
        assertThat(types("The new sanctions were formally announced on Wednesday."))
                .containsExactly(EventType.SANCTIONS);
        // what is announced by itself, with no event named, stays a statement
        assertThat(types("The decision was announced on Monday.")).containsExactly(EventType.STATEMENT);
    }

    @Test
    void aPardonIsAnExecutiveActAStatementNotARelease() {
        assertThat(types("The governor pardoned the former mayor on New Year's Eve."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The palace released the royal pardon on Monday.")).containsExactly(EventType.STATEMENT);
        // freeing a prisoner stays what it was
        assertThat(types("The rebels freed two hostages on Monday.")).containsExactly(EventType.OTHER);
    }

    @Test
    void orderingARescueIsAnOrderNotTheRescue() {
        assertThat(types("The prime minister ordered a full-scale rescue operation on Sunday."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The governor ordered every agency to rescue the stranded villagers on Sunday."))
                .containsExactly(EventType.STATEMENT);
        // a rescue announced or done stays aid
        assertThat(types("The government announced a rescue of the bank on Monday.")).containsExactly(EventType.AID);
        assertThat(types("Coast guards rescued 40 migrants on Sunday.")).containsExactly(EventType.AID);
    }

    @Test
    void aBanOrFreezeByARegulatorIsARegulatorsDecision() {
        assertThat(types("Banking regulators in Cyprus, where the lender is based, froze the assets of the fund on "
                + "Tuesday.")).containsExactly(EventType.STATEMENT);
        assertThat(types("The market watchdog, which in May 2021 barred traders from short selling the stock, "
                + "declined to comment.")).containsExactly(EventType.STATEMENT);
        // a government's ban on a country's goods stays sanctions, also when regulators report it
        assertThat(types("The president banned imports of the country's steel on Monday."))
                .containsExactly(EventType.SANCTIONS);
        assertThat(types("Regulators said the government had banned imports of the country's steel on Monday."))
                .contains(EventType.SANCTIONS);
    }

    @Test
    void aRulingACourtIsToGiveIsAScheduledVerdict() {
        assertThat(types("The appeals court is expected to decide on Friday whether the ban can stand."))
                .containsExactly(EventType.VERDICT);
        assertThat(types("Judge Maria Lopez, who is hearing the case, is due to rule on the request for bail on "
                + "Monday.")).containsExactly(EventType.VERDICT);
        assertThat(types("Three judges are expected to rule on his application on Friday."))
                .containsExactly(EventType.VERDICT);
        // a decision that is no court's stays a statement
        assertThat(types("The board is expected to decide on Friday whether to sell the plant."))
                .containsExactly(EventType.STATEMENT);
    }

    @Test
    void orderingAnInvasionOrAnArrestIsThatAttackOrArrest() {
        assertThat(types("The state prosecutor ordered the arrest of the ferry's captain on Monday."))
                .containsExactly(EventType.ARREST);
        assertThat(types("The general ordered the invasion of the island in April 1982."))
                .containsExactly(EventType.ATTACK);
        // an order for an inquiry stays a statement
        assertThat(types("The prime minister ordered an inquiry into the fire on Monday."))
                .containsExactly(EventType.STATEMENT);
    }
}

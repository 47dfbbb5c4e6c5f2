package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The four cases the annotation guide settled in stop 26 (docs/gold-format.md, Types): openings of structures,
 * regulators' fines, troop withdrawals and coups. Sentences written for this test.
 */
class SettledCasesTest {

    @Test
    void seizingPowerIsTakingOfficeAndANamedCoupIsAnAttack() {
        assertThat(types("Soldiers seized power in the capital on Wednesday.")).containsExactly(EventType.APPOINTMENT);
        assertThat(types("The colonel, then unknown abroad, seized power in a coup in March 2009."))
                .containsExactly(EventType.APPOINTMENT);
        assertThat(types("The coup of August 2020 was the first of three in the region."))
                .containsExactly(EventType.ATTACK);
        assertThat(types("The army ousted the elected president on Wednesday."))
                .containsExactly(EventType.RESIGNATION);
    }

    @Test
    void aRegulatorsFineIsAStatementAndACourtsFineAVerdict() {
        assertThat(types("The competition authority fined the carmaker 20 million euros on Tuesday."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The water company was sentenced to a fine of 4 million pounds at the crown court on Tuesday."))
                .containsExactly(EventType.VERDICT);
    }

    @Test
    void withdrawingTroopsIsADeployment() {
        assertThat(types("The government said on Friday that it would withdraw its troops from the border region."))
                .containsExactly(EventType.DEPLOYMENT);
    }

    @Test
    void openingABridgeIsNoEvent() {
        assertThat(types("The prime minister opened the new bridge over the estuary on Saturday.")).isEmpty();
        assertThat(types("The bridge, which opened in 1967, carries the motorway south.")).isEmpty();
    }
}

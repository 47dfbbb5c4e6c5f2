package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round 18 (D): type errors between concrete types; sentences written for this test. */
class Round18DTest {

    @Test
    void aVoteOfConfidenceOrABodyThatVotedToDoSomethingIsAResolution() {
        assertThat(types("The new premier won a confidence vote in the assembly in March."))
                .contains(EventType.RESOLUTION).doesNotContain(EventType.ELECTION);
        assertThat(types("Two weeks later the cabinet survived a confidence vote with 160 votes."))
                .contains(EventType.RESOLUTION).doesNotContain(EventType.ELECTION);
        assertThat(types("In May the geographers' society voted to rename the glacier."))
                .contains(EventType.RESOLUTION).doesNotContain(EventType.ELECTION);
        // voters who voted to leave held a referendum
        assertThat(types("In June 2016 Britons voted to leave the bloc.")).contains(EventType.ELECTION);
    }

    @Test
    void aDealAgreedOnAPurchaseOrAMergerNamedInTheSentenceIsThatAcquisition() {
        assertThat(types("The brewer's purchase of the Danish bottler, agreed in March, still needs approval from "
                + "regulators.")).contains(EventType.ACQUISITION).doesNotContain(EventType.AGREEMENT);
        // a pact agreed with no purchase in sight stays an agreement
        assertThat(types("Ministers agreed in Geneva on Tuesday to extend the truce by a month."))
                .contains(EventType.AGREEMENT).doesNotContain(EventType.ACQUISITION);
    }

    @Test
    void strikesByBombersAreAirStrikes() {
        assertThat(types("Heavy bombers struck the port of Tarvos in March 1943, destroying the old harbour."))
                .contains(EventType.AIR_STRIKE).doesNotContain(EventType.ATTACK);
        assertThat(types("The strikes by long-range B-52 bombers on Monday hit two radar sites."))
                .contains(EventType.AIR_STRIKE);
        // suicide bombers strike on the ground
        assertThat(types("Two suicide bombers struck a market in the capital on Sunday."))
                .contains(EventType.ATTACK).doesNotContain(EventType.AIR_STRIKE);
    }

    @Test
    void aRocketCarryingASatelliteThatCrossedOrWasDestroyedIsASatelliteLaunch() {
        assertThat(types("Rockets that the regime called satellite carriers crossed the island in 2003."))
                .contains(EventType.SATELLITE_LAUNCH).doesNotContain(EventType.AIR_STRIKE);
        assertThat(types("The company's second rocket was destroyed on Friday two minutes into its flight, taking "
                + "three weather satellites with it.")).contains(EventType.SATELLITE_LAUNCH)
                .doesNotContain(EventType.AIR_STRIKE);
        // a missile that hits a building is still a strike
        assertThat(types("A missile hit a block of flats in the port on Friday."))
                .doesNotContain(EventType.SATELLITE_LAUNCH);
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.type;
import static dev.dateline.extraction.EventFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Stop 34: words for events the guide types but no trigger named. A blackout, power cut or outage from a fault is an
 * ACCIDENT (one a storm causes the DISASTER, one ordered by a grid operator a STATEMENT; a political "lost power" is
 * none of them); a train leaving the tracks is an ACCIDENT; a device that goes off, and what separatists blow up, an
 * ATTACK; strikers going back to work or stopping work a PROTEST; a restart of what had stopped (a road reopened,
 * classes resumed) and a service ending for good OTHER; a committee set up to investigate a STATEMENT. Published on
 * Thursday 2024-03-14 (the fixture's day). Sentences written for this test.
 */
class Round34Test {

    @Test
    void aBlackoutOrOutageFromAFaultIsAnAccident() {
        assertThat(type("A blackout left most of the island without electricity on Tuesday.")).isEqualTo(EventType.ACCIDENT);
        assertThat(type("The bank's payment outage on Monday left customers unable to pay by card."))
                .isEqualTo(EventType.ACCIDENT);
        assertThat(type("A power cut plunged the assembly into darkness during the evening sitting on March 4."))
                .isEqualTo(EventType.ACCIDENT);
    }

    @Test
    void aBlackoutIsTypedByItsCause() {
        assertThat(types("The grid operator ordered rolling blackouts across the state on Monday evening."))
                .containsOnly(EventType.STATEMENT);
        assertThat(types("Politically, the Liberal party lost power in the election of May 2019.")).doesNotContain(EventType.ACCIDENT);
    }

    @Test
    void aTrainLeavingTheTracksIsAnAccident() {
        assertThat(type("Eleven wagons of the freight train left the tracks near Orvan on Tuesday."))
                .isEqualTo(EventType.ACCIDENT);
        assertThat(type("The night express came off the rails at a tight curve in January 2016."))
                .isEqualTo(EventType.ACCIDENT);
    }

    @Test
    void bombsGoingOffAndThingsBlownUpAreAttacks() {
        assertThat(type("The device went off in a crowded market on Monday afternoon.")).isEqualTo(EventType.ATTACK);
        assertThat(type("Separatists blew up two power pylons in the province in March 2015.")).isEqualTo(EventType.ATTACK);
        assertThat(type("Two transmission towers were blown up early on Tuesday.")).isEqualTo(EventType.ATTACK);
    }

    @Test
    void strikersGoingBackOrStoppingWorkIsTheProtest() {
        assertThat(type("The striking nurses returned to work on Tuesday after a six-day walkout."))
                .isEqualTo(EventType.PROTEST);
        assertThat(type("Junior doctors will stop work again on March 20.")).isEqualTo(EventType.PROTEST);
        assertThat(type("Members of the union will begin an overtime ban on Monday.")).isEqualTo(EventType.PROTEST);
    }

    @Test
    void restartsAndServicesEndedForGoodAreOther() {
        assertThat(type("The coastal highway between the two towns reopened on Tuesday after a year.")).isEqualTo(EventType.OTHER);
        assertThat(type("Classes at the county's schools resumed this morning.")).isEqualTo(EventType.OTHER);
        assertThat(type("The regional carrier stopped flying in October 2012.")).isEqualTo(EventType.OTHER);
    }

    @Test
    void aCommitteeSetUpToInvestigateIsAStatement() {
        assertThat(type("The provincial government set up a five-member committee on Saturday to investigate the fire."))
                .isEqualTo(EventType.STATEMENT);
    }

    @Test
    void resumingAndSettingUpLeaveOtherEventsTheirDates() {
        assertThat(types("Shares in the retailer are expected to tumble when trading resumes later today."))
                .containsOnly(EventType.MARKET_MOVE);
        assertThat(types("The rebel groups signed a charter in Nairobi last month to set up a rival government."))
                .containsOnly(EventType.AGREEMENT);
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.type;
import static dev.dateline.extraction.EventFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Stop 34: words for events the guide types but no trigger named. A blackout, power cut or outage from a fault is an
 * ACCIDENT (one a storm causes the DISASTER, one ordered by a grid operator a STATEMENT; a political "lost power" is
 * none of them); a train leaving the tracks is an ACCIDENT; a device that goes off, and what separatists blow up, an
 * ATTACK; strikers going back to work or stopping work a PROTEST. Published on Thursday 2024-03-14 (the fixture's
 * day). Sentences written for this test.
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
}

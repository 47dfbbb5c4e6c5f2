package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A round of a tournament is no quarter of a year; sentences written for this test. */
class Round17TournamentRoundsTest {

    @Test
    void aQuarterFinalIsNoQuarter() {
        assertThat(EventFixture.EXTRACTOR.tag("The hosts beat Chile 3-1 to reach the quarter-finals.",
                EventFixture.PUBLISHED)).isEmpty();
        assertThat(EventFixture.EXTRACTOR.tag("She lost her quarter-final to the defending champion.",
                EventFixture.PUBLISHED)).isEmpty();
        // a quarter of a year still is one
        assertThat(EventFixture.EXTRACTOR.tag("Sales fell in the third quarter.", EventFixture.PUBLISHED)).isNotEmpty();
    }
}

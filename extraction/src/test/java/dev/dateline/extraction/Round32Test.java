package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.actors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Stop 32: particles inside a name do not count towards its length, so a five-word name with two of them keeps its
 * first word ("Monte dei Paschi di Siena" was read "Paschi di Siena"). Published on Thursday 2024-03-14 (the
 * fixture's day). Sentences written for this test.
 */
class Round32Test {

    @Test
    void particlesInsideANameDoNotCountAsWords() {
        assertThat(actors("Shares in Monte dei Paschi di Siena fell 8 per cent on Tuesday.", EventType.MARKET_MOVE))
                .contains("Monte dei Paschi di Siena").doesNotContain("Paschi di Siena");
        assertThat(actors("Shares in the Banca del Monte di Lucca rose on Tuesday.", EventType.MARKET_MOVE))
                .contains("Banca del Monte di Lucca");
    }

    @Test
    void aLongNameWithoutParticlesIsStillNoName() {
        // six capitalised words with no particle stay too long for one name, as before
        assertThat(actors("Shares in Alpha Beta Gamma Delta Epsilon Zeta fell on Tuesday.", EventType.MARKET_MOVE))
                .doesNotContain("Alpha Beta Gamma Delta Epsilon Zeta");
    }
}

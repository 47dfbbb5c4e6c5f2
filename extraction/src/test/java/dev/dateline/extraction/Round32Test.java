package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.actors;
import static dev.dateline.extraction.EventFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Stop 32: particles inside a name do not count towards its length, so a five-word name with two of them keeps its
 * first word ("Monte dei Paschi di Siena" was read "Paschi di Siena"); a confidence vote that brings a government
 * down is its RESIGNATION, one it survives a RESOLUTION (the guide's decision of stop 32). Published on Thursday 2024-03-14 (the
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

    @Test
    void aLostConfidenceVoteIsTheGovernmentsFall() {
        assertThat(types("The coalition of Prime Minister Aino Salo lost a confidence vote in parliament on Tuesday."))
                .containsExactly(EventType.RESIGNATION);
        assertThat(types("Her cabinet lost a vote of no confidence in the assembly in January."))
                .containsExactly(EventType.RESIGNATION);
        assertThat(types("The minority government was toppled in a no-confidence vote in February."))
                .contains(EventType.RESIGNATION).doesNotContain(EventType.RESOLUTION);
    }

    @Test
    void aSurvivedConfidenceVoteStaysAResolution() {
        assertThat(types("The cabinet survived a motion of no confidence on Tuesday by eleven votes."))
                .containsExactly(EventType.RESOLUTION);
    }
}

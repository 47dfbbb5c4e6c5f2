package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.EXTRACTOR;
import static dev.dateline.extraction.EventFixture.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Round 18 (D): type errors between concrete types; sentences written for this test. */
class Round18DTest {

    private static List<EventType> types(String text) {
        return EXTRACTOR.extract(text, PUBLISHED).events().stream().map(ExtractedEvent::type).toList();
    }

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
}

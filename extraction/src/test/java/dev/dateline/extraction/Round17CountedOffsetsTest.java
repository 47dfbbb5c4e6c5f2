package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An offset counted back from a date dates the event after it, never the one before; sentences written for this test. */
class Round17CountedOffsetsTest {

    @Test
    void anOffsetAfterADatedEventDoesNotReDateThatEvent() {
        // published Thursday 14 March 2024
        List<ExtractedEvent> events = events("The airline filed for bankruptcy yesterday, two days after its lenders "
                + "refused to extend its loans.");
        assertThat(events).filteredOn(e -> e.trigger().startsWith("filed"))
                .extracting(ExtractedEvent::dateText).containsExactly("yesterday");
    }
}

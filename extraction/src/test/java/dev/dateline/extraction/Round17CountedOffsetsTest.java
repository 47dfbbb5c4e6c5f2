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

    @Test
    void theEventThatCameCountsFromItsOwnPossessiveDay() {
        // published Thursday 14 March 2024: Saturday's bombing was on 9 March, so two days before it is 7 March,
        // not two days before the march of yesterday that the story was last at
        List<ExtractedEvent> events = events("The death toll from Saturday's truck bombing in the capital has risen "
                + "above 300, officials said today.\n\nHundreds of people marched through the capital yesterday.\n\n"
                + "The bombing came two days after the defence minister resigned.");
        assertThat(events).filteredOn(e -> e.dateText().equals("two days after"))
                .extracting(e -> e.date().value()).containsExactly("2024-03-07");
    }
}

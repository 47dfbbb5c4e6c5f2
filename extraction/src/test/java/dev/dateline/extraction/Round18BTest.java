package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Events the engine used to miss in round 18; sentences written for this test (published Thursday 14 March 2024). */
class Round18BTest {

    @Test
    void hoursAfterADatedEventKeepThatDay() {
        List<ExtractedEvent> events = events("The senator was arrested on Monday, hours after police raided his office.");
        assertThat(events).filteredOn(e -> e.trigger().startsWith("raided"))
                .extracting(e -> e.date().value()).containsExactly("2024-03-11");
        assertThat(events).filteredOn(e -> e.trigger().startsWith("arrested"))
                .extracting(e -> e.date().value()).containsExactly("2024-03-11");
    }

    @Test
    void hoursOffsetDatesOnlyTheEventAfterIt() {
        // the event before the offset has no date of its own and gets none from "a few hours before"
        List<ExtractedEvent> events = events("The ambassador was summoned a few hours before the talks, diplomats "
                + "said on Tuesday.");
        assertThat(events).filteredOn(e -> e.trigger().startsWith("summoned"))
                .extracting(ExtractedEvent::dateText).doesNotContain("a few hours before");
    }

    @Test
    void minutesAfterTakeOffAreNoEventOfTheirOwn() {
        List<ExtractedEvent> events = events("The airliner crashed on Tuesday, six minutes after taking off from "
                + "the capital.");
        assertThat(events).extracting(ExtractedEvent::dateText).doesNotContain("six minutes after");
    }
    @Test
    void aPresidentWhoDissolvesParliamentMakesAStatement() {
        List<ExtractedEvent> events = events("The president dissolved the national assembly on Monday and promised "
                + "a new vote within three months.");
        assertThat(events).filteredOn(e -> e.trigger().startsWith("dissolved"))
                .extracting(ExtractedEvent::type).containsExactly(EventType.STATEMENT);
    }

    @Test
    void otherThingsDissolvedAreNoEvent() {
        List<ExtractedEvent> events = events("The rebels agreed on Monday to dissolve their militias and hand over "
                + "their weapons.");
        assertThat(events).filteredOn(e -> e.trigger().startsWith("dissolv")).isEmpty();
    }
}

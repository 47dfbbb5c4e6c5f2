package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Confusions between concrete event types found on dev7 (round 17); sentences written for this test. */
class Round17ConcreteTypesTest {

    private static List<EventType> types(String text) {
        return events(text).stream().map(ExtractedEvent::type).toList();
    }

    @Test
    void aVesselThatGoesDownOrOverturnsIsAnAccident() {
        assertThat(types("The old fishing trawler went down off the northern cape on Tuesday night."))
                .containsExactly(EventType.ACCIDENT);
        assertThat(types("The MV Kalinda overturned early on Sunday near the harbour wall."))
                .containsExactly(EventType.ACCIDENT);
        assertThat(types("The ferry overturned shortly after dawn on Monday, a mile from the quay."))
                .containsExactly(EventType.ACCIDENT);
        // an aircraft that goes down crashes, and a court overturns a ruling
        assertThat(types("A cargo plane went down in the jungle on Tuesday night.")).containsExactly(EventType.CRASH);
        assertThat(types("The appeals court overturned the conviction on Monday.")).containsExactly(EventType.VERDICT);
    }
}

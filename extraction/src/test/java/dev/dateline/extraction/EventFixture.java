package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** The engine and publication day the extraction tests read their own sentences with, and reading helpers. */
final class EventFixture {

    static final Extractor EXTRACTOR = Extractor.create();
    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14); // a Thursday

    private EventFixture() {
    }

    static List<ExtractedEvent> events(String text) {
        return EXTRACTOR.extract(text, PUBLISHED).events();
    }

    /** The one event of {@code text}; fails, naming the text, when there are none or several. */
    static ExtractedEvent only(String text) {
        List<ExtractedEvent> events = events(text);
        assertThat(events).as("events of: %s", text).hasSize(1);
        return events.get(0);
    }

    static EventType type(String text) {
        return only(text).type();
    }

    /** The types of every event of {@code text}, in order. */
    static List<EventType> types(String text) {
        return events(text).stream().map(ExtractedEvent::type).toList();
    }

    /** The actors' names of every event of {@code text}, whatever its type. */
    static List<String> allActors(String text) {
        return events(text).stream().flatMap(e -> e.actors().stream()).map(Entity::name).toList();
    }

    /** The actors' names of the events of {@code text} of the given type. */
    static List<String> actors(String text, EventType type) {
        return events(text).stream().filter(e -> e.type() == type)
                .flatMap(e -> e.actors().stream()).map(Entity::name).toList();
    }

    /** The values of the time expressions of {@code text}, in order. */
    static List<String> timexValues(String text) {
        return timexValues(text, PUBLISHED);
    }

    /** The values of the time expressions of {@code text} published on {@code published}, in order. */
    static List<String> timexValues(String text, LocalDate published) {
        return EXTRACTOR.extract(text, published).timexes().stream().map(Timex::value).toList();
    }
}

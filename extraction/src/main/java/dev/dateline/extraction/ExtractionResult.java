package dev.dateline.extraction;

import java.util.List;

/** Everything extracted from one text: its time expressions and its dated events. */
public record ExtractionResult(List<Timex> timexes, List<ExtractedEvent> events) {
    public ExtractionResult {
        timexes = List.copyOf(timexes);
        events = List.copyOf(events);
    }
}

package dev.dateline.extraction;

import java.util.List;

/**
 * A dated event read from one sentence.
 *
 * @param date       the date value the event is anchored to (a weekend's week: {@code 2022-W47} for
 *                   {@code 2022-W47-WE})
 * @param dateText   the time expression as written
 * @param dateStart  offset of the time expression in the text (Java String index)
 * @param dateEnd    end of the time expression (exclusive)
 * @param type       event type from the taxonomy (docs/taxonomy.md)
 * @param trigger    the word that names the event ({@code test}, {@code met})
 * @param title      a short human-readable title
 * @param actors     normalised participants, most salient first
 * @param location   where it happened, when known
 * @param evidence   the sentence
 * @param start      offset of the sentence in the text (Java String index)
 * @param end        end of the sentence (exclusive)
 * @param confidence 0..1
 * @param modality   asserted, planned, hypothetical or negated
 */
public record ExtractedEvent(
        DateValue date,
        String dateText,
        int dateStart,
        int dateEnd,
        EventType type,
        String trigger,
        String title,
        List<Entity> actors,
        Entity location,
        String evidence,
        int start,
        int end,
        double confidence,
        Modality modality) {

    public ExtractedEvent {
        date = DateValues.forEvent(date);
        actors = List.copyOf(actors);
    }
}

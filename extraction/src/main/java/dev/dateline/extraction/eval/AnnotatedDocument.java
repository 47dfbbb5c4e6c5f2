package dev.dateline.extraction.eval;

import dev.dateline.extraction.TimexType;
import java.time.LocalDate;
import java.util.List;

/**
 * A text with its gold time expressions, as read from TimeML or MEANTIME.
 *
 * @param name         file name, for reports
 * @param text         the raw text the gold offsets point into
 * @param creationDate the document creation time, the reference for relative expressions
 * @param timexes      gold time expressions (the creation time itself is not among them)
 */
public record AnnotatedDocument(String name, String text, LocalDate creationDate, List<GoldTimex> timexes) {

    public AnnotatedDocument {
        timexes = List.copyOf(timexes);
    }

    /** One gold time expression: span (Java String indices, end exclusive), type and value. */
    public record GoldTimex(int start, int end, TimexType type, String value) {
    }
}

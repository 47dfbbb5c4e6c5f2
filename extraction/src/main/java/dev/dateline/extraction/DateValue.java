package dev.dateline.extraction;

import java.time.LocalDate;

/** A TIMEX3 date value with the calendar span it covers (both ends inclusive). */
public record DateValue(String value, Granularity granularity, LocalDate startDay, LocalDate endDay) {

    /** True when one span contains the other: {@code 2018} is compatible with {@code 2018-06-12}. */
    public boolean isCompatibleWith(DateValue other) {
        return contains(other) || other.contains(this);
    }

    public boolean contains(DateValue other) {
        return !other.startDay.isBefore(startDay) && !other.endDay.isAfter(endDay);
    }
}

package dev.dateline.extraction;

/** How much of the calendar a date value covers, finest first. */
public enum Granularity {
    DAY, WEEK, MONTH, QUARTER, SEASON, YEAR, DECADE, CENTURY;

    /** True when this granularity is at least as fine as {@code other}. */
    public boolean isFinerOrEqual(Granularity other) {
        return ordinal() <= other.ordinal();
    }
}

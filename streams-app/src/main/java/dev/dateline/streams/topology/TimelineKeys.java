package dev.dateline.streams.topology;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Key layout of the {@code timelines} store: {@code entity \0 yyyy-MM-dd \0 eventId}. Strings sort
 * by their UTF-8 bytes in the store, so one entity's events are contiguous and in date order, and
 * "North Korea, 2018 to 2019" is a range scan over exactly that slice.
 */
public final class TimelineKeys {

    private static final char SEP = '\u0000';
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private TimelineKeys() {
    }

    public static String entry(String entityKey, LocalDate startDay, String eventId) {
        return entityKey + SEP + DAY.format(startDay) + SEP + eventId;
    }

    /** Lowest key of an entity's events starting on or after {@code day}. */
    public static String from(String entityKey, LocalDate day) {
        return entityKey + SEP + DAY.format(day);
    }

    /** Highest key of an entity's events starting on or before {@code day}. */
    public static String to(String entityKey, LocalDate day) {
        return entityKey + SEP + DAY.format(day) + SEP + '\uffff';
    }

    public static String first(String entityKey) {
        return entityKey + SEP;
    }

    public static String last(String entityKey) {
        return entityKey + (char) (SEP + 1);
    }

    /** The start day written in a {@link #entry} key. */
    public static LocalDate startDayOf(String entryKey) {
        int a = entryKey.indexOf(SEP);
        return LocalDate.parse(entryKey.substring(a + 1, entryKey.indexOf(SEP, a + 1)), DAY);
    }

    /** Key of the {@code timeline-updates} topic: {@code entity|eventId} (event ids never contain '|'). */
    public static String update(String entityKey, String eventId) {
        return entityKey + "|" + eventId;
    }

    /** The entity part of a {@code timeline-updates} key. */
    public static String entityOfUpdate(String updateKey) {
        int bar = updateKey.lastIndexOf('|');
        return bar < 0 ? updateKey : updateKey.substring(0, bar);
    }
}

package dev.dateline.producer;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses publication and fetch times. An article's calendar day matters (it anchors "yesterday"),
 * so a time must say its offset or zone; a bare local date-time is refused rather than guessed.
 *
 * @param instant  the moment
 * @param timezone the offset or zone id as given ({@code +09:00}, {@code Z}, {@code Asia/Seoul})
 */
public record PublishedTime(Instant instant, String timezone) {

    public static final String ACCEPTED_FORMATS = "ISO-8601 with offset or zone (2023-11-22T09:30:00+09:00, "
            + "2023-11-22T00:30:00Z, 2023-11-22T09:30:00+09:00[Asia/Seoul]), RFC 1123/822 as in feeds "
            + "(Wed, 22 Nov 2023 09:30:00 +0900, also GMT, UT, EST, PDT…) or a date (2023-11-22, taken as 00:00 UTC)";

    /**
     * RFC 822 as feeds write it, more loosely than {@link DateTimeFormatter#RFC_1123_DATE_TIME}: the
     * day name and the seconds are optional, the year may have two digits, and the zone may be one
     * of RFC 822's names.
     */
    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})\\s+(\\d{2}|\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s+([A-Za-z]{1,3}|[+-]\\d{4})");
    private static final Map<String, String> RFC_822_ZONES = Map.ofEntries(
            Map.entry("UT", "Z"), Map.entry("UTC", "Z"), Map.entry("GMT", "Z"), Map.entry("Z", "Z"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
            Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"));
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    public static Optional<PublishedTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
        PublishedTime fast = parseCommonIso(s);
        if (fast != null) {
            return Optional.of(fast);
        }
        try {
            if (s.endsWith("]")) {
                ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME);
                return Optional.of(new PublishedTime(z.toInstant(), z.getZone().getId()));
            }
            OffsetDateTime o = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return Optional.of(new PublishedTime(o.toInstant(), o.getOffset().getId()));
        } catch (DateTimeParseException notIso) {
            // try the next format
        }
        Optional<PublishedTime> rfc = parseRfc822(s);
        if (rfc.isPresent()) {
            return rfc;
        }
        try {
            LocalDate d = LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
            return Optional.of(new PublishedTime(d.atStartOfDay(ZoneOffset.UTC).toInstant(), "Z"));
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }

    /**
     * {@code 2023-11-22T09:30:00[.fff]Z} and {@code …+09:00}, the forms nearly every input uses,
     * without the general formatter (which costs more than the rest of validating an article).
     * Anything else, or anything out of range, returns null and goes the general way.
     */
    private static PublishedTime parseCommonIso(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, i + 3);
            int om = digits(s, i + 4, i + 6);
            if ((oh | om) < 0 || oh > 18 || om > 59) {
                return null;
            }
            int sign = s.charAt(i) == '-' ? -1 : 1;
            offset = ZoneOffset.ofTotalSeconds(sign * (oh * 3600 + om * 60));
        } else {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
            return new PublishedTime(local.toInstant(offset), offset.getId());
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The decimal number in s[from, to), or -1 if any of it is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static Optional<PublishedTime> parseRfc822(String s) {
        Matcher m = RFC_822.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
        if (month < 0 || month % 3 != 0) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900; // RFC 2822's rule for two-digit years
        }
        String zone = m.group(7);
        String offset = zone.startsWith("+") || zone.startsWith("-")
                ? zone.substring(0, 3) + ":" + zone.substring(3)
                : RFC_822_ZONES.get(zone.toUpperCase(Locale.ROOT));
        if (offset == null) {
            return Optional.empty();
        }
        try {
            ZoneOffset o = ZoneOffset.of(offset);
            LocalDateTime local = LocalDateTime.of(year, month / 3 + 1, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return Optional.of(new PublishedTime(local.toInstant(o), o.getId()));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    /**
     * The inverse of {@link #parse}: {@code instant} written in {@code timezone} (an offset or a zone
     * id; UTC when null or not a valid zone), so that parsing the text gives back the same instant
     * and, for a valid timezone, the same timezone.
     */
    public static String format(Instant instant, String timezone) {
        ZoneId zone;
        try {
            zone = timezone == null ? ZoneOffset.UTC : ZoneId.of(timezone);
        } catch (DateTimeException e) {
            zone = ZoneOffset.UTC;
        }
        if (zone instanceof ZoneOffset offset) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(offset));
        }
        return DateTimeFormatter.ISO_ZONED_DATE_TIME.format(instant.atZone(zone));
    }
}

package dev.dateline.producer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses publication and fetch times. An article's calendar day matters (it anchors "yesterday"),
 * so a time must say its offset or zone; a bare local date-time is refused rather than guessed.
 *
 * @param instant  the moment
 * @param timezone the offset or zone id as given ({@code +09:00}, {@code Z}, {@code Asia/Seoul})
 */
public record PublishedTime(Instant instant, String timezone) {

    public static final String ACCEPTED_FORMATS = "ISO-8601 with offset or zone (2023-11-22T09:30:00+09:00, "
            + "2023-11-22T00:30:00Z, 2023-11-22T09:30:00+09:00[Asia/Seoul]), RFC 1123 "
            + "(Wed, 22 Nov 2023 09:30:00 +0900) or a date (2023-11-22, taken as 00:00 UTC)";

    public static Optional<PublishedTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim();
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
        try {
            OffsetDateTime o = OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(new PublishedTime(o.toInstant(), o.getOffset().getId()));
        } catch (DateTimeParseException notRfc) {
            // try the next format
        }
        try {
            LocalDate d = LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
            return Optional.of(new PublishedTime(d.atStartOfDay(ZoneOffset.UTC).toInstant(), "Z"));
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }
}

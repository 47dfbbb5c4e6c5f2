package dev.dateline.streams.api;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Parses {@code from}/{@code to} query parameters: {@code 2018}, {@code 2018-06} or {@code 2018-06-12}. */
final class DateParam {

    private DateParam() {
    }

    static LocalDate start(String name, String value) {
        return parse(name, value, true);
    }

    static LocalDate end(String name, String value) {
        return parse(name, value, false);
    }

    private static LocalDate parse(String name, String value, boolean start) {
        try {
            return switch (value.length()) {
                case 4 -> start ? Year.parse(value).atDay(1) : Year.parse(value).atMonth(12).atEndOfMonth();
                case 7 -> start ? YearMonth.parse(value).atDay(1) : YearMonth.parse(value).atEndOfMonth();
                default -> LocalDate.parse(value);
            };
        } catch (DateTimeParseException e) {
            throw new BadRequest("parameter '" + name + "' must be a year, month or day such as 2018, 2018-06 "
                    + "or 2018-06-12; got '" + value + "'");
        }
    }
}

package dev.dateline.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Builds and reads TIMEX3 date values with the calendar span they cover. */
public final class DateValues {

    private DateValues() {
    }

    /**
     * The calendar span of a TIMEX3 date value: {@code 2006}, {@code 2006-10}, {@code 2006-10-09}
     * (a time such as {@code 2006-10-09T15:00} or {@code 2006-10-09TNI} counts as its day),
     * {@code 2022-W44}, {@code 2022-W44-WE}, {@code 2024-Q2}, {@code 2024-H1}, {@code 2024-SU},
     * {@code 199X} (a decade), {@code 19XX} (a century), and TimeML 1.2's {@code 199} and {@code 19}
     * for them; null for anything else ({@code PRESENT_REF}, {@code XXXX-07}, durations).
     */
    public static DateValue parse(String value) {
        if (value == null || value.isEmpty() || !Character.isDigit(value.charAt(0))) {
            return null;
        }
        try {
            int t = value.indexOf('T');
            String v = t > 0 ? value.substring(0, t) : value;
            if (v.length() == 4 && v.endsWith("XX") && allDigits(v.substring(0, 2))) {
                return century(Integer.parseInt(v.substring(0, 2)));
            }
            if (v.length() == 4 && v.charAt(3) == 'X' && allDigits(v.substring(0, 3))) {
                return decade(Integer.parseInt(v.substring(0, 3)));
            }
            int n = v.length();
            if (n == 2 && allDigits(v)) {
                int c = Integer.parseInt(v);
                return century(c);
            }
            if (n == 3 && allDigits(v)) {
                return decade(Integer.parseInt(v));
            }
            if (n < 4 || !allDigits(v.substring(0, 4))) {
                return null;
            }
            int year = Integer.parseInt(v.substring(0, 4));
            if (n == 4) {
                return year(year);
            }
            if (v.charAt(4) != '-') {
                return null;
            }
            String rest = v.substring(5);
            if (rest.length() == 2 && allDigits(rest)) {
                return month(year, Integer.parseInt(rest));
            }
            if (rest.length() == 5 && allDigits(rest.substring(0, 2)) && rest.charAt(2) == '-' && allDigits(rest.substring(3))) {
                return day(LocalDate.of(year, Integer.parseInt(rest.substring(0, 2)), Integer.parseInt(rest.substring(3))));
            }
            if (rest.startsWith("W") && rest.length() >= 2 && Character.isDigit(rest.charAt(1))) {
                int dash = rest.indexOf('-');
                String w = dash > 0 ? rest.substring(1, dash) : rest.substring(1);
                if (!allDigits(w) || w.isEmpty()) {
                    return null;
                }
                DateValue week = week(year, Integer.parseInt(w));
                if (dash > 0 && rest.substring(dash + 1).equals("WE")) {
                    return new DateValue(value, Granularity.WEEK, week.startDay().plusDays(5), week.endDay());
                }
                return week;
            }
            if (rest.length() == 2 && rest.charAt(0) == 'Q' && rest.charAt(1) >= '1' && rest.charAt(1) <= '4') {
                return quarter(year, rest.charAt(1) - '0');
            }
            if (rest.length() == 2 && rest.charAt(0) == 'H' && (rest.charAt(1) == '1' || rest.charAt(1) == '2')) {
                return half(year, rest.charAt(1) - '0');
            }
            if (rest.length() == 2) {
                return season(year, rest);
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static DateValue year(int year) {
        return new DateValue(pad4(year), Granularity.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    static DateValue month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new DateValue(pad4(year) + "-" + pad2(month), Granularity.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    static DateValue day(LocalDate d) {
        return new DateValue(pad4(d.getYear()) + "-" + pad2(d.getMonthValue()) + "-" + pad2(d.getDayOfMonth()),
                Granularity.DAY, d, d);
    }

    /**
     * The date an event is given for a date value: a weekend ({@code 2022-W47-WE}) is dated by its week
     * ({@code 2022-W47}), as an event's granularity goes no finer than WEEK short of a day; the time
     * expression keeps its weekend value.
     */
    static DateValue forEvent(DateValue d) {
        return d != null && d.value().endsWith("-WE") ? parse(d.value().substring(0, d.value().length() - 3)) : d;
    }

    static DateValue week(int weekYear, int week) {
        LocalDate monday = LocalDate.of(weekYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateValue(pad4(weekYear) + "-W" + pad2(week), Granularity.WEEK, monday, monday.plusDays(6));
    }

    static DateValue weekOf(LocalDate d) {
        return week(d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static DateValue quarter(int year, int q) {
        LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        return new DateValue(pad4(year) + "-Q" + q, Granularity.QUARTER, start, start.plusMonths(3).minusDays(1));
    }

    static DateValue half(int year, int h) {
        LocalDate start = LocalDate.of(year, h == 1 ? 1 : 7, 1);
        return new DateValue(pad4(year) + "-H" + h, Granularity.QUARTER, start, start.plusMonths(6).minusDays(1));
    }

    /** Northern-hemisphere meteorological seasons; winter runs from December into the next year. */
    static DateValue season(int year, String code) {
        LocalDate start;
        switch (code) {
            case "SP" -> start = LocalDate.of(year, 3, 1);
            case "SU" -> start = LocalDate.of(year, 6, 1);
            case "FA" -> start = LocalDate.of(year, 9, 1);
            case "WI" -> start = LocalDate.of(year, 12, 1);
            default -> {
                return null;
            }
        }
        return new DateValue(pad4(year) + "-" + code, Granularity.SEASON, start, start.plusMonths(3).minusDays(1));
    }

    /** The decade {@code 199X} (the 1990s), from its first three digits. */
    static DateValue decade(int decade) {
        return new DateValue(pad3(decade) + "X", Granularity.DECADE, LocalDate.of(decade * 10, 1, 1),
                LocalDate.of(decade * 10 + 9, 12, 31));
    }

    /** The century {@code 19XX} (1900-1999), from its first two digits. */
    static DateValue century(int century) {
        return new DateValue(pad2(century) + "XX", Granularity.CENTURY, LocalDate.of(century * 100, 1, 1),
                LocalDate.of(century * 100 + 99, 12, 31));
    }

    /** The value of the same granularity as {@code like} that contains {@code d}. */
    static DateValue at(LocalDate d, Granularity g) {
        return switch (g) {
            case DAY -> day(d);
            case WEEK -> weekOf(d);
            case MONTH -> month(d.getYear(), d.getMonthValue());
            case QUARTER -> quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
            case SEASON -> {
                int m = d.getMonthValue();
                int y = m <= 2 ? d.getYear() - 1 : d.getYear();
                String code = m >= 3 && m <= 5 ? "SP" : m >= 6 && m <= 8 ? "SU" : m >= 9 && m <= 11 ? "FA" : "WI";
                yield season(y, code);
            }
            case YEAR -> year(d.getYear());
            case DECADE -> decade(Math.floorDiv(d.getYear(), 10));
            case CENTURY -> century(Math.floorDiv(d.getYear(), 100));
        };
    }

    static String pad2(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    static String pad3(int v) {
        return v < 10 ? "00" + v : v < 100 ? "0" + v : Integer.toString(v);
    }

    static String pad4(int v) {
        if (v >= 1000) {
            return Integer.toString(v);
        }
        String s = Integer.toString(v);
        return "0".repeat(Math.max(0, 4 - s.length())) + s;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}

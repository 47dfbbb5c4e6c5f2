package dev.dateline.extraction;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word classes for time expressions: the words of {@code timex-words.tsv} and the digit shapes
 * recognised in code. Each token gets a bit set of classes and, per class, a value.
 */
final class TimexLexicon {

    /** Digit shapes, recognised in code rather than listed. */
    static final List<String> SHAPES = List.of("YEAR", "DAY", "ORDDAY", "DECADE", "ISODATE", "SLASHDATE", "HHMM",
            "QNUM", "NUM", "FRACTION");

    /** The classes of one word, with their values by class bit. */
    static final class Entry {
        long mask;
        final String[] values = new String[64];

        String value(int bit) {
            return values[bit];
        }
    }

    private final Map<String, Integer> bits = new LinkedHashMap<>();
    private final Map<String, Entry> words = new HashMap<>();
    final int year;
    final int day;
    final int ordDay;
    final int decade;
    final int isoDate;
    final int slashDate;
    final int hhmm;
    final int qnum;
    final int num;
    final int fraction;

    TimexLexicon(List<Resources.Line> lines) {
        for (String shape : SHAPES) {
            bit(shape);
        }
        year = bit("YEAR");
        day = bit("DAY");
        ordDay = bit("ORDDAY");
        decade = bit("DECADE");
        isoDate = bit("ISODATE");
        slashDate = bit("SLASHDATE");
        hhmm = bit("HHMM");
        qnum = bit("QNUM");
        num = bit("NUM");
        fraction = bit("FRACTION");
        for (Resources.Line line : lines) {
            String[] c = line.columns(3);
            int b = bit(c[1]);
            Entry e = words.computeIfAbsent(c[0], k -> new Entry());
            e.mask |= 1L << b;
            e.values[b] = c[2];
        }
    }

    /** The bit of a class, registering it when new. */
    int bit(String className) {
        Integer b = bits.get(className);
        if (b == null) {
            if (bits.size() == 64) {
                throw new IllegalStateException("more than 64 time-expression word classes");
            }
            b = bits.size();
            bits.put(className, b);
        }
        return b;
    }

    boolean isClass(String name) {
        return bits.containsKey(name);
    }

    Entry word(String lower) {
        return words.get(lower);
    }

    /** The classes of a digit token: years, days, decades, dates and clock times by their shape. */
    Entry shape(String lower) {
        int n = lower.length();
        int digits = 0;
        while (digits < n && Character.isDigit(lower.charAt(digits))) {
            digits++;
        }
        Entry e = new Entry();
        if (digits == n) {
            if (n <= 9) {
                int v = Integer.parseInt(lower);
                set(e, num, lower.startsWith("0") && n > 1 ? Integer.toString(v) : lower);
                if (n == 4 && v >= 1000 && v <= 2199) {
                    set(e, year, lower);
                }
                if (n <= 2 && v >= 1 && v <= 31) {
                    set(e, day, Integer.toString(v));
                }
            }
            return e;
        }
        String suffix = lower.substring(digits);
        if (digits > 0 && digits <= 2 && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
                || suffix.equals("th"))) {
            int v = Integer.parseInt(lower.substring(0, digits));
            if (v >= 1 && v <= 31) {
                set(e, ordDay, Integer.toString(v));
            }
            if (v >= 1 && v <= 21) {
                set(e, bit("ORD"), Integer.toString(v));
            }
            return e;
        }
        if (suffix.equals("s") && (digits == 4 || digits == 2) && lower.charAt(digits - 1) == '0') {
            String d = digits == 4 ? lower.substring(0, 3) : (lower.charAt(0) >= '2' ? "19" : "20") + lower.charAt(0);
            set(e, decade, d);
            return e;
        }
        if (lower.length() == 10 && lower.charAt(4) == '-' && lower.charAt(7) == '-') {
            set(e, isoDate, lower);
            return e;
        }
        if (lower.equals("1/2")) {
            set(e, fraction, "0.5");
            return e;
        }
        int slash = lower.indexOf('/');
        if (slash > 0 && lower.indexOf('/', slash + 1) > slash && digits == n - countNonDigits(lower)) {
            set(e, slashDate, lower);
            return e;
        }
        int colon = lower.indexOf(':');
        if (colon > 0 && colon <= 2 && lower.length() == colon + 3 && lower.lastIndexOf(':') == colon) {
            int h = Integer.parseInt(lower.substring(0, colon));
            int m = Integer.parseInt(lower.substring(colon + 1));
            if (h <= 24 && m < 60) {
                set(e, hhmm, lower);
            }
            return e;
        }
        if (lower.indexOf(',') > 0 && digits < n) {
            String plain = lower.replace(",", "");
            if (plain.length() <= 9 && plain.chars().allMatch(Character::isDigit)) {
                set(e, num, plain);
            }
        }
        return e;
    }

    /** Q1 to Q4 ({@code q2}) are words that start with a letter. */
    Entry quarterToken(String lower) {
        if (lower.length() == 2 && lower.charAt(0) == 'q' && lower.charAt(1) >= '1' && lower.charAt(1) <= '4') {
            Entry e = new Entry();
            set(e, qnum, lower.substring(1));
            return e;
        }
        return null;
    }

    private static int countNonDigits(String s) {
        int c = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                c++;
            }
        }
        return c;
    }

    private static void set(Entry e, int bit, String value) {
        e.mask |= 1L << bit;
        e.values[bit] = value;
    }
}

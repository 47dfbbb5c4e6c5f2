package dev.dateline.extraction.eval;

import dev.dateline.extraction.Timex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * TempEval-3 time-expression measures: strict extent (same span), relaxed extent (overlapping
 * spans, one-to-one), and value and type F1 over the relaxed matches (a relaxed match whose value,
 * or type, is also equal).
 */
public final class TempEvalScorer {

    private TempEvalScorer() {
    }

    /** Measures for one document or a sum of documents. */
    public record Score(Prf strict, Prf relaxed, Prf value, Prf type) {
        public static final Score EMPTY = new Score(new Prf(0, 0, 0), new Prf(0, 0, 0), new Prf(0, 0, 0), new Prf(0, 0, 0));

        public Score plus(Score o) {
            return new Score(strict.plus(o.strict), relaxed.plus(o.relaxed), value.plus(o.value), type.plus(o.type));
        }
    }

    /** What went wrong: a gold expression missed, a spurious one, or a wrong span, value or type. */
    public record Error(String kind, String document, int start, int end, String found, String expected, String context) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-9s %s @%d  %s  expected %s   | %s", kind, document, start, found,
                    expected, context);
        }
    }

    /** The score of one document, adding its errors to {@code errors} when that is not null. */
    public static Score score(AnnotatedDocument doc, List<Timex> system, List<Error> errors) {
        List<AnnotatedDocument.GoldTimex> gold = doc.timexes();
        boolean[] goldUsed = new boolean[gold.size()];
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        int type = 0;
        List<Timex> spurious = new ArrayList<>();
        int g = 0;
        for (Timex s : system) {
            while (g < gold.size() && gold.get(g).end() <= s.start()) {
                g++;
            }
            int match = -1;
            for (int k = g; k < gold.size() && gold.get(k).start() < s.end(); k++) {
                if (!goldUsed[k] && gold.get(k).end() > s.start()) {
                    match = k;
                    break;
                }
            }
            if (match < 0) {
                spurious.add(s);
                continue;
            }
            goldUsed[match] = true;
            AnnotatedDocument.GoldTimex gt = gold.get(match);
            relaxed++;
            boolean exact = gt.start() == s.start() && gt.end() == s.end();
            if (exact) {
                strict++;
            }
            boolean valueOk = sameValue(gt.value(), s.value());
            if (valueOk) {
                value++;
            }
            if (gt.type() == s.type()) {
                type++;
            }
            if (errors != null && (!exact || !valueOk)) {
                errors.add(new Error(!valueOk ? "VALUE" : "EXTENT", doc.name(), s.start(),
                        s.end(), "\"" + s.text() + "\"=" + s.value() + "/" + s.type(),
                        "\"" + doc.text().substring(gt.start(), gt.end()) + "\"=" + gt.value() + "/" + gt.type(),
                        context(doc.text(), Math.min(s.start(), gt.start()), Math.max(s.end(), gt.end()))));
            }
        }
        if (errors != null) {
            for (int k = 0; k < gold.size(); k++) {
                if (!goldUsed[k]) {
                    AnnotatedDocument.GoldTimex gt = gold.get(k);
                    errors.add(new Error("MISS", doc.name(), gt.start(), gt.end(), "-",
                            "\"" + doc.text().substring(gt.start(), gt.end()) + "\"=" + gt.value() + "/" + gt.type(),
                            context(doc.text(), gt.start(), gt.end())));
                }
            }
            for (Timex s : spurious) {
                errors.add(new Error("SPURIOUS", doc.name(), s.start(), s.end(), "\"" + s.text() + "\"=" + s.value()
                        + "/" + s.type(), "-", context(doc.text(), s.start(), s.end())));
            }
        }
        int n = system.size();
        int m = gold.size();
        return new Score(new Prf(strict, n, m), new Prf(relaxed, n, m), new Prf(value, n, m), new Prf(type, n, m));
    }

    /**
     * Whether a gold value and a system value name the same time, however each is written: both
     * sides are read the TimeML 1.2 way ({@link #timeMlValue}); a week number without its leading
     * zero ({@code 2000-W7}, in some AQUAINT files) is the ISO week {@code 2000-W07}; a clock hour
     * without minutes ({@code T17}, in {@code wsj_0542}) is {@code T17:00}; and unspecified fields
     * at the end of a date add nothing to it: {@code 1949-XX} (some month of 1949, as a few AQUAINT
     * files write the year 1949) and {@code 1998-10-XX} are {@code 1949} and {@code 1998-10}; a
     * length in quarters ({@code P2Q}) is that many three months ({@code P6M}).
     */
    public static boolean sameValue(String gold, String system) {
        return canonical(gold).equals(canonical(system));
    }

    private static String canonical(String value) {
        String v = timeMlValue(value);
        int w = v.indexOf("-W");
        if (w == 4 && v.length() >= 7 && Character.isDigit(v.charAt(6))
                && (v.length() == 7 || !Character.isDigit(v.charAt(7)))) {
            v = v.substring(0, 6) + "0" + v.substring(6);
        }
        while (v.length() > 4 && v.matches("\\d{4}.*-[QW]?XX?")) {
            v = v.substring(0, v.lastIndexOf('-'));
        }
        if (v.length() > 2 && v.charAt(0) == 'P' && v.endsWith("Q") && v.substring(1, v.length() - 1).chars()
                .allMatch(Character::isDigit)) {
            v = "P" + 3 * Integer.parseInt(v.substring(1, v.length() - 1)) + "M"; // P2Q: six months
        }
        int t = v.indexOf('T');
        if (t > 0 && v.length() == t + 3 && Character.isDigit(v.charAt(t + 1)) && Character.isDigit(v.charAt(t + 2))) {
            v = v + ":00";
        }
        return v;
    }

    /**
     * A value as TimeML 1.2 writes it, which the TimeBank annotators mostly followed: the engine's
     * decade {@code 199X} is {@code 199} there and its century {@code 19XX} is {@code 19}. Gold
     * values written the TimeML 2 way (AQUAINT's {@code 199X}, TimeBank's {@code 19XX} in
     * {@code wsj_0266}) go through the same reading, so both writings compare equal.
     */
    public static String timeMlValue(String value) {
        int n = value.length();
        if (n == 4 && value.endsWith("XX") && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(1))) {
            return value.substring(0, 2);
        }
        if (n == 4 && value.charAt(3) == 'X' && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(1))
                && Character.isDigit(value.charAt(2))) {
            return value.substring(0, 3);
        }
        return value;
    }

    static String context(String text, int start, int end) {
        int from = Math.max(0, start - 60);
        int to = Math.min(text.length(), end + 60);
        return (text.substring(from, start) + "[[" + text.substring(start, end) + "]]" + text.substring(end, to))
                .replaceAll("\\s+", " ");
    }
}

package dev.dateline.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Regular English inflections for the lexicons, so that a resource file can name a verb or a noun once:
 * {@code {sue}} stands for sue, sues, sued, suing; {@code [quake]} for quake, quakes. Irregular forms
 * are written out beside them ("{sink}|sank|sunk").
 */
final class Inflections {

    private Inflections() {
    }

    /**
     * The forms one written form stands for: a form with {@code {verb}} or {@code [noun]} in it gives one
     * form per inflection, the rest of the words unchanged ("{step} down" gives "stepped down" ...).
     */
    static List<String> expand(String form) {
        int open = form.indexOf('{');
        char close = '}';
        boolean verb = true;
        if (open < 0) {
            open = form.indexOf('[');
            close = ']';
            verb = false;
        }
        if (open < 0) {
            return List.of(form);
        }
        int end = form.indexOf(close, open);
        if (end < 0) {
            throw new IllegalArgumentException("unclosed " + form.charAt(open) + " in " + form);
        }
        String word = form.substring(open + 1, end);
        String before = form.substring(0, open);
        String after = form.substring(end + 1);
        List<String> out = new ArrayList<>();
        for (String w : verb ? verb(word) : noun(word)) {
            out.addAll(expand(before + w + after));
        }
        return out;
    }

    /** Base, third person, past, -ing: "ban" banned, "agree" agreeing, "deny" denied, "clash" clashes. */
    static Set<String> verb(String base) {
        Set<String> out = new LinkedHashSet<>();
        out.add(base);
        int n = base.length();
        char last = base.charAt(n - 1);
        if (last == 'y' && n > 1 && !vowel(base.charAt(n - 2))) {
            String stem = base.substring(0, n - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(base + "ing");
        } else if (last == 'e') {
            out.add(base + "s");
            out.add(base + "d");
            boolean keep = base.endsWith("ee") || base.endsWith("ye") || base.endsWith("oe");
            out.add(keep ? base + "ing" : base.substring(0, n - 1) + "ing");
        } else {
            out.add(base + (sibilant(base) ? "es" : "s"));
            String stem = doublesFinal(base) ? base + last : base;
            out.add(stem + "ed");
            out.add(stem + "ing");
        }
        return out;
    }

    /** Singular and plural: "quake" quakes, "crisis" is left alone, "ally" allies, "clash" clashes. */
    static Set<String> noun(String singular) {
        Set<String> out = new LinkedHashSet<>();
        out.add(singular);
        int n = singular.length();
        char last = singular.charAt(n - 1);
        if (last == 'y' && n > 1 && !vowel(singular.charAt(n - 2))) {
            out.add(singular.substring(0, n - 1) + "ies");
        } else if (sibilant(singular)) {
            out.add(singular + "es");
        } else {
            out.add(singular + "s");
        }
        return out;
    }

    /** Words ending in a hissing sound take -es: clashes, taxes, marches. */
    private static boolean sibilant(String w) {
        return w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh");
    }

    /** Endings of longer verbs stressed on their last syllable, which double it too: admit, acquit, expel, patrol. */
    private static final List<String> STRESSED_ENDINGS = List.of("mit", "quit", "pel", "trol", "cur");

    /**
     * One-syllable verbs ending consonant-vowel-consonant double it: ban, plan, stop (not visit, rain, fix); so do
     * longer ones with a stressed ending (admitted, acquitted, expelled, patrolled, occurred).
     */
    private static boolean doublesFinal(String base) {
        int n = base.length();
        if (n < 3) {
            return false;
        }
        for (String ending : STRESSED_ENDINGS) {
            if (n > ending.length() + 1 && base.endsWith(ending) && !base.endsWith("limit") && !base.endsWith("vomit")) {
                return true;
            }
        }
        char c = base.charAt(n - 1);
        if (vowel(c) || c == 'w' || c == 'x' || c == 'y') {
            return false;
        }
        if (!vowel(base.charAt(n - 2)) || vowel(base.charAt(n - 3))) {
            return false;
        }
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < n; i++) {
            boolean v = vowel(base.charAt(i));
            if (v && !inVowel) {
                groups++;
            }
            inVowel = v;
        }
        return groups == 1;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}

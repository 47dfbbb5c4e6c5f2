package dev.dateline.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits tokens into sentences: at {@code . ! ?} before a capital, a digit or a quote unless the
 * dot ends a title or an abbreviation, and at blank lines. A single line break is not a boundary:
 * wire copy wraps its lines mid-sentence.
 */
final class Sentences {

    /** Tokens [from, to) of one sentence. */
    record Span(int from, int to) {
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt",
            "col", "maj", "capt", "cpt", "sgt", "st", "prof", "rev", "adm", "cmdr", "gens", "reps", "sens",
            "messrs", "hon", "pres", "supt", "insp", "det", "fr", "vs", "v", "no", "nos", "ft", "mt",
            "e.g.", "i.e.", "etc", "approx", "dept", "est", "fig", "vol", "op", "cf", "al");
    private static final Set<String> BEFORE_NUMBER = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "no", "p", "pp", "art", "sec");
    /**
     * Words that open sentences but never follow an initial inside a name: after "Wii U." or "Harry S." they
     * start a new sentence. ("Jr." and "Sr." end names, so they are no titles: "Ferdinand Marcos Jr. Manila
     * agreed …" is two sentences.)
     */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "it", "its", "he", "his", "she", "her",
            "they", "their", "we", "this", "that", "these", "those", "but", "and", "in", "on", "at", "as", "after",
            "when", "while", "there", "some", "many", "most");

    static final int MAX_TOKENS = 300;

    private Sentences() {
    }

    static List<Span> split(Tokens t) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < t.size; i++) {
            // a run-on "sentence" (a table, a dump, binary junk) is cut so that work per sentence stays bounded
            if (i - from >= MAX_TOKENS || i > from && t.breaksBefore[i] >= 2) {
                out.add(new Span(from, i));
                from = i;
            }
            String w = t.lower[i];
            // "closed between 9 p.m. and 6 a.m. The curfew ...", "in the U.S. The company ...": a dotted abbreviation
            // (one token, its last dot included) ends a sentence before a capitalised word that opens sentences
            // ("U.S. Steel" is a name, "at 10 a.m. Monday" one sentence)
            if (w.length() > 2 && w.endsWith(".") && t.shape[i] == Tokens.WORD && !TITLES.contains(w)
                    && i + 1 < t.size && t.breaksBefore[i + 1] < 2 && !t.adjacent(i) && t.isCapitalised(i + 1)
                    && OPENERS.contains(t.lower[i + 1])) {
                out.add(new Span(from, i + 1));
                from = i + 1;
                continue;
            }
            boolean terminal = w.equals(".") || w.equals("!") || w.equals("?") || w.equals("…");
            if (!terminal || i + 1 >= t.size) {
                continue;
            }
            int next = i + 1;
            // absorb runs of terminal marks and closing quotes or brackets; a straight quote after a space opens the
            // next sentence ('... the south. "We ...')
            while (next < t.size && isCloser(t.lower[next]) && t.breaksBefore[next] < 2
                    && (t.adjacent(next - 1) || !isStraightQuote(t.lower[next]))) {
                next++;
            }
            if (next >= t.size) {
                break;
            }
            // "E.ON agreed ...", "Node.js", "Volkswagen's ID.4": a full stop with a word or a number right after it,
            // no space between, is inside a name
            if (w.equals(".") && next == i + 1 && t.adjacent(i)
                    && (t.shape[next] == Tokens.WORD || t.shape[next] == Tokens.NUMBER)) {
                continue;
            }
            if (w.equals(".") && i > from && t.shape[i - 1] == Tokens.WORD && t.adjacent(i - 1)) {
                String prev = t.lower[i - 1];
                if (TITLES.contains(prev)) {
                    continue;
                }
                if (BEFORE_NUMBER.contains(prev) && t.shape[next] == Tokens.NUMBER) {
                    continue;
                }
                if (prev.length() == 1 && Character.isUpperCase(t.text.charAt(t.start[i - 1]))
                        && t.isCapitalised(next) && !OPENERS.contains(t.lower[next])) {
                    continue; // initials: "George W. Bush"
                }
            }
            if (startsSentence(t, next)) {
                out.add(new Span(from, next));
                from = next;
                i = next - 1;
            }
        }
        if (from < t.size) {
            out.add(new Span(from, t.size));
        }
        return out;
    }

    /** The sentences of text as written (for comparisons and checks; the engine works on spans). */
    static List<String> texts(String text) {
        Tokens t = Tokens.of(text);
        List<String> out = new ArrayList<>();
        for (Span s : split(t)) {
            out.add(t.surface(s.from(), s.to()));
        }
        return out;
    }

    private static boolean isStraightQuote(String w) {
        return w.equals("\"") || w.equals("'");
    }

    private static boolean isCloser(String w) {
        return w.equals("\"") || w.equals("”") || w.equals("’") || w.equals("'") || w.equals(")") || w.equals("]")
                || w.equals(".") || w.equals("!") || w.equals("?");
    }

    private static boolean startsSentence(Tokens t, int i) {
        char c = t.text.charAt(t.start[i]);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '\'' || c == '‘'
                || c == '(' || c == '[' || c == '-' || c == '—' || t.breaksBefore[i] >= 1;
    }
}

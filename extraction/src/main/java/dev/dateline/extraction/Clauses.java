package dev.dateline.extraction;

import java.util.Arrays;
import java.util.Set;

/**
 * A shallow clause segmentation of one sentence, without a parser: a new clause starts at a
 * relative pronoun, a subordinating conjunction, a complement {@code that}, a participle after a
 * comma ({@code , striking targets}), a coordinated predicate ({@code , and promptly fired}),
 * semicolons, colons, dashes and brackets. A time expression modifies a predicate of its own
 * clause far more often than one across a clause boundary, which is what the event reader needs.
 * Built in one pass over the sentence.
 */
final class Clauses {

    enum Kind {
        MAIN, RELATIVE, SUBORDINATE, WHEN, AFTER, CONDITION, COMPLEMENT, PARTICIPLE, COORDINATE, REPORTING, ASIDE,
        /** The main clause again after a relative clause or an aside: "SpaceX, which Musk founded in 2002, won ...". */
        RESUME
    }

    private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose", "where");
    private static final Set<String> SUBORDINATE = Set.of("because", "while", "whereas", "although", "though",
            "until", "once", "unless", "if", "whether", "since", "before", "after", "following");
    static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "announced", "announces", "declared",
            "warned", "warns", "claimed", "claims", "stressed", "insisted", "added", "argued", "believed", "believes",
            "estimated", "estimates", "expects", "expected", "reported", "confirmed", "confirms", "suggested",
            "showed", "shows", "noted", "stated", "wrote", "admitted", "denied", "acknowledged", "promised",
            "vowed", "hoped", "hopes", "fears", "feared", "feel", "felt", "think", "thinks", "thought", "know",
            "knew", "decided", "agreed", "ruled", "found", "concluded", "doubted", "means", "meant", "signalled");
    /** -ing words that are nouns, not participles, after a comma. */
    private static final Set<String> ING_NOUNS = Set.of("morning", "evening", "meeting", "building", "spring",
            "something", "nothing", "anything", "everything", "king", "ring", "wedding", "ceiling", "funding",
            "training", "thing", "bring", "sibling", "offering", "during", "according", "including", "ending",
            "beginning", "hearing", "briefing", "warning", "landing", "opening", "shooting", "bombing", "sting",
            "string", "wing", "ruling", "sentencing", "filing", "listing", "housing", "clothing", "pudding");
    /** "shortly before midnight", "just after 06:00": an adverb that makes "before" or "after" a preposition. */
    private static final Set<String> NEAR_TIME = Set.of("shortly", "just", "soon", "right");
    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you");
    /** Prepositions that open a time expression: "and on Friday moved". */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at", "by");

    final int from;
    final int to;
    /** Clause index of each token of the sentence (offset by {@link #from}). */
    private final int[] clause;
    private Kind[] kinds = new Kind[8];
    private int[] starts = new int[8];
    private int count;
    /** Commas before each token, for O(1) counting between two tokens. */
    private final int[] commas;

    private Clauses(int from, int to) {
        this.from = from;
        this.to = to;
        clause = new int[to - from];
        commas = new int[to - from + 1];
    }

    static Clauses of(Tokens t, Sentences.Span s, boolean[] taken) {
        Clauses c = new Clauses(s.from(), s.to());
        c.open(Kind.MAIN, s.from());
        boolean speechSeen = false;
        for (int k = s.from(); k < s.to(); k++) {
            c.commas[k - s.from() + 1] = c.commas[k - s.from()] + (t.lower[k].equals(",") ? 1 : 0);
            if (k > s.from() && !taken[k]) {
                Kind kind = boundary(t, s, k, taken, speechSeen);
                Kind current = c.kinds[c.count - 1];
                if (kind == null && t.lower[k - 1].equals(",")) {
                    // "If the flight goes well, NASA intends ...": a fronted clause ends at its comma
                    if (c.starts[c.count - 1] == s.from() && (current == Kind.CONDITION || current == Kind.SUBORDINATE
                            || current == Kind.AFTER || current == Kind.WHEN)) {
                        kind = Kind.RESUME;
                    } else if ((current == Kind.RELATIVE || current == Kind.ASIDE || c.insideRelative(t))
                            && startsPredicate(t, s, k)) {
                        // "Whitlow, who had warned of consequences if Moscow refused, said ...": a clause opened
                        // inside a relative clause ends with it
                        kind = Kind.RESUME;
                    }
                }
                if (kind != null) {
                    c.open(kind, k);
                    speechSeen = false;
                }
            }
            if (SPEECH.contains(t.lower[k])) {
                speechSeen = true;
            }
            c.clause[k - s.from()] = c.count - 1;
        }
        return c;
    }

    /** True when the latest clause opened inside a relative clause or an aside the sentence has not left yet. */
    private boolean insideRelative(Tokens t) {
        for (int i = count - 1; i > 0; i--) {
            Kind k = kinds[i];
            if (k == Kind.RELATIVE || k == Kind.ASIDE) {
                return true;
            }
            // "who hosted them and called the firm a treasure, wrote": a predicate joined without a comma stays
            // inside the relative clause (", and his successor" after one does not)
            boolean joined = k == Kind.COORDINATE && !t.lower[starts[i] - 1].equals(",");
            if (k != Kind.SUBORDINATE && k != Kind.CONDITION && k != Kind.WHEN && k != Kind.AFTER
                    && k != Kind.COMPLEMENT && !joined) {
                return false;
            }
        }
        return false;
    }

    private void open(Kind kind, int start) {
        if (count == kinds.length) {
            kinds = Arrays.copyOf(kinds, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
        }
        kinds[count] = kind;
        starts[count] = start;
        count++;
    }

    private static Kind boundary(Tokens t, Sentences.Span s, int k, boolean[] taken, boolean speechSeen) {
        String w = t.lower[k];
        String prev = t.lower[k - 1];
        boolean afterComma = prev.equals(",");
        if (prev.equals(";") || prev.equals(":")) {
            return Kind.MAIN;
        }
        if (prev.equals("(") || prev.equals("—") || prev.equals("–") || w.equals(")")
                || prev.equals("-") && !t.adjacent(k - 1) && k - 2 >= s.from() && !t.adjacent(k - 2)) {
            return Kind.ASIDE;
        }
        if (taken[k - 1]) {
            // "in August 2020, when ..." is told apart from "when" inside a clause by the date before it
            if (w.equals("when")) {
                return Kind.WHEN;
            }
        }
        if (RELATIVE.contains(w)) {
            return Kind.RELATIVE;
        }
        if (w.equals("when")) {
            return afterComma ? Kind.WHEN : Kind.SUBORDINATE;
        }
        if (w.equals("that")) {
            if (k + 1 < s.to() && taken[k + 1]) {
                return null; // "that year"
            }
            return speechSeen ? Kind.COMPLEMENT : Kind.RELATIVE;
        }
        // "an investigation into how Russia and Qatar won the rights": an embedded question has its own subject
        if ((w.equals("how") || w.equals("why")) && verbBeforeComma(t, s, k + 1)) {
            return Kind.COMPLEMENT;
        }
        // "Its founder, Hui Ka Yan, once Asia's richest man, was arrested": "once" before a phrase without a verb
        // is an adverb, not the conjunction of "once the ban is lifted"
        if (w.equals("once") && !verbBeforeComma(t, s, k + 1)) {
            return null;
        }
        if (w.equals("after") || w.equals("following") || w.equals("before")) {
            // "announced shortly before midnight that ...": "shortly before" a time expression is a preposition
            // giving the predicate's own time, which opens no clause (unlike "after five days of talks")
            if (k + 1 < s.to() && taken[k + 1] && NEAR_TIME.contains(prev)) {
                return null;
            }
            return Kind.AFTER;
        }
        if (w.equals("if") || w.equals("unless")) {
            return Kind.CONDITION;
        }
        if (SUBORDINATE.contains(w)) {
            return Kind.SUBORDINATE;
        }
        // ", as ...", "as he tried to leave", "as the crowd marched past": "as" opening a clause of its own
        if (w.equals("as") && (afterComma || asClause(t, s, k))) {
            return Kind.SUBORDINATE;
        }
        if (afterComma && t.shape[k] == Tokens.WORD && w.endsWith("ing") && w.length() > 5
                && !t.isCapitalised(k) && !ING_NOUNS.contains(w)) {
            return Kind.PARTICIPLE;
        }
        if (w.equals("but") || w.equals("yet")) {
            return Kind.COORDINATE;
        }
        if (w.equals("and") || w.equals("then")) {
            if (afterComma) {
                return Kind.COORDINATE;
            }
            int n = k + 1;
            if (n < s.to() && t.lower[n].endsWith("ly") && t.lower[n].length() > 4) {
                n++;
            }
            // "declared an emergency on October 3 and last week moved the capital", "and on Friday he left": a time
            // expression right after "and" that a predicate follows opens that predicate's clause, if a preposition
            // or a relative word opens it ("sessions in October and November broke up" is one subject's dates)
            boolean preposition = n < s.to() && TIME_PREPOSITIONS.contains(t.lower[n]);
            int m = preposition ? n + 1 : n;
            if (m < s.to() && taken[m] && (preposition || !t.isCapitalised(m))) {
                while (m < s.to() && taken[m]) {
                    m++;
                }
                n = m;
            }
            if (n < s.to() && (Words.isPastVerb(t, n) || PRONOUNS.contains(t.lower[n])
                    || Words.MODALS.contains(t.lower[n]))) {
                return Kind.COORDINATE;
            }
            return null;
        }
        // ", the company said", ", Nintendo said in a statement": the reporting clause of a quote
        if (afterComma && isReporting(t, s, k)) {
            return Kind.REPORTING;
        }
        return null;
    }

    /** True when a verb stands between a position and the next comma (or the end of the sentence). */
    private static boolean verbBeforeComma(Tokens t, Sentences.Span s, int from) {
        for (int n = from; n < s.to() && !t.lower[n].equals(","); n++) {
            if (finite(t, n)) {
                return true;
            }
        }
        return false;
    }

    static boolean finite(Tokens t, int n) {
        String w = t.lower[n];
        return Words.isPastVerb(t, n) && !w.endsWith("ing") || Words.MODALS.contains(w) && !w.equals("to")
                || w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were") || w.equals("has")
                || w.equals("have") || w.equals("had") || w.endsWith("s") && Words.isVerbS(w) && !t.isCapitalised(n);
    }

    /**
     * "as he tried to leave", "as the crowd marched past": "as" followed by a subject (a pronoun, or a short noun
     * phrase or name) and then its verb, not "as early as", "as the first woman" or "such as".
     */
    private static boolean asClause(Tokens t, Sentences.Span s, int k) {
        if (k + 2 >= s.to() || t.lower[k - 1].equals("such") || t.lower[k - 1].equals("as")) {
            return false;
        }
        if (PRONOUNS.contains(t.lower[k + 1])) {
            return true;
        }
        if (!Words.DETERMINERS.contains(t.lower[k + 1]) && !t.isCapitalised(k + 1)) {
            return false;
        }
        for (int n = k + 2; n < Math.min(s.to(), k + 5); n++) {
            if (t.lower[n].equals(",") || Words.PREPOSITIONS.contains(t.lower[n])) {
                return false;
            }
            if (finite(t, n)) {
                return true;
            }
        }
        return false;
    }

    /** "..., won a NASA contract", "..., is under pressure": a verb right after a comma. */
    private static boolean startsPredicate(Tokens t, Sentences.Span s, int k) {
        int n = k;
        if (n < s.to() && t.lower[n].endsWith("ly") && t.lower[n].length() > 4) {
            n++;
        }
        if (n >= s.to() || t.isCapitalised(n)) {
            return false;
        }
        String w = t.lower[n];
        return Words.isPastVerb(t, n) || Words.MODALS.contains(w) && !w.equals("to") || w.equals("is")
                || w.equals("are") || w.equals("has") || w.equals("have") || w.endsWith("s") && Words.isVerbS(w);
    }

    /** True when the clause opens with its verb: "and promptly fired ...", not "and fighting ... has killed". */
    boolean verbInitial(Tokens t, int clauseIndex) {
        int n = afterConjunction(t, clauseIndex, true);
        int end = end(clauseIndex);
        if (n < end && t.lower[n].endsWith("ly") && t.lower[n].length() > 4) {
            n++;
        }
        return n < end && (Words.isPastVerb(t, n) || Words.MODALS.contains(t.lower[n]));
    }

    /** True when the clause opens, after "and" or "but", with "has" or "have": a present perfect. */
    boolean presentPerfect(Tokens t, int clauseIndex) {
        int n = afterConjunction(t, clauseIndex, false);
        return n < end(clauseIndex) && (t.lower[n].equals("has") || t.lower[n].equals("have"));
    }

    /** The clause's first token after a leading "and" or "but" (or "then", when {@code orThen}). */
    private int afterConjunction(Tokens t, int clauseIndex, boolean orThen) {
        int n = starts[clauseIndex];
        if (n < end(clauseIndex) && (t.lower[n].equals("and") || t.lower[n].equals("but")
                || orThen && t.lower[n].equals("then"))) {
            n++;
        }
        return n;
    }

    private static boolean isReporting(Tokens t, Sentences.Span s, int k) {
        int limit = Math.min(s.to(), k + 5);
        for (int n = k; n < limit; n++) {
            String w = t.lower[n];
            if (w.equals("said") || w.equals("says") || w.equals("told") || w.equals("added")) {
                return n > k;
            }
            if (w.equals(",") || t.shape[n] == Tokens.NUMBER) {
                return false;
            }
        }
        return false;
    }

    int of(int token) {
        return clause[token - from];
    }

    Kind kind(int clauseIndex) {
        return kinds[clauseIndex];
    }

    int start(int clauseIndex) {
        return starts[clauseIndex];
    }

    int end(int clauseIndex) {
        return clauseIndex + 1 < count ? starts[clauseIndex + 1] : to;
    }

    int count() {
        return count;
    }

    /** Commas between two token positions (in any order). */
    int commasBetween(int a, int b) {
        int lo = Math.max(from, Math.min(a, b));
        int hi = Math.min(to, Math.max(a, b));
        return commas[hi - from] - commas[lo - from];
    }
}

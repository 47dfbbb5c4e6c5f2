package dev.dateline.extraction;

import java.util.Set;

/**
 * Closed word classes and a few part-of-speech guesses the event reader needs, from the word and
 * its left neighbour only (no tagger: see docs/quality.md, "Libraries", for the measured choice).
 */
final class Words {

    /** The names of the weekdays, in lower case. */
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    /** The names of the months written out, in lower case. */
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** The words of all {@code sets}, as one set. */
    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their", "this", "that",
            "our", "my", "your", "these", "those", "'s", "another", "each", "every", "any", "no", "some", "first",
            "second", "third", "last", "latest", "new", "earlier", "previous", "next", "final", "two", "three",
            "several", "many", "further", "fresh", "planned", "emergency", "joint");
    /** Words after which an "-ed" word is an adjective: "the revised plan". */
    static final Set<String> ARTICLES = Set.of("a", "an", "the", "its", "his", "her", "their", "this", "that",
            "these", "those", "our", "my", "your", "'s");
    static final Set<String> MODALS = Set.of("will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "to", "did", "does", "do", "didn't", "won't", "wouldn't", "cannot");
    static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "for", "from", "with", "by", "during",
            "over", "into", "onto", "to", "after", "before", "since", "until", "near", "off", "across", "about",
            "against", "under", "between", "among", "through", "around", "within", "without", "aboard");
    /** Gatherings a protest is: "called for another day of marches", "a rally on Friday". */
    static final Set<String> PROTEST_GATHERINGS = Set.of("action", "protest", "protests", "march", "marches", "rally",
            "rallies", "strike", "strikes", "demonstration", "demonstrations", "walkout");
    /** Gatherings a meeting is: "summoned them to talks", "a meeting on Friday". */
    static final Set<String> MEETING_GATHERINGS = Set.of("meeting", "talks", "summit", "session");
    /** Verbs that call people to a gathering: "called for a march on Friday", "summoned them to talks". */
    static final Set<String> CALLS = Set.of("called", "calls", "summoned", "summons", "invited", "invites", "urged",
            "urges");
    /** Irregular past forms and other frequent verbs that end in neither -ed nor -s. */
    private static final Set<String> IRREGULAR = Set.of("met", "won", "beat", "fell", "rose", "sank", "bought",
            "sold", "took", "gave", "made", "held", "left", "came", "went", "began", "ran", "flew", "threw", "drew",
            "struck", "shot", "hit", "cut", "put", "set", "sent", "spent", "built", "broke", "spoke", "told", "said",
            "led", "fled", "found", "brought", "caught", "fought", "thought", "taught", "sought", "lost",
            "paid", "laid", "became", "overtook", "withdrew", "undertook", "forecast", "swore", "tore", "wore",
            "rode", "drove", "wrote", "stood", "understood", "kept", "slept", "swept", "felt", "dealt", "meant",
            "knew", "grew", "blew", "saw", "got", "sat", "split", "quit", "shut", "spread", "read", "let", "bit",
            "hid", "lit", "slid", "stuck", "sprang", "sang", "rang", "swam", "is", "was", "were",
            "are", "has", "had", "have", "been", "be", "am");

    private Words() {
    }

    /** "-eed" words that are the past of a verb in "-ee" ("agreed"), not verbs themselves ("need", "proceed"). */
    private static final Set<String> PAST_IN_EED = Set.of("agreed", "disagreed", "decreed", "freed", "guaranteed",
            "refereed");

    /** An "-ed" word: "voted", "agreed"; not "need", "proceed" or "speed". */
    /** Whether {@code w} is {@code min} to {@code max} ASCII digits, as {@code [0-9]{min,max}} matches, without a regex. */
    static boolean digits(String w, int min, int max) {
        int n = w.length();
        if (n < min || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code w} is a four-digit year from {@code first} to {@code last}: "1997" in 1500-2099. */
    static boolean yearIn(String w, int first, int last) {
        if (!digits(w, 4, 4)) {
            return false;
        }
        int y = Integer.parseInt(w);
        return y >= first && y <= last;
    }

    static boolean endsLikePast(String w) {
        return w.endsWith("ed") && (!w.endsWith("eed") || PAST_IN_EED.contains(w));
    }

    /**
     * A past-tense or past-participle verb form, guessed: "-ed" words and irregular forms. Not "agreed": an event
     * read from a past verb would be the agreement, where what was agreed is the event ("agreed an arms embargo"
     * is SANCTIONS).
     */
    static boolean isPastVerb(Tokens t, int i) {
        if (t.shape[i] != Tokens.WORD || t.isCapitalised(i) && !allLower(t, i)) {
            return false;
        }
        String w = t.lower[i];
        return w.length() > 3 && w.endsWith("ed") && !w.endsWith("eed") || IRREGULAR.contains(w);
    }

    private static boolean allLower(Tokens t, int i) {
        return !Character.isUpperCase(t.text.charAt(t.start[i]));
    }

    /** Present-tense verbs often found right after a subject: "says", "takes", "begins". */
    private static final Set<String> VERB_S = Set.of("says", "takes", "begins", "remains", "makes", "faces", "plans",
            "expects", "wants", "needs", "holds", "meets", "leads", "opens", "ends", "comes", "goes", "seems", "looks",
            "gets", "gives", "keeps", "puts", "runs", "sees", "shows", "tells", "thinks", "knows", "becomes");

    static boolean isVerbS(String w) {
        return VERB_S.contains(w);
    }

    /** True when the word at {@code i} reads as a noun from its left neighbour: "the launch", "its first test". */
    static boolean nounContext(Tokens t, int i, int sentenceFrom) {
        if (i <= sentenceFrom) {
            return false;
        }
        String prev = t.lower[i - 1];
        if (DETERMINERS.contains(prev) || PREPOSITIONS.contains(prev) && !prev.equals("to")
                || t.shape[i - 1] == Tokens.NUMBER) {
            return true;
        }
        // "missile test", "crewed launch", "presidential election": a modifier before the noun
        if (t.shape[i - 1] == Tokens.WORD && (prev.endsWith("al") || prev.endsWith("ic") || prev.endsWith("ear")
                || prev.endsWith("ile") || prev.endsWith("ite") || prev.endsWith("ary") || prev.endsWith("ic")
                || prev.endsWith("ful") || prev.endsWith("ive") || prev.endsWith("less") || prev.endsWith("ous"))) {
            return !MODALS.contains(prev);
        }
        return false;
    }
}

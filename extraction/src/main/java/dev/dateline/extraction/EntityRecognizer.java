package dev.dateline.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds actors and places in a tokenised text: gazetteer aliases (longest first, only where the
 * text capitalises them), people introduced by a title ("President Jane Doe") or as the subject of
 * "said", organisations by their last word ("Acme Corp."), and, once an article has introduced a
 * person, that person's bare first or last name.
 */
final class EntityRecognizer {

    /** An entity mention: tokens [from, to); {@code locative} when it names where something happened. */
    record Mention(int from, int to, Entity entity, Entity actor, boolean locative) {
    }

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around", "across",
            "to", "into", "over", "off", "on", "within", "throughout");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "explained", "wrote", "argued",
            "insisted", "noted", "stated");
    private static final Set<String> NAME_JOINERS = Set.of("de", "da", "van", "von", "der", "bin", "al", "el", "la",
            "le", "du", "dos", "del", "ibn");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "he",
            "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "in", "on", "at", "but", "and", "or",
            "after", "before", "when", "while", "as", "if", "for", "with", "from", "by", "since", "until", "during",
            "officials", "analysts", "some", "many", "most", "both", "all", "one", "two", "three", "there", "here",
            "what", "who", "why", "how", "state", "north", "south", "east", "west", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "not", "no",
            "yes", "so", "then", "now", "today", "yesterday", "tomorrow", "also", "still", "instead", "meanwhile",
            "however", "earlier", "later", "last", "next", "according", "korean", "nearly", "about", "around",
            "almost", "more", "less", "over", "under", "only", "just");

    private final Gazetteer gazetteer;
    private final Set<String> personTitles = new HashSet<>();
    private final Set<String> orgSuffixes = new HashSet<>();

    EntityRecognizer(Gazetteer gazetteer, List<Resources.Line> titles) {
        this.gazetteer = gazetteer;
        for (Resources.Line line : titles) {
            String[] c = line.columns(2);
            switch (c[0]) {
                case "person" -> personTitles.add(c[1].toLowerCase(Locale.ROOT));
                case "org" -> orgSuffixes.add(c[1].toLowerCase(Locale.ROOT));
                default -> throw line.error("unknown title kind " + c[0]);
            }
        }
    }

    /** Definite noun phrases that stand for the latest organisation or country named: "the company". */
    private static final Set<String> ORG_ANAPHORS = Set.of("company", "firm", "bank", "group", "carrier", "airline",
            "chipmaker", "carmaker", "automaker", "lender", "insurer", "start-up", "startup", "organisation",
            "organization", "agency", "conglomerate", "retailer", "manufacturer", "studio", "team", "club");
    private static final Set<String> COUNTRY_ANAPHORS = Set.of("country", "nation", "kingdom", "republic",
            "government", "island", "state");
    /** Words that may open a title before a name without being one: "Prime Minister", "Chief Executive". */
    private static final Set<String> TITLE_PREFIX = Set.of("prime", "vice", "deputy", "foreign", "defence",
            "defense", "finance", "chief", "former", "acting", "interim", "race", "climate", "supreme", "crown",
            "health", "home", "interior", "trade", "economy", "general", "attorney", "opposition", "senior",
            "state", "executive", "police", "first", "-", "elect", "lead", "top", "the", "managing");

    /** Mentions in reading order; tokens flagged in {@code taken} (time expressions) are skipped. */
    List<Mention> find(Tokens t, boolean[] taken, List<Sentences.Span> sentences) {
        List<Mention> out = new ArrayList<>();
        Map<String, Entity> people = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Entity[] last = new Entity[4]; // organisation-like names (latest, subject of a sentence), countries (same)
        // capitalised words seen inside sentences: a sentence that opens with one of them opens with a name
        Set<String> midSentence = new HashSet<>();
        for (Sentences.Span s : sentences) {
            for (int k = s.from() + 1; k < s.to(); k++) {
                if (t.shape[k] == Tokens.WORD && startsUpper(t, k) && t.shape[k - 1] != Tokens.PUNCT) {
                    midSentence.add(t.lower[k]);
                }
            }
        }
        for (Sentences.Span s : sentences) {
            int i = s.from();
            boolean orgInSentence = false;
            boolean countryInSentence = false;
            while (i < s.to()) {
                if (taken[i] || t.shape[i] == Tokens.PUNCT) {
                    i++;
                    continue;
                }
                Mention m = mentionAt(t, i, s, taken, people, seen, midSentence);
                if (m == null) {
                    m = anaphorAt(t, i, s, last);
                }
                if (m == null) {
                    i++;
                    continue;
                }
                out.add(m);
                Entity named = m.actor() != null ? m.actor() : m.entity();
                if (named.kind() == EntityKind.ORGANIZATION || named.kind() == EntityKind.OTHER) {
                    last[0] = named;
                    if (!orgInSentence) {
                        last[1] = named; // the first organisation of a sentence is usually its subject
                        orgInSentence = true;
                    }
                } else if (named.kind() == EntityKind.COUNTRY) {
                    last[2] = named;
                    if (!countryInSentence) {
                        last[3] = named;
                        countryInSentence = true;
                    }
                }
                registerAcronym(m.entity(), people);
                seen.add(m.entity().name());
                if (m.actor() != null) {
                    seen.add(m.actor().name());
                }
                if (m.entity().kind() == EntityKind.PERSON || m.entity().kind() == EntityKind.OTHER) {
                    registerPerson(t, m, people);
                }
                i = m.to();
            }
        }
        return out;
    }

    private Mention mentionAt(Tokens t, int i, Sentences.Span s, boolean[] taken, Map<String, Entity> people,
                              Set<String> seen, Set<String> midSentence) {
        boolean cap = startsUpper(t, i);
        // "the North" once the article is about the Koreas
        if (t.lower[i].equals("the") && i + 1 < s.to() && startsUpper(t, i + 1)) {
            String phrase = "the " + t.lower[i + 1];
            if (i + 2 < s.to() && t.lower[i + 2].equals("'s")) {
                phrase = phrase + "'s";
            }
            Gazetteer.ContextAlias ca = gazetteer.contextAlias(phrase);
            if (ca == null) {
                ca = gazetteer.contextAlias("the " + t.lower[i + 1]);
            }
            if (ca != null && ca.requires().stream().anyMatch(seen::contains)) {
                return mention(t, i + 1, i + 2, new Gazetteer.Entry(ca.entity(), null), s);
            }
        }
        if (!cap) {
            return null;
        }
        if (isTitleBeforeName(t, i, s, taken)) {
            return null; // "President Joe Biden", "Judge Peter Cahill": the title is not part of the name
        }
        Gazetteer.Match g = gazetteer.longest(t, i, s.to());
        if (g != null && !overlapsTaken(taken, g.from(), g.to()) && capitalisedWords(t, g.from(), g.to())) {
            // "Silicon Valley Bank" is a bank, not the valley
            int run = runEnd(t, i, s.to(), taken);
            if (run > g.to() && orgSuffixes.contains(t.lower[run - 1]) && g.entry().entity().kind() == EntityKind.PLACE) {
                Entity org = new Entity(t.text.substring(t.start[i], t.end[run - 1]), EntityKind.ORGANIZATION);
                return new Mention(i, run, org, org, false);
            }
            return mention(t, g.from(), g.to(), g.entry(), s);
        }
        // a person the article introduced, by a part of the name
        Entity known = people.get(t.lower[i]);
        if (known != null && !(i + 1 < s.to() && startsUpper(t, i + 1) && !taken[i + 1])) {
            return new Mention(i, i + 1, known, known, false);
        }
        // "President Jane Doe", "Mr. Doe"
        if (i > s.from() && personTitles.contains(t.lower[i - 1]) || i > s.from() + 1
                && t.lower[i - 1].equals(".") && personTitles.contains(t.lower[i - 2] + ".")) {
            int end = nameEnd(t, i, s.to(), taken);
            if (end > i && !NOT_NAMES.contains(t.lower[i])) {
                String name = t.text.substring(t.start[i], t.end[end - 1]);
                Gazetteer.Entry e = gazetteer.lookup(name);
                if (e != null) {
                    return mention(t, i, end, e, s);
                }
                Entity known2 = people.get(t.lower[end - 1]);
                if (end - i == 1 && known2 != null) {
                    return new Mention(i, end, known2, known2, false);
                }
                Entity p = new Entity(name, EntityKind.PERSON);
                return new Mention(i, end, p, p, false);
            }
        }
        int end = runEnd(t, i, s.to(), taken);
        if (end > i) {
            // "Acme Corp.", "Ministry of Defence" (its first word is the suffix: matched by run)
            int last = end - 1;
            if (orgSuffixes.contains(t.lower[last]) && end - i >= 2 && !NOT_NAMES.contains(t.lower[i])) {
                int to = end;
                if (to < s.to() && t.lower[to].equals(".") && t.adjacent(last)
                        && (t.lower[last].equals("corp") || t.lower[last].equals("inc") || t.lower[last].equals("co")
                        || t.lower[last].equals("ltd"))) {
                    to++;
                }
                String name = t.text.substring(t.start[i], t.end[to - 1]);
                Entity org = new Entity(name, EntityKind.ORGANIZATION);
                return new Mention(i, to, org, org, false);
            }
            int words = end - i;
            // any other proper name: an actor the gazetteer does not know ("Nintendo", "Hurricane Ian")
            boolean sentenceStart = i == s.from() || t.shape[i - 1] == Tokens.PUNCT && i - 1 == s.from();
            // a single capitalised word opening a sentence is a name when the text also writes it so
            // inside a sentence ("Nintendo"), not when it is just the first word ("Investors")
            boolean nameAtStart = words >= 2 || midSentence.contains(t.lower[i]);
            if (words <= 4 && !NOT_NAMES.contains(t.lower[i]) && (!sentenceStart || nameAtStart)
                    && !(end < s.to() && SPEECH.contains(t.lower[end]))) {
                String name = t.text.substring(t.start[i], t.end[end - 1]);
                Entity known3 = words == 1 ? people.get(t.lower[i]) : null;
                if (known3 != null) {
                    return new Mention(i, end, known3, known3, false);
                }
                Entity other = new Entity(name, EntityKind.OTHER);
                return new Mention(i, end, other, other, false);
            }
            // "Jane Doe said"
            if (words >= 2 && words <= 3 && end < s.to() && SPEECH.contains(t.lower[end])
                    && !NOT_NAMES.contains(t.lower[i])) {
                String name = t.text.substring(t.start[i], t.end[end - 1]);
                Entity p = new Entity(name, EntityKind.PERSON);
                return new Mention(i, end, p, p, false);
            }
        }
        return null;
    }

    /** "the company", "the country": the latest organisation or country the article named. */
    private static Mention anaphorAt(Tokens t, int i, Sentences.Span s, Entity[] last) {
        if (!t.lower[i].equals("the") || i + 1 >= s.to()) {
            return null;
        }
        String w = t.lower[i + 1];
        if (t.isCapitalised(i + 1) || i + 2 < s.to() && t.isCapitalised(i + 2) && t.lower[i + 2].length() > 1
                && !t.lower[i + 2].equals("'s")) {
            return null;
        }
        // "the company" is the company the text is about: the first one named in a recent sentence
        Entity e = ORG_ANAPHORS.contains(w) ? (last[1] != null ? last[1] : last[0])
                : COUNTRY_ANAPHORS.contains(w) ? (last[3] != null ? last[3] : last[2]) : null;
        return e == null ? null : new Mention(i + 1, i + 2, e, e, false);
    }

    /** "Silicon Valley Bank" is later "SVB". */
    private static void registerAcronym(Entity e, Map<String, Entity> people) {
        if (e.kind() == EntityKind.PERSON || e.kind() == EntityKind.PLACE || e.kind() == EntityKind.COUNTRY) {
            return;
        }
        StringBuilder b = new StringBuilder();
        for (String part : e.name().split("[\\s-]+")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                b.append(Character.toLowerCase(part.charAt(0)));
            }
        }
        if (b.length() >= 2 && b.length() <= 6 && e.name().indexOf(' ') > 0) {
            people.putIfAbsent(b.toString(), e);
        }
    }

    private Mention mention(Tokens t, int from, int to, Gazetteer.Entry e, Sentences.Span s) {
        boolean locative = from > s.from() && LOCATIVE.contains(t.lower[from - 1])
                || from > s.from() + 1 && t.lower[from - 1].equals("the") && LOCATIVE.contains(t.lower[from - 2]);
        Entity entity = e.entity();
        Entity actor = entity;
        if (e.standsFor() != null) {
            if (entity.kind() == EntityKind.PLACE) {
                // a capital acts for its government; where something happens it stays a place
                actor = locative ? null : e.standsFor();
            }
        }
        if (entity.kind() == EntityKind.PLACE && locative) {
            actor = null; // a place is where things happen, not who does them ("California regulators" act)
        }
        return new Mention(from, to, entity, actor, locative);
    }

    /** A run of title words ending in a title ("Prime Minister", "Secretary-General") right before a capitalised name. */
    private boolean isTitleBeforeName(Tokens t, int i, Sentences.Span s, boolean[] taken) {
        int k = i;
        boolean title = false;
        while (k < s.to() && k - i < 5 && !taken[k]) {
            String w = t.lower[k];
            if (personTitles.contains(w)) {
                title = true;
            } else if (TITLE_PREFIX.contains(w) && !(w.equals("-") && !t.adjacent(k - 1))) {
                title = false;
            } else {
                break;
            }
            k++;
        }
        if (!title || k >= s.to() || taken[k] || !startsUpper(t, k) || t.shape[k] != Tokens.WORD) {
            return false;
        }
        // the name must not itself be a known entity starting with the title word ("General Motors")
        Gazetteer.Match g = gazetteer.longest(t, i, s.to());
        return g == null || g.to() <= k;
    }

    /** Tokens after a title that form a name: capitalised words, hyphenated parts, particles. */
    private int nameEnd(Tokens t, int i, int limit, boolean[] taken) {
        int k = i;
        while (k < limit && !taken[k]) {
            if (startsUpper(t, k) && t.shape[k] == Tokens.WORD && !t.lower[k].equals("'s")) {
                k++;
            } else if (t.lower[k].equals("-") && k > i && k + 1 < limit && t.adjacent(k - 1) && t.adjacent(k)
                    && t.shape[k + 1] == Tokens.WORD) {
                k += 2;
            } else if (NAME_JOINERS.contains(t.lower[k]) && k > i && k + 1 < limit && startsUpper(t, k + 1)) {
                k++;
            } else if (t.lower[k].equals(".") && k > i && t.end[k - 1] - t.start[k - 1] == 1 && t.adjacent(k - 1)) {
                k++; // an initial: "George W. Bush"
            } else {
                break;
            }
        }
        return k > i + 5 ? i + 5 : k;
    }

    /** A run of capitalised words (with "of", "and", "&" inside) starting at {@code i}. */
    private int runEnd(Tokens t, int i, int limit, boolean[] taken) {
        int k = i;
        while (k < limit && !taken[k]) {
            if (startsUpper(t, k) && t.shape[k] == Tokens.WORD && !t.lower[k].equals("'s")) {
                k++;
            } else if ((t.lower[k].equals("of") || t.lower[k].equals("&") || t.lower[k].equals("for"))
                    && k > i && k + 1 < limit && startsUpper(t, k + 1)) {
                // "Signature Bank of New York": a known place after "of" is a place of its own
                if (t.lower[k].equals("of") && k - i >= 2 && gazetteer.longest(t, k + 1, limit) != null
                        && gazetteer.lookup(t.text.substring(t.start[i], t.end[k - 1])) == null) {
                    break;
                }
                k++;
            } else if (k > i && t.shape[k] == Tokens.NUMBER && t.lower[k].length() <= 3 && t.lower[k].matches("[0-9]+")
                    && (t.adjacent(k - 1) && t.lower[k - 1].equals("-") || !t.adjacent(k - 1) && startsUpper(t, k - 1)
                    && !(k - 1 == i && t.shape[Math.max(0, i - 1)] == Tokens.PUNCT))) {
                k++; // "Malligyong-1", "Falcon 9", "Apollo 17"
                if (k - i > 8) {
                    return i;
                }
                continue;
            } else if (t.lower[k].equals("-") && k > i && k + 1 < limit && t.adjacent(k - 1) && t.adjacent(k)) {
                k++;
            } else {
                break;
            }
            if (k - i > 8) {
                return i;
            }
        }
        // a run that ends on a joining word does not include it
        while (k > i && !startsUpper(t, k - 1) && !(t.shape[k - 1] == Tokens.NUMBER && k - 1 > i)) {
            k--;
        }
        return k;
    }

    private void registerPerson(Tokens t, Mention m, Map<String, Entity> people) {
        Entity p = m.entity();
        Tokens name = Tokens.of(p.name());
        if (name.size < 2) {
            return;
        }
        String first = name.lower[0];
        String last = name.lower[name.size - 1];
        if (last.length() > 2 && name.shape[name.size - 1] == Tokens.WORD && !NOT_NAMES.contains(last)) {
            people.put(last, p);
        }
        // Korean and Chinese names put the family name first: "Kim" for Kim Jong-un
        if (first.length() > 1 && !NOT_NAMES.contains(first) && name.size >= 3 && name.lower[2].equals("-")
                || first.length() > 1 && (name.size == 2 || name.size == 3) && isFamilyNameFirst(first)) {
            people.put(first, p);
        } else if (name.size >= 3 && name.lower[name.size - 2].equals("-")) {
            people.put(first, p);
        }
    }

    private static final Set<String> FAMILY_FIRST = Set.of("kim", "lee", "park", "choi", "moon", "yoon", "xi", "li",
            "wang", "zhang", "liu", "chen", "hu", "wen", "jiang", "deng", "mao", "ri", "choe", "han", "jung", "ban");

    private static boolean isFamilyNameFirst(String first) {
        return FAMILY_FIRST.contains(first);
    }

    private static boolean startsUpper(Tokens t, int i) {
        char c = t.text.charAt(t.start[i]);
        return Character.isUpperCase(c) || (Character.isDigit(c) && t.shape[i] == Tokens.WORD);
    }

    private static boolean capitalisedWords(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.shape[k] == Tokens.WORD && !startsUpper(t, k) && !NAME_JOINERS.contains(t.lower[k])
                    && !t.lower[k].equals("of") && !t.lower[k].equals("and") && !t.lower[k].equals("the")
                    && !t.lower[k].equals("'s") && !t.lower[k].equals("for")
                    && !(k > from && t.lower[k - 1].equals("-") && t.adjacent(k - 1))
                    && !Character.isDigit(t.text.charAt(t.start[k]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlapsTaken(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }
}

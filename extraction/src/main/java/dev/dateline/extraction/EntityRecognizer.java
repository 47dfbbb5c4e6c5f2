package dev.dateline.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds actors and places in a tokenised text: gazetteer aliases (longest first, only where the
 * text capitalises them), people introduced by a title ("President Jane Doe") or as the subject of
 * "said", organisations by their last word ("Acme Corp."), and, once an article has introduced a
 * person, that person's bare first or last name.
 */
final class EntityRecognizer {

    /**
     * An entity mention: tokens [from, to); {@code locative} when it names where something happened;
     * {@code also} the gazetteer's canonical entity when the article uses a fuller name of its own
     * ("Samsung Electronics" for Samsung), else null.
     */
    record Mention(int from, int to, Entity entity, Entity actor, boolean locative, Entity also) {
        Mention(int from, int to, Entity entity, Entity actor, boolean locative) {
            this(from, to, entity, actor, locative, null);
        }
    }

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around", "across",
            "to", "into", "over", "off", "on", "within", "throughout");
    /** Words that name a part of a place written before it: "central Lima", "north-western Syria". */
    private static final Set<String> PART_OF_PLACE = Set.of("central", "northern", "southern", "eastern", "western",
            "downtown", "inner", "outer", "rural", "coastal", "suburban");
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "explained", "wrote", "argued",
            "insisted", "noted", "stated");
    private static final Set<String> NAME_JOINERS = Set.of("de", "da", "van", "von", "der", "bin", "al", "el", "la",
            "le", "du", "dos", "das", "del", "ibn", "di", "dei", "della", "degli", "ng");
    /** "North Kivu", "South Kordofan", "West Java": a compass word opens the name of a region it precedes. */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west");
    /** Words of {@link #NOT_NAMES} that are names of time or titles, not function words. */
    private static final Set<String> NAMED_NOT_NAMES = Words.union(Words.WEEKDAYS, Words.MONTHS, Set.of("mr", "mrs", "ms",
            "dr", "state", "north", "south", "east", "west", "korean", "i", "the", "officials", "analysts"));
    private static final Set<String> NOT_NAMES = Words.union(NAMED_NOT_NAMES, Set.of("the", "a", "an", "this", "that",
            "these", "those", "it", "he", "she", "they", "we", "you", "his", "her", "their", "our", "its", "in", "on",
            "at", "but", "and", "or", "after", "before", "when", "while", "as", "if", "for", "with", "from", "by",
            "since", "until", "during", "some", "many", "most", "both", "all", "one", "two", "three", "there", "here",
            "what", "who", "why", "how", "not", "no", "yes", "so", "then", "now", "today", "yesterday", "tomorrow",
            "also", "still", "instead", "meanwhile", "however", "earlier", "later", "last", "next", "according",
            "nearly", "about", "around", "almost", "more", "less", "over", "under", "only", "just",
            // a conjunction or preposition opening a sentence before a name: "Because Engström took his own life"
            "because", "although", "though", "unless", "whether", "whose", "which", "despite", "unlike", "amid",
            "among", "against", "without", "within", "through", "across", "upon", "towards", "toward"));

    private final Gazetteer gazetteer;
    private final Set<String> personTitles = new HashSet<>();
    private final Set<String> orgSuffixes = new HashSet<>();

    /** Markets and commodities by their phrase in lower case, its words; canonical names. */
    private final Map<String, Entity> instruments = new HashMap<>();
    private final Set<String> instrumentFirstWords = new HashSet<>();
    private int instrumentWords;
    /** Currencies by the country whose currency they are: "the rouble fell" is Russia's too. */
    private final Map<Entity, Entity> instrumentCountries = new HashMap<>();
    /** Verbs and nouns after which a market or commodity is the subject of a market move. */
    private static final Set<String> MARKET_WORDS = Set.of("price", "prices", "futures", "rose", "fell", "jumped",
            "climbed", "slid", "slipped", "dropped", "surged", "soared", "plunged", "tumbled", "slumped", "rallied",
            "gained", "lost", "weakened", "strengthened", "hit", "reached", "traded", "rebounded", "sank", "spiked",
            "eased", "firmed", "extended", "edged", "touched", "posted", "recovered", "crashed", "rises", "falls",
            "jumps", "climbs", "weakens", "strengthens", "trading", "risen", "fallen", "closed", "ended", "sunk");
    /** Words that may stand between a market and its move: "the rouble nevertheless fell", "had already risen". */
    private static final Set<String> MARKET_ASIDES = Set.of("nevertheless", "already", "again", "also", "still",
            "then", "even", "now", "had", "has", "have", "was", "is", "briefly", "initially");

    EntityRecognizer(Gazetteer gazetteer, List<Resources.Line> titles) {
        this(gazetteer, titles, List.of());
    }

    EntityRecognizer(Gazetteer gazetteer, List<Resources.Line> titles, List<Resources.Line> instrumentLines) {
        this.gazetteer = gazetteer;
        for (Resources.Line line : instrumentLines) {
            String[] c = line.columns(2);
            Tokens phrase = Tokens.of(c[0].strip().toLowerCase(Locale.ROOT));
            Entity instrument = new Entity(c[1].strip(), EntityKind.OTHER);
            instruments.put(String.join(" ", java.util.Arrays.copyOf(phrase.lower, phrase.size)), instrument);
            if (c.length > 2) {
                instrumentCountries.put(instrument, new Entity(c[2], EntityKind.COUNTRY));
            }
            instrumentWords = Math.max(instrumentWords, phrase.size);
            instrumentFirstWords.add(phrase.lower[0]);
        }
        for (Resources.Line line : titles) {
            String[] c = line.columns(2);
            switch (c[0]) {
                case "person" -> personTitles.add(c[1].toLowerCase(Locale.ROOT));
                case "org" -> orgSuffixes.add(c[1].toLowerCase(Locale.ROOT));
                default -> throw line.error("unknown title kind " + c[0]);
            }
        }
    }

    /** Nouns for a company: "the company", "the carmaker". */
    private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "bank", "group", "carrier", "airline",
            "chipmaker", "carmaker", "automaker", "lender", "insurer", "start-up", "startup", "conglomerate",
            "retailer", "manufacturer", "studio", "club");
    /** Definite noun phrases that stand for the latest organisation or country named: "the company". */
    private static final Set<String> ORG_ANAPHORS = with(COMPANY_NOUNS, "organisation", "organization", "agency",
            "team", "board");
    /** Titles that stay in the name of someone known by one name after them: "Prince Philip", "Sheikh Hasina". */
    private static final Set<String> ROYAL_TITLES = Set.of("prince", "princess", "sheikh", "sheikha", "king", "queen",
            "emir");
    /** Definite noun phrases that stand for the latest place named: "the city", "the territory". */
    private static final Set<String> PLACE_ANAPHORS = Set.of("city", "town", "village", "territory", "province",
            "region");
    private static final Set<String> COUNTRY_ANAPHORS = Set.of("country", "nation", "kingdom", "republic",
            "government", "island", "state", "junta", "navy", "army", "military");
    /** Forces among those, which stand for the country only when the noun is not some member's title: "the army chief". */
    private static final Set<String> FORCES = Set.of("navy", "army", "military");
    private static final Set<String> FORCE_MEMBERS = Set.of("chief", "chiefs", "commander", "commanders", "spokesman",
            "spokeswoman", "spokesperson", "officer", "officers", "general", "generals", "unit", "units", "base",
            "bases", "camp", "veteran", "veterans");
    /** Words that may open a title before a name without being one: "Prime Minister", "Chief Executive". */
    private static final Set<String> TITLE_PREFIX = Set.of("prime", "vice", "deputy", "foreign", "defence",
            "defense", "finance", "chief", "former", "acting", "interim", "race", "climate", "supreme", "crown",
            "health", "home", "interior", "trade", "economy", "general", "attorney", "opposition", "senior",
            "state", "executive", "police", "first", "-", "elect", "lead", "top", "the", "managing", "major", "field",
            "assistant", "advocate");
    /**
     * "Environment Minister Melissa Price", "Treasury Secretary Steven Mnuchin", "Labour MP Jo Cox": a portfolio or
     * a party before a title is no part of the name after it either (only there: "China Energy" is a name).
     */
    private static final Set<String> TITLE_PORTFOLIOS = Set.of("environment", "education", "transport", "energy",
            "agriculture", "treasury", "cabinet", "culture", "immigration", "industry", "science", "tourism",
            "housing", "fisheries", "communications", "commerce", "homeland", "security", "labour", "labor",
            "conservative", "democratic", "republican", "liberal", "green", "air", "free");

    /**
     * What the reader has learnt of the article so far: people by part of their name, the article's
     * own names for organisations by a short form ("Evergrande" for China Evergrande), institutions by
     * their head noun ("the court"), the latest organisation and country, the countries named.
     */
    private static final class Doc {
        final Map<String, Entity> people = new HashMap<>();
        final Map<String, Entity> shortForms = new HashMap<>();
        /** Names of three words or more the gazetteer does not know, by their first word ("Whole Foods Market"). */
        final Map<String, Entity> leads = new HashMap<>();
        final Map<String, Entity> heads = new HashMap<>();
        final Set<String> seen = new HashSet<>();
        /** Countries named in full by the name after their "of": "Congo" for the Democratic Republic of Congo. */
        final Map<String, Entity> countryTails = new HashMap<>();
        /** Organisations whose name opens with a place, by that place: "alaska" for Alaska Airlines. */
        final Map<String, Entity> placeOrgs = new HashMap<>();
        final Entity[] last = new Entity[4]; // organisation-like names (latest, subject of a sentence), countries
        /** The latest place the article named (a city, a region): what "the city" or "the territory" stands for. */
        Entity place;
        /** The country the article is about: named most, by itself, its places or its demonyms; found on first need. */
        private Entity country;
        private boolean countryKnown;
        java.util.function.Supplier<Entity> countryOf = () -> null;

        Entity country() {
            if (!countryKnown) {
                country = countryOf.get();
                countryKnown = true;
            }
            return country;
        }
        /** Capitalised words seen inside sentences: a sentence that opens with one of them opens with a name. */
        final Set<String> midSentence = new HashSet<>();
        /** Words the text also writes in lower case: common words, not names, when they open a sentence. */
        final Set<String> lowerSeen = new HashSet<>();
        final Map<Entity, Role> roles = new HashMap<>();
        final Set<Entity> registered = new HashSet<>();
        final Set<String> personsDone = new HashSet<>();
        /** Words of {@link #people} that stand for someone by a given name ("Abiy"), which a surname outranks. */
        final Set<String> givenNames = new HashSet<>();
        /** How often the article has named each organisation so far, in the order it first named them. */
        final Map<Entity, Integer> orgCounts = new java.util.LinkedHashMap<>();
        /** The first person the article named: whom it is about. */
        Entity firstPerson;
        /** The organisation the article's first sentence names before anything else: whom a lead is about. */
        Entity leadOrg;
        /** The fullest name the article writes for a company the gazetteer knows by a shorter one. */
        final Map<Entity, Entity> fullNames = new HashMap<>();
    }

    /** People's roles as the text gives them by a title: "President Raúl Castro" leads, "Judge Lewis Kaplan" judges. */
    enum Role { LEADER, JUDGE }

    /** The mentions of a text and the roles its titles give people. */
    record Found(List<Mention> mentions, Map<Entity, Role> roles) {
    }

    /** Mentions in reading order; tokens flagged in {@code taken} (time expressions) are skipped. */
    List<Mention> find(Tokens t, boolean[] taken, List<Sentences.Span> sentences) {
        return findAll(t, taken, sentences).mentions();
    }

    /** Mentions in reading order and the roles of the people they name. */
    Found findAll(Tokens t, boolean[] taken, List<Sentences.Span> sentences) {
        List<Mention> out = new ArrayList<>();
        Doc d = new Doc();
        Set<String> openers = new HashSet<>();
        for (Sentences.Span s : sentences) {
            int k = s.from();
            while (k < s.to() && t.shape[k] == Tokens.PUNCT) {
                k++;
            }
            if (k < s.to()) {
                openers.add(t.lower[k]);
            }
        }
        for (Sentences.Span s : sentences) {
            for (int k = s.from(); k < s.to(); k++) {
                if (t.shape[k] != Tokens.WORD || !openers.contains(t.lower[k])) {
                    continue;
                }
                if (!startsUpper(t, k)) {
                    d.lowerSeen.add(t.lower[k]);
                } else if (k > s.from() && t.shape[k - 1] != Tokens.PUNCT && !startsUpper(t, k - 1)) {
                    // "Security firms said" opens with a common word, though the text wrote "National Security
                    // Agency": only a word that opens a name inside a sentence shows it opens one at the start
                    d.midSentence.add(t.lower[k]);
                }
            }
        }
        d.countryOf = () -> mainCountry(t, taken, sentences);
        boolean lead = true;
        for (Sentences.Span s : sentences) {
            int i = s.from();
            boolean orgInSentence = false;
            boolean countryInSentence = false;
            while (i < s.to()) {
                Mention m = agedPerson(t, i, s, d);
                if (m == null && (taken[i] || t.shape[i] == Tokens.PUNCT)) {
                    i++;
                    continue;
                }
                if (m == null) {
                    m = nationalCurrency(instrumentAt(t, i, s, taken), d);
                }
                if (m == null) {
                    m = namedChamber(t, mentionAt(t, i, s, taken, d), s, d);
                }
                if (m == null) {
                    m = placedCompanyAt(t, i, s, d);
                }
                if (m == null) {
                    m = anaphorAt(t, i, s, d);
                }
                if (m == null) {
                    m = officialsAt(t, i, s, taken, d);
                }
                if (m == null) {
                    i++;
                    continue;
                }
                if (codeName(t, m.from(), s)) {
                    m = new Mention(m.from(), m.to(), m.entity(), null, false); // names an operation, not who ran it
                }
                out.add(m);
                Entity named = m.actor() != null ? m.actor() : m.entity();
                if (named.kind() == EntityKind.OTHER && placeBefore(t, m, s)) {
                    d.place = named; // "from Tampa, Florida": a town the gazetteer does not know, no company
                } else if (named.kind() == EntityKind.ORGANIZATION || named.kind() == EntityKind.OTHER) {
                    d.last[0] = named;
                    if ((named.kind() == EntityKind.ORGANIZATION || !EventExtractor.likelyPerson(named))
                            && !publicBody(named)) {
                        d.orgCounts.merge(named, 1, Integer::sum);
                    }
                    if (lead && out.size() == 1 && !m.locative() && d.orgCounts.containsKey(named)) {
                        d.leadOrg = named;
                    }
                    if (!orgInSentence) {
                        d.last[1] = named; // the first organisation of a sentence is usually its subject
                        orgInSentence = true;
                    }
                } else if (named.kind() == EntityKind.PLACE) {
                    d.place = named;
                } else if (named.kind() == EntityKind.COUNTRY) {
                    int of = named.name().lastIndexOf(" of ");
                    if (of > 0) {
                        d.countryTails.putIfAbsent(named.name().substring(of + 4), named);
                    }
                    d.last[2] = named;
                    if (!countryInSentence) {
                        d.last[3] = named;
                        countryInSentence = true;
                    }
                }
                if (d.firstPerson == null && (named.kind() == EntityKind.PERSON || named.kind() == EntityKind.OTHER
                        && EventExtractor.likelyPerson(named))) {
                    d.firstPerson = named;
                }
                registerAcronym(m.entity(), d.people);
                d.seen.add(m.entity().name());
                if (m.actor() != null) {
                    d.seen.add(m.actor().name());
                }
                if (m.entity().kind() == EntityKind.PERSON || m.entity().kind() == EntityKind.OTHER) {
                    registerPerson(t, m, d);
                }
                registerOrganisation(m.entity(), d);
                registerApposition(t, m, s, d);
                Role role = m.entity().kind() == EntityKind.PERSON || m.entity().kind() == EntityKind.OTHER
                        ? titleRole(t, m.from(), s) : null;
                if (role != null) {
                    d.roles.putIfAbsent(m.entity(), role);
                }
                articleSpelling(t, m, d);
                if (m.entity().kind() == EntityKind.ORGANIZATION && m.also() == null) {
                    String surface = t.text.substring(t.start[m.from()], t.end[m.to() - 1]);
                    Entity previous = d.fullNames.get(m.entity());
                    if (surface.length() > m.entity().name().length() && surface.indexOf(' ') > 0
                            && (previous == null || surface.length() > previous.name().length())) {
                        d.fullNames.put(m.entity(), new Entity(surface, EntityKind.ORGANIZATION));
                    }
                }
                i = m.to();
            }
            lead = false;
        }
        if (d.fullNames.isEmpty()) {
            return new Found(out, d.roles);
        }
        // "Samsung Electronics said ...; Samsung asked ...": every mention also names the article's full name
        List<Mention> withFull = new ArrayList<>(out.size());
        for (Mention m : out) {
            Entity full = m.also() == null && m.actor() != null ? d.fullNames.get(m.actor()) : null;
            withFull.add(full == null ? m : new Mention(m.from(), m.to(), m.entity(), m.actor(), m.locative(), full));
        }
        return new Found(withFull, d.roles);
    }

    /** "a teenager from Tampa, Florida": a name before a comma and a known place is a place ("Shares in Acme" are not). */
    private boolean placeBefore(Tokens t, Mention m, Sentences.Span s) {
        if (m.to() + 1 >= s.to() || !t.lower[m.to()].equals(",")) {
            return false;
        }
        Gazetteer.Match g = gazetteer.longest(t, m.to() + 1, s.to());
        return g != null && g.from() == m.to() + 1 && isPlace(g);
    }

    /** "drills code-named Joint Sword", "an offensive dubbed Operation Dawn": the name that follows is the event's. */
    private static boolean codeName(Tokens t, int from, Sentences.Span s) {
        int k = from - 1;
        if (k < s.from()) {
            return false;
        }
        String w = t.lower[k];
        return w.equals("codenamed") || w.equals("dubbed") || w.equals("named") && k - 2 >= s.from()
                && t.lower[k - 1].equals("-") && t.lower[k - 2].equals("code");
    }

    /**
     * "Luiz Inacio Lula da Silva", "Sergei Lavrov": the article's own spelling of a person the gazetteer writes
     * otherwise ("Luiz Inácio", "Sergey") is kept beside the gazetteer's name for every mention of that person.
     */
    private void articleSpelling(Tokens t, Mention m, Doc d) {
        boolean person = m.entity().kind() == EntityKind.PERSON
                || m.entity().kind() == EntityKind.OTHER && EventExtractor.likelyPerson(m.entity());
        String surface = t.text.substring(t.start[m.from()], t.end[m.to() - 1]);
        // "Organisation for Security and Co-operation in Europe": a body's name in the article's spelling is kept
        // beside the gazetteer's ("Organization ...")
        if (m.entity().kind() == EntityKind.ORGANIZATION && m.also() == null && m.to() - m.from() >= 3
                && !surface.equals(m.entity().name()) && sameSpelling(plain(surface), plain(m.entity().name()))) {
            d.fullNames.putIfAbsent(m.entity(), new Entity(surface, EntityKind.ORGANIZATION));
            return;
        }
        if (!person || m.also() != null || m.to() - m.from() < 2) {
            return;
        }
        Entity known = m.entity();
        if (gazetteer.lookup(known.name()) == null) {
            // a name the gazetteer does not know whose surname it knows as a person's: "Sergei Lavrov"
            Gazetteer.Entry last = gazetteer.lookup(t.text.substring(t.start[m.to() - 1], t.end[m.to() - 1]));
            if (last == null || last.entity().kind() != EntityKind.PERSON) {
                return;
            }
            known = last.entity();
        }
        if (surface.equals(known.name()) || !sameSpelling(plain(surface), plain(known.name()))) {
            return;
        }
        d.fullNames.putIfAbsent(known, new Entity(surface, EntityKind.PERSON));
    }

    /** Lower case without accents: "luiz inacio" for "Luiz Inácio". */
    private static String plain(String s) {
        return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** Two spellings of one name: the same words, each differing in at most one letter ("sergei", "sergey"). */
    private static boolean sameSpelling(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length) {
            return false;
        }
        for (int k = 0; k < x.length; k++) {
            if (x[k].equals(y[k])) {
                continue;
            }
            if (x[k].length() != y[k].length() || x[k].length() < 4) {
                return false;
            }
            int diff = 0;
            for (int c = 0; c < x[k].length(); c++) {
                diff += x[k].charAt(c) != y[k].charAt(c) ? 1 : 0;
            }
            if (diff > 1) {
                return false;
            }
        }
        return true;
    }

    /** Head words of the names of places: "Monroe County", "Hokkaido Prefecture", "Kangaroo Island". */
    private static final Set<String> PLACE_HEADS = Set.of("county", "province", "district", "prefecture", "island",
            "islands", "peninsula", "oblast", "governorate", "parish", "borough", "township", "canton");

    /**
     * "an Air India Boeing 787", "Pakistan International Airlines Airbus A320", "Ukraine International Airlines Flight
     * 752": an airline's name ends where the maker of its aircraft or the word "Flight" begins.
     */
    private static int airlineEnd(Tokens t, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            if (AIRCRAFT_MAKERS.contains(t.lower[k]) || t.lower[k].equals("flight") && k - from >= 2) {
                return k;
            }
        }
        return end;
    }

    /** Makers of airliners, whose name after an airline's starts the aircraft's model. */
    private static final Set<String> AIRCRAFT_MAKERS = Set.of("boeing", "airbus", "bombardier", "embraer", "atr",
            "antonov", "tupolev", "ilyushin", "sukhoi", "comac", "cessna", "dash", "fokker", "mcdonnell");

    private static final Set<String> LEADER_TITLES = Set.of("president", "premier", "king", "queen", "emperor",
            "sultan", "emir");

    /** "President Raúl Castro", "Prime Minister Fumio Kishida", "Judge Linda Chan": the role a title before a name gives. */
    private static Role titleRole(Tokens t, int from, Sentences.Span s) {
        int k = from - 1;
        if (k < s.from()) {
            return null;
        }
        String w = t.lower[k];
        String before = k - 1 >= s.from() ? t.lower[k - 1] : "";
        if (before.equals("vice") || before.equals("deputy") || before.equals("former") || before.equals("-")
                || before.equals("ex")) {
            return null;
        }
        if (LEADER_TITLES.contains(w) || w.equals("minister") && before.equals("prime")) {
            return Role.LEADER;
        }
        if (w.equals("judge") || w.equals("justice") || w.equals("magistrate")) {
            return Role.JUDGE;
        }
        return null;
    }

    private Mention mentionAt(Tokens t, int i, Sentences.Span s, boolean[] taken, Doc d) {
        Map<String, Entity> people = d.people;
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
            if (ca != null && ca.requires().stream().anyMatch(d.seen::contains)) {
                return mention(t, i + 1, i + 2, new Gazetteer.Entry(ca.entity(), null), s);
            }
        }
        if (!cap) {
            return articleOpensName(t, i, s, taken);
        }
        // "reports in The New York Times", "the album The Next Day": a capital "The" inside a sentence is part of
        // a title the gazetteer does not know
        if (t.lower[i].equals("the") && i > s.from() && t.shape[i - 1] == Tokens.WORD && i + 1 < s.to()
                && startsUpper(t, i + 1) && !taken[i + 1] && !afterDateline(t, i, s)) {
            Mention inner = mentionAt(t, i + 1, s, taken, d);
            if (inner != null && inner.from() == i + 1 && inner.actor() == inner.entity()
                    && (inner.entity().kind() == EntityKind.OTHER || inner.entity().kind() == EntityKind.ORGANIZATION)
                    && gazetteer.lookup(inner.entity().name()) == null) {
                Entity titled = new Entity(t.text.substring(t.start[i], t.end[inner.to() - 1]), inner.entity().kind());
                return new Mention(i, inner.to(), titled, titled, inner.locative(), inner.also());
            }
        }
        if (isTitleBeforeName(t, i, s, taken)) {
            return null; // "President Joe Biden", "Judge Peter Cahill": the title is not part of the name
        }
        // "pro-Western protests", "anti-American rallies": a capitalised word after "pro-" or "anti-" is an adjective
        if (i - 2 >= s.from() && t.lower[i - 1].equals("-") && t.adjacent(i - 2) && t.adjacent(i - 1)
                && (t.lower[i - 2].equals("pro") || t.lower[i - 2].equals("anti"))
                || (t.lower[i].equals("pro") || t.lower[i].equals("anti")) && i + 1 < s.to()
                && t.lower[i + 1].equals("-") && t.adjacent(i)) {
            return null;
        }
        Mention he = familyNameHe(t, i, s, taken);
        if (he != null) {
            return he;
        }
        boolean sentenceStart = i == s.from() || t.shape[i - 1] == Tokens.PUNCT && i - 1 == s.from()
                || afterDateline(t, i, s);
        // "Born David Robert Jones", "Neighbouring Liberia": a common word opening the sentence is no part of a name
        if (sentenceStart && i + 1 < s.to() && startsUpper(t, i + 1) && !taken[i + 1]
                && !d.midSentence.contains(t.lower[i]) && gazetteer.longest(t, i, s.to()) == null
                && (d.lowerSeen.contains(t.lower[i]) || commonForm(t.lower[i]) && !personClauseAfter(t, i, s, taken))) {
            return null;
        }
        // "Residents of Springfield", "Shares of Acme": a plural common noun opening a sentence before "of" is no
        // part of the name after it
        if (sentenceStart && i + 2 < s.to() && t.lower[i + 1].equals("of") && startsUpper(t, i + 2)
                && t.lower[i].length() > 4 && t.lower[i].endsWith("s") && !t.lower[i].endsWith("ss")
                && !t.isAllCaps(i) && !d.midSentence.contains(t.lower[i]) && !orgSuffixes.contains(t.lower[i])
                && !INSTITUTION_HEADS.contains(t.lower[i]) && gazetteer.longest(t, i, s.to()) == null) {
            return null;
        }
        Gazetteer.Match g = gazetteer.longest(t, i, s.to());
        // "South Africans voted", "North Koreans": the plural of a demonym of two words
        if ((g == null || g.to() <= i + 1) && i + 1 < s.to() && !taken[i + 1] && startsUpper(t, i + 1)
                && t.lower[i + 1].length() > 4 && t.lower[i + 1].endsWith("s")
                && !(i + 2 < s.to() && startsUpper(t, i + 2) && !taken[i + 2])) {
            Entity two = countryOfPlural(t.text.substring(t.start[i], t.end[i + 1]));
            if (two != null) {
                return new Mention(i, i + 2, two, two, false);
            }
        }
        // "Chileans rejected the text", "Colombians voted": the people of a country, by the plural of its demonym
        if (g == null && t.lower[i].length() > 5 && t.lower[i].endsWith("s")
                && !(i + 1 < s.to() && startsUpper(t, i + 1) && !taken[i + 1])) {
            Entity one = countryOfPlural(t.text.substring(t.start[i], t.end[i]));
            if (one != null) {
                return new Mention(i, i + 1, one, one, false);
            }
        }
        // "Moon" once the article has introduced Moon Jae-in: the person, not the place the word also names;
        // "Medvedev" once it has introduced Daniil Medvedev: him, not the politician the gazetteer knows by it
        EntityKind gk = g == null ? null : g.entry().entity().kind();
        // "Montenegro" once it has introduced Luís Montenegro and never named the country: him; "Ford" once it has
        // introduced Doug Ford and never named the carmaker
        Entity person = g != null && g.to() == i + 1 && (gk == EntityKind.PLACE || gk == EntityKind.OTHER
                || gk == EntityKind.PERSON || (gk == EntityKind.COUNTRY || gk == EntityKind.ORGANIZATION)
                && !d.seen.contains(g.entry().entity().name()))
                ? people.get(t.lower[i]) : null;
        if (person != null && EventExtractor.likelyPerson(person) && runEnd(t, i, s.to(), taken) <= i + 1
                && !(i > s.from() && (LOCATIVE.contains(t.lower[i - 1]) || t.lower[i - 1].equals("from")))) {
            return new Mention(i, i + 1, person, person, false);
        }
        if (g != null && !overlapsTaken(taken, g.from(), g.to()) && capitalisedWords(t, g.from(), g.to())) {
            int run = airlineEnd(t, i, runEnd(t, i, s.to(), taken));
            EntityKind kind = g.entry().entity().kind();
            // "Silicon Valley Bank", "Swiss National Bank", "China Evergrande", "Africa Centres for Disease Control":
            // a place or a country opening a longer name is part of that name
            // "US Food and Drug Administration": a country's short name before a body the gazetteer knows in full
            // is that body, the country its own
            Gazetteer.Match rest = run > g.to() ? gazetteer.longest(t, g.to(), run) : null;
            // ("the American Food and Drug Administration": a demonym too, before a body of its own country)
            if (rest != null && rest.to() == run && kind == EntityKind.COUNTRY && g.to() - g.from() == 1
                    && (t.isAllCaps(g.from()) || t.lower[g.from()].equals(g.entry().entity().name().toLowerCase(Locale.ROOT))
                    || g.entry().entity().equals(rest.entry().standsFor()))
                    && rest.entry().entity().kind() == EntityKind.ORGANIZATION) {
                Entity body = rest.entry().entity();
                return new Mention(i, run, body, body, false, g.entry().entity());
            }
            if (run > g.to() && (kind == EntityKind.PLACE || kind == EntityKind.COUNTRY) && extendsName(t, g.to(), run, s)) {
                // "the United States Supreme Court", "the Australian High Court": the institution by its full name,
                // the name as written known too
                String tail = kind == EntityKind.COUNTRY ? t.text.substring(t.start[g.to()], t.end[run - 1]) : null;
                if (tail != null && NATIONAL_INSTITUTIONS.contains(tail.toLowerCase(Locale.ROOT))) {
                    Entity written = new Entity(t.text.substring(t.start[i], t.end[run - 1]), EntityKind.ORGANIZATION);
                    Entity full = new Entity(ofCountry(tail, g.entry().entity()), EntityKind.ORGANIZATION);
                    return new Mention(i, run, full, full, false, written);
                }
                Mention n = named(t, i, run, s, d);
                return new Mention(n.from(), n.to(), n.entity(), n.actor(), false, g.entry().entity());
            }
            // "Samsung Electronics": the article's fuller name for a company the gazetteer knows
            if (run > g.to() && kind == EntityKind.ORGANIZATION && orgSuffixes.contains(t.lower[run - 1])
                    && extendsName(t, g.to(), run, s)) {
                Entity org = new Entity(t.text.substring(t.start[i], t.end[run - 1]), EntityKind.ORGANIZATION);
                return new Mention(i, run, org, org, false, g.entry().entity());
            }
            // "Congo" once the article has written "the Democratic Republic of Congo": the country it named
            Entity longer = kind == EntityKind.COUNTRY ? d.countryTails.get(g.entry().entity().name()) : null;
            if (longer != null && !longer.equals(g.entry().entity())) {
                return mention(t, g.from(), g.to(), new Gazetteer.Entry(longer, null), s);
            }
            Entity body = g.to() - g.from() == 1 && kind == EntityKind.PLACE ? d.placeOrgs.get(t.lower[i]) : null;
            if (body != null && run == g.to() && !(i > s.from() && (LOCATIVE.contains(t.lower[i - 1])
                    || t.lower[i - 1].equals("from")))) {
                return new Mention(i, i + 1, body, body, false); // "Alaska grounded its fleet"
            }
            Entity local = g.to() - g.from() == 1 ? d.shortForms.get(t.lower[i]) : null;
            if (local != null && kind == EntityKind.ORGANIZATION && run == g.to()
                    && local.name().toLowerCase(Locale.ROOT).contains(g.entry().entity().name().toLowerCase(Locale.ROOT))) {
                return new Mention(i, i + 1, local, local, false, g.entry().entity());
            }
            Mention bank = countrysBank(t, g, s);
            if (bank != null) {
                return bank;
            }
            Mention own = ownCongress(t, g, s, d);
            if (own != null) {
                return own;
            }
            Mention chamber = ownChamber(t, g, s, d);
            if (chamber != null) {
                return chamber;
            }
            Mention leader = countrysLeader(t, g, s, d);
            if (leader != null) {
                return leader;
            }
            return mention(t, g.from(), g.to(), g.entry(), s);
        }
        // "Evergrande" once the article wrote "China Evergrande", "Leicester" after "Leicester City"
        // (but "Adani" is Gautam Adani once the article has named him, not "Adani Enterprises")
        Entity local = d.shortForms.get(t.lower[i]);
        Entity namesake = local == null ? null : people.get(t.lower[i]);
        if (local != null && !(namesake != null && EventExtractor.likelyPerson(namesake))
                && !(i + 1 < s.to() && startsUpper(t, i + 1) && !taken[i + 1])) {
            return new Mention(i, i + 1, local, local, false);
        }
        // "Whole Foods" after "Whole Foods Market": the leading words of a longer name the article wrote
        Entity longer = d.leads.get(t.lower[i]);
        if (longer != null) {
            int lead = leadingPart(t, i, runEnd(t, i, s.to(), taken), longer);
            if (lead > i + 1) {
                return new Mention(i, lead, longer, longer, false);
            }
        }
        // a person the article introduced, by a part of the name ("Bankman-Fried", "Kim")
        Entity known = people.get(t.lower[i]);
        if (known != null && known.kind() != EntityKind.ORGANIZATION && i + 1 < s.to()
                && NAMED_BODIES.contains(t.lower[i + 1])) {
            // "the Zuma foundation said": the body named after the person, written in lower case
            Entity body = new Entity(known.name() + " " + capitalised(t.lower[i + 1]), EntityKind.ORGANIZATION);
            return new Mention(i, i + 2, body, body, false);
        }
        if (known != null && !(i + 1 < s.to() && startsUpper(t, i + 1) && !taken[i + 1])) {
            int to = i + 1;
            if (to + 1 < s.to() && t.lower[to].equals("-") && t.adjacent(i) && t.adjacent(to)
                    && startsUpper(t, to + 1)) {
                to += 2;
            }
            return new Mention(i, to, known, known, false);
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
                // "Prince Philip", "Sheikh Hasina": a royal title before a single name is part of how it is known
                if (end - i == 1 && ROYAL_TITLES.contains(t.lower[i - 1]) && t.isCapitalised(i - 1)) {
                    name = t.text.substring(t.start[i - 1], t.end[i - 1]) + " " + name;
                }
                Entity p = new Entity(name, EntityKind.PERSON);
                return new Mention(i, end, p, p, false);
            }
        }
        int end = runEnd(t, i, s.to(), taken);
        // "an Air India Boeing 787", "a Kestrel Airways Airbus A320": the airline's name ends where the maker of
        // its aircraft begins
        end = airlineEnd(t, i, end);
        end = personBeforeOf(t, i, end);
        if (end > i) {
            // "Korean Air", "the Korean War": the adjective opens a name when a capitalised head follows it
            // that is no title ("Korean President Yoon")
            boolean opens = !NOT_NAMES.contains(t.lower[i]) || gluedAmpersand(t, i, end) || capitalisedFunctionWord(t, i, end, s) || (t.lower[i].equals("korean") || COMPASS.contains(t.lower[i])
                    || t.lower[i].equals("state") && (orgSuffixes.contains(t.lower[end - 1])
                    || institutionBeforeJoiner(t, i, end)))
                    && end - i >= 2 && !personTitles.contains(t.lower[i + 1]) && !TITLE_PREFIX.contains(t.lower[i + 1]);
            // "Acme Corp.", "Ministry of Defence" (its first word is the suffix: matched by run)
            int last = end - 1;
            if ((orgSuffixes.contains(t.lower[last]) || orgSuffixes.contains(t.lower[i]) && end - i >= 3
                    || headOfBody(t, i, end)) && end - i >= 2 && opens) {
                return named(t, i, end, s, d);
            }
            int words = end - i;
            // any other proper name: an actor the gazetteer does not know ("Nintendo", "Hurricane Ian")
            // a single capitalised word opening a sentence is a name when the text also writes it so
            // inside a sentence ("Nintendo"), not when it is just the first word ("Investors")
            boolean nameAtStart = words >= 2 || d.midSentence.contains(t.lower[i])
                    || t.lower[i].equals("parliament") // "Parliament will meet again on May 19": the country's
                    || sentenceStart && apposedAtStart(t, end, s) && !d.lowerSeen.contains(t.lower[i])
                    && !commonForm(t.lower[i]) && !Words.PREPOSITIONS.contains(t.lower[i])
                    && !LOCATIVE.contains(t.lower[i]);
            // a hyphen joins two parts of one word: "Notre-Dame de Paris" is four words; nor does a particle
            // inside a name count as a word: "Monte dei Paschi di Siena" is three (the "said" check below still
            // counts particles)
            int hyphens = 0;
            int particles = 0;
            for (int k = i + 1; k < end - 1; k++) {
                hyphens += t.lower[k].equals("-") && t.adjacent(k - 1) && t.adjacent(k) ? 2
                        : t.lower[k].equals("'s") || t.lower[k].equals(".") ? 1 : 0; // "People's", "F." are one word
                particles += NAME_JOINERS.contains(t.lower[k]) && Character.isLowerCase(t.text.charAt(t.start[k])) ? 1 : 0;
            }
            hyphens += t.lower[end - 1].equals(".") ? 1 : 0; // "Jr."
            boolean longName = words - hyphens - particles <= 4 || words <= 10 && hasJoiner(t, i, end);
            // a single name inside a sentence before "said" is a speaker too: "the shipping group Maersk said";
            // so is a body's name joined by "of" or "for" ("the Harbour Safety Board of Norway said"), which
            // names no person
            if (longName && opens && (!sentenceStart || nameAtStart)
                    && !(end < s.to() && SPEECH.contains(t.lower[end]) && (words > 1 || sentenceStart)
                    && !(words >= 3 && hasJoiner(t, i, end) && !personTitles.contains(t.lower[i])
                    && !(TITLE_PREFIX.contains(t.lower[i]) && !institutionBeforeJoiner(t, i, end))))) {
                String name = t.text.substring(t.start[i], t.end[end - 1]);
                Entity known3 = words == 1 ? people.get(t.lower[i]) : null;
                if (known3 != null) {
                    return new Mention(i, end, known3, known3, false);
                }
                // "Suu Kyi" once the article has written "Aung San Suu Kyi": the last words of a person's name
                Entity tail = words >= 2 ? people.get(t.lower[end - 1]) : null;
                if (tail != null && tail.kind() != EntityKind.ORGANIZATION && tail.name().toLowerCase(Locale.ROOT)
                        .endsWith(" " + name.toLowerCase(Locale.ROOT))) {
                    return new Mention(i, end, tail, tail, false);
                }
                if (words >= 2) {
                    return nearPlace(t, i, s, named(t, i, end, s, d));
                }
                Entity other = new Entity(name, EntityKind.OTHER);
                return nearPlace(t, i, s, new Mention(i, end, other, other, false));
            }
            // "Jane Doe said"
            if (words >= 2 && words - hyphens <= 3 && end < s.to() && SPEECH.contains(t.lower[end])
                    && !NOT_NAMES.contains(t.lower[i])) {
                if (acronymInName(t, i, end)) {
                    return named(t, i, end, s, d); // "USA Rowing said": a body, not a person
                }
                String name = t.text.substring(t.start[i], t.end[end - 1]);
                Entity p = new Entity(name, EntityKind.PERSON);
                return new Mention(i, end, p, p, false);
            }
        }
        return null;
    }

    /**
     * "the company", "the country": the latest organisation or country the article named; "the court",
     * "the Commission", "the regulator", "the same court": the latest institution of that kind.
     */
    private static Mention anaphorAt(Tokens t, int i, Sentences.Span s, Doc d) {
        Entity[] last = d.last;
        // "their union", "its board": a possessive before the head noun of a body the article named
        if ((t.lower[i].equals("their") || t.lower[i].equals("its")) && i + 1 < s.to() && !t.isCapitalised(i + 1)
                && !(i + 2 < s.to() && t.isCapitalised(i + 2) && t.lower[i + 2].length() > 1)) {
            Entity institution = d.heads.get(t.lower[i + 1]);
            return institution == null ? null : new Mention(i + 1, i + 2, institution, institution, false);
        }
        if (!t.lower[i].equals("the") || i + 1 >= s.to()) {
            return null;
        }
        int k = i + 1;
        if (t.lower[k].equals("same") || t.lower[k].equals("central") && k + 1 < s.to()
                && t.lower[k + 1].equals("bank")) {
            k++;
        }
        // not "the Bank of Korea", a name of its own
        boolean namedOf = k + 2 < s.to() && t.isCapitalised(k) && t.lower[k + 1].equals("of") && t.isCapitalised(k + 2);
        if (k < s.to() && !namedOf && !(k + 1 < s.to() && t.isCapitalised(k + 1) && !t.lower[k + 1].equals("'s")
                && t.lower[k + 1].length() > 1)) {
            Entity institution = d.heads.get(t.lower[k]);
            if (institution != null && (!t.isCapitalised(k) || !t.isCapitalised(i + 1) || k == i + 1)) {
                return new Mention(i + 1, k + 1, institution, institution, false);
            }
        }
        // "the electoral commission", "the supreme court": the country's institution, written in lower case
        if (i + 2 < s.to() && !t.isCapitalised(i + 1) && INSTITUTION_WORDS.contains(t.lower[i + 2])
                && NATIONAL_INSTITUTIONS.contains(t.lower[i + 1] + " " + t.lower[i + 2]) && d.country() != null) {
            String name = ofCountry(capitalised(t.lower[i + 1]) + " " + capitalised(t.lower[i + 2]), d.country());
            Entity e = new Entity(name, EntityKind.ORGANIZATION);
            return new Mention(i + 1, i + 3, e, e, false);
        }
        String w = t.lower[i + 1];
        if (t.isCapitalised(i + 1) || i + 2 < s.to() && t.isCapitalised(i + 2) && t.lower[i + 2].length() > 1
                && !t.lower[i + 2].equals("'s")) {
            return null;
        }
        // "the government" without a country just before is the government of the country the article
        // names most: an obituary's "the government declared three days of mourning"
        if (w.equals("government") && d.country() != null && !(i > s.from() && t.lower[i - 1].equals("'s"))) {
            return new Mention(i + 1, i + 2, d.country(), d.country(), false);
        }
        // "The presidential palace congratulated her": the head of state's office, as a subject, speaks for the country
        if (w.equals("presidential") && i == s.from() && i + 2 < s.to() && t.lower[i + 2].equals("palace")
                && d.country() != null) {
            return new Mention(i + 1, i + 3, d.country(), d.country(), false);
        }
        // "the company" is the company the text is about: the first one named in a recent sentence
        // "The board will meet tomorrow" is the company's; "he will leave the board" names no one
        boolean object = w.equals("board") && i > s.from() && t.shape[i - 1] == Tokens.WORD
                && !t.lower[i - 1].equals("and") && !t.lower[i - 1].equals("that");
        Entity e = object ? null : ORG_ANAPHORS.contains(w) ? companyOf(d)
                : COUNTRY_ANAPHORS.contains(w) && !(FORCES.contains(w) && i + 2 < s.to()
                        && FORCE_MEMBERS.contains(t.lower[i + 2])) ? (last[3] != null ? last[3] : last[2])
                : PLACE_ANAPHORS.contains(w) && !(i + 3 < s.to() && t.lower[i + 2].equals("of")
                        && t.isCapitalised(i + 3)) ? d.place : null; // not "the town of Hay River"
        if (e == null && w.equals("state")) {
            e = d.place; // "when the state voted" in an article that names Karnataka and no country
        }
        return e == null ? null : new Mention(i + 1, i + 2, e, e, false);
    }

    /** Nouns for a company that a nationality or a home town may qualify: "the Danish drugmaker". */
    private static final Set<String> PLACED_COMPANY_NOUNS = with(COMPANY_NOUNS, "maker", "planemaker", "drugmaker",
            "giant", "broadcaster", "operator", "miner", "board");

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /**
     * "the Danish company", "The Tokyo conglomerate", "the Italian club": a company qualified by its country or
     * its home town, with no name after it, is the company the article is about (as "the company" is), not the
     * country or the town.
     */
    private Mention placedCompanyAt(Tokens t, int i, Sentences.Span s, Doc d) {
        if (!t.lower[i].equals("the") || i + 2 >= s.to() || !startsUpper(t, i + 1)) {
            return null;
        }
        Gazetteer.Match g = gazetteer.longest(t, i + 1, s.to());
        if (g == null || g.from() != i + 1 || g.entry().entity().kind() != EntityKind.COUNTRY
                && g.entry().entity().kind() != EntityKind.PLACE) {
            return null;
        }
        for (int k = g.to(); k < s.to() && k <= g.to() + 2; k++) {
            if (t.shape[k] != Tokens.WORD || t.isCapitalised(k)) {
                return null;
            }
            if (PLACED_COMPANY_NOUNS.contains(t.lower[k])) {
                if (k + 1 < s.to() && (t.isCapitalised(k + 1) && t.shape[k + 1] == Tokens.WORD
                        || t.lower[k + 1].equals("-"))) {
                    return null; // "the Danish company Novo Nordisk": the name follows
                }
                Entity e = companyOf(d);
                // the noun alone is the mention, so that "Danish drugmaker" is never read as the company's full name
                return e == null ? null : new Mention(k, k + 1, e, e, false);
            }
        }
        return null;
    }

    /**
     * "Police detained the 79-year-old", "the 35-year-old American was banned": a person described by age alone
     * is the person the article is about, the first it named (its age is read as a duration, so this looks past
     * that).
     */
    private Mention agedPerson(Tokens t, int i, Sentences.Span s, Doc d) {
        if (!t.lower[i].equals("the") || i + 1 >= s.to()) {
            return null;
        }
        int aged = ageEnd(t, i + 1, s);
        Entity person = aged > 0 ? d.firstPerson : null;
        return person == null ? null : new Mention(i + 1, aged, person, person, false);
    }

    /**
     * The end of "79-year-old" at token {@code k}, with a demonym after it ("the 35-year-old American");
     * -1 when the words there are no age standing alone (not "the 35-year-old striker's goal").
     */
    private int ageEnd(Tokens t, int k, Sentences.Span s) {
        if (k + 4 >= s.to() || t.shape[k] != Tokens.NUMBER || !t.lower[k + 1].equals("-")
                || !t.lower[k + 2].equals("year") || !t.lower[k + 3].equals("-") || !t.lower[k + 4].equals("old")) {
            return -1;
        }
        int end = k + 5;
        if (end < s.to() && t.isCapitalised(end)) {
            Gazetteer.Entry e = gazetteer.lookup(t.text.substring(t.start[end], t.end[end]));
            if (e == null || e.entity().kind() != EntityKind.COUNTRY || e.entity().name().equalsIgnoreCase(t.lower[end])) {
                return -1;
            }
            end++;
        }
        return end < s.to() && t.shape[end] == Tokens.WORD && !Words.isPastVerb(t, end) && !SPEECH.contains(t.lower[end])
                && !Words.PREPOSITIONS.contains(t.lower[end]) && !Words.MODALS.contains(t.lower[end])
                && !AUXILIARIES.contains(t.lower[end]) ? -1 : end;
    }

    private static final Set<String> AUXILIARIES = Set.of("is", "was", "has", "had", "have", "who", "and", "said");

    /**
     * The company "the company" stands for: the one the article has named most, at least twice and more
     * often than any other; else the first organisation of the latest sentence that named one.
     */
    private static Entity companyOf(Doc d) {
        Entity best = null;
        int most = 1;
        boolean tie = false;
        for (Map.Entry<Entity, Integer> e : d.orgCounts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        if (best != null && !tie) {
            return best;
        }
        if (d.leadOrg != null && (best == null || d.orgCounts.get(d.leadOrg) == most)) {
            return d.leadOrg; // no company named more than the others: the one the article opened with
        }
        return d.last[1] != null ? d.last[1] : d.last[0];
    }

    /** Head words of public bodies, which "the company" never stands for. */
    private static final Set<String> PUBLIC_BODY_WORDS = Set.of("court", "commission", "council", "ministry",
            "department", "agency", "authority", "assembly", "parliament", "congress", "nations", "police", "forces",
            "army", "navy", "government", "committee", "tribunal", "senate", "house", "office", "bureau",
            "administration", "service", "party", "union", "organization", "organisation", "federation");

    /** Spaces and hyphens between the words of a name. */
    private static final java.util.regex.Pattern NAME_BREAKS = java.util.regex.Pattern.compile("[\\s-]+");
    /** Combining marks, left by decomposing accented letters. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    private static boolean publicBody(Entity e) {
        for (String w : NAME_BREAKS.split(e.name().toLowerCase(Locale.ROOT))) {
            if (PUBLIC_BODY_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Bodies of a state named without their state: "the transport ministry", "Border officials", "ministers". */
    private static final Set<String> STATE_BODIES = Set.of("ministry", "ministers", "officials", "authorities",
            "prosecutors", "regulators", "lawmakers", "legislators", "parliamentarians");
    /** Words before "officials" that make them another body's: "party officials", "club officials". */
    private static final Set<String> OTHER_BODIES = Set.of("company", "club", "party", "union", "campaign", "team",
            "league", "bank", "airline", "hospital", "school", "university", "church", "firm", "group", "opposition",
            "rebel", "militia", "city", "county", "provincial", "regional", "municipal", "airport", "port", "town");
    /** Words that may stand before such a body and keep it the state's. */
    private static final Set<String> STATE_MODIFIERS = Set.of("border", "health", "foreign", "finance", "transport",
            "interior", "defence", "defense", "justice", "trade", "economy", "education", "environment", "energy",
            "agriculture", "government", "state", "federal", "senior", "top", "military", "security", "immigration",
            "customs", "election", "electoral", "public", "tax", "aviation", "emergency", "official", "local",
            "national", "financial", "culture", "labour", "labor", "home", "treasury");

    /**
     * "the transport ministry said", "Border officials rejected his paperwork", "ministers delayed the work": a
     * body of a state that the sentence does not name is the state the article is about; not "Boeing officials",
     * "Chinese officials", "the company's officials" or "police in 16 countries", which belong to what is named.
     */
    private static Mention officialsAt(Tokens t, int i, Sentences.Span s, boolean[] taken, Doc d) {
        int k = i;
        if (t.lower[k].equals("the")) {
            k++;
        }
        int from = k;
        while (k < s.to() && k - from < 2 && STATE_MODIFIERS.contains(t.lower[k])) {
            k++;
        }
        if (k >= s.to() || !STATE_BODIES.contains(t.lower[k]) || t.isCapitalised(k) && k > s.from()) {
            return null;
        }
        if (i > s.from() && (t.lower[i - 1].equals("'s") || OTHER_BODIES.contains(t.lower[i - 1])
                || t.isCapitalised(i - 1) && !taken[i - 1] && !afterDateline(t, i, s) && t.shape[i - 1] == Tokens.WORD)) {
            return null;
        }
        if (k + 2 < s.to() && (t.lower[k + 1].equals("in") || t.lower[k + 1].equals("from") || t.lower[k + 1].equals("at")
                || t.lower[k + 1].equals("of")) && (t.isCapitalised(k + 2) || t.shape[k + 2] == Tokens.NUMBER)) {
            return null;
        }
        Entity country = d.country();
        return country == null ? null : new Mention(from, k + 1, country, country, false);
    }

    /** Institutions every country has, named in full with their country: "Supreme Court of the United Kingdom". */
    private static final Set<String> NATIONAL_INSTITUTIONS = Set.of("supreme court", "high court", "constitutional court",
            "federal court", "court of appeal", "electoral commission", "constitutional council", "election commission");
    private static final Set<String> INSTITUTION_WORDS = Set.of("court", "commission", "council", "appeal");
    /** Countries whose name takes "the" after "of". */
    private static final Set<String> WITH_ARTICLE = Set.of("United States", "United Kingdom", "Netherlands",
            "Philippines", "Czech Republic", "Democratic Republic of Congo", "Central African Republic",
            "Dominican Republic", "Bahamas", "Gambia", "United Arab Emirates", "Maldives", "Comoros");
    /** The words an institution's name is headed by, for "the court", "the regulator", "the agency". */
    private static final Map<String, List<String>> HEAD_NOUNS = Map.ofEntries(
            Map.entry("court", List.of("court", "tribunal")), Map.entry("tribunal", List.of("tribunal", "court")),
            Map.entry("commission", List.of("commission")), Map.entry("academy", List.of("academy")),
            Map.entry("committee", List.of("committee")), Map.entry("council", List.of("council")),
            Map.entry("regulator", List.of("authority", "commission", "administration", "agency", "board", "office")),
            Map.entry("watchdog", List.of("authority", "commission", "administration", "agency", "board", "office")),
            Map.entry("agency", List.of("agency", "administration", "organisation", "organization", "authority",
                    "centres", "centers", "bureau", "service")),
            Map.entry("union", List.of("union", "guild", "federation")), Map.entry("guild", List.of("guild")),
            Map.entry("ministry", List.of("ministry", "department")), Map.entry("party", List.of("party")),
            Map.entry("parliament", List.of("parliament", "assembly")), Map.entry("bank", List.of("bank")),
            Map.entry("lender", List.of("bank")), Map.entry("university", List.of("university")),
            Map.entry("institute", List.of("institute")), Map.entry("foundation", List.of("foundation")),
            Map.entry("association", List.of("association")), Map.entry("alliance", List.of("alliance")),
            Map.entry("group", List.of("group")), Map.entry("airline", List.of("airlines", "airways")),
            Map.entry("carrier", List.of("airlines", "airways")), Map.entry("club", List.of("club", "city", "united",
                    "fc")), Map.entry("studio", List.of("studios", "pictures")),
            Map.entry("organisation", List.of("organisation", "organization")),
            Map.entry("organization", List.of("organization", "organisation")), Map.entry("panel", List.of("panel")),
            Map.entry("assembly", List.of("assembly")), Map.entry("festival", List.of("festival")),
            Map.entry("museum", List.of("museum")));
    /**
     * Heads of place names that "the" and the head stand for once the article has named the place: "the territory"
     * for the Northwest Territories, "the island" for White Island, "the county" for Rockland County.
     */
    private static final Map<String, String> PLACE_NAME_HEADS = Map.ofEntries(Map.entry("territory", "territory"),
            Map.entry("territories", "territory"), Map.entry("island", "island"), Map.entry("county", "county"),
            Map.entry("province", "province"), Map.entry("bridge", "bridge"), Map.entry("port", "port"),
            Map.entry("crater", "crater"), Map.entry("station", "station"));
    /** For each head word of a name, the anaphors that stand for it: "court" for "the court", "the tribunal". */
    private static final Map<String, List<String>> ANAPHORS_BY_HEAD = byHead();

    private static Map<String, List<String>> byHead() {
        Map<String, List<String>> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : HEAD_NOUNS.entrySet()) {
            for (String head : e.getValue()) {
                out.computeIfAbsent(head, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v.stream().sorted().toList()));
        return Map.copyOf(out);
    }

    /** Heads of bodies whose members a plural of the name stands for: "the writers" for the Writers Guild. */
    private static final Set<String> MEMBER_BODIES = Set.of("guild", "union", "association", "federation", "league",
            "congress", "confederation", "society", "alliance", "college", "syndicate");
    /** Plurals in such names that name no members. */
    private static final Set<String> NOT_MEMBERS = Set.of("states", "nations", "sciences", "services", "affairs",
            "rights", "games", "industries", "islands", "americas", "emirates", "studies", "arts", "news", "sports",
            "motors", "airlines", "airways", "pictures", "studios", "relations", "means", "resources", "works");

    /** Leading words of names too common to stand for the name alone. */
    private static final Set<String> GENERIC_NAME_WORDS = Set.of("new", "north", "south", "east", "west", "united",
            "national", "international", "royal", "general", "federal", "central", "supreme", "european", "american",
            "world", "global", "first", "great", "grand", "high", "constitutional", "state", "people", "democratic",
            "republican", "social", "labour", "liberal", "conservative", "free", "public", "china", "saudi",
            "the", "galaxy", "apple", "air", "bank", "space", "real", "inter", "sporting", "club", "institute",
            "university", "ministry", "court", "commission", "department", "office", "council", "agency", "city",
            "county", "party", "group", "company");

    /** A name read from a run of capitalised words, with its short forms and its country where it needs one. */
    private Mention named(Tokens t, int from, int to, Sentences.Span s, Doc d) {
        int end = to;
        int last = to - 1;
        if (end < s.to() && t.lower[end].equals(".") && t.adjacent(last) && (t.lower[last].equals("corp")
                || t.lower[last].equals("inc") || t.lower[last].equals("co") || t.lower[last].equals("ltd"))) {
            end++;
        }
        String name = t.text.substring(t.start[from], t.end[end - 1]);
        boolean org = orgSuffixes.contains(t.lower[last]) || orgSuffixes.contains(t.lower[from]);
        String lower = name.toLowerCase(Locale.ROOT);
        if (NATIONAL_INSTITUTIONS.contains(lower) && !(end < s.to() && t.lower[end].equals("of"))) {
            Entity country = countryBefore(t, from, s);
            if (country == null) {
                country = d.country();
            }
            if (country != null) {
                // the name as written stays known too: "the Constitutional Court" is how the article says it
                Entity written = new Entity(name, org ? EntityKind.ORGANIZATION : EntityKind.OTHER);
                Entity full = new Entity(ofCountry(name, country), written.kind());
                return new Mention(from, end, full, full, false, written);
            }
            // "Quebec's Court of Appeal", "Ohio's Supreme Court": a state's or a province's own institution
            Entity place = provinceBefore(t, from, s);
            if (place != null) {
                Entity full = new Entity(place.name() + " " + name, EntityKind.ORGANIZATION);
                return new Mention(from, end, full, full, false, place);
            }
        }
        // "Monroe County", "Kangaroo Island", "Puna District": a name headed by a word for a division of land or a
        // feature of it is a place, somewhere things happen when a locative word comes before it
        if (!org && to - from >= 2 && PLACE_HEADS.contains(t.lower[last]) && !hasJoiner(t, from, to)) {
            Entity place = new Entity(name, EntityKind.PLACE);
            boolean locative = from > s.from() && (LOCATIVE.contains(t.lower[from - 1]) || t.lower[from - 1].equals("from"));
            return new Mention(from, end, place, locative ? null : place, locative);
        }
        Entity e = new Entity(name, org ? EntityKind.ORGANIZATION : EntityKind.OTHER);
        // "Signature Bank of New York", "Writers Guild of America": the place the name ends with is named too
        Entity place = null;
        for (int k = end - 2; k > from; k--) {
            if (t.lower[k].equals("of")) {
                Gazetteer.Match g = gazetteer.longest(t, k + 1, end);
                if (g != null && g.to() == end && isPlace(g)) {
                    place = g.entry().entity();
                }
                break;
            }
        }
        return new Mention(from, end, e, e, false, place);
    }

    /**
     * "the American president said", "the French prime minister": with no name after the title, the leader of
     * that country the article has already named (one only), by the gazetteer's terms of office.
     */
    private Mention countrysLeader(Tokens t, Gazetteer.Match g, Sentences.Span s, Doc d) {
        Entity country = g.entry().entity();
        int k = g.to();
        if (country.kind() != EntityKind.COUNTRY || g.from() == s.from() || !t.lower[g.from() - 1].equals("the")
                || k >= s.to()) {
            return null;
        }
        if (t.lower[k].equals("prime") && k + 1 < s.to() && t.lower[k + 1].equals("minister")) {
            k++;
        } else if (!LEADER_TITLES.contains(t.lower[k]) && !t.lower[k].equals("chancellor")) {
            return null;
        }
        if (k + 1 < s.to() && (startsUpper(t, k + 1) || t.lower[k + 1].equals("'s") && k + 2 < s.to()
                && startsUpper(t, k + 2))) {
            return null; // "the American president Joe Biden": the name follows
        }
        Entity found = null;
        for (Entity p : new LinkedHashSet<>(d.people.values())) {
            if (p.kind() == EntityKind.PERSON && gazetteer.led(p, country)) {
                if (found != null && !found.equals(p)) {
                    return null;
                }
                found = p;
            }
        }
        return found == null ? null : new Mention(g.from(), k + 1, found, found, false);
    }

    /**
     * The country whose demonym {@code plural} is with an "s" ("Chileans", "South Africans"), or null: not a
     * country's own name with an "s", nor a word the gazetteer does not list as a country's.
     */
    private Entity countryOfPlural(String plural) {
        String singular = plural.substring(0, plural.length() - 1);
        Gazetteer.Entry e = gazetteer.lookup(singular);
        return e != null && e.entity().kind() == EntityKind.COUNTRY && !e.entity().name().equalsIgnoreCase(singular)
                ? e.entity() : null;
    }

    /** "Egypt's central bank": the bank by its name ("Central Bank of Egypt"), when known, and the country too. */
    private Mention countrysBank(Tokens t, Gazetteer.Match g, Sentences.Span s) {
        int k = g.to();
        if (k + 2 >= s.to() || g.entry().entity().kind() != EntityKind.COUNTRY || !t.lower[k].equals("'s")
                || !t.lower[k + 1].equals("central") || !t.lower[k + 2].equals("bank")
                || k + 3 < s.to() && t.isCapitalised(k + 3)) {
            return null; // not "Russia's central bank Governor Elvira Nabiullina"
        }
        Entity bank = gazetteer.centralBank(g.entry().entity());
        return bank == null ? null : new Mention(g.from(), k + 3, bank, bank, false, g.entry().entity());
    }

    /**
     * "the new Congress would push the overhaul through" in an article about Mexico, Peru or the Philippines:
     * a bare "Congress" is the legislature of the country the article is about, when that is not the United
     * States (which the gazetteer's alias names) and the article has not named the United States either.
     */
    private Mention ownCongress(Tokens t, Gazetteer.Match g, Sentences.Span s, Doc d) {
        if (!bareCongress(t, g) || !g.entry().entity().name().equals("United States Congress")) {
            return null;
        }
        Entity country = d.country();
        if (country != null && country.name().equals("United States") || d.seen.contains("United States")) {
            return null;
        }
        // an article that names no country and not the United States ("The Congress won 64 of the 119 seats" in
        // Telangana): the Congress of that story, whichever it is, not Washington's
        Entity congress = new Entity("Congress", EntityKind.ORGANIZATION);
        return new Mention(g.from(), g.to(), congress, congress, false, country);
    }

    /** Chambers the gazetteer knows by their bare name, which most countries' parliaments have. */
    private static final Set<String> CHAMBERS = Set.of("Senate", "House of Representatives");

    /**
     * "the Senate ordered his arrest" in an article about the Philippines: the chamber of the country just before it
     * or of the country the article is about, by its full name ("Senate of the Philippines"), the bare name known too;
     * not in the United States, where "the Senate" is a state's as often as the nation's.
     */
    private Mention ownChamber(Tokens t, Gazetteer.Match g, Sentences.Span s, Doc d) {
        Entity chamber = g.entry().entity();
        return CHAMBERS.contains(chamber.name()) ? chamberOf(t, g.from(), g.to(), chamber, s, d) : null;
    }

    /** Chambers the gazetteer does not know, found as names: "Parliament", "the National Assembly". */
    private static final Set<String> NAMED_CHAMBERS = Set.of("Parliament", "National Assembly", "Chamber of Deputies");

    /**
     * "Parliament approved the budget" in an article about Sri Lanka: a chamber found by its bare name is the
     * country's, by its full name ("Parliament of Sri Lanka"), as {@link #ownChamber} makes of the Senate.
     */
    private Mention namedChamber(Tokens t, Mention m, Sentences.Span s, Doc d) {
        if (m == null || m.also() != null || !m.entity().equals(m.actor())
                || !NAMED_CHAMBERS.contains(m.entity().name())) {
            return m;
        }
        Mention own = chamberOf(t, m.from(), m.to(), m.entity(), s, d);
        return own == null ? m : own;
    }

    /**
     * The chamber written from {@code from} to {@code to} as the chamber of the country just before it or of the
     * country the article is about, the bare name known too; null in the United States, or with no country.
     */
    private Mention chamberOf(Tokens t, int from, int to, Entity chamber, Sentences.Span s, Doc d) {
        Entity country = countryBefore(t, from, s);
        if (country == null) {
            country = d.country();
        }
        if (country == null || country.name().equals("United States")) {
            return null;
        }
        // of the bare name's kind: "Chamber of Deputies", a name found in the text, leaves the event its country
        Entity full = new Entity(ofCountry(chamber.name(), country), chamber.kind());
        return new Mention(from, to, full, full, false, chamber);
    }

    /** A bare "Congress", which the gazetteer reads as the United States' and other countries write for their own. */
    private static boolean bareCongress(Tokens t, Gazetteer.Match g) {
        return g.to() - g.from() == 1 && t.lower[g.from()].equals("congress");
    }

    /**
     * "He Jiankui was fined", "the economist He Lifeng": the Chinese family name He before a capitalised given
     * name the gazetteer does not know, where the pronoun would stand before a verb; the article's later
     * "He announced" is that person (the family name registers as for Xi or Kim).
     */
    private Mention familyNameHe(Tokens t, int i, Sentences.Span s, boolean[] taken) {
        if (!t.lower[i].equals("he") || !startsUpper(t, i) || i + 2 >= s.to() || taken[i + 1]
                || t.shape[i + 1] != Tokens.WORD || !startsUpper(t, i + 1) || t.isAllCaps(i + 1)
                || gazetteer.longest(t, i + 1, s.to()) != null || personTitles.contains(t.lower[i + 1])
                || NOT_NAMES.contains(t.lower[i + 1])) {
            return null;
        }
        int end = i + 2;
        if (end + 1 < s.to() && t.lower[end].equals("-") && t.adjacent(end - 1) && t.adjacent(end)) {
            end += 2; // "He Li-ping"
        }
        if (end < s.to() && capitalisedWord(t, end)) {
            return null; // "He Told Reporters": a headline's capitals
        }
        Entity p = new Entity(t.text.substring(t.start[i], t.end[end - 1]), EntityKind.PERSON);
        return new Mention(i, end, p, p, false);
    }

    /**
     * "an overpass near Lecco collapsed", "a camp outside Goma": a name the gazetteer does not know right after
     * "near" or "outside" is a place, where the event happened.
     */
    private static Mention nearPlace(Tokens t, int i, Sentences.Span s, Mention m) {
        if (i <= s.from() || !(t.lower[i - 1].equals("near") || t.lower[i - 1].equals("outside"))
                || m.entity().kind() != EntityKind.OTHER) {
            return m;
        }
        Entity place = new Entity(m.entity().name(), EntityKind.PLACE);
        return new Mention(m.from(), m.to(), place, null, true);
    }

    /** Bodies named after a person: "the Zuma foundation" is the Jacob Zuma Foundation. */
    private static final Set<String> NAMED_BODIES = Set.of("foundation", "trust", "institute", "charity");

    /** "USA Rowing", "BBC Studios": an acronym beside a mixed-case word marks a body's name, not a person's. */
    private static boolean acronymInName(Tokens t, int from, int to) {
        boolean acronym = false;
        boolean mixed = false;
        for (int k = from; k < to; k++) {
            if (t.shape[k] != Tokens.WORD) {
                continue;
            }
            String w = t.text.substring(t.start[k], t.end[k]);
            if (w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase)) {
                acronym = true;
            } else if (w.chars().anyMatch(Character::isLowerCase)) {
                mixed = true;
            }
        }
        return acronym && mixed;
    }

    /** Currencies of one name in several countries: the name each takes in the country's own news. */
    private static final Map<String, Map<String, String>> CURRENCIES = Map.of(
            "peso", Map.of("Mexico", "Mexican peso", "Argentina", "Argentine peso", "Chile", "Chilean peso",
                    "Colombia", "Colombian peso", "Philippines", "Philippine peso", "Uruguay", "Uruguayan peso",
                    "Cuba", "Cuban peso", "Dominican Republic", "Dominican peso"),
            "Indian rupee", Map.of("Pakistan", "Pakistani rupee", "Sri Lanka", "Sri Lankan rupee",
                    "Nepal", "Nepalese rupee", "Mauritius", "Mauritian rupee"));

    /**
     * "The peso slid" in an article about Mexico is the Mexican peso, "the rupee" in one about Pakistan the
     * Pakistani rupee: a currency several countries name alike is the one of the country the article is about.
     */
    private static Mention nationalCurrency(Mention m, Doc d) {
        Map<String, String> byCountry = m == null ? null : CURRENCIES.get(m.entity().name());
        Entity country = byCountry == null ? null : d.country();
        String name = country == null ? null : byCountry.get(country.name());
        if (name == null) {
            return m;
        }
        Entity currency = new Entity(name, m.entity().kind());
        return new Mention(m.from(), m.to(), currency, currency, m.locative(), country);
    }

    /** "Oil prices climbed", "Brent crude rose", "the yen weakened": a market or commodity that moves. */
    private Mention instrumentAt(Tokens t, int i, Sentences.Span s, boolean[] taken) {
        if (t.shape[i] != Tokens.WORD || !instrumentFirstWords.contains(t.lower[i])) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        Entity best = null;
        int bestEnd = i;
        for (int k = i; k < s.to() && k < i + instrumentWords && !taken[k] && t.shape[k] == Tokens.WORD; k++) {
            if (k > i) {
                key.append(' ');
            }
            key.append(t.lower[k]);
            Entity e = instruments.get(key.toString());
            if (e != null) {
                best = e;
                bestEnd = k + 1;
            }
        }
        if (best == null) {
            return null;
        }
        // the word after it must name a price or a move; an adverb or an auxiliary may stand between ("Brent crude
        // sharply rose", "the rouble had already fallen"), and so may a clause set off by commas ("bitcoin, which
        // lost a fifth of its value, slipped")
        int k = bestEnd;
        if (k + 1 < s.to() && t.lower[k].equals(",") && t.lower[k + 1].equals("which")) {
            int close = k + 2;
            while (close < s.to() && close < k + 25 && !t.lower[close].equals(",")) {
                close++;
            }
            k = close + 1;
        }
        for (int skipped = 0; k < s.to() && skipped <= 2; k++, skipped++) {
            if (MARKET_WORDS.contains(t.lower[k])) {
                return new Mention(i, bestEnd, best, best, false, instrumentCountries.get(best));
            }
            if (!t.lower[k].endsWith("ly") && !t.lower[k].equals("futures") && !MARKET_ASIDES.contains(t.lower[k])) {
                break;
            }
        }
        return null;
    }

    /** The country an article names most, counting its cities and demonyms: where its institutions are. */
    private Entity mainCountry(Tokens t, boolean[] taken, List<Sentences.Span> sentences) {
        Map<Entity, Integer> counts = new HashMap<>();
        Entity best = null;
        int bestCount = 0;
        for (Sentences.Span s : sentences) {
            for (int i = s.from(); i < s.to(); i++) {
                if (taken[i] || !startsUpper(t, i) || t.shape[i] != Tokens.WORD) {
                    continue;
                }
                Gazetteer.Match g = gazetteer.longest(t, i, s.to());
                if (g == null) {
                    continue;
                }
                Gazetteer.Entry e = g.entry();
                Entity c = e.entity().kind() == EntityKind.COUNTRY ? e.entity()
                        : e.standsFor() != null && e.standsFor().kind() == EntityKind.COUNTRY ? e.standsFor() : null;
                // a bare "Congress" says nothing of the country: India's Congress party, the congresses of Peru
                // or the Philippines are written so too (the gazetteer's alias is the United States')
                if (c != null && !bareCongress(t, g)) {
                    int n = counts.merge(c, 1, Integer::sum);
                    if (n > bestCount) {
                        bestCount = n;
                        best = c;
                    }
                }
                i = g.to() - 1;
            }
        }
        return best;
    }

    /** "Supreme Court of the United States": an institution's name with its country's. */
    private static String ofCountry(String institution, Entity country) {
        String c = country.name();
        return institution + " of " + (WITH_ARTICLE.contains(c) ? "the " : "") + c;
    }

    /**
     * "Quebec's Court of Appeal": a place that stands for no country (a state, a province) just before an
     * institution, with a possessive.
     */
    private Entity provinceBefore(Tokens t, int from, Sentences.Span s) {
        int k = from - 1;
        if (k - 1 < s.from() || !t.lower[k].equals("'s")) {
            return null;
        }
        for (int j = Math.max(s.from(), k - 3); j < k; j++) {
            Gazetteer.Match g = gazetteer.longest(t, j, k);
            if (g != null && g.to() == k && g.entry().entity().kind() == EntityKind.PLACE
                    && g.entry().standsFor() == null) {
                return g.entry().entity();
            }
        }
        return null;
    }

    /** "Australia's Federal Court", "the Australian Federal Court": the country just before an institution. */
    private Entity countryBefore(Tokens t, int from, Sentences.Span s) {
        int k = from - 1;
        if (k >= s.from() && t.lower[k].equals("the")) {
            k--;
        }
        if (k >= s.from() && t.lower[k].equals("'s")) {
            k--;
        }
        for (int j = Math.max(s.from(), k - 3); j <= k; j++) {
            Gazetteer.Match g = gazetteer.longest(t, j, k + 1);
            if (g != null && g.to() == k + 1) {
                Gazetteer.Entry e = g.entry();
                if (e.entity().kind() == EntityKind.COUNTRY) {
                    return e.entity();
                }
                if (e.standsFor() != null && e.standsFor().kind() == EntityKind.COUNTRY) {
                    return e.standsFor();
                }
            }
        }
        return null;
    }

    /** True when the words after a place in a capitalised run continue a name rather than start a title or a person. */
    private boolean extendsName(Tokens t, int from, int to, Sentences.Span s) {
        if (t.lower[from].equals("-") || t.lower[from].equals("of") || t.lower[from].equals("and")) {
            return false;
        }
        // "United States Justice Department": a word that is otherwise a title names the body the run ends with
        // "Ohio Supreme Court", "Nepal Police": so does a word that may open a title ("Supreme Leader", "Police
        // Chief") when the run ends on the head of a body's name
        boolean body = orgSuffixes.contains(t.lower[to - 1]) && !personTitles.contains(t.lower[to - 1])
                && (to - from >= 2 || TITLE_PREFIX.contains(t.lower[from]));
        for (int k = from; k < to; k++) {
            String w = t.lower[k];
            if (k > from && JOINERS.contains(w)) {
                continue; // "Africa Centres for Disease Control and Prevention"
            }
            if (body && (personTitles.contains(w) || TITLE_PREFIX.contains(w))) {
                continue;
            }
            if (personTitles.contains(w) || TITLE_PREFIX.contains(w) && !w.equals("general") && !w.equals("state")
                    && !w.equals("first") || NOT_NAMES.contains(w) && !w.equals("the")) {
                return false;
            }
        }
        Gazetteer.Match g = gazetteer.longest(t, from, to);
        return g == null || g.entry().entity().kind() == EntityKind.ORGANIZATION || g.entry().entity().kind() == EntityKind.OTHER;
    }

    /** Last words of newspapers' names: "Post", "Times", "Herald". */
    private static final Set<String> MASTHEADS = Set.of("post", "times", "journal", "herald", "tribune", "gazette",
            "chronicle", "telegraph", "globe", "inquirer", "observer", "courier", "examiner", "sun", "star", "mail",
            "express", "standard", "independent", "guardian");

    private static final Set<String> JOINERS = Set.of("of", "for", "and", "&");

    /** Head nouns of public bodies whose names join two words with "and": "Food and Drug Administration". */
    private static final Set<String> INSTITUTION_HEADS = Set.of("administration", "authority", "agency",
            "commission", "service", "services", "bank", "board", "council", "office", "institute", "department",
            "ministry", "organisation", "organization", "association", "fund", "foundation", "federation",
            "committee", "centre", "centres", "center", "centers", "producers", "union", "corporation");

    /**
     * Head nouns of companies and parties whose names join two words with "and" ("Wuhan Iron and Steel", "Pacific Gas
     * and Electric", "Korea Hydro and Nuclear Power", "Justice and Development Party"), read only after two words or
     * more, so that "Siemens and General Electric" stay two.
     */
    private static final Set<String> COMPANY_HEADS = Set.of("steel", "construction", "resorts", "electric", "power",
            "engineering", "industries", "chemicals", "chemical", "electricity", "party", "prevention", "enforcement",
            "museum", "sciences", "wildlife");

    /**
     * Head nouns that end a company's whole name: "Silicon Valley Bank", "Kyushu Electric Power" ("Electricity and
     * Water Authority" goes on).
     */
    private static final Set<String> WHOLE_NAME_HEADS = Set.of("bank", "group", "power", "corporation", "holdings",
            "airlines", "airways", "insurance", "motors");

    /**
     * "Competition and Markets Authority", "Industrial and Commercial Bank of China": "and" at {@code and}
     * inside one name, because the capitalised words after it end in the head noun of a public body and
     * neither side alone is a name the gazetteer knows ("the Federal Reserve and European Central Bank"
     * stay two).
     */
    private boolean andJoinsInstitution(Tokens t, int from, int and, int limit) {
        Gazetteer.Match left = gazetteer.longest(t, from, and);
        if (and - from > 3 || left != null && left.to() == and) {
            return false;
        }
        // "Silicon Valley Bank and Signature Bank", "Kyushu Electric Power and Chugoku Electric Power": a left side
        // that ends in a body's head noun is a whole name already
        if (and - from >= 2 && WHOLE_NAME_HEADS.contains(t.lower[and - 1])) {
            return false;
        }
        // "The Globe and Mail", "The Post and Courier": a newspaper's title after a capital "The"
        boolean title = from > 0 && t.lower[from - 1].equals("the") && startsUpper(t, from - 1);
        for (int k = and + 1; k < Math.min(limit, and + 5); k++) {
            if (!startsUpper(t, k) || t.shape[k] != Tokens.WORD || t.lower[k].equals("the")) {
                return false; // "The Observer and The New York Times" are two
            }
            if (INSTITUTION_HEADS.contains(t.lower[k]) || title && MASTHEADS.contains(t.lower[k])
                    || COMPANY_HEADS.contains(t.lower[k]) && and - from >= 2 && k - and <= 2) {
                return gazetteer.longest(t, and + 1, k + 1) == null;
            }
        }
        return false;
    }

    /**
     * "Henderson Group of London and Janus Capital Group of Denver", "National Bank of Abu Dhabi and First Gulf Bank":
     * a name that ends in "of" and a place the gazetteer knows ends before "and"; "Federation of Bosnia and
     * Herzegovina" goes on, the place being longer than the words before "and", and so does "High Court of England and
     * Wales", a place after "and" too.
     */
    private boolean placeEndsName(Tokens t, int from, int and) {
        int of = and - 1;
        while (of > from && !t.lower[of].equals("of")) {
            of--;
        }
        if (of <= from) {
            return false;
        }
        Gazetteer.Match place = gazetteer.longest(t, of + 1, t.size);
        // "High Court of England and Wales": a place after "and" too is one place named twice
        return place != null && place.to() == and && isPlace(place) && !isPlace(gazetteer.longest(t, and + 1, t.size));
    }

    /** Whether a gazetteer reading names a place or a country. */
    private static boolean isPlace(Gazetteer.Match g) {
        EntityKind kind = g == null ? null : g.entry().entity().kind();
        return kind == EntityKind.PLACE || kind == EntityKind.COUNTRY;
    }

    /**
     * "International Federation of Red Cross Societies", "Global Union of Railways": the head noun of a body
     * before "of" inside a run of capitalised words makes the whole run one organisation's name, its
     * leading adjective included, also right before "said".
     */
    private boolean headOfBody(Tokens t, int from, int to) {
        for (int k = from + 1; k + 2 < to && k - from < 4; k++) {
            if (orgSuffixes.contains(t.lower[k]) && t.lower[k + 1].equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "AT&T", "S&P 500", "PG&E": an ampersand written without spaces between capitalised parts joins one name,
     * even when its first part is also a common word ("at").
     */
    private static boolean gluedAmpersand(Tokens t, int i, int end) {
        return i + 2 < end && t.lower[i + 1].equals("&") && t.adjacent(i) && t.adjacent(i + 1);
    }

    /**
     * "State Bank of India", "State Administration for Market Regulation": the head noun of a body right before
     * "of" or "for" inside a run, which makes a common word opening the run ("State") part of the body's name.
     */
    private boolean institutionBeforeJoiner(Tokens t, int from, int to) {
        for (int k = from + 1; k + 1 < to - 1 && k - from < 4; k++) {
            if ((orgSuffixes.contains(t.lower[k]) || INSTITUTION_HEADS.contains(t.lower[k]))
                    && (t.lower[k + 1].equals("of") || t.lower[k + 1].equals("for"))) {
                return true;
            }
        }
        return false;
    }

    /** Words that make the words before "of" a body's, a place's or a title's name, not a person's. */
    private static final Set<String> NOT_PERSON_WORDS = Set.of("museum", "republic", "academy", "church", "school",
            "college", "cathedral", "statue", "hall", "house", "kingdom", "city", "state", "states", "duke", "duchess",
            "earl", "prince", "princess", "lord", "lady", "bay", "gulf", "sea", "cape", "isle", "wall", "tower",
            "palace", "temple", "order", "knights", "sons", "daughters", "friends", "sisters", "brothers",
            "festival", "games", "cup", "championship", "battle", "siege", "treaty", "act", "day", "week", "year",
            "capital", "bureau", "center", "centre", "network", "channel", "magazine", "review", "press");

    /**
     * "Anne Martel of Lund University", "Evan Lambert of NewsNation": a person's name, two plain capitalised
     * words, before "of" and the body they belong to is a name of its own; the run ends at "of".
     * Bodies ("Bank of America", "Harbour Safety Board of Norway"), places and titles keep their "of".
     */
    private int personBeforeOf(Tokens t, int from, int end) {
        int of = from + 2;
        if (of >= end - 1 || !t.lower[of].equals("of")) {
            return end;
        }
        for (int k = from; k < of; k++) {
            String w = t.lower[k];
            String word = t.text.substring(t.start[k], t.end[k]);
            if (t.shape[k] != Tokens.WORD || word.length() < 2 || t.isAllCaps(k)
                    || !Character.isUpperCase(word.charAt(0)) || word.chars().noneMatch(Character::isLowerCase)
                    || orgSuffixes.contains(w) || INSTITUTION_HEADS.contains(w) || PLACE_HEADS.contains(w)
                    || FEATURES.contains(w) || personTitles.contains(w) || TITLE_PREFIX.contains(w)
                    || GENERIC_NAME_WORDS.contains(w) || NOT_NAMES.contains(w) || NOT_PERSON_WORDS.contains(w)
                    || MASTHEADS.contains(w) || CLUB_WORDS.contains(w) || COMPANY_NOUNS.contains(w)
                    || MEMBER_BODIES.contains(w) || HEAD_NOUNS.containsKey(w)) {
                return end;
            }
            Gazetteer.Entry e = gazetteer.lookup(word);
            if (e != null && e.entity().kind() != EntityKind.PERSON) {
                return end;
            }
        }
        return of;
    }

    /**
     * "the film No Time To Die", "at the All England Club", "the union IF Metall": a function word written with a
     * capital inside a sentence, right after a word in lower case, opens the title or name that follows it.
     */
    private static boolean capitalisedFunctionWord(Tokens t, int i, int end, Sentences.Span s) {
        // "The Three Brotherhood Alliance said": a number word after the sentence's opening "The" is the name's
        boolean afterOpeningThe = i - 1 == s.from() && t.lower[i - 1].equals("the") && NUMBER_WORDS.contains(t.lower[i]);
        if (end - i < 2 || i - 1 <= s.from() && !afterOpeningThe || NAMED_NOT_NAMES.contains(t.lower[i])
                || t.shape[i - 1] != Tokens.WORD || startsUpper(t, i - 1) && !afterOpeningThe || t.lower[i].length() < 2) {
            return false;
        }
        for (int k = i + 1; k < end; k++) {
            if (t.shape[k] == Tokens.WORD && startsUpper(t, k) && NOT_NAMES.contains(t.lower[k])
                    && !NAMED_NOT_NAMES.contains(t.lower[k])) {
                return false; // a headline's capitals: "Says No To All"
            }
        }
        return true;
    }

    /**
     * "an al-Qaeda cell", "the al-Anad air base": a name that opens with the Arabic article in lower case, glued by
     * a hyphen to a capitalised word, is the whole name; the gazetteer's when it knows it.
     */
    private Mention articleOpensName(Tokens t, int i, Sentences.Span s, boolean[] taken) {
        if (!(t.lower[i].equals("al") || t.lower[i].equals("el")) || i + 2 >= s.to() || !t.lower[i + 1].equals("-")
                || !t.adjacent(i) || !t.adjacent(i + 1) || taken[i + 2] || !startsUpper(t, i + 2)
                || t.shape[i + 2] != Tokens.WORD) {
            return null;
        }
        Gazetteer.Match g = gazetteer.longest(t, i, s.to());
        if (g != null && g.from() == i && g.to() > i + 2) {
            return mention(t, g.from(), g.to(), g.entry(), s);
        }
        int end = runEnd(t, i + 2, s.to(), taken);
        if (end <= i + 2 || end - i > 5) {
            return null;
        }
        Entity e = new Entity(t.text.substring(t.start[i], t.end[end - 1]), EntityKind.OTHER);
        return new Mention(i, end, e, e, false);
    }

    /** A run with "of", "and" or "for" inside it: a long institutional name ("Alliance of Motion Picture and ..."). */
    private static boolean hasJoiner(Tokens t, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            String w = t.lower[k];
            if (w.equals("of") || w.equals("for") || w.equals("and") || w.equals("&") || w.equals("on")) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /**
     * "Brightwave, the Danish email provider, said": a word opening the sentence that an apposition describes
     * (a comma, an article, and a comma that closes it) is a name, even when the text writes it only there.
     */
    private static boolean apposedAtStart(Tokens t, int end, Sentences.Span s) {
        if (end + 2 >= s.to() || !t.lower[end].equals(",")
                || !(t.lower[end + 1].equals("the") || t.lower[end + 1].equals("a") || t.lower[end + 1].equals("an"))) {
            return false;
        }
        for (int k = end + 2; k < s.to(); k++) {
            if (t.lower[k].equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Mohamed Bazoum, who was detained ...", "Emily Hart said ...": a person's name opening a sentence, whose first
     * word only looks like a participle or an adverb (-ed, -ing, -ly), shows itself by what follows the run of
     * capitalised words: a relative "who" or a verb of speech.
     */
    private boolean personClauseAfter(Tokens t, int i, Sentences.Span s, boolean[] taken) {
        int end = runEnd(t, i, s.to(), taken);
        if (end - i < 2 || end - i > 4) {
            return false;
        }
        if (end < s.to() && SPEECH.contains(t.lower[end])) {
            return true;
        }
        // "Sayeed Khokon, the mayor of Dhaka South, declared": two names and an apposition after them, where the
        // second word names nothing the gazetteer knows ("Neighbouring Liberia, the ..." stays a place)
        if (end - i == 2 && end + 1 < s.to() && t.lower[end].equals(",") && (t.lower[end + 1].equals("the")
                || t.lower[end + 1].equals("a") || t.lower[end + 1].equals("an"))
                && gazetteer.longest(t, i + 1, end) == null) {
            return true;
        }
        return end + 1 < s.to() && t.lower[end].equals(",")
                && (t.lower[end + 1].equals("who") || t.lower[end + 1].equals("whose"));
    }

    /** Word forms that are common words when they open a sentence: "Neighbouring", "Born", "Shortly". */
    private static boolean commonForm(String w) {
        return w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed") || w.endsWith("ly")) || w.equals("born");
    }

    /** Words that end the noun phrase of an apposition: "the company behind ...", "the agency that ...". */
    private static final Set<String> APPOSITION_ENDS = Set.of("that", "which", "who", "whose", "where", "behind",
            "of", "for", "in", "on", "at", "from", "by", "with", "to", "and", "since", "founded", "based", "owned");

    /**
     * "Heathrow, Europe's busiest airport,", "Kestrel Labs, the testing company that ...": the noun an apposition
     * describes a name by stands for that name later in the article ("the airport said"); not for a person's.
     */
    private void registerApposition(Tokens t, Mention m, Sentences.Span s, Doc d) {
        Entity e = m.actor() != null ? m.actor() : m.entity();
        int k = m.to();
        if (k + 2 >= s.to() || !t.lower[k].equals(",") || EventExtractor.likelyPerson(e)
                || e.kind() == EntityKind.COUNTRY) {
            return;
        }
        k++;
        if (t.lower[k].equals("the") || t.lower[k].equals("a") || t.lower[k].equals("an")) {
            k++;
        } else {
            int j = k;
            while (j < s.to() && j < k + 3 && t.isCapitalised(j)) {
                j++;
            }
            if (j == k || j >= s.to() || !t.lower[j].equals("'s")) {
                return; // neither "the ..." nor "Europe's ..."
            }
            k = j + 1;
        }
        String head = null;
        for (int j = k; j < s.to() && j < k + 7; j++) {
            String w = t.lower[j];
            if (w.equals(",") || APPOSITION_ENDS.contains(w)) {
                if (head != null) {
                    d.heads.putIfAbsent(head, e);
                }
                return;
            }
            if (t.shape[j] != Tokens.WORD || t.isCapitalised(j) || Words.isPastVerb(t, j)) {
                head = null;
                if (t.shape[j] != Tokens.WORD || Words.isPastVerb(t, j)) {
                    return;
                }
                continue;
            }
            head = w.length() >= 4 ? w : null;
        }
    }

    /** A place named in several words ending in a head of {@link #PLACE_NAME_HEADS} is "the" and that head after it. */
    private static void registerPlaceHead(Entity e, Doc d) {
        if (e.name().indexOf(' ') <= 0 || !d.registered.add(e)) {
            return;
        }
        Tokens name = Tokens.of(e.name());
        String anaphor = PLACE_NAME_HEADS.get(name.lower[name.size - 1]);
        if (anaphor != null) {
            d.heads.put(anaphor, e);
        }
    }

    /**
     * An organisation's name stands for it in the rest of the article by its distinctive first or last word
     * ("Evergrande" for China Evergrande, "Leicester" for Leicester City) and, after "the", by its head noun
     * ("the court" for the Federal Court of Australia, "the regulator" for the Competition and Markets Authority).
     */
    private void registerOrganisation(Entity e, Doc d) {
        if (e.kind() == EntityKind.PLACE) {
            registerPlaceHead(e, d);
            return;
        }
        if (e.kind() != EntityKind.ORGANIZATION && e.kind() != EntityKind.OTHER || e.name().indexOf(' ') < 0
                || !d.registered.add(e)) {
            return;
        }
        Tokens name = Tokens.of(e.name());
        if (name.size < 2) {
            return;
        }
        if (name.size >= 3 && name.shape[0] == Tokens.WORD) {
            d.leads.putIfAbsent(name.lower[0], e);
        }
        int ofAt = -1;
        for (int k = 1; k < name.size; k++) {
            // "Panel on Climate Change", "Council on Foreign Relations": a body named for what it deals with
            if (name.lower[k].equals("of") || name.lower[k].equals("for") || name.lower[k].equals("on")) {
                ofAt = k;
                break;
            }
        }
        String head = ofAt > 0 ? name.lower[ofAt - 1] : name.lower[name.size - 1];
        for (String anaphor : ANAPHORS_BY_HEAD.getOrDefault(head, List.of())) {
            d.heads.put(anaphor, e);
        }
        if (ofAt < 0) {
            for (String anaphor : ANAPHORS_BY_HEAD.getOrDefault(name.lower[0], List.of())) {
                d.heads.put(anaphor, e);
            }
        }
        if (e.kind() == EntityKind.ORGANIZATION && (head.equals("bank") || head.equals("reserve"))) {
            d.heads.put("central", e);
        }
        // "Writers Guild of America", "Union of Hospital Nurses": a body of members is "the writers", "the nurses"
        if (MEMBER_BODIES.contains(head)) {
            for (int k = 0; k < name.size; k++) {
                String w = name.lower[k];
                if (k != (ofAt > 0 ? ofAt - 1 : name.size - 1) && w.length() >= 5 && w.endsWith("s")
                        && !w.endsWith("ss") && !NOT_MEMBERS.contains(w) && name.shape[k] == Tokens.WORD) {
                    d.heads.putIfAbsent(w, e);
                }
            }
        }
        String first = name.lower[0];
        // "Alaska Airlines", "Leicester City": the place opening the name stands for the body as a subject
        Gazetteer.Entry place = e.kind() == EntityKind.ORGANIZATION ? gazetteer.lookup(name.text.substring(
                name.start[0], name.end[0])) : null;
        // not a newspaper's masthead ("Washington Post", "Los Angeles Times"): the city does not stand for its paper
        if (place != null && place.entity().kind() == EntityKind.PLACE && ofAt < 0
                && place.entity().name().equalsIgnoreCase(first) && !MASTHEADS.contains(name.lower[name.size - 1])) {
            d.placeOrgs.putIfAbsent(first, e);
        }
        if (first.length() > 2 && name.shape[0] == Tokens.WORD && !GENERIC_NAME_WORDS.contains(first)
                && !NOT_NAMES.contains(first) && gazetteer.lookup(first) == null
                && !(e.kind() == EntityKind.OTHER && likelyPersonName(name))) {
            d.shortForms.putIfAbsent(first, e);
        }
        String lastWord = name.lower[name.size - 1];
        if (ofAt < 0 && lastWord.length() > 2 && name.shape[name.size - 1] == Tokens.WORD
                && !GENERIC_NAME_WORDS.contains(lastWord) && !orgSuffixes.contains(lastWord)
                && !NOT_NAMES.contains(lastWord) && gazetteer.lookup(lastWord) == null
                && !(e.kind() == EntityKind.OTHER && likelyPersonName(name))) {
            d.shortForms.putIfAbsent(lastWord, e);
        }
    }

    private static final Set<String> CLUB_WORDS = Set.of("city", "united", "rovers", "wanderers", "athletic",
            "hotspur", "albion", "county", "fc", "rangers", "celtic");

    /** Two or three plain capitalised words: a person's name more likely than an organisation's. */
    private static boolean likelyPersonName(Tokens name) {
        if (name.size < 2 || name.size > 4 || CLUB_WORDS.contains(name.lower[name.size - 1])) {
            return false;
        }
        for (int k = 0; k < name.size; k++) {
            if (name.shape[k] != Tokens.WORD && !name.lower[k].equals("-")) {
                return false;
            }
        }
        return true;
    }

    /** "Silicon Valley Bank" is later "SVB". */
    private static void registerAcronym(Entity e, Map<String, Entity> people) {
        if (e.kind() == EntityKind.PERSON || e.kind() == EntityKind.PLACE || e.kind() == EntityKind.COUNTRY) {
            return;
        }
        StringBuilder b = new StringBuilder();
        for (String part : NAME_BREAKS.split(e.name())) {
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
        // "central Nairobi", "northern Alberta": a part of a place is somewhere things happen, never its government
        if (entity.kind() == EntityKind.PLACE && from > s.from() && PART_OF_PLACE.contains(t.lower[from - 1])
                && !t.isCapitalised(from - 1)) {
            locative = true;
        }
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
        // "the Pentagon" acts for the United States, "the European Commission" for the European Union
        Entity also = entity.kind() == EntityKind.ORGANIZATION ? e.standsFor() : null;
        return new Mention(from, to, entity, actor, locative, also);
    }

    /** A run of title words ending in a title ("Prime Minister", "Secretary-General") right before a capitalised name. */
    private boolean isTitleBeforeName(Tokens t, int i, Sentences.Span s, boolean[] taken) {
        int k = i;
        boolean title = false;
        while (k < s.to() && k - i < 5 && !taken[k]) {
            String w = t.lower[k];
            if (personTitles.contains(w)) {
                title = true;
            } else if ((TITLE_PREFIX.contains(w) || TITLE_PORTFOLIOS.contains(w))
                    && !(w.equals("-") && !t.adjacent(k - 1))) {
                title = false;
            } else {
                break;
            }
            k++;
        }
        if (!title || k >= s.to() || taken[k] || !startsUpper(t, k) || t.shape[k] != Tokens.WORD) {
            return false;
        }
        // "General Court", "General Motors", "Chancellor Court Ltd": an organisation's name, not a title and a name
        int n = runEnd(t, k, s.to(), taken);
        if (n > k && orgSuffixes.contains(t.lower[n - 1])) {
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
            if (capitalisedWord(t, k) && !t.lower[k].equals("'s")) {
                k++;
            } else if (t.lower[k].equals("-") && k > i && k + 1 < limit && t.adjacent(k - 1) && t.adjacent(k)
                    && t.shape[k + 1] == Tokens.WORD) {
                k += 2;
            } else if (NAME_JOINERS.contains(t.lower[k]) && k > i && k + 1 < limit && (startsUpper(t, k + 1)
                    || t.lower[k + 1].equals("-") && t.adjacent(k) && k + 2 < limit && startsUpper(t, k + 2))) {
                k++; // "Abdel Fattah al-Burhan"
            } else if (t.lower[k].equals(".") && k > i && t.end[k - 1] - t.start[k - 1] == 1 && t.adjacent(k - 1)) {
                k++; // an initial: "George W. Bush"
            } else {
                break;
            }
        }
        int hyphens = 0;
        for (int h = i; h < k; h++) {
            if (t.lower[h].equals("-")) {
                hyphens++;
            }
        }
        // five words at most, a hyphenated one counting once: "Prayut Chan-o-cha" is two
        return k > i + 5 + 2 * hyphens ? i + 5 : k;
    }

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three");

    /** Capitalised heads of bodies named for what they deal with: "Panel on Climate Change", "Council on ...". */
    private static final Set<String> BODIES_ON = Set.of("panel", "conference", "committee", "commission", "convention",
            "platform", "council", "authority", "forum", "center", "centre");

    /**
     * Whether the "on" at {@code k} joins a body's name to its subject: after a capitalised head of {@link #BODIES_ON},
     * before at least two capitalised words (or two joined by "and"), neither a weekday nor a month. "The
     * Intergovernmental Panel on Climate Change", "the Council on Foreign Relations"; not "the Commission on
     * Monday", "the European Commission on Brexit".
     */
    private static boolean onJoinsBody(Tokens t, int i, int k, int limit, boolean[] taken) {
        if (!t.lower[k].equals("on") || k == i || !BODIES_ON.contains(t.lower[k - 1]) || !startsUpper(t, k - 1)
                || k + 2 >= limit || taken[k + 1] || taken[k + 2]) {
            return false;
        }
        int next = t.lower[k + 2].equals("and") && k + 3 < limit && !taken[k + 3] ? k + 3 : k + 2;
        return capitalisedWord(t, k + 1) && capitalisedWord(t, next) && !Words.WEEKDAYS.contains(t.lower[k + 1])
                && !Words.MONTHS.contains(t.lower[k + 1]);
    }

    /** A word (not punctuation or a number) written with a capital. */
    private static boolean capitalisedWord(Tokens t, int k) {
        return startsUpper(t, k) && t.shape[k] == Tokens.WORD;
    }

    /** A run of capitalised words (with "of", "and", "&" inside) starting at {@code i}. */
    private int runEnd(Tokens t, int i, int limit, boolean[] taken) {
        int k = i;
        while (k < limit && !taken[k]) {
            if (capitalisedWord(t, k) && !t.lower[k].equals("'s")) {
                k++;
            } else if ((t.lower[k].equals("of") || t.lower[k].equals("&") || t.lower[k].equals("for")
                    || t.lower[k].equals("and") && !placeEndsName(t, i, k)
                    && (hasJoiner(t, i, k + 1) || andJoinsInstitution(t, i, k, limit)))
                    && k > i && k + 1 < limit && startsUpper(t, k + 1)) {
                // "Centres for Disease Control and Prevention", "Alliance of Motion Picture and Television Producers"
                k++;
            } else if (onJoinsBody(t, i, k, limit, taken)) {
                k++; // "Intergovernmental Panel on Climate Change", "General Conference on Weights and Measures"
            } else if ((t.lower[k].equals("of") || t.lower[k].equals("for")) && k > i && k + 2 < limit
                    && t.lower[k + 1].equals("the") && !taken[k + 2] && startsUpper(t, k + 2)
                    && t.shape[k + 2] == Tokens.WORD && headBefore(t, i, k)) {
                k += 2; // "International Tribunal for the Law of the Sea", "University of the South Pacific"
            } else if (t.lower[k].equals(".") && k > i && initial(t, k - 1) && t.adjacent(k - 1) && k + 1 < limit
                    && !taken[k + 1] && t.shape[k + 1] == Tokens.WORD && (startsUpper(t, k + 1)
                    || NAME_JOINERS.contains(t.lower[k + 1]) && k + 2 < limit && startsUpper(t, k + 2))) {
                k++; // "Robert F. Kennedy", "Peter R. de Vries": a middle initial and its full stop
            } else if (t.lower[k].equals(".") && k > i && k + 1 < limit && t.adjacent(k - 1)
                    && generationSuffix(t, k - 1) && startsUpper(t, k - 1)) {
                k++; // "Robert F. Kennedy Jr., the health secretary"
                break;
            } else if (t.lower[k].equals("-") && k > i && k + 3 < limit && t.adjacent(k - 1) && t.adjacent(k)
                    && t.adjacent(k + 1) && t.adjacent(k + 2) && t.shape[k + 1] == Tokens.WORD
                    && t.lower[k + 1].length() <= 3 && Character.isLowerCase(t.text.charAt(t.start[k + 1]))
                    && t.lower[k + 2].equals("-") && capitalisedWord(t, k + 3)) {
                k += 4; // "Jaish-e-Mohammed", "Hizb-ut-Tahrir": a particle between two hyphens inside one name
                continue;
            } else if (possessiveInName(t, i, k, limit)) {
                k++; // "People's Bank of China", "Tigray People's Liberation Front", "St Peter's Basilica"
            } else if (t.lower[k].equals("&") && k > i && k + 2 < limit && !taken[k + 1] && t.shape[k + 1] == Tokens.WORD
                    && t.lower[k + 1].length() == 1 && capitalisedWord(t, k + 2)) {
                k += 2; // "Seven & i Holdings": a single lower-case letter after an ampersand inside a name
            } else if (k > i && t.shape[k] == Tokens.NUMBER && Words.digits(t.lower[k], 1, 3)
                    && !score(t, k, limit) && !quantity(t, k, limit)
                    && (t.adjacent(k - 1) && t.lower[k - 1].equals("-") || !t.adjacent(k - 1) && startsUpper(t, k - 1)
                    && !(k - 1 == i && t.shape[Math.max(0, i - 1)] == Tokens.PUNCT))) {
                k++; // "Malligyong-1", "Falcon 9", "Apollo 17"
                if (k - i > 8) {
                    return i;
                }
                continue;
            } else if (t.lower[k].equals("-") && k > i && k + 1 < limit && t.adjacent(k - 1) && t.adjacent(k)) {
                k++;
                if (k - i >= 3 && givenNamePart(t, k)) {
                    k++; // "Kim Dae-jung", "Choi Sang-mok": the second syllable of a given name is in lower case
                } else if (k - i >= 2 && k + 2 < limit && t.shape[k] == Tokens.WORD && t.lower[k].length() <= 2
                        && Character.isLowerCase(t.text.charAt(t.start[k])) && t.lower[k + 1].equals("-")
                        && t.adjacent(k) && t.adjacent(k + 1) && givenNamePart(t, k + 2)) {
                    k += 3; // "Prayut Chan-o-cha": a particle and a syllable in lower case after the hyphen
                }
            } else if (NAME_JOINERS.contains(t.lower[k]) && k > i && k + 1 < limit && (startsUpper(t, k + 1)
                    || t.lower[k + 1].equals("-") && t.adjacent(k) && k + 2 < limit && startsUpper(t, k + 2))) {
                k++; // "Omar al-Bashir", "Ursula von der Leyen"
            } else {
                break;
            }
            // "International Federation of Red Cross and Red Crescent Societies": a body's name joined by "of"
            // may run to ten words
            if (k - i > (hasJoiner(t, i, k) ? 10 : 8)) {
                return i;
            }
        }
        // a run that ends on a joining word does not include it
        while (k > i && !startsUpper(t, k - 1) && !(t.lower[k - 1].equals(".") && k - 2 > i
                && generationSuffix(t, k - 2)) && !(t.shape[k - 1] == Tokens.NUMBER && k - 1 > i)
                && !(k - 1 - i >= 3 && t.lower[k - 2].equals("-") && t.adjacent(k - 2) && givenNamePart(t, k - 1))) {
            k--;
        }
        return k;
    }

    /** Heads of bodies whose name goes on after "of the" or "for the": "Tribunal for the Law of the Sea". */
    private static final Set<String> HEADS_BEFORE_THE = Set.of("tribunal", "court", "university", "commission",
            "committee", "council", "organisation", "organization", "agency", "bank", "office", "institute",
            "federation", "association", "fund", "foundation", "union", "authority", "board");

    /** Whether a word of {@code [from, to)} heads a body whose name goes on after "of the" or "for the". */
    private static boolean headBefore(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (HEADS_BEFORE_THE.contains(t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** Words whose possessive opens the rest of a name rather than a thing they own: "People's Bank of China". */
    private static final Set<String> POSSESSIVE_NAME_WORDS = Set.of("people", "women", "children", "men",
            "veterans", "workers", "farmers", "citizens", "nations");
    /** Saints' titles, whose possessive names a building or a place: "St Peter's Basilica", "Saint Mary's Hospital". */
    private static final Set<String> SAINTS = Set.of("st", "saint", "ste", "san", "santa");

    /**
     * "People's Bank of China", "Tigray People's Liberation Front", "St Peter's Basilica": a possessive at {@code k}
     * inside a run of capitalised words belongs to the name when the word it follows is a collective noun that names
     * no owner ("People", "Women") or a saint's name, and a capitalised word follows it; "China's Foreign Ministry"
     * stays two names.
     */
    private static boolean possessiveInName(Tokens t, int i, int k, int limit) {
        if (k <= i || k + 1 >= limit || !t.lower[k].equals("'s") || !startsUpper(t, k + 1)
                || t.shape[k + 1] != Tokens.WORD || !startsUpper(t, k - 1)) {
            return false;
        }
        return POSSESSIVE_NAME_WORDS.contains(t.lower[k - 1]) || k - 2 >= i && SAINTS.contains(t.lower[k - 2]);
    }

    /**
     * "Lyon 2-1", "the Harbour Hawks 8-7 win": a score after a team's name (two numbers of one or two digits joined
     * by a hyphen or a dash) is no part of the name, unlike "Falcon 9" or "Boeing 737-800".
     */
    private static boolean score(Tokens t, int k, int limit) {
        if (k + 2 >= limit || t.lower[k].length() > 2 || !t.adjacent(k) || !t.adjacent(k + 1)
                || t.shape[k + 2] != Tokens.NUMBER || !Words.digits(t.lower[k + 2], 1, 2)) {
            return false;
        }
        String dash = t.lower[k + 1];
        return dash.equals("-") || dash.equals("\u2013") || dash.equals("\u2014");
    }

    /** Words after a number that make it an amount, not a part of the name before it. */
    private static final Set<String> AMOUNT_WORDS = Set.of("million", "billion", "trillion", "thousand", "per",
            "percent", "%", "crore", "lakh", "euros", "dollars", "pounds", "crowns", "kronor", "kroner", "yen", "yuan",
            "rupees", "francs", "rand", "pesos", "reais", "won", "naira", "shillings", "days", "weeks", "months",
            "years", "hours", "points", "votes", "seats", "times");

    /**
     * "fined Porsche 535 million euros", "gave Sassou Nguesso 60 per cent": a number followed by an amount's word is
     * the amount, not a part of the name ("Falcon 9 rocket", "Tihange 2" keep theirs).
     */
    private static boolean quantity(Tokens t, int k, int limit) {
        return k + 1 < limit && AMOUNT_WORDS.contains(t.lower[k + 1]);
    }

    /** "Jr" or "Sr" after a name, whose full stop belongs to the name ("Robert F. Kennedy Jr."). */
    private static boolean generationSuffix(Tokens t, int k) {
        return t.lower[k].equals("jr") || t.lower[k].equals("sr");
    }

    /** A single capital letter: a middle initial ("F" in "Robert F. Kennedy"). */
    private static boolean initial(Tokens t, int k) {
        return t.shape[k] == Tokens.WORD && t.end[k] - t.start[k] == 1 && Character.isUpperCase(t.text.charAt(t.start[k]));
    }

    /** Short words that follow a name's hyphen as an adjective ("Hamas-run", "Trump-era"), not as a syllable. */
    private static final Set<String> HYPHEN_SUFFIXES = Set.of("led", "run", "era", "like", "type", "wide", "made",
            "free", "only", "long", "day", "old", "year", "held", "born", "bred", "rich", "poor", "high", "low", "up",
            "in", "out", "on", "off", "new");

    /**
     * A lower-case syllable after a hyphen, as Korean and Taiwanese given names are written: two to four letters,
     * or five or six shaped as one romanised syllable ("Kang Sin-myeong", "Chen Chi-chung"), which "-based" or
     * "-backed" are not.
     */
    private static boolean givenNamePart(Tokens t, int k) {
        String w = t.lower[k];
        return t.shape[k] == Tokens.WORD && w.length() >= 2 && (w.length() <= 4 || w.length() <= 6
                && ROMANISED_SYLLABLE.matcher(w).matches())
                && Character.isLowerCase(t.text.charAt(t.start[k])) && !HYPHEN_SUFFIXES.contains(w)
                && w.chars().allMatch(Character::isLetter);
    }

    /** One syllable as Korean and Chinese names are romanised: "myeong", "chung", "hyeon", "jeong". */
    private static final Pattern ROMANISED_SYLLABLE = Pattern.compile("[bcdghjklmnprstwyz]{0,3}[aeiouy]{1,3}(ng|n|m|k|l|p|t)?");

    private void registerPerson(Tokens t, Mention m, Doc d) {
        Entity p = m.entity();
        if (!d.personsDone.add(p.name() + "|" + (m.to() - m.from()))) {
            return;
        }
        Map<String, Entity> people = d.people;
        Tokens name = Tokens.of(p.name());
        registerNameParts(name, p, d);
        // "Abiy", "Najib": some are known by the given name; only where no one else is known by that word and
        // the word names nothing else ("Tigray People's Liberation Front" is no person called Tigray)
        if ((p.kind() == EntityKind.PERSON || p.kind() == EntityKind.OTHER && plainName(p.name(), name))
                && name.size == 2 && name.lower[0].length() > 2
                && name.shape[0] == Tokens.WORD && !NOT_NAMES.contains(name.lower[0])
                && !orgSuffixes.contains(name.lower[1]) && gazetteer.lookup(name.lower[0]) == null
                && gazetteer.lookup(name.lower[1]) == null) {
            if (people.putIfAbsent(name.lower[0], p) == null) {
                d.givenNames.add(name.lower[0]);
            }
        }
        // the spelling of the text too ("Sánchez" for a gazetteer's Pedro Sanchez)
        String surface = t.text.substring(t.start[m.from()], t.end[m.to() - 1]);
        if (!surface.equalsIgnoreCase(p.name())) {
            registerNameParts(Tokens.of(surface), p, d);
        }
    }

    /** Nouns of geography that end a place's name: "Java Sea" names no one called Java. */
    private static final Set<String> FEATURES = Set.of("sea", "ocean", "river", "lake", "island", "islands", "bay",
            "gulf", "strait", "straits", "valley", "mountain", "mountains", "mount", "peninsula", "desert", "coast",
            "canal", "channel", "delta", "basin", "plateau", "forest", "park", "square", "street", "road", "avenue",
            "bridge", "dam", "airport", "station", "port", "harbour", "harbor", "county", "province", "region");

    /**
     * "Najib Razak", "Luckin Coffee": a name the gazetteer does not know, of two words written as names are
     * (a capital, then lower case: not "ChatGPT Plus"), that names no place ("Java Sea").
     */
    private static boolean plainName(String full, Tokens name) {
        if (name.size != 2 || FEATURES.contains(name.lower[1])) {
            return false;
        }
        for (String w : full.split(" ")) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.substring(1).chars().allMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    private static void registerNameParts(Tokens name, Entity p, Doc d) {
        Map<String, Entity> people = d.people;
        if (name.size < 2) {
            return;
        }
        String first = name.lower[0];
        String last = name.lower[name.size - 1];
        // "Patterson" after "Erin Patterson" and then "Don and Gail Patterson": the person the article
        // introduced first, whom its bare surname goes on meaning (a relative is named in full or by first name);
        // a surname outranks a given name ("Adani Enterprises" read as someone called Adani, then "Gautam Adani")
        if (last.length() > 2 && name.shape[name.size - 1] == Tokens.WORD && !NOT_NAMES.contains(last)
                && (!people.containsKey(last) || d.givenNames.remove(last))) {
            people.put(last, p);
        }
        boolean hyphenEnd = name.size >= 3 && name.lower[name.size - 2].equals("-");
        boolean lowerAfterHyphen = hyphenEnd && Character.isLowerCase(name.text.charAt(name.start[name.size - 1]));
        // "Tan Chuan-Jin": a Chinese given name in two capitalised parts, the family name first (claimed below)
        boolean familyFirstHyphened = hyphenEnd && !lowerAfterHyphen && name.size == 4 && isFamilyNameFirst(first);
        if (hyphenEnd && !lowerAfterHyphen && name.size >= 4 && !familyFirstHyphened) {
            // "Sam Bankman-Fried", "Omar al-Bashir": a double-barrelled surname, known by either part
            String before = name.lower[name.size - 3];
            if (before.length() > 2 && !NOT_NAMES.contains(before) && !NAME_JOINERS.contains(before)) {
                people.put(before, p);
            }
            return;
        }
        // "Oligui" for Brice Oligui Nguema, "Løkke" for Lars Løkke Rasmussen: the middle word of a three-word name
        // the article has not given to anyone else
        String middle = name.size == 3 ? name.lower[1] : null;
        if (middle != null && middle.length() > 2 && name.shape[1] == Tokens.WORD && !NOT_NAMES.contains(middle)
                && !NAME_JOINERS.contains(middle) && Character.isUpperCase(name.text.charAt(name.start[1]))
                && !isFamilyNameFirst(first) && (p.kind() == EntityKind.PERSON || EventExtractor.likelyPerson(p))) {
            people.putIfAbsent(middle, p);
        }
        // Korean and Chinese names put the family name first: "Kim" for Kim Jong-un; as for a surname, the person
        // introduced first keeps it ("Lee" for Lee Jae-yong, not his father Lee Kun-hee named after him)
        if ((first.length() > 1 && !NOT_NAMES.contains(first) && (lowerAfterHyphen || hyphenEnd && name.size == 3)
                || first.length() > 1 && (name.size == 2 || name.size == 3) && isFamilyNameFirst(first)
                || familyFirstHyphened)
                && (!people.containsKey(first) || d.givenNames.remove(first))) {
            people.put(first, p);
        }
    }

    private static final Set<String> FAMILY_FIRST = Set.of("kim", "lee", "park", "choi", "moon", "yoon", "xi", "li",
            "wang", "zhang", "liu", "chen", "hu", "wen", "jiang", "deng", "mao", "ri", "choe", "han", "jung", "ban", "he",
            "qu", "huang", "zhao", "yang", "wu", "zhou", "xu", "zhu", "lin", "guo", "luo", "gao", "zheng", "xie", "tang",
            "feng", "cao", "peng", "zeng", "xiao", "tian", "yuan", "cai", "cheng", "wei", "shen", "yao", "fang", "yu",
            "tan", "lim", "goh", "teo", "ong", "koh", "kang", "kwon", "shin", "jang", "hwang", "ahn", "hong", "seo");

    private static boolean isFamilyNameFirst(String first) {
        return FAMILY_FIRST.contains(first);
    }

    private static boolean startsUpper(Tokens t, int i) {
        char c = t.text.charAt(t.start[i]);
        return Character.isUpperCase(c) || (Character.isDigit(c) && t.shape[i] == Tokens.WORD);
    }

    /**
     * The end of a run of capitalised words that writes the leading words of an organisation's name without
     * its last ("Whole Foods" for "Whole Foods Market", "Nordic Investment" for "Nordic Investment Bank"),
     * else {@code from}.
     */
    private static int leadingPart(Tokens t, int from, int runEnd, Entity org) {
        Tokens name = Tokens.of(org.name());
        int n = runEnd - from;
        if (n < 2 || n >= name.size) {
            return from;
        }
        for (int k = 0; k < n; k++) {
            if (!name.lower[k].equals(t.lower[from + k])) {
                return from;
            }
        }
        return runEnd;
    }

    /** "GENEVA - Member states ...": the first word after an article's dateline opens the sentence. */
    private static boolean afterDateline(Tokens t, int i, Sentences.Span s) {
        if (i - 2 < s.from() || i - 2 > s.from() + 3 || !t.lower[i - 1].equals("-") || t.adjacent(i - 1)) {
            return false;
        }
        for (int k = s.from(); k < i - 1; k++) {
            if (!t.isAllCaps(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalisedWords(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.shape[k] == Tokens.WORD && !startsUpper(t, k) && !NAME_JOINERS.contains(t.lower[k])
                    && !t.lower[k].equals("of") && !t.lower[k].equals("and") && !t.lower[k].equals("the")
                    && !t.lower[k].equals("'s") && !t.lower[k].equals("for") && !(k > from && t.lower[k].equals("in"))
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

package dev.dateline.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads events off sentences that carry a usable date. Each date is attached to the predicate it
 * modifies: a trigger of its own clause (the nearest verb, or an event noun the date is linked to:
 * "yesterday's referendum", "in a speech in January 2013"), else the clause it depends on. The
 * event's participants are the subject and objects of that trigger's clause, its place the place
 * named in that clause; leaders in office also bring their country. A few secondary events share
 * the date of the clause before them ("died yesterday after being shot", "took control on
 * Thursday ... and promptly fired its chief").
 */
final class EventExtractor {

    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "without", "neither", "nor", "cannot",
            "failed");
    /** Verbs whose object did not take place: refused, declined, missed, skipped. */
    private static final Set<String> REFUSALS = Set.of("declined", "declines", "refused", "refuses", "miss", "misses",
            "missed", "skip", "skips", "skipped");
    private static final Set<String> CANCELLED = Set.of("called", "scrubbed", "postponed", "cancelled", "canceled",
            "aborted", "abandoned", "delayed", "scrapped", "halted");
    private static final Set<String> PLANNING = Set.of("will", "shall", "'ll", "scheduled", "plans", "planned",
            "plan", "intends", "intend", "upcoming", "would", "aims", "prepares", "preparing");
    private static final Set<String> TO_PLANNING = Set.of("expected", "due", "set", "plans", "planning", "intends",
            "aims", "going", "wants", "hopes", "prepares", "preparing", "ready", "agreed", "decided", "vowed",
            "promised", "pledged", "threatened", "is", "are");
    private static final Set<String> MAYBE = Set.of("could", "might", "may", "possible", "possibly", "potential",
            "potentially", "threatened", "threatens", "threaten", "considering", "consider", "weighing");
    /** Verbs of beginning and ending: their subject or object is the event. */
    private static final Set<String> ASPECTUAL = Set.of("began", "begin", "begins", "begun", "beginning", "start",
            "started", "starts", "starting", "ended", "ends", "end", "ending", "continued", "resumed", "finished",
            "kicked", "kick", "lifted", "opened", "opens", "collapsed", "collapses");
    /** Verbs that carry no event of their own and so do not stop a date from reaching the clause they modify. */
    private static final Set<String> LIGHT = Set.of("is", "was", "were", "are", "be", "been", "being", "has", "had",
            "have", "aired", "happened", "occurred", "took", "came", "held", "followed", "left", "did", "does",
            "do", "got", "made");

    private final TriggerLexicon triggers;
    /**
     * What a country or a party leaves when it leaves an AGREEMENT (a bloc, a treaty, a coalition): the words that make
     * "left" a trigger in triggers.tsv, read from there so that the lexicon and {@link #leavesABody} keep one list.
     */
    private final Set<String> bodies;
    private final Gazetteer gazetteer;
    private final EventTitles titles;
    /** Chooses the trigger a date attaches to in place of the hand-set cost; null keeps the rules. */
    private final AttachmentModel model;

    EventExtractor(TriggerLexicon triggers, Gazetteer gazetteer, List<Resources.Line> titleLines) {
        this(triggers, gazetteer, titleLines, null);
    }

    private EventExtractor(EventExtractor base, AttachmentModel model) {
        this.triggers = base.triggers;
        this.bodies = base.bodies;
        this.gazetteer = base.gazetteer;
        this.titles = base.titles;
        this.model = model;
    }

    /** This reader with its attachment step taken by {@code model} (null: the hand-set rules). */
    EventExtractor withModel(AttachmentModel model) {
        return new EventExtractor(this, model);
    }

    EventExtractor(TriggerLexicon triggers, Gazetteer gazetteer, List<Resources.Line> titleLines,
                   AttachmentModel model) {
        this.triggers = triggers;
        this.bodies = triggers.contextWords("left", EventType.AGREEMENT);
        this.gazetteer = gazetteer;
        this.model = model;
        this.titles = new EventTitles(titleLines);
    }

    /** Everything the event reader needs to know about a document. */
    record Document(Tokens tokens, List<Sentences.Span> sentences, List<TemporalTagger.Hit> hits,
                    List<EntityRecognizer.Mention> mentions, boolean[] taken, LocalDate dct,
                    Map<Entity, EntityRecognizer.Role> roles, Map<Entity, Entity> fullNames) {
        Document(Tokens tokens, List<Sentences.Span> sentences, List<TemporalTagger.Hit> hits,
                 List<EntityRecognizer.Mention> mentions, boolean[] taken, LocalDate dct,
                 Map<Entity, EntityRecognizer.Role> roles) {
            this(tokens, sentences, hits, mentions, taken, dct, roles, fullNames(mentions));
        }

        Document(Tokens tokens, List<Sentences.Span> sentences, List<TemporalTagger.Hit> hits,
                 List<EntityRecognizer.Mention> mentions, boolean[] taken, LocalDate dct) {
            this(tokens, sentences, hits, mentions, taken, dct, Map.of());
        }

        private static Map<Entity, Entity> fullNames(List<EntityRecognizer.Mention> mentions) {
            Map<Entity, Entity> out = new java.util.HashMap<>();
            for (EntityRecognizer.Mention m : mentions) {
                if (m.also() != null && m.actor() != null) {
                    out.put(m.actor(), m.also());
                }
            }
            return out;
        }
    }

    /** A trigger found in a sentence: its type there (null: names no event), part of speech and clause. */
    private record Trig(TriggerLexicon.Match m, EventType type, boolean verb, int clause) {
        int from() {
            return m.from();
        }

        int to() {
            return m.to();
        }

        boolean strong() {
            return m.trigger().strong();
        }
    }

    /** One sentence under analysis. */
    private final class Sentence {
        final Document d;
        final Tokens t;
        final Sentences.Span s;
        final Clauses clauses;
        final List<EntityRecognizer.Mention> mentions;
        final List<TemporalTagger.Hit> dates;
        final List<Trig> trigs = new ArrayList<>();
        /** Words around one trigger, cleared and refilled for each. */
        final Set<String> scratch = new HashSet<>(64);
        /** Words around a trigger inside what a statement says. */
        final Set<String> said = new HashSet<>(32);
        /** Verbs that pass their date on to the event named before them ("the trial, which opened in ..."). */
        final Map<Integer, Trig> passed = new java.util.HashMap<>();
        /** Meetings and calls named after "after" right after a dated event: they happened that day too. */
        final List<TriggerLexicon.Match> occasions = new ArrayList<>(2);
        private Set<String> words;
        private Set<String> previousWords;
        private final Sentences.Span previous;
        final Salience salience;
        final EntityRecognizer.Mention[] mentionAt;
        /** Receives every attachment choice, for training; null normally. */
        java.util.function.Consumer<AttachmentModel.Choice> sink;

        Sentence(Document d, Sentences.Span s, List<EntityRecognizer.Mention> mentions,
                 List<TemporalTagger.Hit> dates, Sentences.Span previous, Salience salience) {
            this.d = d;
            this.t = d.tokens();
            this.s = s;
            this.mentions = mentions;
            this.dates = dates;
            this.previous = previous;
            this.salience = salience;
            this.clauses = Clauses.of(t, s, d.taken());
            this.mentionAt = new EntityRecognizer.Mention[s.to() - s.from()];
            for (EntityRecognizer.Mention m : mentions) {
                for (int k = m.from(); k < m.to(); k++) {
                    mentionAt[k - s.from()] = m;
                }
            }
        }

        /** The words of the sentence, made on first need. */
        Set<String> words() {
            if (words == null) {
                words = sentenceWords(t, s);
            }
            return words;
        }

        /** The words of the sentence before, made on first need. */
        Set<String> previousWords() {
            if (previousWords == null) {
                previousWords = previous == null ? Set.of() : sentenceWords(t, previous);
            }
            return previousWords;
        }

        EntityRecognizer.Mention mention(int k) {
            return k >= s.from() && k < s.to() ? mentionAt[k - s.from()] : null;
        }
    }

    /**
     * What the article has been about: the latest subjects (for pronouns), the latest launcher (for
     * payloads named as subjects) and the country it names most (for elections, disasters and
     * protests that name no place).
     */
    private static final class Salience {
        /** Every word of the article. */
        private final Tokens tokens;
        private Set<String> docWords;

        Salience(Tokens tokens) {
            this.tokens = tokens;
        }

        /** Every word of the article, made on first need. */
        Set<String> docWords() {
            if (docWords == null) {
                docWords = new WordSet();
                for (int i = 0; i < tokens.size; i++) {
                    docWords.add(tokens.lower[i]);
                }
            }
            return docWords;
        }

        private final Map<Set<String>, Boolean> writesAny = new java.util.IdentityHashMap<>(4);

        /** Whether the article writes any of these words: one pass over its tokens per set, remembered. */
        boolean writesAny(Set<String> words) {
            Boolean any = writesAny.get(words);
            if (any == null) {
                any = false;
                for (int i = 0; i < tokens.size && !any; i++) {
                    any = words.contains(tokens.lower[i]);
                }
                writesAny.put(words, any);
            }
            return any;
        }
        Entity person;
        Entity other;
        Entity launcher;
        Entity org;
        Entity recent;
        /** The latest pair or group named together as a subject ("Donald Trump and Kim Jong-un, who ..."), for "their". */
        List<Entity> group = List.of();
        /** Counts by entity, here and below in the order first named: a tie goes to the one named first. */
        final Map<Entity, Integer> countries = new java.util.LinkedHashMap<>();
        Entity country;
        int countryCount;

        /** The two countries named most, for "the two governments" when no pair was named together. */
        List<Entity> topCountries() {
            Entity first = null;
            Entity second = null;
            int a = 0;
            int b = 0;
            for (Map.Entry<Entity, Integer> e : countries.entrySet()) {
                int n = e.getValue();
                if (n > a) {
                    second = first;
                    b = a;
                    first = e.getKey();
                    a = n;
                } else if (n > b) {
                    second = e.getKey();
                    b = n;
                }
            }
            return second == null ? List.of() : List.of(first, second);
        }

        /** The body, thing or person (not a place or state) the article has named most so far, for events it leaves unnamed. */
        Entity topic;
        private int topicCount;
        private final Map<Entity, Integer> actors = new java.util.LinkedHashMap<>();

        /** How often the article has named each person so far. */
        private final Map<Entity, Integer> people = new java.util.LinkedHashMap<>();

        /**
         * "He was arrested in May 2018": the person the article is about, named more often than the one
         * last a subject ("Justice James Burke set sentencing for March 11"), else the latest subject.
         */
        Entity protagonist() {
            return mostCounted(people, person, person == null ? 0 : people.getOrDefault(person, 0) + 1);
        }

        /** The entity counted more than {@code most} times and more than any other, else {@code best}. */
        private static Entity mostCounted(Map<Entity, Integer> counts, Entity best, int most) {
            for (Map.Entry<Entity, Integer> e : counts.entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            return best;
        }

        void subject(Entity e) {
            if (e == null) {
                return;
            }
            if (person(e)) {
                person = e;
            } else if (e.kind() != EntityKind.PLACE) {
                other = e;
            }
            if (e.kind() == EntityKind.ORGANIZATION) {
                org = e;
            }
        }

        /** The place the article names most, at least twice. */
        Entity place;
        private int placeCount;
        private final Map<Entity, Integer> places = new java.util.LinkedHashMap<>();

        /** Places, and names the text puts after "in" ("in Glasgow"), by how often the article has named them. */
        private final Map<Entity, Integer> venues = new java.util.LinkedHashMap<>();

        /** The place the article has named most so far, even once; null when it has named none. */
        Entity mostNamedPlace() {
            return mostCounted(venues, null, 0);
        }

        /** The body or thing (not a place, state or person) the whole article names most, at least twice. */
        Entity wholeTopic;

        void wholeTopic(List<EntityRecognizer.Mention> mentions) {
            Map<Entity, Integer> counts = new java.util.LinkedHashMap<>();
            for (EntityRecognizer.Mention m : mentions) {
                Entity a = m.actor();
                if (a != null && a.kind() != EntityKind.PLACE && a.kind() != EntityKind.COUNTRY && !likelyPerson(a)) {
                    counts.merge(a, 1, Integer::sum);
                }
            }
            wholeTopic = mostCounted(counts, null, 1);
        }

        /** Names the article follows with "which" ("Wells Fargo, which denied it"): things, never people. */
        final Set<Entity> things = new java.util.HashSet<>();

        void things(List<EntityRecognizer.Mention> mentions) {
            for (EntityRecognizer.Mention m : mentions) {
                int k = m.to();
                if (k < tokens.size && tokens.lower[k].equals(",")) {
                    k++;
                }
                if (m.actor() != null && k < tokens.size && tokens.lower[k].equals("which")) {
                    things.add(m.actor());
                }
            }
        }

        /** A person, or a name that reads like one the article does not write as a thing. */
        boolean person(Entity e) {
            return likelyPerson(e) && !things.contains(e);
        }

        void venue(Entity e) {
            venues.merge(e, 1, Integer::sum);
        }

        /** The country a mention names, as its actor or itself, or null. */
        static Entity countryNamed(EntityRecognizer.Mention m) {
            return m.actor() != null && m.actor().kind() == EntityKind.COUNTRY ? m.actor()
                    : m.entity().kind() == EntityKind.COUNTRY ? m.entity() : null;
        }

        void mention(EntityRecognizer.Mention m) {
            if (m.entity().kind() == EntityKind.PLACE) {
                int n = places.merge(m.entity(), 1, Integer::sum);
                if (n >= 2 && n > placeCount) {
                    placeCount = n;
                    place = m.entity();
                }
            }
            Entity c = countryNamed(m);
            if (c != null) {
                int n = countries.merge(c, 1, Integer::sum);
                if (n > countryCount) {
                    countryCount = n;
                    country = c;
                }
            }
            if (person == null && m.actor() != null && m.actor().kind() == EntityKind.PERSON) {
                person = m.actor();
            }
            if (m.actor() != null && likelyPerson(m.actor())) {
                people.merge(m.actor(), 1, Integer::sum);
            }
            if (m.actor() != null && m.actor().kind() != EntityKind.PLACE && m.actor().kind() != EntityKind.COUNTRY) {
                int n = actors.merge(m.actor(), 1, Integer::sum);
                if (n > topicCount) {
                    topicCount = n;
                    topic = m.actor();
                }
            }
            if (m.actor() != null && !likelyPerson(m.actor()) && m.actor().kind() != EntityKind.PLACE
                    && m.actor().kind() != EntityKind.COUNTRY) {
                recent = m.actor();
                if (org == null && m.actor().kind() == EntityKind.ORGANIZATION) {
                    org = m.actor();
                }
            }
        }
    }

    /** Last words of names of occasions and texts, never of people: "Andean Games", "Border War", "Lima Accord". */
    private static final Set<String> OCCASIONS = Set.of("games", "war", "cup", "olympics", "festival", "summit",
            "championship", "championships", "prix", "expo", "conference", "forum", "treaty", "accord", "accords",
            "agreement", "pact", "protocol", "act", "speech", "election", "referendum", "crisis", "revolution",
            "marathon", "tournament", "series", "league", "awards", "show", "fair", "week", "day");

    /** A person, or a name the gazetteer does not know that reads like one: two or three plain capitalised words. */
    static boolean likelyPerson(Entity e) {
        if (e.kind() == EntityKind.PERSON) {
            return true;
        }
        if (e.kind() != EntityKind.OTHER) {
            return false;
        }
        String[] parts = e.name().split(" ");
        if (parts.length < 2 || parts.length > 3 || parts[0].equals("The")
                || OCCASIONS.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || !Character.isUpperCase(p.charAt(0)) || !p.chars().allMatch(c -> Character.isLetter(c)
                    || c == '-' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    List<ExtractedEvent> extract(Document d) {
        return extract(d, null);
    }

    /** As {@link #extract(Document)}, giving {@code sink} (when not null) every choice of a trigger for a date. */
    List<ExtractedEvent> extract(Document d, java.util.function.Consumer<AttachmentModel.Choice> sink) {
        Tokens t = d.tokens();
        List<ExtractedEvent> events = new ArrayList<>();
        int hitIndex = 0;
        int mentionIndex = 0;
        Sentences.Span previous = null;
        DateValue focus = null;
        DateValue lastDay = null; // the latest day-fine date in focus, for "a day after" under a coarser focus
        Salience salience = new Salience(t);
        salience.wholeTopic(d.mentions());
        salience.things(d.mentions());
        List<TemporalTagger.Hit> days = new ArrayList<>();
        for (int si = 0; si < d.sentences().size(); si++) {
            Sentences.Span s = d.sentences().get(si);
            List<TemporalTagger.Hit> dates = new ArrayList<>();
            List<TemporalTagger.Hit> offsets = new ArrayList<>();
            List<TemporalTagger.Hit> all = new ArrayList<>();
            DateValue focusBefore = focus;
            DateValue lastDayBefore = lastDay;
            while (hitIndex < d.hits().size() && d.hits().get(hitIndex).sentence() <= si) {
                TemporalTagger.Hit h = d.hits().get(hitIndex++);
                if (h.sentence() == si) {
                    all.add(h);
                }
                if (h.sentence() == si && usable(t, s, h)) {
                    dates.add(h);
                } else if (h.sentence() == si && h.timex().type() == TimexType.DURATION) {
                    // with no date of its own in the sentence, a count may run from the day of what it names
                    DateValue named = null;
                    if (dates.isEmpty()) {
                        named = subjectDay(t, s, h, d.sentences(), si, days);
                        if (named == null) {
                            named = storyEventDay(t, s, h, events, d.dct());
                        }
                        if (named == null && cameBefore(t, s, h)) {
                            named = storyDayOverStaleFocus(d, si, focusBefore);
                        }
                    }
                    TemporalTagger.Hit o = offsetBack(t, s, h, dates, named != null ? named : focusBefore,
                            named != null ? named : lastDayBefore, d.dct(), d.hits().subList(hitIndex, d.hits().size()));
                    if (o != null) {
                        offsets.add(o);
                    }
                }
            }
            if (!dates.isEmpty()) {
                focus = dates.get(dates.size() - 1).date();
            }
            for (TemporalTagger.Hit h : dates) {
                if (h.date().granularity() == Granularity.DAY) {
                    lastDay = h.date();
                }
            }
            dates.replaceAll(h -> fromNamingYear(t, h, dates, all));
            List<TemporalTagger.Hit> anchored = anchoredDates(d, si, dates, all, days);
            dates.addAll(offsets);
            dates.addAll(anchored);
            dates.sort(java.util.Comparator.comparingInt(TemporalTagger.Hit::tokenFrom));
            List<EntityRecognizer.Mention> mentions = new ArrayList<>();
            while (mentionIndex < d.mentions().size() && d.mentions().get(mentionIndex).from() < s.to()) {
                EntityRecognizer.Mention m = d.mentions().get(mentionIndex++);
                if (m.from() >= s.from()) {
                    mentions.add(m);
                }
            }
            for (EntityRecognizer.Mention m : mentions) {
                salience.mention(m);
                if (venue(t, m)) {
                    salience.venue(m.entity());
                }
            }
            if (dates.isEmpty()) {
                salience.subject(firstSubject(t, s, mentions));
                previous = s;
                continue;
            }
            Sentence sen = new Sentence(d, s, mentions, dates, previous, salience);
            sen.sink = sink;
            findTriggers(sen);
            // "Hours before the test": the event named in an anchored date is not the one it dates
            sen.trigs.removeIf(g -> anchored.stream().anyMatch(h -> g.from() >= h.tokenFrom() && g.from() < h.tokenTo()));
            readEvents(sen, events);
            List<Entity> main = subjectOf(sen, 0, sen.s.to());
            salience.subject(main.isEmpty() ? firstSubject(t, s, mentions) : main.get(0));
            previous = s;
        }
        return events;
    }

    /** "the end of ...", "the start of ...": the limit a "before" sets. */
    private static final java.util.regex.Pattern LIMIT_PHRASE =
            java.util.regex.Pattern.compile("(the )?(end|start|beginning|close|middle) of .*");
    /** A duration of whole (or some) hours: "PT3H", "PTXH". */
    private static final java.util.regex.Pattern HOURS = java.util.regex.Pattern.compile("PT([0-9]+|X)H");
    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^a-z]+");
    private static final java.util.regex.Pattern YEARS_LATER = java.util.regex.Pattern.compile(
            "(?i)(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) years? (later|earlier)");
    private static final List<String> COUNTS = List.of("a", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    /**
     * "in a 2005 joint statement, only to carry out its first test a year later": a year that names a thing
     * moves no date in focus, but "a year later" in its sentence counts from it when no other date came before.
     */
    private static TemporalTagger.Hit fromNamingYear(Tokens t, TemporalTagger.Hit h, List<TemporalTagger.Hit> dates,
                                                     List<TemporalTagger.Hit> all) {
        java.util.regex.Matcher m = YEARS_LATER.matcher(h.timex().text());
        if (h.date().granularity() != Granularity.YEAR || !m.matches()) {
            return h;
        }
        TemporalTagger.Hit year = null;
        for (TemporalTagger.Hit y : all) {
            if (y.tokenTo() <= h.tokenFrom() && y.date() != null) {
                if (dates.contains(y)) {
                    return h; // a date of the sentence the tagger counted from
                }
                if (y.tokenTo() - y.tokenFrom() == 1 && t.shape[y.tokenFrom()] == Tokens.NUMBER
                        && y.date().granularity() == Granularity.YEAR) {
                    year = y;
                }
            }
        }
        if (year == null) {
            return h;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        int n = w.equals("one") ? 1 : COUNTS.contains(w) ? COUNTS.indexOf(w) + 1 : Integer.parseInt(w);
        int y = year.date().startDay().getYear() + (m.group(2).equalsIgnoreCase("later") ? n : -n);
        DateValue moved = DateValues.year(y);
        Timex x = new Timex(h.timex().text(), h.timex().start(), h.timex().end(), h.timex().type(), moved.value());
        return new TemporalTagger.Hit(x, h.tokenFrom(), h.tokenTo(), h.sentence(), moved, h.function());
    }

    /**
     * Dates of sentence {@code si} counted from an event the article dated before ({@link AnchoredDates});
     * keeps {@code days}, the article's day-fine dates so far, up to date.
     */
    private static List<TemporalTagger.Hit> anchoredDates(Document d, int si, List<TemporalTagger.Hit> dates,
                                                          List<TemporalTagger.Hit> all, List<TemporalTagger.Hit> days) {
        for (TemporalTagger.Hit h : dates) {
            if (h.date().granularity() == Granularity.DAY) {
                days.add(h);
            }
        }
        List<TemporalTagger.Hit> found = AnchoredDates.find(d.tokens(), d.sentences().get(si), si, all, dates, days,
                d.sentences());
        days.addAll(found);
        days.sort(java.util.Comparator.comparingInt(TemporalTagger.Hit::tokenFrom));
        return found;
    }

    /** The first actor of a sentence not inside a prepositional phrase: its subject, most of the time. */
    private static Entity firstSubject(Tokens t, Sentences.Span s, List<EntityRecognizer.Mention> mentions) {
        int dateline = datelineDash(t, s);
        for (EntityRecognizer.Mention m : mentions) {
            if (m.actor() == null || m.locative() || m.to() <= dateline) {
                continue;
            }
            int k = m.from() - 1;
            if (k >= s.from() && Words.DETERMINERS.contains(t.lower[k])) {
                k--;
            }
            if (k >= s.from() && Words.PREPOSITIONS.contains(t.lower[k])) {
                continue;
            }
            return m.actor();
        }
        return null;
    }

    private static Set<String> sentenceWords(Tokens t, Sentences.Span s) {
        Set<String> w = new WordSet();
        for (int i = s.from(); i < s.to(); i++) {
            w.add(t.lower[i]);
        }
        return w;
    }

    // ------------------------------------------------------------------ dates

    /** A date that can date an event: not a clock time, a deadline, a "since", or a year naming a thing. */
    private static boolean usable(Tokens t, Sentences.Span s, TemporalTagger.Hit h) {
        if (h.date() == null || h.function().equals("ref")) {
            return false;
        }
        if (isClockTime(h.timex().text()) || vagueAgo(t, s, h)) {
            return false;
        }
        // "minutes before a midnight deadline", "the Friday deadline": a deadline, which gold leaves undated
        if (h.tokenTo() < s.to() && (t.lower[h.tokenTo()].equals("deadline") || t.lower[h.tokenTo()].equals("deadlines"))) {
            return false;
        }
        if (yearRangeEnd(t, s, h)) {
            return false;
        }
        int before = h.tokenFrom() - 1;
        if (before >= s.from()) {
            String w = t.lower[before];
            if (w.equals("since") && whenFollows(t, s, h)) {
                return !isAttributive(t, s, h); // "the deadliest since 1939, when a tremor killed 30,000"
            }
            if (w.equals("since") || w.equals("by") || w.equals("till") || w.equals("through")
                    || w.equals("within") || w.equals("than") || w.equals("per")) {
                return false;
            }
            // "until August 2020, when he announced ..." dates the when-clause; a bare "until" is a deadline
            if (w.equals("until") && !whenFollows(t, s, h)) {
                return false;
            }
            // "extended the lockdown by two weeks to the end of April": the new end of an extension, as "until" is
            if (w.equals("to") && extendedBefore(t, s, before)) {
                return false;
            }
            // "before the end of the year", "before the start of the season": a limit, as "by" is
            if (w.equals("before") && LIMIT_PHRASE.matcher(h.timex().text().toLowerCase(java.util.Locale.ROOT))
                    .matches()) {
                return false;
            }
            // "by the end of the century", "by the start of next year"
            for (int k = before; k >= Math.max(s.from(), before - 4); k--) {
                String x = t.lower[k];
                if (x.equals("by") || x.equals("before") && k < before && endWordBetween(t, k, before)) {
                    return false;
                }
                if (!(x.equals("the") || x.equals("of") || x.equals("end") || x.equals("start") || x.equals("middle")
                        || x.equals("beginning") || x.equals("close"))) {
                    break;
                }
            }
        }
        return !isAttributive(t, s, h) && !superlativeOf(t, s, h) && !reportedPeriod(t, s, h);
    }

    /** A verb of extending up to ten words before {@code to}: "extended the suspension to", "prolonged it by a month to". */
    private static boolean extendedBefore(Tokens t, Sentences.Span s, int to) {
        for (int k = to - 1; k >= Math.max(s.from(), to - 10); k--) {
            String w = t.lower[k];
            if (w.startsWith("extend") || w.startsWith("prolong")) {
                return true;
            }
            if (w.equals(";") || w.equals(",") && k < to - 1) {
                return false; // but "extended it by two weeks last week, to the end of April"
            }
        }
        return false;
    }

    /**
     * "president from 2003 to 2010", "were killed between 2010 and 2012": either end of a span of years bounds a
     * term or a run of occasions, and dates no single event (gold dates none by such an end).
     */
    private static boolean yearRangeEnd(Tokens t, Sentences.Span s, TemporalTagger.Hit h) {
        if (h.tokenTo() - h.tokenFrom() != 1 || !isYear(t, h.tokenFrom())) {
            return false;
        }
        int k = h.tokenFrom();
        // the first end: "from|between" YEAR "to|and|until" YEAR
        if (k - 1 >= s.from() && (t.lower[k - 1].equals("from") || t.lower[k - 1].equals("between"))
                && k + 2 < s.to() && RANGE_LINKS.contains(t.lower[k + 1]) && isYear(t, k + 2)) {
            return true;
        }
        // the second end
        return k - 3 >= s.from() && RANGE_LINKS.contains(t.lower[k - 1]) && isYear(t, k - 2)
                && (t.lower[k - 3].equals("from") || t.lower[k - 3].equals("between"));
    }

    /** "end", "start", "beginning", "close" or "middle" between tokens {@code from} and {@code to}, inclusive. */
    private static boolean endWordBetween(Tokens t, int from, int to) {
        for (int k = from; k <= to; k++) {
            String x = t.lower[k];
            if (x.equals("end") || x.equals("start") || x.equals("beginning") || x.equals("close") || x.equals("middle")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RANGE_LINKS = Set.of("to", "and", "until", "till", "through");

    private static boolean isYear(Tokens t, int k) {
        return t.shape[k] == Tokens.NUMBER && Words.yearIn(t.lower[k], 1500, 2099);
    }

    private static final Set<String> PERIOD_UNITS = Set.of("months", "month", "weeks", "week", "quarter", "quarters",
            "year", "years", "half", "period", "days");
    private static final Set<String> REPORT_FIGURES = Set.of("results", "figures", "profit", "profits", "loss",
            "losses", "revenue", "revenues", "sales", "earnings", "forecast", "forecasts", "outlook", "guidance",
            "accounts", "income", "deficit", "surplus", "dividend", "numbers", "turnover");

    /**
     * "revenue for the three months to June", "its forecast for the year to March", "a loss for the third
     * quarter", "in the first three months of the year": the period a figure is measured over, which gold-format
     * leaves undated (a measurement), not the day the figure was reported.
     */
    private static boolean reportedPeriod(Tokens t, Sentences.Span s, TemporalTagger.Hit h) {
        int k = h.tokenFrom() - 1;
        if (k - 1 < s.from()) {
            return false;
        }
        String w = t.lower[k];
        if ((w.equals("to") || w.equals("ended") || w.equals("ending") || w.equals("of"))
                && PERIOD_UNITS.contains(t.lower[k - 1])) {
            return true;
        }
        if (w.equals("its") || w.equals("the")) {
            k--;
            w = t.lower[k];
        }
        String v = h.date().value();
        boolean coarse = h.date().granularity() == Granularity.QUARTER || h.date().granularity() == Granularity.YEAR
                || v.contains("-H");
        if (!w.equals("for") || !coarse) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(s.from(), k - 6); j--) {
            if (REPORT_FIGURES.contains(t.lower[j])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "until August 2020, when he announced ...", "since March 16, when the prime minister forced the bill
     * through": a date that a when-clause takes up dates the event of that clause, whatever the
     * preposition before it makes of it in the main clause.
     */
    private static boolean whenFollows(Tokens t, Sentences.Span s, TemporalTagger.Hit h) {
        return h.tokenTo() + 1 < s.to() && t.lower[h.tokenTo()].equals(",") && t.lower[h.tokenTo() + 1].equals("when");
    }

    /** Words ending in -est that are no superlatives. */
    private static final Set<String> NOT_SUPERLATIVE = Set.of("interest", "protest", "request", "forest", "west",
            "harvest", "contest", "arrest", "suggest", "test", "guest", "rest", "quest", "conquest", "manifest",
            "invest", "digest", "chest", "nest", "crest", "honest", "modest", "earnest", "pest", "unrest", "behest",
            "midwest", "southwest", "northwest", "inquest");

    /**
     * "one of the busiest travel days of the summer", "the hottest day of the year": a season or year that
     * only measures a superlative dates nothing that happened in the sentence.
     */
    private static boolean superlativeOf(Tokens t, Sentences.Span s, TemporalTagger.Hit h) {
        int k = h.tokenFrom() - 1;
        if (k >= s.from() && t.lower[k].equals("the")) {
            k--;
        }
        if (k < s.from() || !t.lower[k].equals("of")) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(s.from(), k - 4); j--) {
            String w = t.lower[j];
            if (t.shape[j] != Tokens.WORD) {
                return false;
            }
            if (w.equals("best") || w.equals("worst") || w.length() > 4 && w.endsWith("est")
                    && !NOT_SUPERLATIVE.contains(w) && Character.isLowerCase(t.text.charAt(t.start[j]))) {
                return j > s.from() && (t.lower[j - 1].equals("the") || t.lower[j - 1].equals("its")
                        || t.lower[j - 1].equals("their") || t.lower[j - 1].endsWith("'s"));
            }
        }
        return false;
    }

    /**
     * "named him yesterday, two days after Winterkorn resigned", "came four days after the probe crashed":
     * a count of days, weeks, months or years before "after" or "before" dates the event that follows by
     * that offset from the date before it in the sentence, or else from the date in focus. The date is
     * read with the offset ("two days after") as its text; null when the words do not read so.
     */
    private static TemporalTagger.Hit offsetBack(Tokens t, Sentences.Span s, TemporalTagger.Hit duration,
                                                 List<TemporalTagger.Hit> before, DateValue focus, DateValue lastDay,
                                                 java.time.LocalDate dct, List<TemporalTagger.Hit> later) {
        int k = duration.tokenTo();
        // "16 years to the day after Katrina devastated the region": the same day, that many years back
        boolean toTheDay = k + 4 < s.to() && t.lower[k].equals("to") && t.lower[k + 1].equals("the")
                && t.lower[k + 2].equals("day");
        if (toTheDay) {
            k += 3;
        }
        if (k + 1 >= s.to() || !(t.lower[k].equals("after") || t.lower[k].equals("before"))) {
            return null;
        }
        int from = duration.tokenFrom();
        // "22 years after his first Masters victory, in 1997": the event counted from has its own year
        for (int j = k + 1; j < Math.min(s.to() - 1, k + 8); j++) {
            if (t.lower[j].equals(",")) {
                int y = t.lower[j + 1].equals("in") ? j + 2 : j + 1;
                if (y < s.to() && t.shape[y] == Tokens.NUMBER && Words.yearIn(t.lower[y], 1500, 2099)) {
                    return null;
                }
                break;
            }
        }
        // "hours after the news broke", "hours before the talks began": a few hours from a day-fine date keep
        // that day, however vague the count ("several hours after"); only a span ("for hours after") does not.
        // Minutes are left alone: "minutes after take-off" and "three minutes before half-time" time a moment
        // of the event itself, not an event of their own
        String hv = duration.timex().value();
        if (hv != null && HOURS.matcher(hv).matches()) {
            String count = hv.substring(2, hv.length() - 1);
            if (!count.equals("X") && Long.parseLong(count) > 12) {
                return null;
            }
            if (laterDateInClause(t, s, k, later)) {
                return null;
            }
            for (int j = Math.max(s.from(), from - 2); j < k; j++) {
                if (t.lower[j].equals("for") || t.lower[j].equals("in") || t.lower[j].equals("within")) {
                    return null;
                }
            }
            DateValue anchorDay = before.isEmpty() ? focus : before.get(before.size() - 1).date();
            if (anchorDay == null || anchorDay.granularity() != Granularity.DAY) {
                return null;
            }
            DateValue sameDay = DateValues.day(anchorDay.startDay());
            int hs = t.start[from];
            int he = t.end[k];
            Timex hx = new Timex(t.text.substring(hs, he), hs, he, TimexType.DATE, sameDay.value());
            return new TemporalTagger.Hit(hx, from, k + 1, duration.sentence(), sameDay, "offset");
        }
        // "for two days after", "more than two years after", "almost 20 years after": a span or a vague offset
        for (int j = Math.max(s.from(), from - 2); j < k; j++) {
            if (VAGUE.contains(t.lower[j])) {
                return null;
            }
        }
        // "fell to its weakest level in two years before recovering": a span the superlative is measured over
        if (from - 1 >= s.from() && t.lower[from - 1].equals("in")) {
            return null;
        }
        String v = duration.timex().value();
        if (v == null || v.length() < 3 || v.charAt(0) != 'P' || !Character.isDigit(v.charAt(1))) {
            return null;
        }
        char unit = v.charAt(v.length() - 1);
        long n;
        try {
            n = Long.parseLong(v.substring(1, v.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
        TemporalTagger.Hit from0 = before.isEmpty() ? null : before.get(before.size() - 1);
        if (from0 != null && t.lower[k].equals("after") && from0.date().startDay().isAfter(dct) && pastClause(t, s, k + 1)) {
            // "announced tonight that it would hold the vote on March 10, two days after the premier resigned":
            // a past event is not counted back from a day still ahead, but from the sentence's own earlier day
            for (int j = before.size() - 2; j >= 0; j--) {
                if (!before.get(j).date().startDay().isAfter(dct)) {
                    from0 = before.get(j);
                    break;
                }
            }
        }
        DateValue anchor = from0 == null ? focus : from0.date();
        if (anchor == null || n <= 0 || n > 1000) {
            return null;
        }
        // "lost $120bn today ... for the rest of the year. The shares closed lower, a day after ...": a coarser
        // date in focus that holds the day the story was last at leaves that day the one counted from
        if ((unit == 'D' || unit == 'W') && anchor.granularity() != Granularity.DAY && lastDay != null
                && anchor.contains(lastDay)) {
            anchor = lastDay;
        }
        long sign = t.lower[k].equals("after") ? -1 : 1;
        java.time.LocalDate day = anchor.startDay();
        DateValue date;
        // the offset moves the anchor and keeps its granularity: "300 years after" January 8, 1942 is 1642-01-08
        java.time.LocalDate moved;
        switch (unit) {
            case 'D', 'W' -> {
                if (anchor.granularity() != Granularity.DAY) {
                    return null;
                }
                moved = day.plusDays(sign * n * (unit == 'W' ? 7 : 1));
            }
            case 'M' -> {
                if (!anchor.granularity().isFinerOrEqual(Granularity.MONTH)) {
                    return null;
                }
                moved = day.plusMonths(sign * n);
            }
            case 'Y' -> moved = day.plusYears(sign * n);
            default -> {
                return null;
            }
        }
        // "three years after" today is that year, "three months after" that month: a count of a coarser unit
        // dates no finer than its unit; only a day written out in full keeps its day ("300 years after"
        // January 8, 1942)
        Granularity g = anchor.granularity();
        boolean written = g == Granularity.DAY && (toTheDay || from0 != null && explicitDay(t, from0));
        if (!written && g == Granularity.DAY && (unit == 'Y' || unit == 'M')) {
            g = unit == 'Y' ? Granularity.YEAR : Granularity.MONTH;
        }
        date = switch (g) {
            case DAY -> DateValues.day(moved);
            case MONTH -> DateValues.month(moved.getYear(), moved.getMonthValue());
            default -> unit == 'Y' ? DateValues.year(moved.getYear()) : null;
        };
        if (date == null) {
            return null;
        }
        int start = t.start[from];
        int end = t.end[k];
        Timex x = new Timex(t.text.substring(start, end), start, end, TimexType.DATE, date.value());
        return new TemporalTagger.Hit(x, from, k + 1, duration.sentence(), date, "offset");
    }

    private static final Set<String> CAME = Set.of("came", "comes", "followed", "follows");
    private static final Set<String> SUBJECT_OPENERS = Set.of("the", "its", "his", "her", "their");

    /**
     * "The announcement came two days after ...": a sentence opening with a noun and "came" before its count
     * counts from the day of that event, when an earlier sentence dates it right beside a word of the same
     * stem ("announced yesterday evening"); null otherwise (the date in focus is counted from, as before).
     */
    private static DateValue subjectDay(Tokens t, Sentences.Span s, TemporalTagger.Hit duration,
                                        List<Sentences.Span> sentences, int si, List<TemporalTagger.Hit> days) {
        int verb = verbBeforeCount(t, s, duration);
        if (verb - 2 != s.from() || !CAME.contains(t.lower[verb]) || !SUBJECT_OPENERS.contains(t.lower[s.from()])
                || t.shape[verb - 1] != Tokens.WORD || t.isCapitalised(verb - 1)) {
            return null;
        }
        String head = t.lower[verb - 1];
        String stem = head.length() <= 5 ? head : head.substring(0, 5);
        for (int j = si - 1; j >= 0; j--) {
            Sentences.Span p = sentences.get(j);
            for (int w = p.to() - 1; w >= p.from(); w--) {
                if (t.shape[w] != Tokens.WORD || !t.lower[w].startsWith(stem)) {
                    continue;
                }
                for (TemporalTagger.Hit h : days) {
                    // "Saturday's truck bombing": a possessive date stands before its event's noun phrase
                    int after = h.tokenTo() < t.size && t.lower[h.tokenTo()].equals("'s") ? h.tokenTo() + 1 : h.tokenTo();
                    if (h.sentence() == j && h.date() != null && h.date().granularity() == Granularity.DAY
                            && (h.tokenFrom() > w && h.tokenFrom() - w <= 2 || h.tokenTo() <= w && w - after <= 1)) {
                        return h.date();
                    }
                }
                return null; // the latest mention is not dated beside it
            }
        }
        return null;
    }

    /** Nouns that name an event of the story by its kind, and the kinds of event each can mean. */
    private static final Map<String, Set<EventType>> STORY_EVENT_NOUNS = Map.ofEntries(
            Map.entry("attack", Set.of(EventType.ATTACK, EventType.AIR_STRIKE)),
            Map.entry("assault", Set.of(EventType.ATTACK, EventType.AIR_STRIKE)),
            Map.entry("raid", Set.of(EventType.ATTACK, EventType.AIR_STRIKE)),
            Map.entry("bombing", Set.of(EventType.ATTACK, EventType.AIR_STRIKE)),
            Map.entry("ambush", Set.of(EventType.ATTACK)),
            Map.entry("shooting", Set.of(EventType.ATTACK)),
            Map.entry("incident", Set.of(EventType.ATTACK, EventType.AIR_STRIKE, EventType.CRASH, EventType.ACCIDENT,
                    EventType.MISSILE_LAUNCH)),
            Map.entry("crash", Set.of(EventType.CRASH, EventType.ACCIDENT)),
            Map.entry("collision", Set.of(EventType.CRASH, EventType.ACCIDENT)),
            Map.entry("disaster", Set.of(EventType.DISASTER, EventType.ACCIDENT, EventType.CRASH)),
            Map.entry("earthquake", Set.of(EventType.DISASTER)),
            Map.entry("quake", Set.of(EventType.DISASTER)),
            Map.entry("decision", Set.of(EventType.STATEMENT, EventType.VERDICT)),
            Map.entry("announcement", Set.of(EventType.STATEMENT)),
            Map.entry("ruling", Set.of(EventType.VERDICT)),
            Map.entry("verdict", Set.of(EventType.VERDICT)),
            Map.entry("arrest", Set.of(EventType.ARREST)),
            Map.entry("resignation", Set.of(EventType.RESIGNATION)),
            Map.entry("protest", Set.of(EventType.PROTEST)),
            Map.entry("launch", Set.of(EventType.LAUNCH, EventType.SATELLITE_LAUNCH, EventType.MISSILE_LAUNCH)),
            Map.entry("test", Set.of(EventType.NUCLEAR_TEST, EventType.MISSILE_LAUNCH)));

    private static final Set<String> CAME_OR_BEGAN = java.util.stream.Stream.concat(CAME.stream(),
            java.util.stream.Stream.of("began", "started", "happened", "occurred")).collect(
            java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "The assault began hours after ...", "The incident came hours after ...", "The decision came a day after ...":
     * a sentence opening with "the" and a noun that names an event by its kind, with no date of its own, counts from
     * the day of the article's first event of that kind dated within the week before publication ("they stormed on
     * Wednesday", "was brought down late on Monday", "announced on Friday evening"); null when there is none.
     */
    private static DateValue storyEventDay(Tokens t, Sentences.Span s, TemporalTagger.Hit duration,
                                           List<ExtractedEvent> events, java.time.LocalDate dct) {
        int verb = verbBeforeCount(t, s, duration);
        if (verb - 2 != s.from() || !CAME_OR_BEGAN.contains(t.lower[verb]) || !t.lower[s.from()].equals("the")) {
            return null;
        }
        Set<EventType> kinds = STORY_EVENT_NOUNS.get(t.lower[verb - 1]);
        if (kinds == null) {
            return null;
        }
        for (ExtractedEvent e : events) {
            DateValue v = e.date();
            if (kinds.contains(e.type()) && e.modality() == Modality.ASSERTED && v.granularity() == Granularity.DAY
                    && inWeekBefore(v, dct)) {
                return v;
            }
        }
        return null;
    }

    /** A date whose first day lies within the week before publication, or on its day. */
    private static boolean inWeekBefore(DateValue v, java.time.LocalDate dct) {
        return !v.startDay().isAfter(dct) && !v.startDay().isBefore(dct.minusDays(7));
    }

    private static final Set<String> VAGUE_BEFORE_COUNT = Set.of("just", "only", "barely", "exactly", "some");

    /** The word before a count, past "just", "only" and the like: "came" in "came just two days after". */
    private static int verbBeforeCount(Tokens t, Sentences.Span s, TemporalTagger.Hit duration) {
        int verb = duration.tokenFrom() - 1;
        while (verb > s.from() && VAGUE_BEFORE_COUNT.contains(t.lower[verb])) {
            verb--;
        }
        return verb;
    }

    /** "came a day after", "comes just two months after": a following verb right before the count. */
    private static boolean cameBefore(Tokens t, Sentences.Span s, TemporalTagger.Hit duration) {
        int verb = verbBeforeCount(t, s, duration);
        return verb >= s.from() && CAME.contains(t.lower[verb]);
    }

    /**
     * "Kosgei's run came a day after Kipchoge ran under two hours": with no date of its own in the sentence, what
     * came is the story's news, so the count runs back from the story's day (its first day-fine date within the
     * week before publication), not from a date in focus that lies more than a week away from it (a record "set on
     * April 13, 2003" two sentences before). Null when the focus is near the story's day or there is no such day.
     */
    private static DateValue storyDayOverStaleFocus(Document d, int si, DateValue focus) {
        java.time.LocalDate dct = d.dct();
        DateValue story = null;
        for (TemporalTagger.Hit h : d.hits()) {
            if (h.sentence() >= si) {
                break;
            }
            DateValue v = h.date();
            if (v != null && v.granularity() == Granularity.DAY && inWeekBefore(v, dct)) {
                story = v;
                break;
            }
        }
        if (story == null || focus != null && !story.startDay().isBefore(focus.startDay().minusDays(7))
                && !story.startDay().isAfter(focus.endDay().plusDays(7))) {
            return null;
        }
        return story;
    }

    /** A past-tense verb within the first words of the clause from {@code k}: "the premier resigned". */
    private static boolean pastClause(Tokens t, Sentences.Span s, int k) {
        for (int j = k; j < Math.min(s.to(), k + 6); j++) {
            if (t.lower[j].equals(",")) {
                return false;
            }
            if (Words.isPastVerb(t, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "hours after gunmen burst into the studios on Tuesday": the clause after "after" (up to its comma) holds
     * a date of its own, which dates its event better than an offset can.
     */
    private static boolean laterDateInClause(Tokens t, Sentences.Span s, int k, List<TemporalTagger.Hit> later) {
        int end = k + 1;
        while (end < s.to() && !t.lower[end].equals(",") && !t.lower[end].equals(";")) {
            end++;
        }
        for (TemporalTagger.Hit h : later) {
            if (h.tokenFrom() >= end) {
                break;
            }
            if (h.tokenFrom() > k && h.timex().type() != TimexType.DURATION) {
                return true;
            }
        }
        return false;
    }

    /** "January 8, 1942", "5 May 2019": a day written with its year, not counted from the day of writing. */
    private static boolean explicitDay(Tokens t, TemporalTagger.Hit h) {
        for (int k = h.tokenFrom(); k < h.tokenTo(); k++) {
            if (t.shape[k] == Tokens.NUMBER && Words.yearIn(t.lower[k], 1000, 2099)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> VAGUE = Set.of("for", "than", "about", "nearly", "almost", "within", "over",
            "around", "roughly", "approximately", "some", "under", "up", "least", "several", "few", "many");

    /**
     * "more than six decades ago", "nearly two years ago", "less than a month ago": a vague offset, which
     * the annotation guidelines leave undated like "a few months after".
     */
    private static boolean vagueAgo(Tokens t, Sentences.Span s, TemporalTagger.Hit h) {
        int last = h.tokenTo() - 1;
        if (!t.lower[last].equals("ago")) {
            return false;
        }
        for (int k = Math.max(s.from(), h.tokenFrom() - 2); k < last; k++) {
            String w = t.lower[k];
            if (VAGUE_COUNT.contains(w) || w.equals("than") && k > s.from()
                    && (t.lower[k - 1].equals("more") || t.lower[k - 1].equals("less"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> VAGUE_COUNT = Set.of("nearly", "almost", "over", "about", "around", "roughly",
            "approximately", "some", "least", "under", "barely");

    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "a", "m", "p", "gmt", "utc", "local", "time",
            "et", "bst", "cet", "jst", "kst", "h", "hrs", "hours", "at");

    /**
     * "at 04:33", "18:24 local time": a clock time alone names no day worth an event (digits around a colon or a
     * dot, and no other words than clock words). Also {@link Reading}'s test of the dates that can date an event.
     */
    static boolean isClockTime(String text) {
        boolean colon = false;
        for (int i = 1; i + 1 < text.length(); i++) {
            if ((text.charAt(i) == ':' || text.charAt(i) == '.') && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                colon = true;
            }
        }
        if (!colon) {
            return false;
        }
        for (String w : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !CLOCK_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> REPORTED_PERIODS = Set.of("quarter", "half", "year");

    /** "a 2018 pact", "the 2022 season", "Tokyo 2020": a year that names a thing rather than dating an event. */
    private static boolean isAttributive(Tokens t, Sentences.Span s, TemporalTagger.Hit h) {
        // "19th-century jewellery", "a mid-century house": a hyphenated century before its noun describes it
        if (h.tokenTo() - h.tokenFrom() >= 2 && h.tokenTo() < s.to() && t.lower[h.tokenTo() - 1].equals("century")
                && t.lower[h.tokenTo() - 2].equals("-") && t.shape[h.tokenTo()] == Tokens.WORD) {
            return true;
        }
        // "its second-quarter results", "first-half profit", "full-year figures": the period a report covers,
        // not the day it is made
        if (h.tokenTo() - h.tokenFrom() >= 2 && h.tokenTo() < s.to() && t.lower[h.tokenTo() - 2].equals("-")
                && REPORTED_PERIODS.contains(t.lower[h.tokenTo() - 1]) && t.shape[h.tokenTo()] == Tokens.WORD
                && Character.isLowerCase(t.text.charAt(t.start[h.tokenTo()]))) {
            return true;
        }
        if (h.tokenTo() - h.tokenFrom() != 1 || t.shape[h.tokenFrom()] != Tokens.NUMBER) {
            return false;
        }
        int before = h.tokenFrom() - 1;
        int after = h.tokenTo();
        if (before < s.from()) {
            return false;
        }
        if (after < s.to() && Words.DETERMINERS.contains(t.lower[before]) && t.shape[after] == Tokens.WORD
                && Character.isLowerCase(t.text.charAt(t.start[after]))) {
            return true;
        }
        // "Tokyo 2020", "Euro 2024": a name followed by its year
        return t.isCapitalised(before) && !Words.PREPOSITIONS.contains(t.lower[before])
                && !t.lower[before].equals("may") && t.adjacent(before) == false
                && Character.isUpperCase(t.text.charAt(t.start[before])) && before > s.from();
    }

    // ------------------------------------------------------------------ triggers

    private void findTriggers(Sentence sen) {
        Tokens t = sen.t;
        Sentences.Span s = sen.s;
        boolean[] taken = sen.d.taken();
        int content = -1; // the end of what a document says: "a resolution endorsing the deal"
        for (int i = s.from(); i < s.to(); i++) {
            if (taken[i] || t.shape[i] != Tokens.WORD) {
                continue;
            }
            TriggerLexicon.Match m = triggers.longest(t, i, s.to(), sen.words());
            if (m == null || overlaps(taken, m.from(), m.to()) || !allowedInMention(sen, m) || leavingOff(sen, m)) {
                continue;
            }
            i = m.to() - 1;
            if (m.from() <= content) {
                continue; // the object of that participle: "endorsing the deal"
            }
            if (saysWhat(sen, m)) {
                content = objectEnd(sen, m.to());
                continue;
            }
            if (purpose(sen, m)) {
                continue; // "sent warplanes to rescue him": what the event was for
            }
            boolean reference = isReference(t, s, m, sen.dates);
            if (occasionAfter(sen, m)) {
                sen.occasions.add(m); // "signed a statement today after the first meeting between ..."
            }
            if (reference || notAnEvent(t, s, m) || isTopic(sen, m) || notDone(sen, m)
                    || circumstance(sen, m) || expiry(t, s, m)) {
                continue;
            }
            boolean verb = isVerb(sen, m) || predicateNoun(sen, m);
            EventType type = typeOf(sen, m, verb);
            // a word that is no event here ("commits", "gives") holds a date only as a past-tense predicate
            if (type == null && m.trigger().type() != null && (!Words.isPastVerb(t, m.from())
                    || ASPECTUAL.contains(t.lower[m.from()]))) {
                passesItsDate(sen, m);
                continue; // "the drills began on Saturday": the drills are dated, not their beginning
            }
            if ((type == null || ASPECTUAL.contains(t.lower[m.from()]) || reaching(t, m)) && passesItsDate(sen, m)) {
                continue; // "carried out its sixth nuclear test", "the trial, which opened in October"
            }
            sen.trigs.add(new Trig(m, type, verb, sen.clauses.of(m.from())));
        }
    }

    /** Nouns of texts whose content a participle can give: "a resolution endorsing the deal". */
    private static final Set<String> TEXTS = Set.of("resolution", "resolutions", "statement", "statements", "law",
            "laws", "bill", "bills", "decree", "decrees", "declaration", "motion", "letter", "order", "orders",
            "communique", "communiqué", "petition", "proposal", "amendment", "text", "measure", "measures");

    /**
     * "a resolution endorsing the deal", "a law banning protests": a participle right after the noun of a text says
     * what the text says; neither it nor its object is an event of the sentence.
     */
    private static boolean saysWhat(Sentence sen, TriggerLexicon.Match m) {
        int k = m.from() - 1;
        return m.to() - m.from() == 1 && sen.t.lower[m.from()].endsWith("ing") && k >= sen.s.from()
                && TEXTS.contains(sen.t.lower[k]);
    }

    /**
     * "Russia sent warplanes to rescue him", "visited the village to meet rescuers": an infinitive after a verb
     * event and its object says what that event was for; it is not an event of its own. A meeting with a named
     * person is one ("flew to Pyongyang to meet Kim Jong-il").
     */
    private static boolean purpose(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        int to = m.from() - 1;
        if (to <= sen.s.from() || !t.lower[to].equals("to") || Words.isPastVerb(t, m.from())
                || t.lower[m.from()].endsWith("ing")) {
            return false;
        }
        if (m.trigger().type() == EventType.MEETING && m.to() < sen.s.to() && sen.mention(m.to()) != null
                && likelyPerson(sen.mention(m.to()).entity())) {
            return false;
        }
        for (int i = sen.trigs.size() - 1; i >= 0; i--) {
            Trig g = sen.trigs.get(i);
            if (g.to() >= to || to - g.to() > 10) {
                continue;
            }
            if (!g.verb() || g.type() == null || !Words.isPastVerb(t, g.from()) && !g.strong()
                    || g.clause() != sen.clauses.of(m.from())) {
                return false;
            }
            for (int k = g.to(); k < to; k++) {
                if (t.shape[k] == Tokens.PUNCT || Words.isPastVerb(t, k) || Clauses.PRONOUNS.contains(t.lower[k])
                        || TO_PLANNING.contains(t.lower[k]) || t.lower[k].equals("that")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The last token of the noun phrase starting at {@code from}: determiners and modifiers, then a head. */
    private static int objectEnd(Sentence sen, int from) {
        int k = from;
        while (k < Math.min(sen.s.to(), from + 4) && (Words.DETERMINERS.contains(sen.t.lower[k])
                || sen.t.shape[k] == Tokens.WORD && Character.isLowerCase(sen.t.text.charAt(sen.t.start[k]))
                && !Words.PREPOSITIONS.contains(sen.t.lower[k]) && !Words.isPastVerb(sen.t, k))) {
            k++;
        }
        return k - 1;
    }

    /** A trigger inside a name counts only as the name's head: "Kyoto Protocol", "Hurricane Ian", "Tokyo Olympics". */
    private static boolean allowedInMention(Sentence sen, TriggerLexicon.Match m) {
        EntityRecognizer.Mention x = sen.mention(m.from());
        EntityRecognizer.Mention y = sen.mention(m.to() - 1);
        if (x == null && y == null) {
            return true;
        }
        EntityRecognizer.Mention n = x != null ? x : y;
        if (x == null && n.entity().kind() == EntityKind.PLACE && n.to() == m.to()) {
            return true; // "walked on the Moon"
        }
        if (n.entity().kind() != EntityKind.OTHER) {
            return false;
        }
        if (m.from() == n.from() && isStormWord(sen.t.lower[m.from()])) {
            return true;
        }
        // only names of occasions: "Kyoto Protocol", "Tokyo Olympics", "Spanish Grand Prix" (not "Activision Blizzard")
        EventType type = m.trigger().type();
        return m.to() == n.to() && (type == EventType.AGREEMENT || type == EventType.SUMMIT
                || type == EventType.MEETING || type == EventType.OTHER || type == EventType.ELECTION);
    }

    /**
     * "Maria ravaged Dominica on September 18", "expect Irma to pass near the islands tomorrow": a verb that a storm
     * can do is the storm's when its subject, before it in its clause, is a storm the article named in full.
     */
    private static boolean stormActs(Sentence sen, TriggerLexicon.Match m, TriggerLexicon.Trigger tr) {
        if (tr.rules().stream().noneMatch(d -> !d.fallback() && d.type() == EventType.DISASTER)) {
            return false;
        }
        for (int k = Math.max(sen.clauses.start(sen.clauses.of(m.from())), m.from() - 6); k < m.from(); k++) {
            EntityRecognizer.Mention x = sen.mention(k);
            if (x != null && isStormWord(x.entity().name().toLowerCase(Locale.ROOT).split(" ")[0])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStormWord(String w) {
        return w.equals("hurricane") || w.equals("typhoon") || w.equals("cyclone") || w.equals("storm")
                || w.equals("tropical");
    }

    /** "a meeting on the launch", "talks about the deal": the topic of an event noun is not an event again. */
    private static boolean isTopic(Sentence sen, TriggerLexicon.Match m) {
        if (sen.trigs.isEmpty()) {
            return false;
        }
        Trig previous = sen.trigs.get(sen.trigs.size() - 1);
        int k = m.from() - 1;
        if (k >= sen.s.from() && Words.DETERMINERS.contains(sen.t.lower[k])) {
            k--;
        }
        // "a meeting on the launch", "talks about the deal"; "vote on tougher sanctions", "ruled on the merger"
        int adjectives = 0;
        while (k > previous.to() && adjectives < 2 && sen.t.shape[k] == Tokens.WORD && !Words.isPastVerb(sen.t, k)
                && !Words.PREPOSITIONS.contains(sen.t.lower[k])) {
            k--;
            adjectives++;
        }
        if (k < sen.s.from() || k != previous.to()) {
            return false;
        }
        String w = sen.t.lower[k];
        if (previous.verb()) {
            return (w.equals("on") || w.equals("about")) && previous.type() != null;
        }
        // "reports of the talks", "news of the deal": what a report or a statement is about
        if (w.equals("of") && (previous.type() == EventType.REPORT || previous.type() == EventType.STATEMENT)) {
            return true;
        }
        return w.equals("on") || w.equals("about") || w.equals("over") || w.equals("into") || w.equals("for");
    }

    /** Nouns that a trigger word only modifies: "launch tower", "test site", "summit venue". */
    private static final Set<String> COMPOUND_HEADS = Set.of("tower", "pad", "site", "window", "vehicle", "vehicles",
            "complex", "facility", "facilities", "director", "team", "schedule", "costs", "system", "systems", "venue",
            "hall", "room", "centre", "center", "date", "dates", "rules", "record", "records", "zone", "area",
            "programme", "program", "capability", "capabilities", "range", "provider", "providers", "industry",
            "market", "sector", "services", "agency", "officials", "staff", "operator", "operators", "rights",
            "campaign", "campaigns", "season", "cycle", "year", "day", "night", "results", "tally", "count", "turnout",
            "judge", "judges", "lawyer", "lawyers", "witness", "witnesses", "transcript", "fatigue", "toll", "controllers",
            "teams", "crews", "workers", "cabinet", "crimes", "chest", "criminal", "criminals", "veteran", "veterans",
            "memorial", "footing");

    /** Uses of trigger words that name no event: "what he called", "so-called", "the call for", "test results". */
    private static boolean notAnEvent(Tokens t, Sentences.Span s, TriggerLexicon.Match m) {
        String w = t.lower[m.from()];
        int prev = m.from() - 1;
        // "the launch tower", "a test site": the trigger word modifies a noun and names no event
        if (m.to() < s.to() && m.to() == m.from() + 1 && COMPOUND_HEADS.contains(t.lower[m.to()])
                && !Words.isPastVerb(t, m.from()) && !w.endsWith("s") && (prev < s.from()
                || Words.DETERMINERS.contains(t.lower[prev]) || Words.PREPOSITIONS.contains(t.lower[prev]))
                && m.trigger().type() != EventType.ELECTION) {
            return true;
        }
        if ((w.equals("called") || w.equals("call") || w.equals("calls")) && m.to() < s.to()
                && t.lower[m.to()].equals("off")) {
            return true; // "called off": a cancellation, read as the modality of the event called off
        }
        // "a mission to study the Sun", "code-named Joint Sword": a verb of purpose or naming, no event
        if ((w.equals("study") || w.equals("review") || w.equals("survey")) && prev >= s.from()
                && t.lower[prev].equals("to")) {
            return true;
        }
        if (w.equals("named") && prev > s.from() && t.lower[prev].equals("-") && t.lower[prev - 1].equals("code")) {
            return true;
        }
        // "took the city without meeting resistance", "left without signing": what did not happen
        if (w.endsWith("ing") && prev >= s.from() && t.lower[prev].equals("without")) {
            return true;
        }
        if ((w.equals("called") || w.equals("calls")) && prev > s.from()
                && (t.lower[prev - 1].equals("what") || t.lower[prev].equals("so") || t.lower[prev].equals("-")
                || t.lower[prev].equals("is") || t.lower[prev].equals("was") || t.lower[prev].equals("be")
                || t.lower[prev].equals("being"))) {
            return true;
        }
        return notAnEventWord(t, s, m, w, prev) || notAnEventPhrase(t, s, m) || compoundModifier(t, s, m);
    }

    /**
     * "its decision-making body", "a war-torn region", "flood-hit towns": a trigger word joined by a hyphen to
     * the word after it makes a compound that modifies a noun; it names no event. Forms with their own hyphen
     * ("cease-fire", "test-fired") are matched whole and end after it.
     */
    private static boolean compoundModifier(Tokens t, Sentences.Span s, TriggerLexicon.Match m) {
        int h = m.to();
        return h + 1 < s.to() && t.lower[h].equals("-") && t.start[h] == t.end[h - 1]
                && t.start[h + 1] == t.end[h] && t.shape[h + 1] == Tokens.WORD
                && Character.isLowerCase(t.text.charAt(t.start[h + 1]));
    }

    /** Words that are no event in their use here: "failed to", "the far side with", "the final cost". */
    private static boolean notAnEventWord(Tokens t, Sentences.Span s, TriggerLexicon.Match m, String w, int prev) {
        String next = m.to() < s.to() ? t.lower[m.to()] : "";
        // "the two sides failed to bridge the gap": failing to do something is no failure
        if ((w.equals("failed") || w.equals("fails") || w.equals("failing")) && next.equals("to")) {
            return true;
        }
        // "is barred from seeking a second term": a standing rule (a term limit), not a ban imposed that day
        if ((w.equals("barred") || w.equals("banned")) && prev >= s.from() && (t.lower[prev].equals("is")
                || t.lower[prev].equals("are")) && next.equals("from") && m.to() + 1 < s.to()
                && t.lower[m.to() + 1].endsWith("ing")) {
            return true;
        }
        // "sexual encounters": an intimate encounter is no meeting
        if (w.startsWith("encounter") && prev >= s.from() && (t.lower[prev].equals("sexual")
                || t.lower[prev].equals("romantic") || t.lower[prev].equals("intimate"))) {
            return true;
        }
        // "the far side with Chang'e-4": the noun side, not the verb "side with"
        if (w.equals("side") && prev >= s.from() && (Words.DETERMINERS.contains(t.lower[prev])
                || Set.of("far", "near", "other", "dark", "opposite", "same", "wrong", "right").contains(t.lower[prev]))) {
            return true;
        }
        // "the final cost": an adjective before its noun
        if (w.equals("final") && m.to() == m.from() + 1 && m.to() < s.to() && t.shape[m.to()] == Tokens.WORD
                && Character.isLowerCase(t.text.charAt(t.start[m.to()])) && !Words.PREPOSITIONS.contains(next)
                && !Words.DETERMINERS.contains(next) && !Words.MODALS.contains(next) && !LIGHT.contains(next)
                && !Words.isPastVerb(t, m.to()) && !next.equals("and") && !next.equals("or")) {
            return true;
        }
        // "shipped 59 million phones", "sold 10,000 cars": a count of units sold is a sales figure
        return (w.equals("shipped") || w.equals("sold") || w.equals("sells") || w.equals("ships"))
                && m.to() < s.to() && t.shape[m.to()] == Tokens.NUMBER;
    }

    /** "at the request of", "without an agreement", "ended in an explosion": a noun that names no event of its own. */
    private static boolean notAnEventPhrase(Tokens t, Sentences.Span s, TriggerLexicon.Match m) {
        int k = m.from() - 1;
        if (k >= s.from() && Words.DETERMINERS.contains(t.lower[k])) {
            k--;
        }
        if (k < s.from() || k == m.from() - 1) {
            return false;
        }
        String w = t.lower[k];
        // "at the request of the United States", "on the orders of"
        EventType type = m.trigger().type();
        if ((w.equals("at") || w.equals("on")) && m.to() < s.to() && t.lower[m.to()].equals("of")
                && (type == EventType.STATEMENT || type == EventType.DEPLOYMENT)) {
            return true;
        }
        // "left without signing the accord": the object of what was not done
        if (w.endsWith("ing") && k > s.from() && t.lower[k - 1].equals("without")) {
            return true;
        }
        // "broke up without an agreement": the absence of an event
        if (w.equals("without") && (type == EventType.AGREEMENT || type == EventType.STATEMENT
                || type == EventType.RESOLUTION || type == EventType.ELECTION)) {
            return true;
        }
        // "its first flight ended in an explosion": how something ended
        return w.equals("in") && k > s.from() && Set.of("ended", "ending", "ends", "end").contains(t.lower[k - 1]);
    }

    /** "it had crossed", "they fired": a pronoun subject right before the trigger. */
    private static boolean pronounBefore(Sentence sen, int from) {
        for (int k = from - 1; k >= Math.max(sen.s.from(), from - 3); k--) {
            if (Clauses.PRONOUNS.contains(sen.t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerb(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        int f = m.from();
        if (gerund(sen, f)) {
            return true; // "responded by announcing a task force"
        }
        if (Words.isPastVerb(t, f) && !(f > sen.s.from() && Words.ARTICLES.contains(t.lower[f - 1]))
                && t.lower[f].endsWith("ed")) {
            return true; // "first disclosed", "last launched"
        }
        if (Words.isPastVerb(t, f) && f > sen.s.from() && inDate(sen, f - 1)) {
            return true; // "a follow-up in December that year said": a date is no modifier of a noun
        }
        if (Words.nounContext(t, f, sen.s.from())) {
            return false;
        }
        if (m.to() - m.from() > 1 && Words.isPastVerb(t, f)) {
            return true;
        }
        String w = t.lower[f];
        if (Words.isPastVerb(t, f) || w.endsWith("ing") && f > sen.s.from() && Set.of("is", "are", "was", "were",
                "be", "been", "being").contains(t.lower[f - 1])) {
            return true;
        }
        if (f == sen.s.from()) {
            return false;
        }
        String prev = t.lower[f - 1];
        boolean verbal = w.endsWith("s") && !w.endsWith("ss") || w.endsWith("ed") || w.endsWith("ing");
        return Words.MODALS.contains(prev) || Clauses.PRONOUNS.contains(prev) || prev.equals("who")
                || prev.equals("which") || prev.equals("that") || prev.endsWith("ly") && prev.length() > 3
                || sen.mention(f - 1) != null && verbal;
    }

    /** Words that open a clause telling how someone died ("died when", "were killed as", "died after"). */
    private static final Set<String> CAUSE_OPENERS = Set.of("when", "as", "after");

    /**
     * The type a trigger takes: a context rule met by the words of its own clause wins, then one met
     * by the sentence, then (for "The launch ...", a noun that opens the sentence) the sentence before.
     */
    private EventType typeOf(Sentence sen, TriggerLexicon.Match m, boolean verb) {
        TriggerLexicon.Trigger tr = m.trigger();
        // "who took over in April last year": taking over with no object is taking office
        if (tr.type() == EventType.ACQUISITION && sen.t.lower[m.to() - 1].equals("over") && m.to() < sen.s.to()
                && (Words.PREPOSITIONS.contains(sen.t.lower[m.to()]) || sen.d.taken()[m.to()]
                || sen.t.shape[m.to()] == Tokens.PUNCT)) {
            return EventType.APPOINTMENT;
        }
        // "Christopher Luxon, who took over the party in November", "Cardoso took over the bank in September 2023": a
        // person who takes over a party, a bank or a post takes office; a company taking over another buys it
        if (tr.type() == EventType.ACQUISITION && sen.t.lower[m.to() - 1].equals("over") && takenOverByAPerson(sen, m)) {
            return EventType.APPOINTMENT;
        }
        // "Venezuelans vote on December 6", "Kenyans vote on August 8": a people voting is an election
        if (tr.type() == EventType.RESOLUTION && sen.t.lower[m.from()].startsWith("vot") && peopleBefore(sen, m)) {
            return EventType.ELECTION;
        }
        // "the Lakanal House fire in July 2009": fire as a noun is a blaze, not a firing
        if (tr.type() == EventType.MISSILE_LAUNCH && !verb && blaze(sen, m)) {
            return WILDFIRE.stream().anyMatch(sen.words()::contains) ? EventType.DISASTER : EventType.ACCIDENT;
        }
        // "expect to complete the deal in the second half": in an article about a takeover, the deal completed is it
        if (tr.type() == EventType.AGREEMENT && completesATakeover(sen, m)) {
            return EventType.ACQUISITION;
        }
        // "ended its 12-year mission yesterday": the end of a mission is no launch
        if (tr.type() == EventType.LAUNCH && sen.t.lower[m.from()].startsWith("mission") && missionEnded(sen, m)) {
            return null;
        }
        // "launched the Kick Polio Out of Africa campaign": a named campaign launched is the LAUNCH of the taxonomy
        if (tr.type() == EventType.LAUNCH && verb && namedCampaign(sen, m.to())) {
            return EventType.LAUNCH;
        }
        // "the probe went into orbit around the planet": arriving at another world is no launch
        if (tr.type() == EventType.SATELLITE_LAUNCH && aroundAnotherWorld(sen, m)) {
            return EventType.OTHER;
        }
        // "Chinese ships took control of the shoal": taking control of a place is seizing territory
        if (tr.type() == EventType.ACQUISITION && verb && takesAPlace(sen, m)) {
            return EventType.ATTACK;
        }
        // "was jailed in April 2018 on bribery charges": held on charges, not sentenced
        if (tr.type() == EventType.VERDICT && heldOnCharges(sen, m)) {
            return EventType.ARREST;
        }
        // "Tomorrow he is due in Mosul": a person expected in a place travels there
        if (tr.type() == EventType.VISIT && m.to() - m.from() == 2 && sen.t.lower[m.from()].equals("due")
                && sen.t.lower[m.to() - 1].equals("in")) {
            EntityRecognizer.Mention place = m.to() < sen.s.to() ? sen.mention(m.to()) : null;
            return place != null && (place.entity().kind() == EntityKind.PLACE
                    || place.entity().kind() == EntityKind.COUNTRY) ? EventType.VISIT : null;
        }
        // "the Commission fined the bank €2bn", "regulators fined the airline": a fine imposed by a regulator, not by a
        // court, is a decision of a regulator (gold-format: STATEMENT); "was fined by a judge" stays a verdict
        if (tr.type() == EventType.VERDICT && verb && sen.t.lower[m.from()].equals("fined") && m.from() > sen.s.from()
                && !FINED_AUX.contains(sen.t.lower[m.from() - 1]) && !courtBefore(sen, m.from())) {
            return EventType.STATEMENT;
        }
        // "securities regulators froze the assets of its local unit", "the regulator, BaFin, which barred investors
        // from betting against the shares": a ban or freeze by a regulator is a regulator's decision, a STATEMENT
        if (tr.type() == EventType.SANCTIONS && regulatorActs(sen, m)) {
            return EventType.STATEMENT;
        }
        // "ordered an all-out effort to rescue the injured on Thursday": the rescue ordered is the order's content
        if (tr.type() == EventType.AID && orderedRescue(sen, m)) {
            return EventType.STATEMENT;
        }
        // "the trawler went down off the coast", "the ferry overturned on Thursday": a vessel that sinks or capsizes is
        // an accident, not a crash nor the overturning of a ruling
        if (vesselLost(sen, m, tr, verb)) {
            return EventType.ACCIDENT;
        }
        // "Qatar said today that it would leave OPEC in January", "Mali quit the G5 Sahel in May", "Bright Future
        // pulled out of the coalition": a country or a party leaving a bloc, a treaty or a coalition is an AGREEMENT
        // (taxonomy: suspending, tearing up or leaving one)
        if (verb && leavesABody(sen, m)) {
            return EventType.AGREEMENT;
        }
        // "Delta Air Lines ordered 75 CSeries jets", "Poland ordered 48 in September", "bought 12 of the jets":
        // ordering or buying a number of aircraft, ships or arms is a contract (an AGREEMENT), not sending troops nor
        // taking over a company
        // (a verb of buying read whatever the tagger makes of it: "In 2014 Chile bought 12 frigates" reads as a noun
        // phrase; an order only as a verb: the FAA "went further on Saturday, ordering 171 planes" grounded)
        if ((verb && tr.type() == EventType.DEPLOYMENT || tr.type() == EventType.ACQUISITION) && purchaseOrder(sen, m)) {
            return EventType.AGREEMENT;
        }
        // "announced last night that he was giving up all his posts", "said today that Herbert Diess would leave as chief
        // executive": what is said is a departure from office
        if (tr.type() == EventType.STATEMENT && verb && PLAIN_SAYING.contains(sen.t.lower[m.from()])
                && reportsADeparture(sen, m)) {
            return EventType.RESIGNATION;
        }
        if (tr.rules().isEmpty()) {
            return tr.type();
        }
        if (proVerb(sen, m)) {
            return didSo(sen, m); // "Egypt signed a treaty in 1979, and Jordan did so in 1994"
        }
        int c = sen.clauses.of(m.from());
        Clauses cl = sen.clauses;
        // the words around the trigger in its clause: a few before (its subject), more after (its object)
        Set<String> local = sen.scratch;
        local.clear();
        int end = cl.end(c);
        if (c + 1 < cl.count() && (cl.kind(c + 1) == Clauses.Kind.WHEN || cl.kind(c + 1) == Clauses.Kind.RELATIVE)) {
            end = cl.end(c + 1); // "a launch of its own on Saturday, when ... carried a satellite"
        }
        // "23 people died when coaches of the express derailed": a death's clause of circumstance tells what killed
        if (tr.type() == EventType.DEATH && c + 1 < cl.count() && cl.start(c + 1) <= m.to() + 6
                && CAUSE_OPENERS.contains(sen.t.lower[cl.start(c + 1)])) {
            end = cl.end(c + 1);
        }
        int begin = cl.start(c);
        if (cl.kind(c) == Clauses.Kind.RELATIVE || cl.kind(c) == Clauses.Kind.WHEN) {
            begin = Math.max(sen.s.from(), begin - 4); // "The Olympic flame, which arrived in Japan"
        }
        boolean relative = cl.kind(c) == Clauses.Kind.RELATIVE || cl.kind(c) == Clauses.Kind.WHEN;
        // a relative clause's verb has its antecedent for object: "the tariffs that Trump unveiled"
        // a reporting clause ("..., the agency said") reads what it reports before it; a coordinated verb
        // ("broke through police lines and stormed the residence") the subject of the clause it continues
        boolean reporting = cl.kind(c) == Clauses.Kind.REPORTING || reportsWhatCameBefore(sen, m);
        boolean coordinated = cl.kind(c) == Clauses.Kind.COORDINATE && c > 0 && cl.verbInitial(sen.t, c);
        if (coordinated) {
            begin = Math.max(cl.start(c - 1), m.from() - 14);
        }
        for (int k = reporting ? sen.s.from() : relative || coordinated ? begin : Math.max(begin, m.from() - 4);
                k < Math.min(end, m.to() + 12); k++) {
            local.add(sen.t.lower[k]);
        }
        // "Stocks on Wall Street staged one of their biggest rallies", "the peso ended yesterday's session 13% weaker":
        // a noun governed by a verb that names no event of its own takes its sense from that verb's subject too
        if (!verb) {
            for (int k = m.from() - 1; k >= Math.max(begin, m.from() - 8); k--) {
                if (SUPPORT.contains(sen.t.lower[k])) {
                    for (int j = Math.max(begin, k - 8); j < k; j++) {
                        local.add(sen.t.lower[j]);
                    }
                    break;
                }
            }
        }
        TriggerLexicon.ContextRule r = TriggerLexicon.specificRule(tr, local);
        // "Demonstrations led by students erupted on Monday": what erupts is the subject, however far before
        if (r == null && verb && tr.type() == EventType.DISASTER && sen.t.lower[m.from()].startsWith("erupt")) {
            Set<String> subject = new HashSet<>();
            for (int k = Math.max(cl.start(c), m.from() - 10); k < m.from(); k++) {
                subject.add(sen.t.lower[k]);
            }
            r = TriggerLexicon.specificRule(tr, subject);
        }
        boolean ambiguous = tr.rules().stream().anyMatch(TriggerLexicon.ContextRule::fallback);
        if (r == null && ambiguous) {
            r = TriggerLexicon.specificRule(tr, sen.words());
        }
        // "The launch ...", "it withdrew in November 2020": a sentence-opening noun, a pronoun subject or a verb
        // with no object of its own takes its sense from the sentence before
        boolean objectless = verb && !relative && m.to() < sen.s.to() && (sen.d.taken()[m.to()]
                || Words.PREPOSITIONS.contains(sen.t.lower[m.to()]) || sen.t.shape[m.to()] == Tokens.PUNCT);
        if (r == null && ambiguous && (!verb && m.from() <= sen.s.from() + 2 || pronounBefore(sen, m.from())
                || objectless)) {
            r = TriggerLexicon.specificRule(tr, sen.previousWords());
        }
        EventType type = r != null ? r.type() : TriggerLexicon.defaultType(tr);
        // "said last night, during the protests, that ...", "had been told of earlier complaints": a protest, appeal or
        // complaint near a verb of saying is what a ruling rejects only when the verb rejects it; a speaker who says
        // or tells something makes a STATEMENT
        if (type == EventType.VERDICT && r != null && tr.type() == EventType.STATEMENT && verb
                && PLAIN_SAYING.contains(sen.t.lower[m.from()])) {
            type = EventType.STATEMENT;
        }
        if (r == null && verb && stormActs(sen, m, tr)) {
            type = EventType.DISASTER; // "Maria ravaged Dominica", "Irma skirted the north coast"
        }
        // "Bob Smith had been removed", "was replaced by Jane Doe": a person removed leaves office, one who
        // replaces another takes it, whatever the office is called
        if (type == null && verb && (tr.type() == EventType.RESIGNATION || tr.type() == EventType.APPOINTMENT)
                && (sen.t.lower[m.from()].startsWith("remov") || sen.t.lower[m.from()].startsWith("replac"))) {
            type = personChanged(sen, m);
        }
        // "Roscosmos launched Luna-25": what a launch carried is said once in an article ("the Luna-25 probe"); "the
        // North's test in September" in an article about nuclear tests
        boolean test = type == null && tr.type() == EventType.NUCLEAR_TEST && !verb;
        if (r == null && (type == EventType.LAUNCH || type == EventType.SATELLITE_LAUNCH || test)) {
            for (TriggerLexicon.ContextRule d : tr.rules()) {
                if (!d.fallback() && (test ? d.type() == EventType.NUCLEAR_TEST : d.type() == EventType.LAUNCH
                        || d.type() == EventType.SATELLITE_LAUNCH) && d.matches(sen.salience.docWords())) {
                    type = d.type();
                    break;
                }
            }
        }
        // "expect the deal to close next year", "a deal agreed in March": in a story about a takeover, a deal with
        // no other sense in its sentence is that takeover
        if (type == EventType.AGREEMENT && r == null && (verb ? m.from() > sen.s.from()
                && takeoverDeal(sen, m.from() - 1) : m.to() - m.from() == 1 && takeoverDeal(sen, m.from()))) {
            type = EventType.ACQUISITION;
        }
        // "The deal, announced on November 23, values LinkedIn at ...": a deal announced in a story about a takeover is
        // that takeover, as the deal itself is
        if (type == EventType.AGREEMENT && r != null && sen.t.lower[m.from()].startsWith("announc")
                && (local.contains("deal") || local.contains("agreement"))
                && (sen.salience.writesAny(TAKEOVER) || sen.salience.writesAny(TAKEOVER_WORDS))) {
            type = EventType.ACQUISITION;
        }
        // "agreed today to pay $16.7 billion in cash for Altera": agreeing to pay for a company is buying it
        if (type == EventType.AGREEMENT && sen.t.lower[m.from()].startsWith("agree") && paysFor(sen, m)) {
            type = EventType.ACQUISITION;
        }
        // "suspended the health minister today", "suspended its chief executive": an official suspended leaves office
        if (type == EventType.STATEMENT && verb && sen.t.lower[m.from()].startsWith("suspend")
                && suspendsAnOfficial(sen, m)) {
            type = EventType.RESIGNATION;
        }
        // "Jordan banned all activities of the Muslim Brotherhood today", "banned glyphosate in April": a ban aimed at
        // no country, person or team is a government's decision (gold-format: a ban on a country's goods is SANCTIONS)
        if (type == EventType.SANCTIONS && verb && sen.t.lower[m.from()].startsWith("ban") && !banAimed(sen, m)) {
            type = courtBefore(sen, m.from()) ? EventType.VERDICT : EventType.STATEMENT;
        }
        // "the electoral bureau barred Georgescu from standing", "the central bank barred it from signing up new
        // customers": barring is an authority's decision, a court's its ruling, a sports body's a punishment
        if (type == EventType.SANCTIONS && verb && sen.t.lower[m.from()].startsWith("barr") && !wordBefore(sen, m, BARRING_SPORTS_BODIES)
                && !(m.from() > sen.s.from() && PASSIVE_AUX.contains(sen.t.lower[m.from() - 1]))
                && !barsAForeignCountry(sen, m)) {
            type = courtBefore(sen, m.from()) ? EventType.VERDICT : EventType.STATEMENT;
        }
        // "a man killed three young girls", "Saudi agents killed Khashoggi": a killing by a person is an attack
        if (type == EventType.DEATH && r == null && verb && killedByAPerson(sen, m)) {
            type = EventType.ATTACK;
        }
        // "Electoral officials declared him the winner today": the declaration of a result the commission makes is its
        // statement; "was declared the winner" is the election itself
        if (type == EventType.ELECTION && r != null && sen.t.lower[m.from()].startsWith("declar") && verb
                && !(m.from() > sen.s.from() && PASSIVE_AUX.contains(sen.t.lower[m.from() - 1]))) {
            type = EventType.STATEMENT;
        }
        // "announced his retirement from international football": a player's retirement is no office left
        if (type == EventType.RESIGNATION && r != null && sen.t.lower[m.from()].startsWith("announc")
                && sen.words().stream().anyMatch(SPORTS::contains)) {
            type = EventType.OTHER;
        }
        // "agreed to step down as chairman", "agreed to meet again in September": agreeing to do something names
        // what is to be done, when that is an event of its own kind
        if (type == EventType.AGREEMENT || type == EventType.ACQUISITION && tr.type() == EventType.AGREEMENT) {
            EventType agreed = agreedTo(sen, m); // and "agreed to buy 470 jets": a purchase, not a takeover
            if (agreed != null) {
                type = agreed;
            }
        }
        // "called for another day of marches on Thursday", "summoned the party leaders to a meeting on Friday": the
        // call's date is the gathering's, and that gathering is the event
        if (type == EventType.STATEMENT) {
            EventType called = calledGathering(sen, m);
            if (called != null) {
                type = called;
            }
        }
        // "a rocket launched the telescope", "the rocket was destroyed, taking a satellite down with it": a rocket's
        // launch with an uncrewed payload named in its sentence puts that payload up
        if (type == EventType.LAUNCH && payloadNamed(sen, c)) {
            type = EventType.SATELLITE_LAUNCH;
        }
        // "Juno was launched on an Atlas V rocket", "the probe lifted off aboard a Falcon 9 rocket": what rides a
        // rocket is its payload, so an uncrewed one is put up
        if (type == EventType.LAUNCH && verb && ridesARocket(sen, m)) {
            type = EventType.SATELLITE_LAUNCH;
        }
        // "marines recaptured Joaquín Guzmán": capturing a person is arresting them, not an attack
        if (type == EventType.ATTACK && verb && (sen.t.lower[m.from()].startsWith("captur")
                || sen.t.lower[m.from()].startsWith("recaptur")) && m.to() < sen.s.to()) {
            EntityRecognizer.Mention object = sen.mention(m.to());
            if (object != null && likelyPerson(object.entity())) {
                return EventType.ARREST;
            }
        }
        // "Russia began bombing in Syria", "the bombing of Nagasaki": bombing, with no bomb planted on the ground, is
        // from the air (docs/gold-format.md: AIR_STRIKE is bombing and drone strikes from the air)
        if (type == EventType.ATTACK && bombingFromTheAir(sen, m)) {
            type = EventType.AIR_STRIKE;
        }
        // "The blaze broke out on Monday in the hills": a blaze out in the open country is a wildfire
        if (type == EventType.ACCIDENT && sen.t.lower[m.from()].equals("blaze")
                && WILDFIRE.stream().anyMatch(sen.words()::contains)) {
            type = EventType.DISASTER;
        }
        // "the massacre of protesters by troops in May 1980", "were killed by the army and police": people killed by
        // troops or police are an armed crackdown (taxonomy: ATTACK), not a protest nor a mere death
        if ((type == EventType.PROTEST && !verb || type == EventType.DEATH) && killedByForces(sen, m, type)) {
            return EventType.ATTACK;
        }
        // "the crater floor collapsed as magma drained away", "the collapse of the dam during a typhoon": what gives way to
        // a volcano, a storm or an earthquake is part of that natural disaster
        if (type == EventType.ACCIDENT && givesWayToNature(sen, m)) {
            type = EventType.DISASTER;
        }
        // "Thomas Cook collapsed": a company that collapses fails
        if (type == EventType.ACCIDENT && verb && sen.t.lower[m.from()].startsWith("collaps") && m.from() > sen.s.from()
                && sen.mention(m.from() - 1) != null
                && sen.mention(m.from() - 1).entity().kind() == EntityKind.ORGANIZATION) {
            return EventType.MARKET_MOVE;
        }
        // "the collapse of Lehman Brothers", "the failure of Monarch": a company that collapses fails
        if (type == EventType.ACCIDENT && !verb && (sen.t.lower[m.from()].startsWith("collaps")
                || sen.t.lower[m.from()].startsWith("failure")) && m.to() + 1 < sen.s.to()
                && sen.t.lower[m.to()].equals("of") && firm(sen.mention(m.to() + 1))) {
            return EventType.MARKET_MOVE;
        }
        // "the Court of Session found", "a Hong Kong judge ordered": what a court decides is a verdict
        if (verb && (type == null || type == EventType.STATEMENT) && courtSubject(sen, m.from())) {
            return EventType.VERDICT;
        }
        // "judges are expected to rule on his application for bail today", "the court is expected to decide later
        // today whether ...": a ruling a court is to give is a (scheduled) VERDICT, not the application or decision
        if ((type == null || type == EventType.STATEMENT) && courtWillRule(sen, m)) {
            return EventType.VERDICT;
        }
        // "Parliament will meet to elect a successor": a meeting held to choose someone is that election
        if (type == EventType.MEETING && verb && meetsToElect(sen, m)) {
            return EventType.ELECTION;
        }
        // "the tribunal halved the sprinter's ban": what a court does to a ban, a fine or a deal is its ruling
        if (!verb && type != null && type != EventType.VERDICT && courtActsOn(sen, m)) {
            return EventType.VERDICT;
        }
        if (type == EventType.DEATH && (verb || sen.t.lower[m.from()].equals("dead"))) {
            EventType cause = causeOfDeath(sen, m);
            if (cause != null) {
                return cause; // "a rocket attack on the base killed two soldiers": the attack
            }
        }
        // "approved an emergency declaration for the state", "declared a state of disaster, freeing funds": a
        // declaration of emergency or disaster that releases money is aid (docs/gold-format.md, AID)
        if (type == EventType.STATEMENT && releasingDeclaration(sen, m)) {
            return EventType.AID;
        }
        // "the previous record, a fine of $5bn, was imposed on the bank in 2019", "the $1bn that the commission imposed
        // on the carmaker": a fine imposed is a regulator's decision, a STATEMENT (as "fined" is), even when the fine
        // is named outside the verb's own clause
        if (type == EventType.SANCTIONS && verb && sen.t.lower[m.from()].startsWith("impos")
                && sen.words().stream().anyMatch(FINES::contains)) {
            return EventType.STATEMENT;
        }
        // "called the revolt treason", "called it a mistake": what something is called is said, not a phone call
        if (type == EventType.CALL && verb && namesWhatItCalls(sen, m)) {
            return EventType.STATEMENT;
        }
        // "the General Assembly demanded that ...", "was rejected by the House of Commons": what a legislature
        // approves, rejects or demands is voted on a text
        if (type == EventType.STATEMENT && verb && VOTED.contains(sen.t.lower[m.from()]) && legislatureActs(sen, m)) {
            return EventType.RESOLUTION;
        }
        // "a follow-up in December said ...", "the study found": what a report says is its finding
        if (type == EventType.STATEMENT && verb && reportSays(sen, m)) {
            return EventType.REPORT;
        }
        // "announced he was stepping down": an announced resignation is dated by its announcement
        if (type == EventType.STATEMENT && verb && !TRYING.contains(sen.t.lower[m.from()])) {
            // the words of what was said: the rest of the clause and the complement after it
            int said = c + 1 < cl.count() && cl.kind(c + 1) == Clauses.Kind.COMPLEMENT ? cl.end(c + 1) : cl.end(c);
            for (int k = m.to(); k < Math.min(said, Math.min(sen.s.to(), m.to() + 16)); k++) {
                String w = sen.t.lower[k];
                if (w.equals("resign") || w.equals("resigning") || w.equals("stepping") || w.equals("resignation")
                        || w.equals("quit") || w.equals("quitting") || w.equals("step") && k + 1 < sen.s.to()
                        && sen.t.lower[k + 1].equals("down") || departs(sen, k)) {
                    return EventType.RESIGNATION;
                }
                // "said every depositor would get their money back": a rescue announced is a rescue; "ordered an
                // all-out effort to rescue the injured" is an order
                if (w.equals("bailout") || w.equals("rescue") && !ordersRescue(sen, m, k) || w.equals("money") && k + 1 < sen.s.to()
                        && sen.t.lower[k + 1].equals("back")) {
                    return EventType.AID;
                }
            }
            EventType content = saidIsDone(sen, m.to(), Math.min(said, Math.min(sen.s.to(), m.to() + 20)));
            if (content == EventType.AID && ORDERING.contains(sen.t.lower[m.from()])
                    && IntStream.range(m.to(), Math.min(sen.s.to(), m.to() + 8)).anyMatch(k -> ordersRescue(sen, m, k))) {
                content = null; // "ordered the army to rescue the villagers": the rescue is ordered, not yet done
            }
            if (content != null) {
                return content;
            }
            EventType object = objectType(sen, m);
            if (object != null) {
                return object;
            }
            EventType subject = announcedSubjectType(sen, m);
            if (subject != null) {
                return subject;
            }
        }
        return type;
    }

    private static final Set<String> OWN_DEPARTURE = Set.of("would", "will", "'ll", "'d", "shall", "was", "is", "be",
            "were", "are");

    /**
     * Whether the word at {@code k} of what was said is a departure from office in other words than "resign":
     * "would step aside", "will stand down", "would retire at the end of the year", "would leave" with nothing
     * left, "leave office", "leave his post".
     */
    private static boolean departs(Sentence sen, int k) {
        String w = sen.t.lower[k];
        String next = k + 1 < sen.s.to() ? sen.t.lower[k + 1] : null;
        // the speaker's own departure ("that he would leave"), not an order to others ("ordered residents to leave")
        if (k == sen.s.from() || !OWN_DEPARTURE.contains(sen.t.lower[k - 1])) {
            return false;
        }
        if ((w.equals("step") || w.equals("stand") || w.equals("standing")) && "aside".equals(next)
                || w.equals("stand") && "down".equals(next) || w.equals("standing") && "down".equals(next)) {
            return true;
        }
        if (w.equals("retire") || w.equals("retiring")) {
            return true;
        }
        if (w.equals("leave") || w.equals("leaving")) {
            if (next == null || sen.t.shape[k + 1] == Tokens.PUNCT || next.equals("office")) {
                return true;
            }
            String after = k + 2 < sen.s.to() ? sen.t.lower[k + 2] : "";
            return (next.equals("his") || next.equals("her") || next.equals("the")) && (after.equals("post")
                    || after.equals("job") || after.equals("role") || after.equals("office"));
        }
        return false;
    }

    private static final Set<String> PAYLOADS = Set.of("satellite", "satellites", "payload", "payloads", "telescope",
            "orbiter", "rover", "lander", "observatory", "spacecraft", "probe", "probes", "module", "modules", "cargo",
            "laboratory");
    private static final Set<String> CREWED = Set.of("crew", "crews", "crewed", "astronaut", "astronauts",
            "cosmonaut", "cosmonauts", "taikonaut", "taikonauts", "capsule", "capsules", "dragon", "starliner", "soyuz",
            "orion", "shenzhou", "gaganyaan", "tourists", "passengers");

    /**
     * Whether the launch verb at {@code m} carries its subject on or aboard a rocket named after it ("was launched on
     * an Atlas V rocket"), no rocket being named before it, no 'who' just before it and no crew in the sentence.
     */
    private static boolean ridesARocket(Sentence sen, TriggerLexicon.Match m) {
        for (String w : sen.words()) {
            if (CREWED.contains(w)) {
                return false;
            }
        }
        for (int k = sen.s.from(); k < m.from(); k++) {
            if (sen.t.lower[k].startsWith("rocket")) {
                return false;
            }
        }
        // "the businessman, who had flown to the edge of space on a rocket": a person aboard is a crew
        for (int k = Math.max(sen.s.from(), m.from() - 6); k < m.from(); k++) {
            if (sen.t.lower[k].equals("who")) {
                return false;
            }
        }
        int end = Math.min(sen.s.to(), m.to() + 12);
        for (int k = m.to(); k < end; k++) {
            String w = sen.t.lower[k];
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            if (w.equals("on") || w.equals("aboard")) {
                for (int j = k + 1; j < Math.min(end, k + 6); j++) {
                    if (sen.t.lower[j].equals("rocket")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> TAKEOVER = Set.of("takeover", "takeovers", "merger", "mergers", "acquire",
            "acquired", "acquires", "acquisition", "acquisitions", "buyout");

    /** Whether the word at {@code k} is a plain "deal" or "agreement" in an article that tells of a takeover. */
    private static boolean takeoverDeal(Sentence sen, int k) {
        String w = sen.t.lower[k];
        if (!(w.equals("deal") || w.equals("agreement"))) {
            return false;
        }
        return sen.salience.writesAny(TAKEOVER);
    }

    /**
     * PROTEST or MEETING when a verb of calling ("called for", "summoned ... to") is followed, in its clause, by a
     * protest or a meeting and then "on" and a date: "called for another day of action in Paris on Saturday".
     */
    private static EventType calledGathering(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        if (!Words.CALLS.contains(t.lower[m.from()])) {
            return null;
        }
        EventType gathering = null;
        for (int k = m.to(); k < Math.min(sen.s.to() - 1, m.to() + 12); k++) {
            String w = t.lower[k];
            if (w.equals(",") || w.equals(";")) {
                return null;
            }
            if (Words.PROTEST_GATHERINGS.contains(w)) {
                gathering = EventType.PROTEST;
            } else if (Words.MEETING_GATHERINGS.contains(w)) {
                gathering = EventType.MEETING;
            } else if (w.equals("on") && gathering != null) {
                for (TemporalTagger.Hit h : sen.dates) {
                    if (h.tokenFrom() == k + 1) {
                        return gathering;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The token after a date that starts at {@code k} ("yesterday", "on Tuesday"), else {@code k}. */
    private static int pastItsDate(Sentence sen, int k) {
        Tokens t = sen.t;
        for (TemporalTagger.Hit h : sen.dates) {
            if (h.tokenFrom() == k || h.tokenFrom() == k + 1 && (t.lower[k].equals("on") || t.lower[k].equals("in"))) {
                k = h.tokenTo();
            }
        }
        return k;
    }

    private static final Set<String> SETTLING = Set.of("settle", "settles", "settled", "settlement", "fine", "fines",
            "penalty", "penalties", "compensation", "damages", "claims", "victims", "lawsuit", "lawsuits", "charges");

    /**
     * "agreed today to pay $16.7 billion in cash for Altera", "agreed last month to pay 1.5 billion dollars for Anglo
     * American's niobium business": "to pay" right after the verb (or its date), then "for" within the clause; not a
     * settlement ("agreed to pay $5m to settle the claims", "for the victims").
     */
    private static boolean paysFor(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        int k = pastItsDate(sen, m.to());
        if (k + 2 >= sen.s.to() || !t.lower[k].equals("to") || !t.lower[k + 1].equals("pay")) {
            return false;
        }
        boolean paid = false;
        for (int j = k + 2; j < Math.min(sen.s.to(), k + 16); j++) {
            String w = t.lower[j];
            if (SETTLING.contains(w) || w.equals(";")) {
                return false;
            }
            if (w.equals("for") && j > k + 2) {
                paid = true;
                break;
            }
        }
        if (!paid) {
            return false;
        }
        for (int j = k + 2; j < sen.s.to(); j++) {
            if (SETTLING.contains(t.lower[j])) {
                return false;
            }
        }
        return true;
    }

    /** Words after a ban that aim it at someone: imports "from" a country, a player banned "for" four years. */
    private static final Set<String> BAN_TARGETS = Set.of("from", "for", "athlete", "athletes", "player", "players",
            "team", "teams", "club", "clubs", "flights", "airlines", "imports", "vessels", "ships", "citizens",
            "nationals", "officials", "runners", "cyclists");

    /** Sports bodies whose bans punish (SANCTIONS): "FIFA banned its former president for life". */
    private static final Set<String> SPORTS_BODIES = Set.of("fifa", "uefa", "ioc", "wada", "cricket", "federation",
            "anti-doping", "doping", "ethics", "athletics", "football");

    /**
     * Whether a ban names whom it is aimed at in the words after it, up to the end of its clause: a country or a
     * person ("banned Russian flights", "banned Huawei from"), a player or a team, imports.
     */
    private static boolean banAimed(Sentence sen, TriggerLexicon.Match m) {
        return wordBefore(sen, m, SPORTS_BODIES)
                || namedAfter(sen, m, 10, BAN_TARGETS, Set.of(EntityKind.COUNTRY, EntityKind.PERSON));
    }

    /** Whether a word of {@code words} stands in the trigger's clause, in the ten words before it. */
    private static boolean wordBefore(Sentence sen, TriggerLexicon.Match m, Set<String> words) {
        for (int j = Math.max(sen.clauses.start(sen.clauses.of(m.from())), m.from() - 10); j < m.from(); j++) {
            if (words.contains(sen.t.lower[j])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger's clause names, in the {@code reach} words after it, a word of {@code words} or an entity of
     * one of {@code kinds}.
     */
    private static boolean namedAfter(Sentence sen, TriggerLexicon.Match m, int reach, Set<String> words,
            Set<EntityKind> kinds) {
        int end = Math.min(Math.min(sen.clauses.end(sen.clauses.of(m.from())), m.to() + reach), sen.s.to());
        for (int j = m.to(); j < end; j++) {
            EntityRecognizer.Mention at = sen.mention(j);
            if (words.contains(sen.t.lower[j]) || at != null && kinds.contains(at.entity().kind())) {
                return true;
            }
        }
        return false;
    }

    /** Sports bodies and the words of one ("the cycling union", "the Olympic committee") that bar athletes. */
    private static final Set<String> BARRING_SPORTS_BODIES = Set.of("fifa", "uefa", "ioc", "wada", "cricket",
            "federation", "anti-doping", "doping", "ethics", "athletics", "football", "union", "olympic");

    /** Words of barring a foreign country's people or goods: "barred him from entering", "from its airspace". */
    private static final Set<String> FOREIGN_BARS = Set.of("entry", "entering", "airspace", "visas", "imports");

    /**
     * Whether a bar names a country or the entry of people in the words after it, up to the end of its clause ("barred
     * Belarusian airlines from its airspace", "barred him from entering the country"): a sanction.
     */
    private static boolean barsAForeignCountry(Sentence sen, TriggerLexicon.Match m) {
        return namedAfter(sen, m, 12, FOREIGN_BARS, Set.of(EntityKind.COUNTRY));
    }

    /** People who kill: the subject of an active "killed" that makes the death an attack. */
    private static final Set<String> KILLERS = Set.of("man", "woman", "men", "women", "agents", "agent", "soldiers",
            "soldier", "marines", "troops", "police", "officers", "officer", "policeman", "policemen", "employee",
            "director", "mob", "teenager", "boy", "attacker", "attackers", "assailant", "assailants", "he", "she",
            "they", "guards", "guard", "forces", "services", "gang", "gangs", "nurse", "student", "worker");

    /** Whether the words right before the trigger name a country's people by the plural of its demonym ("Iranians"). */
    private static boolean peopleBefore(Sentence sen, TriggerLexicon.Match m) {
        EntityRecognizer.Mention at = m.from() > sen.s.from() ? sen.mention(m.from() - 1) : null;
        if (at == null || at.to() != m.from() || at.entity().kind() != EntityKind.COUNTRY) {
            return false;
        }
        String said = sen.t.text.substring(sen.t.start[at.from()], sen.t.end[at.to() - 1]);
        String name = at.entity().name();
        // the people, not a body read as its country ("Lawmakers voted"): the demonym begins as the name does
        return said.endsWith("s") && !said.equalsIgnoreCase(name) && name.length() >= 4 && said.length() > name.length()
                && said.regionMatches(true, 0, name, 0, 4);
    }

    /** Words that, said of someone, take them out of office: "that he was stepping down", "his departure". */
    private static final Set<String> DEPARTING = Set.of("resign", "resigns", "resigning", "resignation", "dismissing",
            "dismiss", "sacking", "sack", "quit", "quitting");
    /** The offices one gives up: "would give up the leadership", "giving up all his posts". */
    private static final Set<String> GIVEN_UP = Set.of("post", "posts", "leadership", "chair", "chairmanship",
            "presidency", "seat", "role", "job", "office", "premiership", "mandate");
    /** What one leaves, or the word after "leave", that makes leaving a departure from office: "leave politics". */
    private static final Set<String> LEFT_OFFICES = Set.of("politics", "parliament", "office", "his", "her", "their",
            "as", "at", "public", "the", "government", "post", "posts", ".", ",");

    /**
     * Whether the words a verb of saying reports (the "that" clause right after it, or its next words) tell of someone
     * leaving office: resigning, stepping down, giving up a post, leaving politics, being dismissed (not seeking another
     * term is not leaving: the writers keep it the STATEMENT it is); a country that will leave is left to leavesABody.
     */
    private static boolean reportsADeparture(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        Clauses cl = sen.clauses;
        int c = cl.of(m.from());
        int end = Math.min(sen.s.to(), m.to() + 12);
        if (c + 1 < cl.count() && cl.kind(c + 1) == Clauses.Kind.COMPLEMENT && cl.start(c + 1) <= m.to() + 5) {
            end = Math.min(end, cl.end(c + 1));
        } else {
            end = Math.min(end, cl.end(c));
        }
        for (int k = m.to(); k < end; k++) {
            String w = t.lower[k];
            String next = k + 1 < sen.s.to() ? t.lower[k + 1] : ".";
            if (DEPARTING.contains(w)
                    || (w.equals("step") || w.equals("stepping") || w.equals("stand") || w.equals("standing"))
                    && (next.equals("down") || next.equals("aside"))
                    || (w.equals("leave") || w.equals("leaving")) && LEFT_OFFICES.contains(next)
                    && !(k + 2 < sen.s.to() && next.equals("the") && sen.mention(k + 2) != null)
                    || w.equals("departure") && k > m.to() && (t.lower[k - 1].equals("his")
                    || t.lower[k - 1].equals("her") || t.lower[k - 1].equals("'s"))) {
                return !countryBefore(sen, Math.max(m.to(), k - 4), k); // "that Ecuador would leave as well"
            }
            if ((w.equals("give") || w.equals("giving")) && next.equals("up")) {
                for (int j = k + 2; j < Math.min(end, k + 6); j++) {
                    if (GIVEN_UP.contains(t.lower[j])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a country is named between {@code from} and {@code to}. */
    private static boolean countryBefore(Sentence sen, int from, int to) {
        for (int k = from; k < to; k++) {
            EntityRecognizer.Mention n = sen.mention(k);
            if (n != null && n.entity().kind() == EntityKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /** What a person takes over by taking office: "the party", "the central bank", "the inquiry". */
    private static final Set<String> LED_BODIES = Set.of("party", "ministry", "movement", "agency", "inquiry", "side",
            "team", "leadership", "post", "bank", "presidency", "government", "club", "file", "investigation", "helm");

    /** Words for people who take over a post ("an executive who took over only last week"). */
    private static final Set<String> OFFICE_HOLDERS = Set.of("he", "she", "who", "executive", "governor", "leader",
            "chairman", "chairwoman", "chair", "coach", "manager", "director", "minister", "premier", "president",
            "secretary", "commissioner", "general", "envoy", "chief", "head", "boss");

    /**
     * Whether the subject of "took over", in the words just before it, is a person: a name, a pronoun, "who", or a word
     * for an office holder; a name may carry an age between commas ("Lopetegui, 51, took over").
     */
    private static boolean takenOverByAPerson(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        int from = Math.max(sen.clauses.start(sen.clauses.of(m.from())), m.from() - 4);
        for (int k = m.from() - 1; k >= from; k--) {
            if (k - 2 >= sen.s.from() && t.lower[k].equals(",") && t.shape[k - 1] == Tokens.NUMBER
                    && t.lower[k - 2].equals(",")) {
                k -= 2; // the age after a name
                continue;
            }
            EntityRecognizer.Mention at = sen.mention(k);
            if (at != null) {
                // a name the gazetteer does not know may be a company's ("Harbour Foods took over its rival"): it is
                // a person's only when what is taken over is a post or a body one leads
                return at.entity().kind() == EntityKind.PERSON
                        || likelyPerson(at.entity()) && namedAfter(sen, m, 4, LED_BODIES, Set.of());
            }
            if (OFFICE_HOLDERS.contains(t.lower[k])) {
                return true;
            }
            if (t.shape[k] == Tokens.PUNCT || Words.isPastVerb(t, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a man killed three young girls", "Soldiers and marines killed the cartel's founder", "She killed her first
     * victim": an active "killed" whose subject, in the words just before it, is a person or people who kill;
     * "was abducted and killed": a killing after an abduction or torture.
     */
    private static boolean killedByAPerson(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        String w = t.lower[m.from()];
        if (!(w.equals("killed") || w.equals("kills") || w.equals("killing")) || m.to() - m.from() != 1
                || m.from() - 1 < sen.s.from()) {
            return false;
        }
        String prev = t.lower[m.from() - 1];
        if (prev.equals("and") && m.from() - 2 >= sen.s.from()) {
            String before = t.lower[m.from() - 2];
            if (before.equals("abducted") || before.equals("kidnapped") || before.equals("tortured")
                    || before.equals("raped") || before.equals("robbed")) {
                return true;
            }
        }
        if (PASSIVE_AUX.contains(prev) || m.to() >= sen.s.to()
                || Words.PREPOSITIONS.contains(t.lower[m.to()]) || t.shape[m.to()] == Tokens.PUNCT) {
            return false; // "was killed", "killed in a crash", "people killed."
        }
        for (int k = m.from() - 1; k >= Math.max(sen.clauses.start(sen.clauses.of(m.from())), m.from() - 4); k--) {
            EntityRecognizer.Mention at = sen.mention(k);
            if (KILLERS.contains(t.lower[k]) || at != null && at.to() == m.from()
                    && at.entity().kind() == EntityKind.PERSON) {
                return true;
            }
            if (t.shape[k] == Tokens.PUNCT || Words.isPastVerb(t, k)) {
                return false;
            }
        }
        return false;
    }

    /** Bodies whose suspensions are rulings or punishments rather than an official's leaving office. */
    private static final Set<String> SUSPENDING_BODIES = Set.of("court", "tribunal", "justice", "judiciary", "judge",
            "cricket", "federation", "association", "nba", "league", "fifa", "uefa", "committee", "council");

    /** Sports whose players retire ("announced his retirement from international football"). */
    private static final Set<String> SPORTS = Set.of("football", "cricket", "tennis", "golf", "rugby", "twenty20",
            "formula", "cycling", "athletics", "boxing", "swimming", "basketball", "baseball", "hockey", "racing");

    /** Offices whose holders a government or a board suspends ("suspended the health minister"). */
    private static final Set<String> OFFICIALS = Set.of("minister", "ministers", "governor", "governors", "chief",
            "executive", "head", "director", "principal", "officer", "officers", "inspector", "inspectors", "staff",
            "coach", "lecturer", "mayor", "president", "judge", "judges", "chairman", "chairwoman", "commissioner",
            "secretary", "manager", "managers", "officials", "board", "prosecutor", "ceo", "employees");

    /**
     * Whether a verb of suspending has a person or an office for object ("suspended the health minister today",
     * "suspended him as governor", "suspended Justice Minister Herman Halushchenko", "suspended seven of its staff"),
     * or a person for subject in the passive ("He was suspended in August 2020").
     */
    private static boolean suspendsAnOfficial(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        if (wordBefore(sen, m, SUSPENDING_BODIES)) {
            return false; // a court's suspension is its ruling, a sports body's a punishment
        }
        for (int j = m.to(); j < Math.min(sen.s.to(), m.to() + 6); j++) {
            String w = t.lower[j];
            EntityRecognizer.Mention at = sen.mention(j);
            if (OFFICIALS.contains(w) || w.equals("him") || w.equals("her")
                    || at != null && at.from() == j && at.entity().kind() == EntityKind.PERSON) {
                return true;
            }
            if (t.shape[j] == Tokens.PUNCT || Words.PREPOSITIONS.contains(w) && !w.equals("of")) {
                return false;
            }
        }
        int k = m.from() - 1;
        if (k - 1 < sen.s.from() || !PASSIVE_AUX.contains(t.lower[k])) {
            return false;
        }
        String subject = t.lower[k - 1];
        EntityRecognizer.Mention before = sen.mention(k - 1);
        return subject.equals("he") || subject.equals("she")
                || before != null && before.to() == k && likelyPerson(before.entity());
    }

    private static final Set<EventType> AGREED_TO = Set.of(EventType.RESIGNATION, EventType.MEETING,
            EventType.ACQUISITION, EventType.DEPLOYMENT);

    /** The type of the event a verb of agreeing is followed by ("agreed to step down"), if it is one of its own. */
    private EventType agreedTo(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        int k = pastItsDate(sen, m.to()); // "agreed yesterday to step down", "agreed on Tuesday to meet again"
        if (!t.lower[m.from()].startsWith("agree") || k + 1 >= sen.s.to() || !t.lower[k].equals("to")) {
            return null;
        }
        TriggerLexicon.Match n = triggers.longest(t, k + 1, sen.s.to());
        if (n == null || n.trigger().type() == null) {
            return null;
        }
        Set<String> local = new HashSet<>();
        for (int j = k + 1; j < Math.min(sen.s.to(), n.to() + 8); j++) {
            local.add(t.lower[j]);
        }
        EventType type = TriggerLexicon.typeIn(n.trigger(), local);
        if (type == EventType.ACQUISITION && purchaseOrder(sen, n)) {
            return EventType.AGREEMENT; // "agreed today to buy 470 jets from Airbus and Boeing"
        }
        return type != null && AGREED_TO.contains(type) ? type : null;
    }

    /**
     * Whether the trigger's clause {@code c}, with the clauses that depend on it or it on them (up to a coordinated
     * clause with a subject of its own: "..., and Musk has said"), names an uncrewed payload (a satellite, a
     * telescope, a rover) and the sentence names no crew or capsule.
     */
    private static boolean payloadNamed(Sentence sen, int c) {
        for (String w : sen.words()) {
            if (CREWED.contains(w)) {
                return false;
            }
        }
        Clauses cl = sen.clauses;
        int lo = c;
        while (lo > 0 && !ownSubject(sen, lo)) {
            lo--;
        }
        int hi = c;
        while (hi + 1 < cl.count() && !ownSubject(sen, hi + 1)) {
            hi++;
        }
        for (int k = Math.max(cl.start(lo), sen.s.from()); k < Math.min(cl.end(hi), sen.s.to()); k++) {
            if (PAYLOADS.contains(sen.t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether clause {@code c} is coordinated to the one before with a subject of its own ("..., and Musk said"). */
    private static boolean ownSubject(Sentence sen, int c) {
        return sen.clauses.kind(c) == Clauses.Kind.COORDINATE && !sen.clauses.verbInitial(sen.t, c);
    }

    private static final Set<String> FINED_AUX = Set.of("was", "were", "been", "be", "is", "are", "being", "get",
            "got", "gets");

    /** Whether a court, a judge or a tribunal is named in the sentence before {@code verb}. */
    private static boolean courtBefore(Sentence sen, int verb) {
        for (int k = sen.s.from(); k < verb; k++) {
            EntityRecognizer.Mention m = sen.mention(k);
            if (m != null && (m.entity().name().contains("Court") || m.entity().name().contains("Tribunal")
                    || sen.d.roles().get(m.entity()) == EntityRecognizer.Role.JUDGE)
                    || COURTS.contains(sen.t.lower[k]) || sen.t.lower[k].equals("court")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> VOTED = Set.of("rejected", "demanded", "approved", "adopted", "passed",
            "endorsed", "ratified", "backed", "overrode", "declared");
    private static final Set<String> LEGISLATURES = Set.of("parliament", "assembly", "senate", "congress", "commons",
            "lawmakers", "legislators", "mps", "duma", "knesset", "bundestag", "legislature", "senators", "deputies");

    /**
     * Whether a legislature is the subject of the verb at {@code m} (in its clause, just before it) or its agent
     * ("by the House of Commons").
     */
    private static boolean legislatureActs(Sentence sen, TriggerLexicon.Match m) {
        int c = sen.clauses.of(m.from());
        for (int k = m.from() - 1; k >= Math.max(sen.clauses.start(c), m.from() - 8); k--) {
            if (legislature(sen, k)) {
                return true;
            }
        }
        int k = m.to();
        if (k < sen.s.to() && sen.t.lower[k].equals("by")) {
            for (int j = k + 1; j < Math.min(sen.s.to(), k + 6); j++) {
                if (legislature(sen, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean legislature(Sentence sen, int k) {
        EntityRecognizer.Mention e = sen.mention(k);
        if (e != null) {
            String n = e.entity().name();
            return n.contains("Assembly") || n.contains("Parliament") || n.contains("Senate") || n.contains("Congress")
                    || n.contains("House of") || n.contains("Duma") || n.contains("Federation Council")
                    || n.contains("Security Council");
        }
        return LEGISLATURES.contains(sen.t.lower[k]);
    }

    /** Announcing these is doing them: "announce further sanctions", "unveiled a new phone". */
    private static final Set<EventType> DONE_BY_ANNOUNCING = Set.of(EventType.SANCTIONS, EventType.AID,
            EventType.DEPLOYMENT, EventType.MILITARY_DRILL, EventType.AGREEMENT, EventType.PRODUCT_RELEASE,
            EventType.REPORT);

    private static final Set<String> COURTS = Set.of("court", "judge", "judges", "jury", "tribunal", "justices",
            "magistrate", "magistrates", "panel");
    private static final Set<String> DECIDING = Set.of("found", "ordered", "dismissed", "rejected", "decided",
            "granted", "refused", "blocked", "allowed", "declared", "cleared", "approved", "told", "said", "gave",
            "handed", "awarded", "threw", "struck", "backed", "sided", "agreed", "denied", "revoked", "suspended",
            "imposed", "lifted", "overturned", "quashed", "annulled");

    private static final Set<String> CHOOSING = Set.of("elect", "choose", "pick", "select", "vote");

    /**
     * "Parliament will meet to elect a successor", "the conclave convenes on Monday to choose a pope": a meeting
     * whose purpose, right after it, is choosing a person; the vote is the event the taxonomy names (ELECTION).
     */
    private static boolean meetsToElect(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        for (int k = m.to(); k < Math.min(sen.s.to() - 1, m.to() + 4); k++) {
            if (t.lower[k].equals("to")) {
                String w = t.lower[k + 1];
                return CHOOSING.contains(w) && !(w.equals("vote") && k + 2 < sen.s.to()
                        && (t.lower[k + 2].equals("on") || t.lower[k + 2].equals("against")));
            }
            if (t.shape[k] != Tokens.WORD || sen.mention(k) != null) {
                return false;
            }
        }
        return false;
    }

    /** Verbs by which a court changes or keeps what someone else decided: "halved the ban", "upheld the fine". */
    private static final Set<String> AMENDING = Set.of("halved", "reduced", "cut", "shortened", "extended",
            "increased", "doubled", "upheld", "confirmed", "lifted", "overturned", "quashed", "annulled", "struck",
            "revoked", "suspended", "blocked", "cleared");

    /**
     * An event noun that is the object of a verb whose subject is a court: "the Court of Arbitration for Sport
     * halved Russia's ban", "the tribunal upheld the suspension of the deal". The noun names what was ruled on.
     */
    private static boolean courtActsOn(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        int c = sen.clauses.of(m.from());
        int from = Math.max(sen.clauses.start(c), m.from() - 6);
        for (int k = m.from() - 1; k >= from; k--) {
            String w = t.lower[k];
            if (AMENDING.contains(w)) {
                return courtSubject(sen, k, true);
            }
            // only the noun phrase of the object lies between the verb and the noun
            if (!(sen.mention(k) != null || Words.DETERMINERS.contains(w) || w.equals("'s") || w.equals("'")
                    || t.shape[k] == Tokens.WORD && Character.isLowerCase(t.text.charAt(t.start[k]))
                    && !Words.isPastVerb(t, k))) {
                return false;
            }
        }
        return false;
    }

    private static boolean courtSubject(Sentence sen, int verb) {
        return courtSubject(sen, verb, false);
    }

    /**
     * A deciding verb whose subject, in its clause just before it, is a court or a judge. What a court (not a
     * judge, whose words at a hearing are remarks) said or told is its ruling: "the appeals court said the law
     * was void".
     */
    private static boolean courtSubject(Sentence sen, int verb, boolean amending) {
        Tokens t = sen.t;
        boolean saying = t.lower[verb].equals("said") || t.lower[verb].equals("told");
        if (!amending && !DECIDING.contains(t.lower[verb])) {
            return false;
        }
        int c = sen.clauses.of(verb);
        int from = Math.max(sen.clauses.start(c), verb - 12);
        for (int k = verb - 1; k >= from; k--) {
            EntityRecognizer.Mention m = sen.mention(k);
            if (m != null && (m.entity().name().contains("Court") || m.entity().name().contains("Tribunal")
                    || !saying && sen.d.roles().get(m.entity()) == EntityRecognizer.Role.JUDGE)) {
                return true;
            }
            if (m == null && COURTS.contains(t.lower[k]) && !(k > sen.s.from() && t.lower[k - 1].equals("'s"))
                    && !(saying && (t.lower[k].equals("judge") || t.lower[k].equals("magistrate")))) {
                return true;
            }
            if (m == null && k < verb - 1 && (Words.isPastVerb(t, k) && !LIGHT.contains(t.lower[k])
                    || t.lower[k].equals("that") || t.lower[k].equals("who") || t.lower[k].equals("which"))) {
                return false;
            }
        }
        return false;
    }

    /** Last words of a break in relations: "broke off diplomatic relations", "cut ties". */
    private static final Set<String> BROKEN_TIES = Set.of("relations", "ties", "diplomatic");

    /** What saying it does: "said it was sending 1,000 soldiers" deploys them, "said it would impose sanctions" imposes them. */
    private static final Set<EventType> SAID_IS_DONE = Set.of(EventType.SANCTIONS, EventType.AID, EventType.DEPLOYMENT,
            EventType.MILITARY_DRILL, EventType.PRODUCT_RELEASE, EventType.RESIGNATION, EventType.AGREEMENT);

    /**
     * The type of what a statement says it does, when its words [from, to) carry a verb of such an event and no
     * date of their own (a dated event said is an event of its own).
     */
    private EventType saidIsDone(Sentence sen, int from, int to) {
        Tokens t = sen.t;
        int own = sen.clauses.of(from - 1);
        for (TemporalTagger.Hit h : sen.dates) {
            if (h.tokenFrom() >= from && h.tokenFrom() < to && sen.clauses.of(h.tokenFrom()) != own) {
                return null;
            }
        }
        for (int k = from; k < to; k++) {
            if (sen.d.taken()[k] || t.shape[k] != Tokens.WORD) {
                continue;
            }
            TriggerLexicon.Match n = triggers.longest(t, k, to);
            if (n == null) {
                continue;
            }
            String w = t.lower[k];
            boolean verbal = Words.isPastVerb(t, k) || w.endsWith("ing") && !Words.nounContext(t, k, sen.s.from())
                    || k > sen.s.from() && Words.MODALS.contains(t.lower[k - 1]);
            if (verbal) {
                Set<String> local = sen.said;
                local.clear();
                for (int j = Math.max(from, k - 4); j < Math.min(sen.s.to(), n.to() + 12); j++) {
                    local.add(t.lower[j]);
                }
                EventType type = leavesABody(sen, n) ? EventType.AGREEMENT
                        : leavingOff(sen, n) ? null : TriggerLexicon.typeIn(n.trigger(), local);
                if (type == null && (w.startsWith("remov") || w.startsWith("replac"))) {
                    type = personChanged(sen, n); // "said that Bob Smith had been removed"
                }
                if (type != null && SAID_IS_DONE.contains(type)) {
                    return type;
                }
                // "announced that it was breaking off diplomatic relations": a break announced is made
                if (type == EventType.OTHER && n.trigger().strong() && BROKEN_TIES.contains(t.lower[n.to() - 1])) {
                    return type;
                }
            }
            k = n.to() - 1;
        }
        return null;
    }

    /** Verbs that make public what their object names: "announced sanctions", "unveiled a deal". */
    private static final Set<String> ANNOUNCING = Set.of("announce", "announced", "announces", "announcing",
            "unveil", "unveiled", "unveils", "declare", "declared", "declares", "reveal", "revealed", "reveals",
            "confirm", "confirmed", "confirms", "present", "presented", "presents", "introduce", "introduced",
            "introduces", "approve", "approved", "approves", "offer", "offered", "offers", "pledge", "pledged",
            "pledges", "promise", "promised", "promises", "order", "ordered", "orders", "authorised", "authorized");

    private static final Set<String> ORDERING = Set.of("order", "ordered", "orders", "ordering");
    /** What is done by ordering it: "ordered the invasion", "ordered the arrest of". */
    private static final Set<EventType> ORDERED_IS_DONE = Set.of(EventType.ATTACK, EventType.AIR_STRIKE,
            EventType.ARREST);

    /**
     * "ordered an all-out rescue effort", "ordered an all-out effort to rescue the injured": a leader's order of a
     * rescue is an order (a STATEMENT), not the rescue of depositors or a bail-out that AID covers.
     */
    private static boolean ordersRescue(Sentence sen, TriggerLexicon.Match verb, int k) {
        String w = sen.t.lower[k];
        return ORDERING.contains(sen.t.lower[verb.from()]) && (w.equals("rescue") || w.equals("rescues"));
    }

    /** Words between a court and the ruling it is to give: "the court is expected to", "judges will". */
    private static final Set<String> TO_RULE = Set.of("is", "are", "was", "were", "will", "would", "expected", "due",
            "set", "to", "also", "likely", "scheduled", "then", "now");

    /**
     * "judges are expected to rule on his application", "the court is expected to decide later today whether ...":
     * the verb "decide", or a noun after "rule on", whose subject is a court or judges that are yet to rule.
     */
    private static boolean courtWillRule(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        int k = m.from() - 1;
        if (!t.lower[m.from()].equals("decide")) {
            // back over the object's determiners and adjectives to "rule on"
            while (k > sen.s.from() + 1 && k >= m.from() - 4 && !t.lower[k].equals("on")
                    && (Words.DETERMINERS.contains(t.lower[k]) || t.shape[k] == Tokens.WORD
                    && Character.isLowerCase(t.text.charAt(t.start[k])) && !Words.isPastVerb(t, k))) {
                k--;
            }
            if (k <= sen.s.from() || !t.lower[k].equals("on") || !t.lower[k - 1].equals("rule")) {
                return false;
            }
            k -= 2;
        }
        boolean aside = false; // "Judge Ann Smith, who is hearing the case, is expected to rule on ..."
        for (int from = Math.max(sen.s.from(), k - 16); k >= from; k--) {
            String w = t.lower[k];
            EntityRecognizer.Mention n = sen.mention(k);
            if (!aside && (COURTS.contains(w) || n != null && (n.entity().name().contains("Court")
                    || sen.d.roles().get(n.entity()) == EntityRecognizer.Role.JUDGE))) {
                return true;
            }
            if (w.equals(",")) {
                aside = !aside;
            } else if (!aside && !TO_RULE.contains(w) && !inDate(sen, k) && n == null) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> REGULATORS = Set.of("regulator", "regulators", "watchdog", "watchdogs");

    /** A regulator names the subject just before a verb: "Securities regulators in the Bahamas ... froze". */
    private static boolean regulatorActs(Sentence sen, TriggerLexicon.Match m) {
        boolean aside = false; // between two commas: "regulators in the Bahamas, where FTX has its headquarters,"
        for (int k = m.from() - 1; k >= Math.max(sen.s.from(), m.from() - 16); k--) {
            if (REGULATORS.contains(sen.t.lower[k])) {
                return true;
            }
            if (sen.t.lower[k].equals(",")) {
                aside = !aside;
            } else if (!aside && Clauses.finite(sen.t, k)
                    && !inDate(sen, k)) { // not the "May" of "in May 2021"
                return false; // another verb between: "regulators said the government had banned ..."
            }
        }
        return false;
    }

    /** Verbs of leaving a body: "left the bloc", "quit OPEC", "withdrew from the court", "pulled out of". */
    private static final Set<String> LEAVING = Set.of("left", "leave", "leaves", "leaving", "quit", "quits",
            "quitting", "withdrew", "withdraw", "withdraws", "withdrawing", "withdrawn", "exited", "exit", "exits");
    /** Words for a country or a party that leaves a body: "it would leave", "his country was leaving". */
    private static final Set<String> LEAVERS = Set.of("it", "they", "which", "country", "countries", "government",
            "governments", "party", "nation", "nations", "administration", "junta", "juntas", "rulers", "members");
    /** Chambers a member leaves by resigning. */
    private static final List<String> CHAMBERS = List.of("Senate", "Parliament", "Assembly", "Congress", "House",
            "Cabinet");

    /**
     * "migrants left without shelter", "his centre-left coalition": a launch site's verb of leaving, on in a sentence
     * with a word of a bloc (triggers.tsv), that leaves no bloc is no trigger, as it is elsewhere.
     */
    private boolean leavingOff(Sentence sen, TriggerLexicon.Match m) {
        if (m.trigger().type() != EventType.SATELLITE_LAUNCH || !LEAVING.contains(sen.t.lower[m.from()])) {
            return false;
        }
        TriggerLexicon.ContextRule r = TriggerLexicon.specificRule(m.trigger(), sen.words());
        return r != null && r.type() == EventType.AGREEMENT && !leavesABody(sen, m);
    }

    /**
     * "would leave OPEC in January", "quit China's cooperation forum", "withdrew from the court", "pulled out of the
     * three-party coalition": a verb of leaving whose object is an organisation or a word of {@link #bodies}, and whose
     * subject is no person (a person who leaves a body resigns or moves on).
     */
    private boolean leavesABody(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        String v = t.lower[m.from()];
        boolean pulledOut = m.to() - m.from() == 2 && v.startsWith("pull") && t.lower[m.to() - 1].equals("out");
        if (!pulledOut && (m.to() - m.from() != 1 || !LEAVING.contains(v))
                || m.from() > sen.s.from() && t.lower[m.from() - 1].equals("-")) {
            return false; // not "the centre-left coalition"
        }
        boolean subject = false; // a country, an organisation or a group, or a word for one: "it", "the government"
        for (int k = m.from() - 1; k >= Math.max(sen.s.from(), m.from() - 12) && !subject; k--) {
            EntityRecognizer.Mention n = sen.mention(k);
            if (n != null) {
                EntityKind kind = n.entity().kind();
                if (kind != EntityKind.COUNTRY && kind != EntityKind.ORGANIZATION && kind != EntityKind.GROUP) {
                    return false; // "Neymar, who left Barcelona", "Xenophon ... quit the federal Senate"
                }
                subject = true;
            } else if (LEAVERS.contains(t.lower[k])) {
                subject = true;
            } else if (t.lower[k].equals("he") || t.lower[k].equals("she")) {
                return false;
            }
        }
        if (!subject) {
            return false;
        }
        int k = m.to();
        if (k < sen.s.to() && (t.lower[k].equals("of") || t.lower[k].equals("from"))) {
            k++;
        }
        for (int stop = Math.min(sen.s.to(), k + 6); k < stop; k++) {
            EntityRecognizer.Mention n = sen.mention(k);
            if (n != null) {
                String name = n.entity().name();
                if (CHAMBERS.stream().anyMatch(name::contains)) {
                    return false; // "quit the federal Senate": a member leaves a chamber by resigning
                }
                if (n.entity().kind() == EntityKind.ORGANIZATION || Arrays.stream(name.toLowerCase(Locale.ROOT)
                        .split(" ")).anyMatch(bodies::contains)) {
                    return true; // "left OPEC", "left the Convention on Cluster Munitions"
                }
                if (n.entity().kind() != EntityKind.COUNTRY) {
                    return false; // "left Barcelona"
                }
                continue; // "quit China's cooperation forum"
            }
            String w = t.lower[k];
            if (bodies.contains(w)) {
                return true;
            }
            if (t.shape[k] == Tokens.PUNCT && !w.equals("-") || Words.PREPOSITIONS.contains(w)
                    || Words.isPastVerb(t, k) || w.equals("to") || w.equals("and")) {
                return false; // but "the three-party coalition"
            }
        }
        return false;
    }

    /** Numbers in words that count what was ordered: "ordered four CRJ900s", "its first six". */
    private static final Set<String> ORDER_COUNTS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "dozens",
            "hundreds");
    /** Words that may stand before the count: "ordered up to 72", "ordered another 20", "ordered its first six". */
    private static final Set<String> BEFORE_COUNT = Set.of("up", "to", "another", "a", "further", "its", "their",
            "first", "more", "an", "additional", "some", "about", "nearly", "almost", "at", "least");
    /** What is bought by the dozen: aircraft, ships, arms and launch vehicles. */
    private static final Set<String> BOUGHT = Set.of("jets", "jet", "aircraft", "airliners", "planes", "fighters",
            "fighter", "helicopters", "ships", "vessels", "frigates", "submarines", "corvettes", "satellites",
            "rockets", "launches", "locomotives", "trains", "airplanes", "turboprops", "drones", "howitzers",
            "tankers", "carriers", "boats", "engines");
    /** What an order sends or a buyer takes, not buys: "ordered 3,000 troops to the border", "bought 40 per cent". */
    private static final Set<String> SENT = Set.of("troops", "soldiers", "personnel", "marines", "police", "officers",
            "reinforcements", "paratroopers", "sailors", "guards", "people", "residents", "civilians", "workers",
            "staff", "families", "to", "into", "days", "hours", "weeks", "months", "years", "per", "percent", "%",
            "stake", "shares", "companies", "firms", "businesses");
    /** Verbs of buying: "bought 12 of the jets", "agreed to buy 470 jets". */
    private static final Set<String> BUYING = Set.of("bought", "buy", "buys", "buying", "purchased", "purchase",
            "purchases");

    /**
     * "ordered 75 CSeries jets from Bombardier", "ordered up to 72 Boeing 787 Dreamliners", "ordered 48 in
     * September": a verb of ordering or buying whose object counts aircraft, ships or arms (a maker's model, a word of
     * BOUGHT or the count alone before a date), with nothing sent, no share and no participle ("ordered 125,522 of its
     * cars recalled").
     */
    private static boolean purchaseOrder(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        if (m.to() - m.from() != 1 || !ORDERING.contains(t.lower[m.from()]) && !BUYING.contains(t.lower[m.from()])) {
            return false;
        }
        int k = m.to();
        int end = Math.min(sen.s.to(), m.to() + 10);
        while (k < end && BEFORE_COUNT.contains(t.lower[k])) {
            k++;
        }
        if (k >= end || t.shape[k] != Tokens.NUMBER && !ORDER_COUNTS.contains(t.lower[k])) {
            return false;
        }
        k++;
        if (k < end && (inDate(sen, k) || t.lower[k].equals("in") && k + 1 < end && inDate(sen, k + 1))) {
            return true; // "Poland ordered 48 in September": the count alone, the things named before
        }
        for (int stop = Math.min(end, k + 5); k < stop; k++) {
            String w = t.lower[k];
            if (SENT.contains(w) || Words.isPastVerb(t, k)) {
                return false;
            }
            EntityRecognizer.Mention n = sen.mention(k);
            boolean model = n == null ? Character.isUpperCase(t.text.charAt(t.start[k]))
                    : n.entity().kind() == EntityKind.ORGANIZATION || n.entity().kind() == EntityKind.PRODUCT;
            if (BOUGHT.contains(w) || model) {
                return true; // "75 CSeries jets", "four CRJ900s", "14 F-16 fighters"
            }
        }
        return false;
    }

    /** "ordered an all-out effort to rescue the injured": a rescue infinitive in the object of an order. */
    private static boolean orderedRescue(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        if (!t.lower[m.from()].equals("rescue") || m.from() - 1 <= sen.s.from() || !t.lower[m.from() - 1].equals("to")) {
            return false;
        }
        for (int k = m.from() - 2; k >= Math.max(sen.s.from(), m.from() - 8); k--) {
            if (ORDERING.contains(t.lower[k])) {
                return true;
            }
            if (t.lower[k].equals(",") || Words.isPastVerb(t, k)) {
                return false;
            }
        }
        return false;
    }

    /** Participles that make public what their subject names: "the agreement was announced". */
    private static final Set<String> ANNOUNCED = Set.of("announced", "unveiled", "revealed", "disclosed");

    /** Words that may stand between a passive's auxiliary or an apposition's comma and its participle. */
    private static final Set<String> PASSIVE_LINKS = Set.of("was", "were", "been", "being", "is", "are", "first",
            "formally", "officially", "also", "only", "publicly", "jointly", "finally");

    /**
     * The type of the event noun a passive or participial announcing verb says was made public, when announcing
     * it is doing it: "The agreement was announced on Wednesday", "The deal, announced yesterday, values ...".
     */
    private EventType announcedSubjectType(Sentence sen, TriggerLexicon.Match verb) {
        Tokens t = sen.t;
        if (!ANNOUNCED.contains(t.lower[verb.from()])) {
            return null;
        }
        int k = verb.from() - 1;
        boolean linked = false;
        while (k > sen.s.from() && PASSIVE_LINKS.contains(t.lower[k])) {
            linked |= !t.lower[k].equals("first") && !t.lower[k].endsWith("ly") && !t.lower[k].equals("also");
            k--;
        }
        if (t.lower[k].equals(",") && !linked) {
            k--; // "The deal, announced yesterday, ..."
        } else if (!linked) {
            return null;
        }
        // the subject's head noun ends right before: "the Emirati deal", "The agreement"
        for (int j = Math.max(sen.s.from(), k - 3); j <= k; j++) {
            TriggerLexicon.Match n = sen.mention(j) != null ? null : triggers.longest(t, j, sen.s.to());
            if (n == null || n.to() != k + 1) {
                continue;
            }
            EventType type = n.trigger().type();
            if (type == EventType.AGREEMENT && n.to() - n.from() == 1 && takeoverDeal(sen, n.from())) {
                return EventType.ACQUISITION;
            }
            return type != null && n.trigger().strong() && DONE_BY_ANNOUNCING.contains(type) ? type : null;
        }
        return null;
    }

    /** The type of the event noun heading a statement verb's object, when announcing it is doing it. */
    private EventType objectType(Sentence sen, TriggerLexicon.Match verb) {
        Tokens t = sen.t;
        if (!ANNOUNCING.contains(t.lower[verb.from()])) {
            return null;
        }
        // the object's head noun, past its determiners, names and adjectives: "the Emirati deal",
        // "a multinational naval task force", "further sanctions"
        for (int k = verb.to(); k < Math.min(sen.s.to(), verb.to() + 7); k++) {
            if (sen.d.taken()[k]) {
                return null;
            }
            TriggerLexicon.Match n = sen.mention(k) != null ? null : triggers.longest(t, k, sen.s.to());
            if (n != null) {
                EventType type = n.trigger().type();
                // "announced the results of its trial": results, figures and findings are a report however weak;
                // "announced a review of the rules" starts one, which is what it states
                boolean findings = type == EventType.REPORT && !UNDERTAKINGS.contains(t.lower[n.from()]);
                // "Kroger first announced the deal": announcing the deal of a takeover story announces the takeover
                if (type == EventType.AGREEMENT && n.to() - n.from() == 1 && takeoverDeal(sen, n.from())) {
                    return EventType.ACQUISITION;
                }
                if (ordersRescue(sen, verb, n.from())) {
                    return null; // "ordered an all-out rescue effort": an order, the rescue is not yet done
                }
                // "ordered the invasion", "ordered the arrest of the driver": an order to attack or to arrest is
                // dated as that attack or arrest
                if (type != null && ORDERING.contains(t.lower[verb.from()]) && n.trigger().strong()
                        && ORDERED_IS_DONE.contains(type)) {
                    return type;
                }
                return type != null && (n.trigger().strong() || findings)
                        && DONE_BY_ANNOUNCING.contains(type) ? type : null;
            }
            String w = t.lower[k];
            boolean modifier = Words.DETERMINERS.contains(w) || sen.mention(k) != null || t.shape[k] == Tokens.NUMBER
                    || w.equals("-") || t.shape[k] == Tokens.WORD && !Words.isPastVerb(t, k)
                    && !Words.PREPOSITIONS.contains(w) && !Words.MODALS.contains(w) && !w.equals("that")
                    && !w.equals("and") && !w.equals("it") && !w.equals("he") && !w.equals("she")
                    && !w.equals("they") && !w.equals("we");
            if (!modifier) {
                return null;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ attaching dates

    /**
     * What a weak verb of sending or giving does once its object says what was sent ("ordered more soldiers into
     * the zone", "sent tents and food"): coordinated, it shares the date of the clause before it, as strong ones do.
     */
    private static final Set<EventType> SENT_ON_ORDER = Set.of(EventType.DEPLOYMENT, EventType.AID);

    private void readEvents(Sentence sen, List<ExtractedEvent> out) {
        Set<String> emitted = new HashSet<>();
        List<Trig> used = new ArrayList<>();
        List<TemporalTagger.Hit> usedDates = new ArrayList<>();
        for (TemporalTagger.Hit h : sen.dates) {
            Trig g = attach(sen, h);
            if (model != null || sen.sink != null) {
                g = learnedAttach(sen, h, g);
            }
            if (g != null && hoursOffset(sen, h) && g.to() <= h.tokenFrom()) {
                // "told of the trip a few hours before he set off": hours counted from the day in focus date only
                // what follows them; the event before has its own time, nearer than the day in focus
                g = firstTriggerFrom(sen, h.tokenTo(), clauseEnd(sen, h.tokenTo()) - h.tokenTo());
                if (g == null) {
                    continue;
                }
            }
            if (g != null && countsBackFromDateBefore(sen, h) && g.to() <= h.tokenFrom()) {
                // "erupted on Thursday, a day after soldiers were wounded": the offset dates what follows it
                g = firstTriggerFrom(sen, h.tokenTo(), 16);
                if (g == null) {
                    continue;
                }
            }
            if (g != null && g.type() == null && g.verb()) {
                // "police forced their way in last night and arrested him": a verb of no type dates nothing itself,
                // but what is coordinated with it shares its date
                used.add(g);
                usedDates.add(h);
                continue;
            }
            if (g == null || g.type() == null) {
                continue;
            }
            // "a summit on Wednesday and Thursday": one event, dated by its first day
            int last = used.size() - 1;
            if (last >= 0 && used.get(last) == g && continuesDays(sen, usedDates.get(last), h)) {
                continue;
            }
            if (emit(sen, g, h, emitted, out)) {
                used.add(g);
                usedDates.add(h);
            }
        }
        shareWithOccasions(sen, used, usedDates, emitted, out);
        // events that share the date of the clause before them
        for (int k = 0; k < used.size(); k++) {
            Trig main = used.get(k);
            TemporalTagger.Hit h = usedDates.get(k);
            int dc = sen.clauses.of(h.tokenFrom());
            int mc = main.clause();
            for (Trig g : sen.trigs) {
                boolean sent = !g.strong() && g.type() != null && SENT_ON_ORDER.contains(g.type())
                        && g.m().trigger().type() != null && SENT_ON_ORDER.contains(g.m().trigger().type());
                if (g == main || g.type() == null || !g.verb() || !g.strong() && !sent || used.contains(g)) {
                    continue;
                }
                int c = g.clause();
                Clauses.Kind kind = sen.clauses.kind(c);
                int base = Math.max(dc, mc);
                boolean follows = c > base;
                for (int b = base + 1; b < c; b++) {
                    Clauses.Kind between = sen.clauses.kind(b);
                    follows &= between == Clauses.Kind.PARTICIPLE || between == Clauses.Kind.RELATIVE
                            || between == Clauses.Kind.ASIDE || between == Clauses.Kind.AFTER;
                }
                // "died yesterday after being shot": what happened just after shares the date; "before" never does
                // "... and has visited the country several times since": a present perfect runs on to now
                boolean shares = kind == Clauses.Kind.COORDINATE && sen.clauses.verbInitial(sen.t, c)
                        && !sen.clauses.presentPerfect(sen.t, c)
                        || !sent && kind == Clauses.Kind.AFTER && c == base + 1
                        && !sen.t.lower[sen.clauses.start(c)].equals("before") && !precededBy(sen, c, "before");
                // a verb of no type passes its date on only to a verb coordinated with it ("and arrested him")
                shares &= main.type() != null || kind == Clauses.Kind.COORDINATE;
                if (follows && shares && !clauseHasDate(sen, c) && g.type() != main.type()) {
                    emit(sen, g, h, emitted, out);
                }
            }
        }
    }

    /**
     * Where the clause begun at {@code from} ends: a semicolon, the end of the sentence, or a comma that opens
     * another clause (", and", ", saying", ", after a meeting"); a comma around an apposition ("the cleric,
     * Grand Ayatollah Ali al-Sistani, urged") does not end it.
     */
    private static int clauseEnd(Sentence sen, int from) {
        int k = from;
        while (k < sen.s.to() && !sen.t.lower[k].equals(";")) {
            if (sen.t.lower[k].equals(",") && k + 1 < sen.s.to()) {
                String w = sen.t.lower[k + 1];
                if (CLAUSE_OPENERS.contains(w) || w.length() > 4 && w.endsWith("ing")) {
                    break;
                }
            }
            k++;
        }
        return Math.min(k, from + 16);
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "after", "before", "when", "as",
            "which", "who", "where", "with", "then", "although", "though", "so");

    /** "hours after the news broke", "a few hours before": an offset in hours, which keeps the day it counts from. */
    private static boolean hoursOffset(Sentence sen, TemporalTagger.Hit h) {
        String last = sen.t.lower[h.tokenTo() - 1];
        if (!h.function().equals("offset") || !(last.equals("after") || last.equals("before"))) {
            return false;
        }
        for (int k = h.tokenFrom(); k < h.tokenTo(); k++) {
            if (sen.t.lower[k].equals("hours") || sen.t.lower[k].equals("hour")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "filed for receivership yesterday, a day after its creditors refused", "The clashes erupted on Thursday,
     * a day after ...": an offset counted back from a date before it in the sentence dates only the event after
     * "after" or "before"; the event before it has that date of its own.
     */
    private static boolean countsBackFromDateBefore(Sentence sen, TemporalTagger.Hit h) {
        String last = sen.t.lower[h.tokenTo() - 1];
        int next = h.tokenTo();
        // "on January 14, the day after its chief executive stepped down": a day in apposition to a date
        boolean apposed = h.tokenFrom() > sen.s.from() && sen.t.lower[h.tokenFrom() - 1].equals(",")
                && h.tokenTo() - h.tokenFrom() == 3 && sen.t.lower[h.tokenFrom() + 1].equals("day");
        if (!h.function().equals("offset") || !(last.equals("after") || last.equals("before"))
                || sen.t.lower[h.tokenFrom()].equals("the") && !apposed || h.tokenFrom() > sen.s.from()
                && sen.t.lower[h.tokenFrom() - 1].equals("the") || next < sen.s.to()
                && (sen.t.lower[next].equals("another") || sen.t.lower[next].equals("one"))) {
            return false; // "the year before"; "came a week after another", an earlier event of the same kind
        }
        for (TemporalTagger.Hit o : sen.dates) {
            if (o != h && o.tokenTo() <= h.tokenFrom() && !o.function().equals("offset")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The trigger the trained model attaches {@code h} to (when there is a model; else the rules' choice
     * {@code rule}), after giving the choice to the sentence's sink, if any.
     */
    private Trig learnedAttach(Sentence sen, TemporalTagger.Hit h, Trig rule) {
        List<Trig> cands = new ArrayList<>();
        for (Trig g : sen.trigs) {
            if (g.type() != null) {
                cands.add(g);
            }
        }
        List<List<String>> features = attachmentFeatures(sen, h, cands, rule);
        if (sen.sink != null) {
            List<AttachmentModel.Candidate> out = new ArrayList<>(cands.size());
            for (int i = 0; i < cands.size(); i++) {
                out.add(new AttachmentModel.Candidate(cands.get(i).type().name(), features.get(i), cands.get(i) == rule));
            }
            Tokens t = sen.t;
            sen.sink.accept(new AttachmentModel.Choice(t.start[sen.s.from()], t.end[sen.s.to() - 1],
                    t.start[h.tokenFrom()], t.end[h.tokenTo() - 1], h.date().value(), out));
        }
        if (model == null) {
            return rule;
        }
        int k = model.choose(features);
        return k < 0 ? null : cands.get(k);
    }

    /** What the attachment model knows of each candidate trigger for one date. */
    private List<List<String>> attachmentFeatures(Sentence sen, TemporalTagger.Hit h, List<Trig> cands, Trig rule) {
        Tokens t = sen.t;
        Clauses cl = sen.clauses;
        int dc = cl.of(h.tokenFrom());
        String lastOfDate = t.lower[h.tokenTo() - 1];
        boolean offset = lastOfDate.equals("after") || lastOfDate.equals("before");
        int next = h.tokenTo();
        if (next < sen.s.to() && t.lower[next].equals(",")) {
            next++;
        }
        int whenClause = next < sen.s.to() && t.lower[next].equals("when") ? cl.of(next) : -1;
        boolean possessive = h.tokenTo() < sen.s.to() && t.lower[h.tokenTo()].equals("'s");
        Trig firstAfter = null;
        int[] distance = new int[cands.size()];
        int[] costs = new int[cands.size()];
        for (int i = 0; i < cands.size(); i++) {
            Trig g = cands.get(i);
            boolean before = g.to() <= h.tokenFrom();
            distance[i] = before ? h.tokenFrom() - g.to() : g.from() - h.tokenTo();
            costs[i] = cost(sen, g, h);
            if (!before && (firstAfter == null || g.from() < firstAfter.from())) {
                firstAfter = g;
            }
        }
        List<List<String>> out = new ArrayList<>(cands.size());
        for (int i = 0; i < cands.size(); i++) {
            Trig g = cands.get(i);
            List<String> f = new ArrayList<>(32);
            boolean before = g.to() <= h.tokenFrom();
            String dir = before ? "B" : "A";
            int sp = before ? span(sen, g.to(), h.tokenFrom()) : span(sen, h.tokenTo(), g.from());
            int gc = g.clause();
            String gk = cl.kind(gc).name();
            String dk = cl.kind(dc).name();
            f.add("bias");
            f.add("dir=" + dir);
            f.add("span=" + dir + bucket(sp));
            f.add("commas=" + Math.min(3, cl.commasBetween(before ? g.to() : h.tokenTo(), before ? h.tokenFrom() : g.from())));
            f.add("cdelta=" + Math.max(-3, Math.min(3, gc - dc)));
            f.add(gc == dc ? "same=" + gk : "pair=" + dk + ">" + gk);
            f.add("gkind=" + gk);
            f.add("verb=" + g.verb() + dir);
            f.add("strong=" + g.strong());
            f.add("type=" + g.type());
            f.add("type=" + g.type() + (g.verb() ? "|v" : "|n"));
            f.add("gran=" + h.date().granularity() + "|" + g.type());
            f.add("fn=" + h.function() + dir);
            if (t.lower[g.from()].endsWith("ing")) {
                f.add("ing");
            }
            int rank = 0;
            int costRank = 0;
            int between = 0;
            for (int j = 0; j < cands.size(); j++) {
                if (distance[j] < distance[i]) {
                    rank++;
                }
                if (costs[j] < costs[i]) {
                    costRank++;
                }
                Trig o = cands.get(j);
                if (before ? o.from() >= g.to() && o.to() <= h.tokenFrom() : o.from() >= h.tokenTo() && o.to() <= g.from()) {
                    between++;
                }
            }
            f.add("rank=" + Math.min(rank, 3));
            f.add("costRank=" + Math.min(costRank, 3));
            f.add("between=" + Math.min(between, 3));
            if (gc == dc) {
                f.add("sameRank=" + Math.min(rank, 3));
            }
            if (!g.verb()) {
                if (possessive && !before && g.from() - h.tokenTo() <= 5) {
                    f.add("possessive");
                }
                if (objectOfVerbTrigger(sen, g)) {
                    f.add("object");
                }
                if (before && linked(sen, g.to(), h.tokenFrom())) {
                    f.add("linked");
                }
                boolean pp = inPrepositionalPhrase(sen, g);
                if (pp) {
                    f.add(strongVerbBefore(sen, g) == null ? "pp" : "ppAfterVerb");
                }
            }
            if (offset && g == firstAfter && g.from() - h.tokenTo() < 10) {
                f.add("offsetFirst");
            }
            if (whenClause >= 0 && gc == whenClause) {
                f.add("whenClause" + (g.verb() ? "|v" : "|n"));
            }
            if (g == rule) {
                f.add("rule");
            }
            // the words around the trigger, for a model of its type (the attachment model leaves them out)
            f.add("x:w=" + t.lower[g.from()]);
            for (int k = Math.max(sen.s.from(), g.from() - 3); k < Math.min(sen.s.to(), g.to() + 3); k++) {
                if (k < g.from() || k >= g.to()) {
                    f.add((k < g.from() ? "x:l=" : "x:r=") + t.lower[k]);
                }
            }
            out.add(f);
        }
        return out;
    }

    private static String bucket(int n) {
        return n <= 2 ? Integer.toString(n) : n <= 4 ? "3-4" : n <= 7 ? "5-7" : n <= 12 ? "8-12" : n <= 20 ? "13-20" : "21+";
    }

    private static boolean continuesDays(Sentence sen, TemporalTagger.Hit first, TemporalTagger.Hit next) {
        if (first.date().granularity() != Granularity.DAY || next.date().granularity() != Granularity.DAY) {
            return false;
        }
        long gap = java.time.temporal.ChronoUnit.DAYS.between(first.date().startDay(), next.date().startDay());
        if (gap < 1 || gap > 2 || next.tokenFrom() - first.tokenTo() > 2) {
            return false;
        }
        for (int k = first.tokenTo(); k < next.tokenFrom(); k++) {
            String w = sen.t.lower[k];
            if (!(w.equals("and") || w.equals("to") || w.equals("-") || w.equals("–") || w.equals("through"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean precededBy(Sentence sen, int c, String word) {
        int start = sen.clauses.start(c);
        return start > sen.s.from() && sen.t.lower[start - 1].equals(word);
    }

    private static boolean clauseHasDate(Sentence sen, int c) {
        for (TemporalTagger.Hit h : sen.dates) {
            if (sen.clauses.of(h.tokenFrom()) == c) {
                return true;
            }
        }
        return false;
    }

    /** The trigger a date modifies, or null. */
    private Trig attach(Sentence sen, TemporalTagger.Hit h) {
        Tokens t = sen.t;
        Clauses cl = sen.clauses;
        int dc = cl.of(h.tokenFrom());
        int next = h.tokenTo();
        // "two days after it announced ...": the date is an offset from the event of the clause that follows
        String last = t.lower[h.tokenTo() - 1];
        boolean counted = h.function().equals("offset") && h.timex().type() == TimexType.DATE
                && (last.equals("after") || last.equals("before"));
        if (counted && next < sen.s.to() && (t.lower[next].equals("another") || t.lower[next].equals("one"))) {
            // "Yesterday's march came a week after another": an earlier event of the same kind
            for (TemporalTagger.Hit o : sen.dates) {
                if (o != h && o.tokenTo() <= h.tokenFrom()) {
                    Trig g = bestInClause(sen, o, cl.of(o.tokenFrom()));
                    if (g != null) {
                        return g;
                    }
                }
            }
        }
        // "two days later, troops entered": the event after the offset; but "had resigned two months earlier after
        // years of protests" dates the verb right before it
        if ((last.equals("after") || last.equals("before")
                || (last.equals("earlier") || last.equals("later")) && !verbRightBefore(sen, h, dc))
                && next < sen.s.to() && (counted || !Words.DETERMINERS.contains(t.lower[next]))) {
            Trig g = firstTriggerFrom(sen, next, 10);
            if (g != null) {
                return g;
            }
        }
        // "in August 2020, when he announced ...", "last Wednesday, when Nvidia forecast ..."
        if (next < sen.s.to() && t.lower[next].equals(",")) {
            next++;
        }
        Trig best = bestInClause(sen, h, dc);
        // "in August 2020, when he announced ...": the when-clause's event, unless the date's own clause has a
        // predicate right before it ("visited Taipei in August last year, when missiles were fired")
        if (next < sen.s.to() && t.lower[next].equals("when")
                && (best == null || !best.verb() || best.type() == null || !best.strong() || best.to() > h.tokenFrom()
                || cost(sen, best, h) > 12)) {
            Trig g = finiteTriggerFrom(sen, next + 1, 12);
            if (g != null && g.clause() == cl.of(next)) {
                return g;
            }
        }
        if (best != null) {
            return best;
        }
        Trig named = passedTo(sen, dc);
        if (named != null) {
            return named; // "the trial, which opened in October", "elections, which he has scheduled for May 14"
        }
        Trig described = describedByWhen(sen, dc);
        if (described != null) {
            return described;
        }
        // "stepped back from the brink early today, agreeing to end the standoff", "went further on Saturday,
        // ordering the planes grounded": a clause whose verb the lexicon does not know is said again by the
        // participle right after it
        boolean untyped = sen.trigs.stream().noneMatch(g -> g.clause() == dc);
        if (untyped && next < sen.s.to() && t.lower[next - 1].equals(",")) {
            for (Trig g : sen.trigs) {
                if (g.from() == next && g.type() != null && g.m().trigger().type() != EventType.DEATH
                        && t.lower[next].endsWith("ing")) {
                    return g;
                }
            }
        }
        // a clause without a trigger: its own verb, if it has one, reports something the lexicon does not know;
        // what is coordinated with it right after shares its date ("forced their way in last night and arrested
        // him", "lost power on Tuesday and sank")
        if (hasOwnPredicate(sen, dc, h)) {
            return coordinatedAfter(sen, dc);
        }
        for (int c = dc - 1; c >= 0; c--) {
            Trig g = nearestInClause(sen, h, c);
            if (g != null) {
                return g;
            }
            if (cl.kind(c) == Clauses.Kind.MAIN && hasOwnPredicate(sen, c, h)) {
                break;
            }
        }
        // "were pulling bodies from the mud this morning after two dams collapsed": what came before the date's
        // clause is not what the date dates
        boolean before = dc + 1 < cl.count() && cl.kind(dc + 1) == Clauses.Kind.AFTER
                && (t.lower[cl.start(dc + 1)].equals("after") || t.lower[cl.start(dc + 1)].equals("since"));
        if (dc + 1 < cl.count() && !before) {
            Trig g = nearestInClause(sen, h, dc + 1);
            if (g != null && g.from() - h.tokenTo() <= 12) {
                return g;
            }
        }
        return null;
    }

    /** The typed verb trigger opening the dateless coordinate clause right after clause {@code dc}, or null. */
    private static Trig coordinatedAfter(Sentence sen, int dc) {
        int c = dc + 1;
        Clauses.Kind own = sen.clauses.kind(dc);
        // not from a relative clause to the main one: "a takeover that he had tried to abandon earlier in the
        // year, and promptly fired ..." coordinates the firing with the main verb
        if (own != Clauses.Kind.MAIN && own != Clauses.Kind.COORDINATE && own != Clauses.Kind.RESUME) {
            return null;
        }
        if (c >= sen.clauses.count() || sen.clauses.kind(c) != Clauses.Kind.COORDINATE
                || !sen.clauses.verbInitial(sen.t, c) || clauseHasDate(sen, c)) {
            return null;
        }
        for (Trig g : sen.trigs) {
            if (g.clause() == c && g.verb() && g.type() != null && g.strong()) {
                return g;
            }
        }
        return null;
    }

    /** A verb trigger of the date's own clause standing right before it ("had resigned two months earlier"). */
    private static boolean verbRightBefore(Sentence sen, TemporalTagger.Hit h, int dc) {
        for (Trig g : sen.trigs) {
            if (g.verb() && g.type() != null && g.clause() == dc && g.to() <= h.tokenFrom()
                    && span(sen, g.to(), h.tokenFrom()) <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "survived an assassination attempt at a rally, when a bullet grazed his ear on July 13": a when-clause
     * with no trigger of its own that tells how an event named by a noun just before it happened lends its
     * date to that event; null when the date's clause is no such when-clause or no event noun stands close
     * before it.
     */
    private static Trig describedByWhen(Sentence sen, int dc) {
        Clauses cl = sen.clauses;
        if (dc == 0 || cl.kind(dc) != Clauses.Kind.WHEN || !sen.t.lower[cl.start(dc)].equals("when")) {
            return null;
        }
        // the event the clause names, not one in a phrase hanging from it ("an attempt at a rally")
        Trig best = null;
        for (Trig g : sen.trigs) {
            if (g.clause() == dc - 1 && !g.verb() && g.type() != null && cl.start(dc) - g.to() <= 14
                    && (best == null || inPrepositionalPhrase(sen, best) && !inPrepositionalPhrase(sen, g))) {
                best = g;
            }
        }
        return best;
    }

    /** The first verb of a clause that is no participle ("a jet landing from Sapporo collided"), else its first trigger. */
    private static Trig finiteTriggerFrom(Sentence sen, int from, int window) {
        for (Trig g : sen.trigs) {
            if (g.from() >= from && g.from() < from + window && g.verb() && !sen.t.lower[g.from()].endsWith("ing")
                    && g.type() != null) {
                return g;
            }
        }
        return firstTriggerFrom(sen, from, window);
    }

    private static Trig firstTriggerFrom(Sentence sen, int from, int window) {
        for (Trig g : sen.trigs) {
            if (g.from() >= from && g.from() < from + window) {
                return g;
            }
        }
        return null;
    }

    private static Trig nearestInClause(Sentence sen, TemporalTagger.Hit h, int c) {
        Trig best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Trig g : sen.trigs) {
            if (g.clause() != c) {
                continue;
            }
            int dist = g.to() <= h.tokenFrom() ? h.tokenFrom() - g.to() : g.from() - h.tokenTo();
            if (dist < bestDistance) {
                bestDistance = dist;
                best = g;
            }
        }
        return bestDistance <= 30 ? best : null;
    }

    /** The trigger of the date's own clause that the date most plausibly modifies. */
    private Trig bestInClause(Sentence sen, TemporalTagger.Hit h, int c) {
        Trig best = null;
        int bestCost = Integer.MAX_VALUE;
        for (Trig g : sen.trigs) {
            if (g.clause() != c) {
                continue;
            }
            int cost = cost(sen, g, h);
            if (cost < bestCost) {
                bestCost = cost;
                best = g;
            }
        }
        return bestCost <= 40 ? best : null;
    }

    private int cost(Sentence sen, Trig g, TemporalTagger.Hit h) {
        Tokens t = sen.t;
        int cost;
        if (g.to() <= h.tokenFrom()) {
            cost = span(sen, g.to(), h.tokenFrom());
        } else {
            cost = span(sen, h.tokenTo(), g.from()) + 2;
        }
        cost += 4 * sen.clauses.commasBetween(g.to() <= h.tokenFrom() ? g.to() : h.tokenTo(),
                g.to() <= h.tokenFrom() ? h.tokenFrom() : g.from());
        if (!g.verb()) {
            // "yesterday's referendum": the date names the occasion
            if (h.tokenTo() < sen.s.to() && t.lower[h.tokenTo()].equals("'s") && g.from() > h.tokenTo()
                    && g.from() - h.tokenTo() <= 5) {
                cost -= 12;
            } else if (objectOfVerbTrigger(sen, g)) {
                cost += 12; // "announced a halt to missile tests in April 2018": the verb is dated
            } else if (g.to() <= h.tokenFrom() && linked(sen, g.to(), h.tokenFrom())) {
                cost -= 3;
                Trig v = strongVerbBefore(sen, g);
                if (inPrepositionalPhrase(sen, g) && v == null) {
                    cost -= 6; // "in a speech in January 2013", "at an IOC vote in Buenos Aires in September 2013"
                } else if (inPrepositionalPhrase(sen, g) && !(v.type() == EventType.DEATH && (g.type() == EventType.ATTACK
                        || g.type() == EventType.DISASTER || g.type() == EventType.CRASH))) {
                    cost += 12; // "died in a mountain accident in August": the death is dated
                }
            }
        }
        if (g.type() == null && !g.verb()) {
            cost += 6;
        }
        return cost;
    }

    /** Tokens between two positions, a name counting as one word. */
    private static int span(Sentence sen, int from, int to) {
        int n = 0;
        EntityRecognizer.Mention lastMention = null;
        for (int k = from; k < to; k++) {
            EntityRecognizer.Mention m = sen.mention(k);
            if (m != null) {
                if (m != lastMention) {
                    n++;
                }
                lastMention = m;
            } else if (!sen.d.taken()[k]) {
                n++;
            }
        }
        return n;
    }

    /** Only noun-phrase and prepositional material between a noun and a date: "the floods of 2010", "talks in Beijing in 2021". */
    private static boolean linked(Sentence sen, int from, int to) {
        Tokens t = sen.t;
        if (to - from > 10) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String w = t.lower[k];
            if (sen.mention(k) != null || sen.d.taken()[k] || t.shape[k] == Tokens.NUMBER
                    || Words.PREPOSITIONS.contains(w) || Words.DETERMINERS.contains(w) || w.equals("-")
                    || w.equals("and") || t.isCapitalised(k)) {
                continue;
            }
            if (t.shape[k] == Tokens.WORD && !Words.isPastVerb(t, k) && !Words.MODALS.contains(w)
                    && !w.equals("that") && !w.equals("which")) {
                continue; // an adjective or a noun of the phrase
            }
            return false;
        }
        return true;
    }

    /** "died in a mountain accident in August": a strong verb of the clause whose phrase the noun is in. */
    private static Trig strongVerbBefore(Sentence sen, Trig g) {
        for (Trig v : sen.trigs) {
            if (v != g && v.verb() && v.strong() && v.type() != null && v.type() != EventType.STATEMENT
                    && v.clause() == g.clause() && v.to() <= g.from() && g.from() - v.to() <= 6) {
                return v;
            }
        }
        return null;
    }

    /** A noun inside "in a ...", "at an ...", "during ...": an occasion, not an object. */
    private static boolean inPrepositionalPhrase(Sentence sen, Trig g) {
        Tokens t = sen.t;
        for (int k = g.from() - 1; k >= Math.max(sen.s.from(), g.from() - 5); k--) {
            String w = t.lower[k];
            if (w.equals("in") || w.equals("at") || w.equals("during") || w.equals("on")) {
                return true;
            }
            if (!(Words.DETERMINERS.contains(w) || sen.mention(k) != null || t.shape[k] == Tokens.WORD
                    && !Words.isPastVerb(t, k) && !Words.PREPOSITIONS.contains(w))) {
                return false;
            }
        }
        return false;
    }

    /** A noun in the object of a verb trigger of the same clause: "announced a halt to missile tests". */
    private static boolean objectOfVerbTrigger(Sentence sen, Trig g) {
        Tokens t = sen.t;
        for (int k = g.from() - 1; k >= Math.max(sen.s.from(), g.from() - 12); k--) {
            if (sen.clauses.of(k) != g.clause()) {
                return false;
            }
            for (Trig v : sen.trigs) {
                if (v != g && v.verb() && k >= v.from() && k < v.to()) {
                    return true;
                }
            }
            String w = t.lower[k];
            if (w.equals("in") || w.equals("at") || w.equals("on") || w.equals("during")) {
                // "a pause in artillery drills" is still the object; "agreed in a call", "the Games at a vote" are not
                boolean insideObject = k - 1 > sen.s.from() && t.shape[k - 1] == Tokens.WORD
                        && !Words.isPastVerb(t, k - 1) && sen.mention(k - 1) == null && !isTrigger(sen, k - 1)
                        && !Words.DETERMINERS.contains(t.lower[k - 1]);
                if (!insideObject) {
                    return false;
                }
                continue;
            }
            if (w.equals("after") || w.equals("with") || w.equals("by") || w.equals(",") || Words.isPastVerb(t, k)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isTrigger(Sentence sen, int k) {
        for (Trig g : sen.trigs) {
            if (k >= g.from() && k < g.to() && g.verb()) {
                return true;
            }
        }
        return false;
    }

    /** A verb of the clause other than a light one: the clause reports its own event. */
    private static boolean hasOwnPredicate(Sentence sen, int c, TemporalTagger.Hit h) {
        Tokens t = sen.t;
        for (int k = sen.clauses.start(c); k < sen.clauses.end(c); k++) {
            if (sen.d.taken()[k] || sen.mention(k) != null || LIGHT.contains(t.lower[k])) {
                continue;
            }
            if (Words.isPastVerb(t, k) && !(k > sen.s.from() && Words.ARTICLES.contains(t.lower[k - 1]))) {
                return true;
            }
            boolean afterModal = k > sen.s.from() && (isModal(t.lower[k - 1])
                    || t.lower[k - 1].equals("not") && k - 1 > sen.s.from() && isModal(t.lower[k - 2]));
            if (afterModal && t.shape[k] == Tokens.WORD
                    && !t.isCapitalised(k) && !LIGHT.contains(t.lower[k]) && !t.lower[k].equals("not")
                    && !Words.DETERMINERS.contains(t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isModal(String w) {
        return Words.MODALS.contains(w) && !w.equals("to");
    }

    // ------------------------------------------------------------------ events

    private boolean emit(Sentence sen, Trig g, TemporalTagger.Hit h, Set<String> emitted, List<ExtractedEvent> out) {
        Trig during = g.type() == EventType.STATEMENT && g.verb() ? saidDuring(sen, g, h) : null;
        if (during != null) {
            g = during; // "told the governors during a video meeting on Monday": the meeting
        }
        h = nearestElectionMonth(sen, g, h);
        ExtractedEvent e = event(sen, g, h);
        if (e == null || measuredOverPeriod(sen, g, h, e) || notAnEventDate(sen, g, h, e)
                || !emitted.add(e.type() + "|" + e.date().value())) {
            return false;
        }
        // "Abe died yesterday after being shot": a death reported as part of an attack, disaster or crash is that event
        if (e.type() == EventType.DEATH && out.stream().anyMatch(x -> x.start() == e.start() && x.date().equals(e.date())
                && (x.type() == EventType.ATTACK || x.type() == EventType.DISASTER || x.type() == EventType.CRASH))) {
            return false;
        }
        if (e.type() == EventType.ATTACK || e.type() == EventType.DISASTER || e.type() == EventType.CRASH) {
            out.removeIf(x -> x.start() == e.start() && x.type() == EventType.DEATH && x.date().equals(e.date()));
        }
        // "Nintendo will release it on June 5, the company said last night": the saying adds no event; and "the
        // cruiser has sunk, the ministry said last night": a stronger event told without a date of its own takes
        // the date of its telling
        if (e.type() == EventType.STATEMENT && sen.clauses.kind(g.clause()) == Clauses.Kind.REPORTING
                && reportsStrongerEvent(sen, g)) {
            Trig told = strongerUndatedEvent(sen, g);
            return told != null && emit(sen, told, h, emitted, out);
        }
        out.add(e);
        return true;
    }

    private static final Set<String> DURATION_UNITS = Set.of("minutes", "hours", "days");

    private static final Set<String> MONTH_NAMES = Words.union(Words.MONTHS, Set.of("jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec"));

    private static final Set<String> ELECTION_NOUNS = Set.of("election", "elections", "vote", "polls", "referendum",
            "run-off", "runoff", "ballot", "primary", "primaries", "caucuses");

    private static final Set<String> RELATIVE_WORDS = Set.of("year", "last", "next", "this", "that", "following",
            "previous", "coming");

    /**
     * "ahead of the vote in May", "elections, for September 26", "chosen to lead the list in the elections in June":
     * words that put an election ahead of what the sentence tells, not inside it ("a victory in elections in April").
     */
    private static boolean scheduledFrame(Sentence sen, Trig g, TemporalTagger.Hit h) {
        int from = Math.min(g.from(), h.tokenFrom());
        if (h.tokenFrom() > sen.s.from() && sen.t.lower[h.tokenFrom() - 1].equals("for")) {
            return true;
        }
        for (int k = from - 1; k >= Math.max(sen.s.from(), from - 12); k--) {
            String w = sen.t.lower[k];
            if (w.equals("ahead") && k + 1 < sen.s.to() && sen.t.lower[k + 1].equals("of")
                    || w.equals("to") && k + 1 < sen.s.to() && sen.t.shape[k + 1] == Tokens.WORD
                    && !Words.DETERMINERS.contains(sen.t.lower[k + 1]) && !sen.t.isCapitalised(k + 1) && k > sen.s.from()
                    && (Words.isPastVerb(sen.t, k - 1) || sen.t.lower[k - 1].endsWith("en"))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WEEKDAY_NAMES = Words.WEEKDAYS;

    /**
     * "ahead of November's presidential election", "the European elections in June": an election named by a noun
     * is a fixed date on the calendar, not a deed of the sentence's verb, so a month or day written without its year
     * is the nearest such one to the day of writing, before or after it, whatever the tense around it.
     */
    private static TemporalTagger.Hit nearestElectionMonth(Sentence sen, Trig g, TemporalTagger.Hit h) {
        if (g.type() != EventType.ELECTION || !ELECTION_NOUNS.contains(sen.t.lower[g.to() - 1])
                || !h.function().equals("date") || h.date() == null
                || !(h.date().granularity() == Granularity.MONTH || h.date().granularity() == Granularity.DAY)) {
            return h;
        }
        boolean month = false;
        boolean possessive = false;
        for (int k = h.tokenFrom(); k < h.tokenTo(); k++) {
            String w = sen.t.lower[k];
            if (sen.t.shape[k] == Tokens.NUMBER && w.length() == 4 || WEEKDAY_NAMES.contains(w)
                    || RELATIVE_WORDS.contains(w)) {
                return h; // a year written, a weekday that fixes it, or "June last year"
            }
            possessive |= w.endsWith("'s") || k + 1 < sen.s.to() && sen.t.lower[k + 1].equals("'s");
            month |= MONTH_NAMES.contains(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
        }
        if (!month || !(possessive || scheduledFrame(sen, g, h))) {
            return h;
        }
        LocalDate dct = sen.d.dct();
        // a month counts from its middle
        LocalDate start = h.date().granularity() == Granularity.DAY ? h.date().startDay() : h.date().startDay().plusDays(14);
        LocalDate best = start;
        for (int dy = -1; dy <= 1; dy++) {
            LocalDate c = start.withYear(dct.getYear() + dy);
            if (Math.abs(c.toEpochDay() - dct.toEpochDay()) < Math.abs(best.toEpochDay() - dct.toEpochDay())) {
                best = c;
            }
        }
        // "ahead of midterm congressional elections in October", written in April: as near a year back as ahead, so the
        // tense the tagger read decides
        long kept = Math.abs(start.toEpochDay() - dct.toEpochDay());
        if (best.equals(start) || kept - Math.abs(best.toEpochDay() - dct.toEpochDay()) <= 31) {
            return h;
        }
        DateValue date = h.date().granularity() == Granularity.DAY ? DateValues.day(best)
                : DateValues.month(best.getYear(), best.getMonthValue());
        Timex x = new Timex(h.timex().text(), h.timex().start(), h.timex().end(), h.timex().type(), date.value());
        return new TemporalTagger.Hit(x, h.tokenFrom(), h.tokenTo(), h.sentence(), date, h.function());
    }

    private static final Set<EventType> OCCASIONS_OF_SAYING = Set.of(EventType.MEETING, EventType.SUMMIT,
            EventType.CALL, EventType.VISIT);

    /**
     * "told the governors during a video meeting on Monday", "in a televised meeting ..., Putin said",
     * "apologised to senators yesterday ..., in five hours of testimony": what is said in a meeting, a call or on a
     * visit named with "in" or "during" is that occasion (an interview stays a statement); null when there is none
     * or another date lies between.
     */
    private static Trig saidDuring(Sentence sen, Trig said, TemporalTagger.Hit h) {
        for (Trig n : sen.trigs) {
            if (n == said || n.verb() || n.type() == null || !OCCASIONS_OF_SAYING.contains(n.type())
                    || n.from() < said.from() - 16 || n.from() > said.to() + 24) {
                continue;
            }
            for (int k = n.from() - 1; k >= Math.max(sen.s.from(), n.from() - 5); k--) {
                String w = sen.t.lower[k];
                if (w.equals("in") || w.equals("during")) {
                    int lo = Math.min(n.from(), said.from());
                    int hi = Math.max(n.from(), said.from());
                    boolean between = sen.dates.stream().anyMatch(d -> d != h && d.tokenFrom() > lo
                            && d.tokenFrom() < hi);
                    return between ? null : n;
                }
                boolean lasting = w.equals("of") && k > sen.s.from() && DURATION_UNITS.contains(sen.t.lower[k - 1]);
                if (sen.t.shape[k] == Tokens.PUNCT || !lasting && Words.PREPOSITIONS.contains(w)) {
                    break;
                }
            }
        }
        return null;
    }

    /** "overtook Apple in the second quarter": passing a rival in a ranking is dated by the period of the ranking. */
    private static final Set<String> OVERTAKING = Set.of("overtook", "overtaken", "overtakes", "overtake", "surpassed",
            "surpasses", "surpass", "eclipsed", "eclipses", "passed");

    /**
     * "Its business shrank by almost half in 2021", "over 500 deaths this year": a move or a toll measured over a
     * whole quarter, half or year is a measurement, not a dated event ("later this year" still dates one).
     */
    private static boolean measuredOverPeriod(Sentence sen, Trig g, TemporalTagger.Hit h, ExtractedEvent e) {
        boolean measure = e.type() == EventType.DEATH && !oneDeath(sen, g)
                || e.type() == EventType.MARKET_MOVE && !g.strong() && !OVERTAKING.contains(sen.t.lower[g.from()])
                || e.type() == EventType.REPORT && g.from() > sen.s.from() && sen.t.lower[g.from() - 1].equals("been");
        Granularity gr = e.date().granularity();
        if (!measure || gr.isFinerOrEqual(Granularity.MONTH) || gr.ordinal() > Granularity.YEAR.ordinal()) {
            return false;
        }
        String first = sen.t.lower[h.tokenFrom()];
        return !(first.equals("later") || first.equals("earlier") || first.equals("early") || first.equals("late")
                || first.equals("mid") || first.equals("by"));
    }

    /** Verbs that tell a death. */
    private static final Set<String> DYING = Set.of("died", "dies", "passed");
    /** Words that count the dead: "hundreds of elephants that died this year" is a toll. */
    private static final Set<String> COUNTING = Set.of("hundreds", "thousands", "dozens", "millions", "scores",
            "people", "more", "many", "several", "some", "most", "patients", "children", "residents", "workers",
            "civilians", "migrants", "soldiers", "others", "those");

    /**
     * "She died in 2016", "Brout, who died in 2011": one person's death told by its verb, with no number or count
     * before it in the sentence, is dated even by a year; a toll over a year is a measurement.
     */
    private static boolean oneDeath(Sentence sen, Trig g) {
        if (!g.verb() || !DYING.contains(sen.t.lower[g.from()])) {
            return false;
        }
        for (int k = Math.max(sen.s.from(), g.from() - 8); k < g.from(); k++) {
            if (sen.t.shape[k] == Tokens.NUMBER || COUNTING.contains(sen.t.lower[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean reportsStrongerEvent(Sentence sen, Trig reporting) {
        for (Trig g : sen.trigs) {
            if (strongerThanTelling(g, reporting)) {
                return true;
            }
        }
        return false;
    }

    /** A strong event other than a statement, in a clause before the reporting one. */
    private static boolean strongerThanTelling(Trig g, Trig reporting) {
        return g != reporting && g.type() != null && g.type() != EventType.STATEMENT && g.strong()
                && g.clause() < reporting.clause();
    }

    /**
     * The first stronger event before a reporting clause with no date in its clause nor between it and the
     * telling, or null ("an attack that ... on Friday has infected ..., Europol said today" has its date).
     */
    private static Trig strongerUndatedEvent(Sentence sen, Trig reporting) {
        for (Trig g : sen.trigs) {
            if (strongerThanTelling(g, reporting) && !clauseHasDate(sen, g.clause())
                    && sen.dates.stream().noneMatch(d -> d.tokenFrom() > g.from() && d.tokenFrom() < reporting.from())) {
                return g;
            }
        }
        return null;
    }

    private ExtractedEvent event(Sentence sen, Trig g, TemporalTagger.Hit h) {
        Tokens t = sen.t;
        Participants p = participants(sen, g, h);
        EventType type = g.type();
        if (type == EventType.MEETING && (leaders(sen.d, p.actors, h.date()) >= 2 || leadersMeet(sen, g)
                || leaders(sen.d, clauseNames(sen, g.clause()), h.date()) + untitledLeaders(sen, g) >= 2
                || pairOfLeadersMeets(sen, g, h.date()))) {
            type = EventType.SUMMIT; // a meeting of heads of state or government
        }
        List<Entity> actors = withOffices(p.actors, h.date());
        boolean launch = type == EventType.SATELLITE_LAUNCH || type == EventType.MISSILE_LAUNCH
                || type == EventType.LAUNCH || type == EventType.NUCLEAR_TEST;
        if (launch) {
            Entity agent = agentOf(actors);
            Entity launcher = sen.salience.launcher != null ? sen.salience.launcher : sen.salience.country;
            if (agent == null && launcher != null) {
                actors.add(0, launcher); // "The Malligyong-1 went up": the payload did not launch itself
            } else if (agent != null) {
                sen.salience.launcher = agent;
            }
        }
        boolean business = type == EventType.PRODUCT_RELEASE || type == EventType.MARKET_MOVE
                || type == EventType.REPORT || type == EventType.ACQUISITION
                || type == EventType.CRASH && sen.salience.org != null && airline(sen.salience.org);
        if (business && sen.salience.org != null
                && actors.stream().noneMatch(a -> a.kind() == EntityKind.ORGANIZATION)) {
            actors.add(sen.salience.org); // "The original Switch went on sale", "The shares jumped": the company's
        }
        addAuthor(sen, type, actors);
        // any other event that names no one and no place happens in the country the article is about, and in the
        // place it names most ("Hong Kong")
        if (noAgent(actors) && p.location == null && sen.salience.country != null
                && !actors.contains(sen.salience.country)) {
            actors.add(sen.salience.country);
            if (sen.salience.place != null && !actors.contains(sen.salience.place)) {
                actors.add(sen.salience.place);
            }
        }
        for (int k = 0, n = actors.size(); k < n; k++) {
            Entity full = sen.d.fullNames().get(actors.get(k));
            if (full != null && !actors.contains(full)) {
                actors.add(full); // "Samsung Electronics", the article's name for Samsung, also when inferred
            }
        }
        Modality modality = modality(sen, g, h);
        String trigger = t.text.substring(t.start[g.from()], t.end[g.to() - 1]);
        int start = t.start[sen.s.from()];
        int end = t.end[sen.s.to() - 1];
        int distance = g.to() <= h.tokenFrom() ? h.tokenFrom() - g.to() : g.from() - h.tokenTo();
        boolean sameClause = g.clause() == sen.clauses.of(h.tokenFrom());
        double confidence = 0.35 + (g.strong() ? 0.2 : 0.0) + (distance <= 6 ? 0.15 : distance <= 15 ? 0.05 : 0.0)
                + (actors.isEmpty() ? 0.0 : p.inferred ? 0.05 : 0.1)
                + (sameClause ? 0.05 : -0.05)
                - (h.function().equals("focus") || h.function().equals("offset") ? 0.05 : 0.0);
        confidence = Math.max(0.05, Math.min(0.95, Math.round(confidence * 100) / 100.0));
        Entity location = p.location != null ? p.location : p.elsewhere;
        return new ExtractedEvent(h.date(), h.timex().text(), h.timex().start(), h.timex().end(), type, trigger,
                titles.title(type, actors, location, modality, trigger), actors, location, t.text.substring(start, end),
                start, end, confidence, modality);
    }

    /**
     * The person named between two commas right before a verb of saying: "Jane Doe" in "the prime minister,
     * Jane Doe, said"; null when the words there are no such apposition or name no person.
     */
    private static EntityRecognizer.Mention apposedSpeaker(Sentence sen, Trig g) {
        Tokens t = sen.t;
        int comma = g.from() - 1;
        if (!g.verb() || !Clauses.SPEECH.contains(t.lower[g.from()]) || comma - 2 <= sen.s.from()
                || !t.lower[comma].equals(",")) {
            return null;
        }
        EntityRecognizer.Mention m = sen.mention(comma - 1);
        if (m == null || m.to() != comma || m.actor() == null || !likelyPerson(m.actor()) || m.from() - 1 <= sen.s.from()
                || !t.lower[m.from() - 1].equals(",")) {
            return null;
        }
        return m;
    }

    /**
     * "Acme, whose chief executive, Ann Lee, resigned in May": a main clause resumed right after a relative clause
     * that opens with 'whose' and has no verb of its own takes for subject the person that clause names between
     * commas (the chief executive), then the name before 'whose' (Acme). Empty when there is no such person.
     */
    private static List<Entity> whoseApposed(Sentence sen, int c) {
        Tokens t = sen.t;
        Clauses cl = sen.clauses;
        if (c == 0 || cl.kind(c - 1) != Clauses.Kind.RELATIVE) {
            return new ArrayList<>();
        }
        int r = cl.start(c - 1);
        int end = cl.end(c - 1);
        if (!t.lower[r].equals("whose") || r - 2 < sen.s.from() || !t.lower[r - 1].equals(",")
                || !t.lower[end - 1].equals(",")) {
            return new ArrayList<>();
        }
        for (int n = r + 1; n < end; n++) {
            if (Clauses.finite(t, n)) {
                return new ArrayList<>();
            }
        }
        EntityRecognizer.Mention person = sen.mention(end - 2);
        if (person == null || person.to() != end - 1 || person.actor() == null || !likelyPerson(person.actor())
                || person.from() - 1 <= r || !t.lower[person.from() - 1].equals(",")) {
            return new ArrayList<>();
        }
        List<Entity> subject = new ArrayList<>(List.of(person.actor()));
        EntityRecognizer.Mention owner = sen.mention(r - 2);
        if (owner != null && owner.to() == r - 1 && owner.actor() != null && !subject.contains(owner.actor())) {
            subject.add(owner.actor());
        }
        return subject;
    }

    /** Words before a name that make it one of several speakers or an agent, not the speaker itself. */
    private static final Set<String> SPEAKER_LINKS = Set.of("and", "&", "by", "or", "nor");

    /** {@code elsewhere}: the place another clause of the sentence names, when the event's own names none. */
    private record Participants(List<Entity> actors, Entity location, boolean inferred, Entity elsewhere) {
    }

    /**
     * True when no actor can have done anything: none at all, or only names of things ("the drills, code-named
     * Joint Sword", "the Games", "the armistice" of "the Korean War") rather than of a state, body or person.
     */
    private static boolean noAgent(List<Entity> actors) {
        for (Entity a : actors) {
            if (a.kind() != EntityKind.OTHER || likelyPerson(a)) {
                return false;
            }
        }
        return true;
    }

    /** The actor that acts for an organisation or a state: an organisation or country first, then a person. */
    private static Entity agentOf(List<Entity> actors) {
        for (Entity a : actors) {
            if (a.kind() == EntityKind.ORGANIZATION || a.kind() == EntityKind.COUNTRY) {
                return a;
            }
        }
        for (Entity a : actors) {
            if (a.kind() == EntityKind.PERSON || a.kind() == EntityKind.GROUP) {
                return a;
            }
        }
        return null;
    }

    /** Subject, agent and objects of the trigger's clause; the place named there. */
    private Participants participants(Sentence sen, Trig g, TemporalTagger.Hit h) {
        Tokens t = sen.t;
        Clauses cl = sen.clauses;
        int c = g.clause();
        List<Entity> actors = new ArrayList<>();
        boolean inferred = false;
        EventType type = g.type();
        // a named event is its own first participant: "Hurricane Andrew", "the Abu Dhabi Grand Prix"
        EntityRecognizer.Mention named = sen.mention(g.from());
        if (named == null) {
            named = sen.mention(g.to() - 1);
        }
        if (named != null && named.actor() != null) {
            actors.add(named.actor());
        }
        // "the North's test", "the Lakanal House fire": the name that owns or modifies an event noun is its
        // first participant
        EntityRecognizer.Mention owner = g.verb() ? null : ownerOf(sen, g.from());
        if (named == null && owner != null && owner.actor() != null) {
            actors.add(owner.actor());
        }
        // "Italy, who were unbeaten, won the European title": a main clause resumed by its verb after an aside
        // names objects before the trigger, not its subject
        boolean resumed = cl.kind(c) == Clauses.Kind.RESUME && cl.verbInitial(t, c);
        List<Entity> subject = resumed ? new ArrayList<>() : subjectOf(sen, c, g.from());
        // "the firm, whose founder, Ann Lee, was charged": the person a verbless 'whose' clause names between
        // commas is the subject of the main clause resumed after it, with the name 'whose' belongs to
        if (resumed) {
            subject = whoseApposed(sen, c);
        }
        // "... near the wreck of the Titanic, the coast guard said": the name right before a verb of saying
        // is who says it, whatever the clause names first
        EntityRecognizer.Mention speaker = g.verb() && g.from() > cl.start(c) && Clauses.SPEECH.contains(t.lower[g.from()])
                ? sen.mention(g.from() - 1) : null;
        int beforeSpeaker = speaker == null ? -1 : speaker.from() - 1;
        if (beforeSpeaker > sen.s.from() && t.lower[beforeSpeaker].equals("the")) {
            beforeSpeaker--;
        }
        // not the last of several names that say it together ("X and the Y said"), nor an agent ("led by Y")
        if (speaker != null && speaker.actor() != null && !isPlace(speaker) && speaker.from() > cl.start(c)
                && !subject.contains(speaker.actor()) && beforeSpeaker >= sen.s.from()
                && !SPEAKER_LINKS.contains(t.lower[beforeSpeaker])) {
            subject = new ArrayList<>(List.of(speaker.actor()));
        }
        // "the county's sheriff, Jane Doe, said": the person named between commas right before it says it
        EntityRecognizer.Mention apposed = speaker == null ? apposedSpeaker(sen, g) : null;
        if (apposed != null && !subject.contains(apposed.actor())) {
            subject = new ArrayList<>(List.of(apposed.actor()));
        }
        // "Negotiators from 195 countries adopted", "more than 100 countries signed": a gathering of many
        // states, not one of them -- it is where they met that names it
        Entity gathering = subject.isEmpty() && !resumed && manyStates(sen, cl.start(c), g.from())
                ? gatheringPlace(sen) : null;
        if (gathering != null) {
            subject = List.of();
        }
        if (subject.isEmpty() && gathering == null && plural(sen, cl.start(c), g.from())) {
            // "Their first encounter", "the two governments": the pair the article is about
            subject = sen.salience.group.size() >= 2 ? sen.salience.group : sen.salience.topCountries();
            List<Entity> people = twoPeople(sen, cl.start(c), g.from(), h.date());
            if (!people.isEmpty()) {
                subject = people; // "the two leaders", "the two men": people, not their countries
            }
            inferred = true;
        }
        // in a relative clause only a subject pronoun is the subject ("that he had tried"), else the antecedent is
        boolean relative = cl.kind(c) == Clauses.Kind.RELATIVE;
        if (subject.isEmpty() && gathering == null && (!relative || subjectPronoun(sen, cl.start(c), g.from()))) {
            subject = pluralAntecedent(sen, c, g.from());
            inferred = !subject.isEmpty();
        }
        if (subject.isEmpty() && gathering == null && (!relative || subjectPronoun(sen, cl.start(c), g.from()))) {
            Entity pronoun = pronounSubject(sen, c, g.from());
            if (pronoun != null) {
                subject = List.of(pronoun);
                inferred = true;
            }
        }
        // a relative clause takes its antecedent; a participle, a coordinated verb or a resumed main clause
        // the subject of the clause it continues
        for (int k = c; k > 0 && subject.isEmpty() && gathering == null; k--) {
            Clauses.Kind kind = cl.kind(k);
            if (kind == Clauses.Kind.RELATIVE || kind == Clauses.Kind.WHEN) {
                subject = groupBefore(sen, cl.start(k));
                if (subject.isEmpty() && !sen.t.lower[cl.start(k)].equals("where")) {
                    subject = subjectOf(sen, k - 1, cl.start(k));
                }
                break;
            } else if (kind == Clauses.Kind.RESUME) {
                int main = k - 1;
                while (main > 0 && cl.kind(main) != Clauses.Kind.MAIN && cl.kind(main) != Clauses.Kind.RESUME) {
                    main--;
                }
                subject = subjectOf(sen, main, cl.end(main));
                if (subject.isEmpty() && main == 0 && main + 1 < k && datelineOnly(sen, cl.end(main))) {
                    // "LONDON - Thomas Cook, the travel company, went": the name after the dateline
                    subject = subjectOf(sen, main + 1, cl.end(main + 1));
                }
                k = main + 1;
            } else if (kind == Clauses.Kind.PARTICIPLE || kind == Clauses.Kind.COORDINATE
                    || kind == Clauses.Kind.AFTER || kind == Clauses.Kind.COMPLEMENT || kind == Clauses.Kind.ASIDE) {
                // "The WHO recommended X after a pilot in Ghana that began in 2019, and endorsed Y": a verb
                // coordinated after a comma shares the subject of the clause the subordinate ones hang from;
                // without the comma it continues the clause just before ("who won in 2016 and was re-elected")
                int before = k - 1;
                int and = cl.start(k);
                if (kind == Clauses.Kind.COORDINATE && cl.verbInitial(sen.t, k) && and - 1 > sen.s.from()
                        && (sen.t.lower[and].equals(",") || sen.t.lower[and - 1].equals(","))) {
                    while (before > 0 && SUBORDINATE_KINDS.contains(cl.kind(before))) {
                        before--;
                    }
                }
                subject = subjectOf(sen, before, cl.start(before + 1));
                if (subject.isEmpty()) {
                    Entity pronoun = pronounSubject(sen, k - 1, cl.start(k));
                    if (pronoun != null) {
                        subject = List.of(pronoun);
                        inferred = true;
                    }
                }
            } else {
                break;
            }
        }
        for (Entity e : subject) {
            if (!actors.contains(e)) {
                actors.add(e);
            }
        }
        if (subject.size() >= 2) {
            sen.salience.group = List.copyOf(subject);
        }
        // objects and agents: names after the trigger, up to the end of its clause; the place named there
        Entity location = null;
        int bestPlace = Integer.MAX_VALUE;
        int end = cl.end(c);
        int objects = 0;
        int dc = cl.of(h.tokenFrom());
        for (EntityRecognizer.Mention m : sen.mentions) {
            int mc = cl.of(m.from());
            if (mc != c && mc != dc) {
                continue;
            }
            // "the Copenhagen conference", "the Hanoi summit": a city naming the occasion is where it was
            boolean modifier = !g.verb() && m.to() == g.from() && m.entity().kind() == EntityKind.PLACE;
            // "lifted off from Cape Canaveral", "launched from California": where a launch happened
            if (!modifier && m.from() > sen.s.from() && t.lower[m.from() - 1].equals("from")
                    && (type == EventType.LAUNCH || type == EventType.SATELLITE_LAUNCH
                    || type == EventType.MISSILE_LAUNCH) && (m.entity().kind() == EntityKind.PLACE
                    || m.entity().kind() == EntityKind.COUNTRY || m.entity().kind() == EntityKind.OTHER)) {
                modifier = true;
            }
            // "visited Taipei", "toured Kyiv": the place visited is where the visit was
            if (!modifier && type == EventType.VISIT && g.verb() && m.from() == g.to()
                    && (m.entity().kind() == EntityKind.PLACE || m.entity().kind() == EntityKind.COUNTRY)) {
                modifier = true;
            }
            if (isPlace(m) || modifier) {
                int dist = modifier ? 0 : Math.min(Math.abs(m.from() - h.tokenFrom()) * 2,
                        Math.abs(m.from() - g.from()) * 2 + 1);
                TemporalTagger.Hit near = modifier ? null : nearestDate(sen, m.from());
                if (near != null && near.tokenFrom() != h.tokenFrom()) {
                    dist += 1_000; // "met in Oslo in 2015 and again two years later in Lima": Lima is the later date's
                }
                if (dist < bestPlace) {
                    bestPlace = dist;
                    location = m.entity();
                }
                continue;
            }
            // "posted a video on Instagram", "in a statement on Facebook": the platform something was said on
            // is the medium, not who said it
            if (m.from() > sen.s.from() && (t.lower[m.from() - 1].equals("on") || t.lower[m.from() - 1].equals("via"))
                    && PLATFORMS.contains(m.entity().name())) {
                continue;
            }
            boolean object = mc == c && m.from() >= g.to() && m.from() < end;
            boolean dateClause = mc == dc && dc != c && !h.function().equals("offset"); // "since Apollo 17 in December 1972"
            if (m.actor() != null && (object || dateClause) && objects < 3 && !actors.contains(m.actor())) {
                actors.add(m.actor());
                objects++;
            }
        }
        if (gathering != null && location == null && !actors.contains(gathering)) {
            location = gathering;
        }
        // "fire reached Port Ellis, where it destroyed 40 homes": the place "where" stands for is where it happened
        if (location == null && cl.kind(c) == Clauses.Kind.RELATIVE && t.lower[cl.start(c)].equals("where")) {
            int k = cl.start(c) - 1;
            if (k > sen.s.from() && t.lower[k].equals(",")) {
                k--;
            }
            EntityRecognizer.Mention m = k >= sen.s.from() ? sen.mention(k) : null;
            if (m != null && m.to() == k + 1 && (m.entity().kind() == EntityKind.PLACE
                    || m.entity().kind() == EntityKind.COUNTRY)) {
                location = m.entity();
            }
        }
        // "The court sentenced him on June 29", "police arrested her yesterday": the person an object pronoun
        // stands for, the one the article is about
        if (g.verb() && g.to() < sen.s.to() && objectPronoun(t, g.to(), sen.s.to())) {
            Entity person = sen.salience.protagonist();
            if (person != null && !actors.contains(person) && likelyPerson(person) && !actors.isEmpty()) {
                actors.add(person);
            }
        }
        if (actors.isEmpty() && location == null) {
            // nothing in the clause: the subject of the main clause, if the sentence names it there
            List<EntityRecognizer.Mention> main = new ArrayList<>();
            for (EntityRecognizer.Mention m : sen.mentions) {
                int mc = cl.of(m.from());
                if (mc <= c && (cl.kind(mc) == Clauses.Kind.MAIN || cl.kind(mc) == Clauses.Kind.RESUME)) {
                    main.add(m);
                }
            }
            Entity first = firstSubject(t, sen.s, main);
            if (first != null) {
                actors.add(first);
                inferred = true;
            }
        }
        if (actors.isEmpty() && location == null) {
            Entity topic = articleTopic(sen);
            if (topic != null) {
                actors.add(topic);
                inferred = true;
            }
        }
        if (location != null && actors.size() > 1) {
            actors.remove(location);
        }
        // an election, a disaster or a protest with no place named happens in the country the article is about; a
        // national election does even when the sentence names another country ("militias backed by Iran did badly
        // in the parliamentary election" in a story about Iraq), while a vote of countries stays theirs ("how Peru
        // and Chile won a vote" in a story from Denmark)
        if ((type == EventType.ELECTION || type == EventType.DISASTER || type == EventType.PROTEST)
                && sen.salience.country != null && (type == EventType.ELECTION && nationalElection(t, g)
                ? !actors.contains(sen.salience.country) : actors.stream().noneMatch(a -> a.kind() == EntityKind.COUNTRY))
                && (location == null || location.kind() != EntityKind.COUNTRY)) {
            actors.add(sen.salience.country);
            // and in the place the article names most, when no place is named: "Hong Kong" for its marches
            if (location == null && sen.salience.place != null && !actors.contains(sen.salience.place)) {
                actors.add(sen.salience.place);
            }
            inferred = true;
        }
        // "officials warned today", "authorities ordered residents out": the state's officials, in a story about
        // one place, are that place's as well
        Entity local = sen.salience.mostNamedPlace();
        if (local != null && location == null && !actors.contains(local)) {
            for (EntityRecognizer.Mention m : sen.mentions) {
                if (cl.of(m.from()) == c && m.from() < g.from() && stateBody(t, m) && actors.contains(m.actor())) {
                    actors.add(local);
                    break;
                }
            }
        }
        // "An earlier trial in Ghana found ..., results that were published in May": a place the sentence names
        // with "in" in another of its clauses, when the event's own clause names none and no other date is nearer
        Entity elsewhere = null;
        if (location == null) {
            int nearest = Integer.MAX_VALUE;
            for (EntityRecognizer.Mention m : sen.mentions) {
                if (!isPlace(m) || inDateline(sen, m) || m.from() <= sen.s.from()
                        || !t.lower[m.from() - 1].equals("in")) {
                    continue;
                }
                TemporalTagger.Hit near = nearestDate(sen, m.from());
                int dist = Math.abs(m.from() - g.from());
                if ((near == null || near.tokenFrom() == h.tokenFrom()) && dist < nearest) {
                    nearest = dist;
                    elsewhere = m.entity();
                }
            }
        }
        return new Participants(actors, location, inferred, elsewhere);
    }

    /** Words that name a vote after a word of {@link #NATIONAL_ELECTIONS}: "the general election", "a snap vote". */
    private static final Set<String> VOTE_WORDS = Set.of("election", "elections", "vote", "ballot", "polls");

    /**
     * After a refiner: an event it made an {@code ELECTION} (or kept one) whose sentence names a country's own vote
     * ("three weeks before the general election on November 8") names the country the article has named most up to
     * that sentence, as the rules' own elections do, even beside another country. Other events are returned as they
     * are.
     */
    List<ExtractedEvent> nationalElections(Document d, Reading reading, List<ExtractedEvent> events) {
        List<ExtractedEvent> out = null;
        for (int i = 0; i < events.size(); i++) {
            ExtractedEvent e = events.get(i);
            if (e.type() != EventType.ELECTION || e.location() != null && e.location().kind() == EntityKind.COUNTRY) {
                continue;
            }
            int at = Reading.sentenceAt(reading.sentences(), e.start()); // the reading's sentences are d's
            Sentences.Span s = at < 0 ? null : d.sentences().get(at);
            if (s == null || !namesNationalVote(d.tokens(), s)) {
                continue;
            }
            Entity country = mostNamedCountry(d, s.to());
            if (country == null || e.actors().contains(country)) {
                continue;
            }
            List<Entity> actors = new ArrayList<>(e.actors());
            actors.add(country);
            if (out == null) {
                out = new ArrayList<>(events);
            }
            out.set(i, new ExtractedEvent(e.date(), e.dateText(), e.dateStart(), e.dateEnd(), e.type(), e.trigger(),
                    titles.title(e.type(), actors, e.location(), e.modality(), e.trigger()), actors, e.location(),
                    e.evidence(), e.start(), e.end(), e.confidence(), e.modality()));
        }
        return out == null ? events : out;
    }

    /** Whether the sentence names a vote with a word of {@link #NATIONAL_ELECTIONS} at most three words before it. */
    private static boolean namesNationalVote(Tokens t, Sentences.Span s) {
        for (int k = s.from(); k < s.to(); k++) {
            if (VOTE_WORDS.contains(t.lower[k])) {
                for (int j = Math.max(s.from(), k - 3); j < k; j++) {
                    if (NATIONAL_ELECTIONS.contains(t.lower[j])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The country the mentions before token {@code to} name most, a tie going to the one named first (where
     * {@link Salience#country} gives a tie to the one that reached the count first: measured, the first-named wins
     * three more elections on the opened sets and loses none).
     */
    private static Entity mostNamedCountry(Document d, int to) {
        Map<Entity, Integer> counts = new java.util.LinkedHashMap<>();
        for (EntityRecognizer.Mention m : d.mentions()) {
            if (m.from() >= to) {
                break;
            }
            Entity c = Salience.countryNamed(m);
            if (c != null) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        Entity best = null;
        int most = 0;
        for (Map.Entry<Entity, Integer> c : counts.entrySet()) {
            if (c.getValue() > most) {
                best = c.getKey();
                most = c.getValue();
            }
        }
        return best;
    }

    /** Words that make an election a country's own: "the parliamentary election", "a snap general election". */
    private static final Set<String> NATIONAL_ELECTIONS = Set.of("parliamentary", "presidential", "general",
            "legislative", "national", "federal", "snap");

    /** Whether one of the three words before the trigger {@code g} makes it a country's own election. */
    private static boolean nationalElection(Tokens t, Trig g) {
        for (int k = Math.max(0, g.from() - 3); k < g.from(); k++) {
            if (NATIONAL_ELECTIONS.contains(t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** Social networks and messaging services people post and speak on. */
    private static final Set<String> PLATFORMS = Set.of("Facebook", "Instagram", "Twitter", "X", "TikTok", "YouTube",
            "Weibo", "Telegram", "WeChat", "WhatsApp", "Truth Social", "LinkedIn", "Snapchat", "Threads", "Bluesky");

    /** "officials", "the transport ministry": a body of the article's state, named without its state. */
    private static boolean stateBody(Tokens t, EntityRecognizer.Mention m) {
        return m.actor() != null && m.actor().kind() == EntityKind.COUNTRY && !t.isCapitalised(m.to() - 1);
    }

    /**
     * The name in "NAME's [adjective] NOUN" or "the NAME NOUN" for the noun at {@code k}, not a place (a place
     * before the noun says where); null when no name owns or modifies it.
     */
    private static EntityRecognizer.Mention ownerOf(Sentence sen, int k) {
        EntityRecognizer.Mention modifier = k > sen.s.from() ? sen.mention(k - 1) : null;
        if (modifier != null) {
            return modifier.to() == k && !isPlace(modifier) ? modifier : null;
        }
        for (int j = k - 1; j > sen.s.from() && j >= k - 3; j--) {
            String w = sen.t.lower[j];
            if (w.equals("'s")) {
                EntityRecognizer.Mention m = sen.mention(j - 1);
                return m != null && !isPlace(m) ? m : null;
            }
            if (sen.t.shape[j] != Tokens.WORD || sen.mention(j) != null || Words.isPastVerb(sen.t, j)) {
                return null;
            }
        }
        return null;
    }

    /** "him", or "her" not followed by the noun it would own ("her husband"). */
    private static boolean objectPronoun(Tokens t, int k, int end) {
        if (t.lower[k].equals("him")) {
            return true;
        }
        if (!t.lower[k].equals("her")) {
            return false;
        }
        return k + 1 >= end || t.shape[k + 1] == Tokens.PUNCT || Words.PREPOSITIONS.contains(t.lower[k + 1])
                || t.lower[k + 1].equals("yesterday") || t.lower[k + 1].equals("today");
    }

    /**
     * "Members will vote next week", "Tugboats refloated the vessel yesterday", "Police arrested 800 people":
     * when the sentence names no one at all, the event belongs to the body or thing the article is about --
     * the actor it has named most so far, if named at least twice.
     */
    private static Entity articleTopic(Sentence sen) {
        return sen.salience.topicCount >= 2 ? sen.salience.topic : sen.salience.wholeTopic;
    }

    /** The date of the sentence written nearest to a token, by the words between them. */
    private static TemporalTagger.Hit nearestDate(Sentence sen, int token) {
        TemporalTagger.Hit best = null;
        int bestGap = Integer.MAX_VALUE;
        for (TemporalTagger.Hit d : sen.dates) {
            int gap = token < d.tokenFrom() ? d.tokenFrom() - token : token - d.tokenTo() + 1;
            if (gap < bestGap) {
                bestGap = gap;
                best = d;
            }
        }
        return best;
    }

    private static final Set<Clauses.Kind> SUBORDINATE_KINDS = java.util.EnumSet.of(Clauses.Kind.RELATIVE,
            Clauses.Kind.WHEN, Clauses.Kind.AFTER, Clauses.Kind.SUBORDINATE, Clauses.Kind.CONDITION,
            Clauses.Kind.PARTICIPLE, Clauses.Kind.ASIDE);

    private static boolean isPlace(EntityRecognizer.Mention m) {
        EntityKind k = m.entity().kind();
        return m.locative() && (k == EntityKind.PLACE || k == EntityKind.COUNTRY);
    }

    /** The subject of clause {@code c}: the first name of the clause before {@code limit}, with names coordinated to it. */
    private List<Entity> subjectOf(Sentence sen, int c, int limit) {
        Tokens t = sen.t;
        List<Entity> out = new ArrayList<>();
        int from = sen.clauses.start(c);
        EntityRecognizer.Mention first = null;
        for (EntityRecognizer.Mention m : sen.mentions) {
            if (m.from() >= from && m.to() <= limit && m.actor() != null && !isPlace(m)) {
                if (preposed(sen, m, from) || inDateline(sen, m) || registeredIn(t, m)) {
                    continue; // "in Minneapolis", "with Washington", "LONDON - ": not the subject
                }
                first = m;
                break;
            }
        }
        if (first == null) {
            return out;
        }
        // "Japan's former prime minister Shinzo Abe": the possessor and its head
        out.add(first.actor());
        int k = first.to();
        while (k < limit) {
            boolean possessive = k < sen.s.to() && t.lower[k].equals("'s");
            if (!possessive && k < limit && sen.mention(k) == null && t.shape[k] == Tokens.WORD
                    && !Words.isPastVerb(t, k) && !Words.PREPOSITIONS.contains(t.lower[k])
                    && !Words.MODALS.contains(t.lower[k]) && !t.lower[k].equals("and")) {
                // "North Korean leader Kim Jong-un": a name, its title, the name of its head
                int j = k;
                while (j < limit && sen.mention(j) == null && t.shape[j] == Tokens.WORD && !Words.isPastVerb(t, j)
                        && !Words.PREPOSITIONS.contains(t.lower[j]) && j - k < 3) {
                    j++;
                }
                EntityRecognizer.Mention head = j < limit ? sen.mention(j) : null;
                if (head != null && head.actor() != null && !isPlace(head) && !out.contains(head.actor())) {
                    out.add(head.actor());
                    k = head.to();
                    continue;
                }
                break;
            }
            if (possessive) {
                k++;
                // skip the words of the noun phrase up to the next name
                int j = k;
                while (j < limit && sen.mention(j) == null && t.shape[j] == Tokens.WORD && !Words.isPastVerb(t, j)
                        && j - k < 4) {
                    j++;
                }
                EntityRecognizer.Mention head = sen.mention(j);
                if (head != null && head.actor() != null && j < limit) {
                    out.add(0, head.actor());
                    k = head.to();
                    continue;
                }
                // "Costa's chief of staff, Ann Lee, was detained", "One of Acme's founders, Bo Wu, quit": the
                // name set off by commas after the possessor's noun is who it is, the subject
                EntityRecognizer.Mention apposed = j > k && j + 1 < limit && t.lower[j].equals(",")
                        ? sen.mention(j + 1) : null;
                if (apposed != null && apposed.from() == j + 1 && apposed.actor() != null && !isPlace(apposed)
                        && apposed.to() < limit && t.lower[apposed.to()].equals(",")
                        && !out.contains(apposed.actor())) {
                    out.add(apposed.actor());
                    k = apposed.to();
                }
                break;
            }
            if (t.lower[k].equals("and") || t.lower[k].equals(",") && k + 1 < limit && sen.mention(k + 1) != null
                    && k + 2 < sen.s.to()) {
                EntityRecognizer.Mention n = sen.mention(k + 1);
                if (n != null && n.actor() != null && !isPlace(n)) {
                    out.add(n.actor());
                    k = n.to();
                    continue;
                }
            }
            break;
        }
        return out;
    }

    /** Participles that, hyphened to a name, say where a thing is registered, based or made. */
    private static final Set<String> REGISTERED = Set.of("flagged", "registered", "based", "born", "owned", "made",
            "built", "headquartered", "listed");

    /**
     * "The Panama-flagged Marlow Star", "a Lisbon-based lender": a name hyphened to {@code -flagged},
     * {@code -based} and the like describes the noun after it, which is the subject, not the name.
     */
    private static boolean registeredIn(Tokens t, EntityRecognizer.Mention m) {
        int k = m.to();
        return k + 1 < t.size && t.lower[k].equals("-") && t.adjacent(k - 1) && t.adjacent(k)
                && REGISTERED.contains(t.lower[k + 1]);
    }

    /**
     * "LONDON - Thomas Cook, the travel company, went ...", "ESTCOURT, South Africa - Jacob Zuma ...": the places
     * of an article's dateline (capitals opening the first sentence, a spaced dash after them) are where the story
     * was filed, not its subject.
     */
    private static boolean inDateline(Sentence sen, EntityRecognizer.Mention m) {
        return m.to() <= datelineDash(sen.t, sen.s);
    }

    /** The spaced dash that closes the dateline opening the sentence; -1 when it opens with none. */
    private static int datelineDash(Tokens t, Sentences.Span s) {
        int from = s.from();
        if (t.shape[from] != Tokens.WORD || !t.isAllCaps(from)) {
            return -1;
        }
        for (int k = from + 1; k < Math.min(s.to() - 1, from + 6); k++) {
            if (t.lower[k].equals("-") && !t.adjacent(k - 1)) {
                return k;
            }
        }
        return -1;
    }

    /** True when the words of the sentence up to {@code end} are its dateline and the dash after it. */
    private static boolean datelineOnly(Sentence sen, int end) {
        Tokens t = sen.t;
        int from = sen.s.from();
        if (end - 1 <= from || !t.lower[end - 1].equals("-") || t.shape[from] != Tokens.WORD || !t.isAllCaps(from)) {
            return false;
        }
        for (int k = from + 1; k < end - 1; k++) {
            if (t.shape[k] == Tokens.WORD && !Character.isUpperCase(t.text.charAt(t.start[k]))) {
                return false;
            }
        }
        return true;
    }

    /** What one holds in a company: "shares in", "stakes in". */
    private static final Set<String> HOLDINGS = Set.of("shares", "stock", "stocks", "stake", "stakes", "bonds");

    /** True when the mention sits in a prepositional phrase of the clause (not a subject). */
    private static boolean preposed(Sentence sen, EntityRecognizer.Mention m, int clauseFrom) {
        Tokens t = sen.t;
        // the word that opens a subordinate clause ("after Canada said") is a conjunction, not a preposition
        int first = sen.clauses.kind(sen.clauses.of(clauseFrom)) == Clauses.Kind.MAIN ? clauseFrom : clauseFrom + 1;
        for (int k = m.from() - 1; k >= Math.max(first, m.from() - 4); k--) {
            String w = t.lower[k];
            if (sen.d.taken()[k]) {
                return false; // "in March ministers delayed": the preposition governs the date
            }
            if (Words.PREPOSITIONS.contains(w) && !w.equals("of")) {
                // "Shares in GameStop lost half their value": the company the shares are in is what moves
                if (w.equals("in") && k > clauseFrom && HOLDINGS.contains(t.lower[k - 1])) {
                    return false;
                }
                return !panelOf(t, k, clauseFrom);
            }
            if (!Words.DETERMINERS.contains(w) && !(t.shape[k] == Tokens.WORD && !Words.isPastVerb(t, k))) {
                return false;
            }
        }
        return false;
    }

    /** Nouns of bodies that sit inside or advise a larger one: "an advisory panel to the FDA", "a committee at the UN". */
    private static final Set<String> PANEL_NOUNS = Set.of("panel", "committee", "board", "council", "commission",
            "advisers", "advisors", "experts", "subcommittee", "taskforce");

    /**
     * "An advisory panel to the Food and Drug Administration will meet": a preposition ({@code to}, {@code at},
     * {@code within}) that ties a panel or committee to the body it serves does not take that body out of the
     * subject -- the panel acts for it.
     */
    private static boolean panelOf(Tokens t, int prep, int clauseFrom) {
        String w = t.lower[prep];
        if (!w.equals("to") && !w.equals("at") && !w.equals("within") || prep - 1 < clauseFrom) {
            return false;
        }
        return PANEL_NOUNS.contains(t.lower[prep - 1]);
    }

    /** Names just before a position, as an antecedent: "host Donald Trump and Kim Jong-un, who ...". */
    private static List<Entity> groupBefore(Sentence sen, int pos) {
        Tokens t = sen.t;
        List<Entity> out = new ArrayList<>();
        int k = pos - 1;
        if (k >= sen.s.from() && t.lower[k].equals(",")) {
            k--;
        }
        // "Steve Jobs, the company's co-founder, who died": "who" stands for the person the apposition describes
        if (pos < sen.s.to() && t.lower[pos].equals("who")) {
            EntityRecognizer.Mention person = personBeforeApposition(sen, k);
            if (person != null) {
                out.add(person.actor());
                return out;
            }
        }
        // "the agency's emergency committee, which met": the possessor stands for its body
        int j = k;
        while (j >= sen.s.from() && j > k - 4 && sen.mention(j) == null && t.shape[j] == Tokens.WORD
                && !Words.isPastVerb(t, j) && !t.lower[j].equals("'s")) {
            j--;
        }
        if (j < k && j >= sen.s.from() && t.lower[j].equals("'s") && sen.mention(j - 1) != null) {
            k = j - 1;
        }
        while (k >= sen.s.from()) {
            EntityRecognizer.Mention m = sen.mention(k);
            if (m == null || m.actor() == null) {
                break;
            }
            out.add(0, m.actor());
            k = m.from() - 1;
            if (k >= sen.s.from() && (t.lower[k].equals("and") || t.lower[k].equals(","))) {
                k--;
            } else {
                break;
            }
        }
        return out;
    }

    /**
     * The person named before an apposition that ends at token {@code k}: "Steve Jobs" in "Steve Jobs, the
     * company's co-founder"; null when the words before {@code k} are no apposition of a person.
     */
    private static EntityRecognizer.Mention personBeforeApposition(Sentence sen, int k) {
        Tokens t = sen.t;
        EntityRecognizer.Mention last = sen.mention(k);
        if (last != null) {
            return null; // a name right before "who"
        }
        for (int j = k; j > Math.max(sen.s.from(), k - 9); j--) {
            if (t.lower[j].equals(",")) {
                EntityRecognizer.Mention m = j - 1 >= sen.s.from() ? sen.mention(j - 1) : null;
                // a name the gazetteer does not know is a person's here, as "who" says
                return m != null && (m.entity().kind() == EntityKind.PERSON || m.entity().kind() == EntityKind.OTHER)
                        && m.actor() != null && j < k ? m : null;
            }
            if (t.shape[j] == Tokens.PUNCT && !t.lower[j].equals("-") && !t.lower[j].equals("'s")
                    || Words.isPastVerb(t, j)) {
                return null;
            }
        }
        return null;
    }

    /** Nouns that make "the two ..." people: "the two leaders", "the two men", "both presidents". */
    private static final Set<String> PEOPLE_NOUNS = Set.of("leaders", "men", "women", "presidents", "heads",
            "ministers", "rivals", "sides'", "premiers", "dictators", "statesmen");

    /**
     * "The two leaders last met in Vladivostok", "when the two men met": the two people the article names
     * most, leaders in office on the date first when the noun says leaders; empty when the words name no
     * people or the article names fewer than two.
     */
    private List<Entity> twoPeople(Sentence sen, int from, int to, DateValue date) {
        String noun = null;
        for (int k = from; k < to; k++) {
            if (PEOPLE_NOUNS.contains(sen.t.lower[k]) && k > from && (sen.t.lower[k - 1].equals("two")
                    || sen.t.lower[k - 1].equals("both"))) {
                noun = sen.t.lower[k];
            }
        }
        if (noun == null) {
            return List.of();
        }
        boolean leaders = !noun.equals("men") && !noun.equals("women") && !noun.equals("rivals");
        List<Map.Entry<Entity, Integer>> ranked = new ArrayList<>(sen.salience.people.entrySet());
        ranked.removeIf(e -> e.getKey().kind() != EntityKind.PERSON
                || leaders && gazetteer.officeOn(e.getKey(), date) == null
                && sen.d.roles().get(e.getKey()) != EntityRecognizer.Role.LEADER);
        if (ranked.size() < 2) {
            return List.of();
        }
        ranked.sort((a, b) -> b.getValue() - a.getValue());
        return List.of(ranked.get(0).getKey(), ranked.get(1).getKey());
    }

    private static boolean plural(Sentence sen, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = sen.t.lower[k];
            if (w.equals("their") || w.equals("they") || w.equals("both") || w.equals("two") && k > from
                    && sen.t.lower[k - 1].equals("the")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> STATES = Set.of("countries", "nations", "governments");

    /** "195 countries", "more than 100 nations": a number of states before the trigger, no name among them. */
    private static boolean manyStates(Sentence sen, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (STATES.contains(sen.t.lower[k]) && sen.t.shape[k - 1] == Tokens.NUMBER) {
                for (int j = from; j < to; j++) {
                    if (sen.mention(j) != null) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Where a gathering was: the city the sentence names, else the city the article has named most. */
    private static Entity gatheringPlace(Sentence sen) {
        for (EntityRecognizer.Mention m : sen.mentions) {
            if (venue(sen.t, m)) {
                return m.entity();
            }
        }
        return sen.salience.mostNamedPlace();
    }

    /** A city, or a name the gazetteer does not know written after "in" or "at" ("talks in Glasgow"). */
    private static boolean venue(Tokens t, EntityRecognizer.Mention m) {
        return m.entity().kind() == EntityKind.PLACE || m.entity().kind() == EntityKind.OTHER && m.from() > 0
                && (t.lower[m.from() - 1].equals("in") || t.lower[m.from() - 1].equals("at"));
    }

    private static boolean subjectPronoun(Sentence sen, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = sen.t.lower[k];
            if (w.equals("he") || w.equals("she") || w.equals("it") || w.equals("they") || w.equals("we")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Joe Biden and Xi Jinping agreed ... when they met": "they" in a later clause stands for the names
     * coordinated as the subject of an earlier clause of the sentence; empty when there is no such pair.
     */
    private List<Entity> pluralAntecedent(Sentence sen, int c, int limit) {
        boolean they = false;
        for (int k = sen.clauses.start(c); k < limit && !they; k++) {
            they = sen.t.lower[k].equals("they");
        }
        if (!they) {
            return List.of();
        }
        for (int e = c - 1; e >= 0; e--) {
            List<Entity> group = subjectOf(sen, e, sen.clauses.end(e));
            if (group.size() >= 2) {
                return group;
            }
        }
        return List.of();
    }

    /**
     * "he said", "it launched": a pronoun subject stands for the subject of an earlier clause of the
     * sentence, else for the latest subject of the article, a person for "he" and "she".
     */
    private Entity pronounSubject(Sentence sen, int c, int limit) {
        Tokens t = sen.t;
        for (int k = sen.clauses.start(c); k < limit; k++) {
            String w = t.lower[k];
            boolean personal = w.equals("he") || w.equals("she") || w.equals("his") || w.equals("her");
            boolean neutral = w.equals("it") || w.equals("its") || w.equals("they") || w.equals("their");
            if (!personal && !neutral) {
                continue;
            }
            Entity owner = w.equals("its") ? ownerOfIts(sen, c, k) : null;
            if (owner != null) {
                return owner;
            }
            for (int e = c - 1; e >= 0; e--) {
                for (Entity x : subjectOf(sen, e, sen.clauses.end(e))) {
                    // a name written as a thing ("X, which ...") is what "it" may stand for; "they" and "their"
                    // still look past a name that reads like a person's
                    boolean person = w.equals("it") || w.equals("its") ? sen.salience.person(x) : likelyPerson(x);
                    if (personal == (person && !(personal && x.kind() == EntityKind.OTHER && hasAcronym(x)))
                            && x.kind() != EntityKind.PLACE) {
                        return x;
                    }
                }
            }
            if (personal) {
                return sen.salience.protagonist();
            }
            // "seized SVB on Friday, two days after it announced": the organisation just named in the sentence
            if (w.equals("it") || w.equals("its")) {
                for (int j = k - 1; j >= sen.s.from(); j--) {
                    EntityRecognizer.Mention m = sen.mention(j);
                    if (m != null && m.actor() != null && (m.actor().kind() == EntityKind.ORGANIZATION
                            || m.actor().kind() == EntityKind.OTHER && !likelyPerson(m.actor()))
                            && !(m.from() > sen.s.from() && Words.PREPOSITIONS.contains(sen.t.lower[m.from() - 1]))) {
                        return m.actor();
                    }
                }
            }
            // "Its shares fell": a possessive points at the thing last named, a subject at the last subject
            if ((w.equals("its") || w.equals("their")) && sen.salience.recent != null) {
                return sen.salience.recent;
            }
            return sen.salience.other != null ? sen.salience.other : sen.salience.person;
        }
        return null;
    }

    /** "Air India", "Sriwijaya Air", "British Airways": an airline, by the words of its name. */
    private static boolean airline(Entity e) {
        for (String w : e.name().split(" ")) {
            if (w.equals("Air") || w.equals("Airlines") || w.equals("Airways")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "USA Gymnastics said that she would miss the final": a name with an acronym in it ("USA", "BBC") is a
     * body's, which "he" or "she" does not stand for.
     */
    private static boolean hasAcronym(Entity e) {
        for (String w : e.name().split(" ")) {
            if (w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "expect the European Central Bank to act when its governing council meets": "its" before the name of a
     * body's organ (council, board, members, shareholders) in a clause of its own belongs to the organisation
     * named last before that clause, not to the subject of the sentence; null when no organisation is named.
     */
    private static Entity ownerOfIts(Sentence sen, int c, int its) {
        if (c == 0 || its + 1 >= sen.s.to()) {
            return null;
        }
        boolean organ = false;
        for (int k = its + 1; k < Math.min(sen.s.to(), its + 4) && !organ; k++) {
            organ = ORGANS.contains(sen.t.lower[k]);
        }
        if (!organ) {
            return null;
        }
        for (int j = sen.clauses.start(c) - 1; j >= sen.s.from(); j--) {
            EntityRecognizer.Mention m = sen.mention(j);
            if (m != null && m.actor() != null && m.actor().kind() == EntityKind.ORGANIZATION) {
                return m.actor();
            }
        }
        return null;
    }

    /** The organs of a body that act for it: "its board", "its governing council", "its members". */
    private static final Set<String> ORGANS = Set.of("board", "council", "committee", "members", "shareholders",
            "judges", "justices", "directors", "executives", "governors", "delegates", "leadership");

    /**
     * "Space Oddity, a song about a stranded astronaut that was released in July 1969", in an article about a
     * singer: a work released with no company or person named for it is the work of the person the article
     * is about.
     */
    private static void addAuthor(Sentence sen, EventType type, List<Entity> actors) {
        if (type != EventType.PRODUCT_RELEASE || actors.stream().anyMatch(a -> a.kind() == EntityKind.ORGANIZATION
                || likelyPerson(a))) {
            return;
        }
        Entity author = sen.salience.protagonist();
        if (author != null && likelyPerson(author) && !actors.contains(author)) {
            actors.add(0, author);
        }
    }

    /**
     * The people named in clause {@code c}, its subject and its objects alike: "Macron received Scholz for talks" is a
     * meeting of both, whoever the participants of the noun turn out to be.
     */
    private static List<Entity> clauseNames(Sentence sen, int c) {
        List<Entity> out = new ArrayList<>();
        for (EntityRecognizer.Mention m : sen.mentions) {
            if (m.actor() != null && m.entity().kind() == EntityKind.PERSON && sen.clauses.of(m.from()) <= c) {
                out.add(m.actor());
            }
        }
        return out;
    }

    /** Titles of heads of state or government, which a story may use alone for its leader ("the new chancellor"). */
    private static final Set<String> HEAD_TITLES = Set.of("president", "chancellor", "premier", "king", "queen",
            "emperor");

    /**
     * 1 when a leader is named by a title alone before the trigger ("The new chancellor's first trip will take him to
     * Paris to meet President Macron"): not a title before a name, nor "president of" a body, nor a former,
     * deputy or elected one.
     */
    private static int untitledLeaders(Sentence sen, Trig g) {
        Tokens t = sen.t;
        for (int k = sen.s.from() + 1; k < g.from(); k++) {
            boolean title = HEAD_TITLES.contains(t.lower[k]) || t.lower[k].equals("minister") && t.lower[k - 1].equals("prime");
            String before = t.lower[k - 1];
            if (!title || sen.mention(k) != null || k + 1 < sen.s.to() && (t.isCapitalised(k + 1)
                    || t.lower[k + 1].equals("of") || t.lower[k + 1].equals("-"))) {
                continue;
            }
            int d = t.lower[k].equals("minister") ? k - 2 : k - 1;
            if (d > sen.s.from() && t.lower[d].equals("new")) {
                d--;
            }
            if (d >= sen.s.from() && (t.lower[d].equals("the") || t.lower[d].equals("its"))
                    && !before.equals("former") && !before.equals("vice") && !before.equals("deputy")) {
                return 1;
            }
        }
        return 0;
    }

    /** How many actors held a head-of-state or government office on the date, by the gazetteer or by their title. */
    private int leaders(Document d, List<Entity> actors, DateValue date) {
        int n = 0;
        Set<Entity> countries = new HashSet<>();
        for (Entity a : actors) {
            Entity c = gazetteer.officeOn(a, date);
            if (c != null && countries.add(c) || c == null && d.roles().get(a) == EntityRecognizer.Role.LEADER) {
                n++;
            }
        }
        return n;
    }

    /** The actors, each leader in office followed by the country they lead. */
    private List<Entity> withOffices(List<Entity> actors, DateValue date) {
        List<Entity> out = new ArrayList<>();
        for (Entity a : actors) {
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        for (Entity a : actors) {
            Entity c = gazetteer.officeOn(a, date);
            if (c != null && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ modality

    private static Modality modality(Sentence sen, Trig g, TemporalTagger.Hit h) {
        Tokens t = sen.t;
        Clauses cl = sen.clauses;
        int c = g.clause();
        int from = cl.start(c);
        // "No one has walked on the Moon since Apollo 17 in December 1972", "something no country has done since the
        // Soviet Union in 1976": not again since the dated one, which did happen
        boolean since = false;
        for (int k = g.to(); k < h.tokenFrom(); k++) {
            since |= t.lower[k].equals("since");
        }
        for (int k = g.from() - 1; k >= Math.max(from, g.from() - 4) && !since; k--) {
            String w = t.lower[k];
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                return Modality.NEGATED;
            }
            if (w.equals(",") || w.equals("and")) {
                break;
            }
        }
        // "had declined to make the declaration", "will miss tomorrow's final", "survived two impeachment votes":
        // what was refused, skipped or survived did not happen
        for (int k = g.from() - 1; k >= Math.max(from, g.from() - 8); k--) {
            String w = t.lower[k];
            if (w.equals(",") || w.equals(";") || w.equals("and") || w.equals("but")) {
                break;
            }
            if (REFUSALS.contains(w) || (w.equals("survived") || w.equals("survives")) && g.type() == EventType.RESIGNATION) {
                return Modality.NEGATED;
            }
        }
        // "next year, not this summer"
        if (h.tokenFrom() - 1 >= sen.s.from() && t.lower[h.tokenFrom() - 1].equals("not")) {
            return Modality.NEGATED;
        }
        // "two launch attempts ... were called off", "was scrubbed"
        int dc = cl.of(h.tokenFrom());
        for (int k = cl.start(Math.min(c, dc)); k < cl.end(Math.max(c, dc)); k++) {
            String w = t.lower[k];
            if (CANCELLED.contains(w) && (!w.equals("called") || k + 1 < sen.s.to() && t.lower[k + 1].equals("off"))
                    && cancels(sen, g, k)) {
                return Modality.NEGATED;
            }
            // "originally planned for 2007", "was initially due in May": only next to the event or its date
            if ((w.equals("originally") || w.equals("initially")) && (k < g.from() && g.from() - k <= 4
                    || k < h.tokenFrom() && h.tokenFrom() - k <= 4 || k >= g.to() && k - g.to() <= 3)) {
                return Modality.NEGATED;
            }
        }
        if (cancelledAfter(sen, g, Math.max(c, dc))) {
            return Modality.NEGATED;
        }
        if (cl.kind(c) == Clauses.Kind.CONDITION || cl.kind(0) == Clauses.Kind.CONDITION
                || t.lower[sen.s.from()].equals("if") || t.lower[sen.s.from()].equals("unless")) {
            return Modality.HYPOTHETICAL;
        }
        for (int k = g.from() - 1; k >= Math.max(from, g.from() - 5); k--) {
            String w = t.lower[k];
            if (MAYBE.contains(w) && !(w.equals("may") && t.isCapitalised(k))) {
                return Modality.HYPOTHETICAL;
            }
        }
        // "will name his cabinet": the modal may open the trigger itself
        for (int k = g.to() > g.from() + 1 ? g.from() : g.from() - 1; k >= Math.max(from, g.from() - 6); k--) {
            String w = t.lower[k];
            if (PLANNING.contains(w) || w.endsWith("'ll")
                    || w.equals("to") && k > sen.s.from() && TO_PLANNING.contains(t.lower[k - 1])) {
                return Modality.PLANNED;
            }
        }
        if (h.date().startDay().isAfter(sen.d.dct()) || laterToday(sen, g, h)) {
            return Modality.PLANNED;
        }
        return Modality.ASSERTED;
    }

    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "been", "be", "is", "are");

    /**
     * "The state visit, which was due to begin tomorrow, was postponed", "had hoped to visit the city in 1999,
     * but the trip was called off": a later clause of the sentence whose subject is the event -- the main clause
     * resumed after its aside, or a clause whose subject is a pronoun or a noun of the same kind of event -- and
     * whose verb is a passive of cancelling. Not when that subject names something else ("but the press
     * conference was cancelled" after a launch).
     */
    private static boolean cancelledAfter(Sentence sen, Trig g, int last) {
        Tokens t = sen.t;
        Clauses cl = sen.clauses;
        for (int j = last + 1; j < cl.count(); j++) {
            Clauses.Kind kind = cl.kind(j);
            if (kind != Clauses.Kind.RESUME && kind != Clauses.Kind.COORDINATE) {
                continue;
            }
            int from = cl.start(j);
            int k = from;
            while (k < cl.end(j) && (t.lower[k].equals(",") || t.lower[k].equals("but") || t.lower[k].equals("and"))) {
                k++;
            }
            int aux = k;
            while (aux < cl.end(j) && aux - k <= 3 && !PASSIVE_AUX.contains(t.lower[aux])) {
                aux++;
            }
            if (aux >= cl.end(j) || aux - k > 3) {
                continue;
            }
            // "was postponed", "were called off", "had been cancelled"
            int verb = aux + 1;
            if (verb < cl.end(j) && t.lower[verb].equals("been")) {
                verb++;
            }
            if (verb >= cl.end(j) || !CANCELLED.contains(t.lower[verb]) || t.lower[verb].equals("called")
                    && !(verb + 1 < sen.s.to() && t.lower[verb + 1].equals("off"))) {
                continue;
            }
            // whose subject: the resumed main clause of a nominal trigger, a pronoun, or the same kind of event
            boolean subject;
            if (aux == k) {
                // "LIMA - The state visit, which ..., was postponed": after a dateline the subject sits in an aside
                subject = kind == Clauses.Kind.RESUME && !g.verb() && (cl.kind(g.clause()) == Clauses.Kind.MAIN
                        || cl.kind(g.clause()) == Clauses.Kind.ASIDE);
                for (int i = g.clause() + 1; i < j && subject; i++) {
                    subject = cl.kind(i) == Clauses.Kind.RELATIVE || cl.kind(i) == Clauses.Kind.ASIDE;
                }
            } else if (aux - k == 1 && (t.lower[k].equals("it") || t.lower[k].equals("they"))) {
                subject = true;
            } else {
                subject = false;
                for (Trig o : sen.trigs) {
                    if (o != g && o.type() == g.type() && !o.verb() && o.from() >= k && o.to() <= aux) {
                        subject = true;
                    }
                }
                for (int w = k; w < aux && subject; w++) {
                    if (sen.mention(w) != null) {
                        subject = false;
                    }
                }
            }
            if (subject) {
                return true;
            }
        }
        return false;
    }

    /** Present-tense verbs that put an event of the publication day still ahead: "begin their exercises today". */
    private static final Set<String> STILL_AHEAD = Set.of("begin", "begins", "start", "starts", "gets", "get",
            "opens", "open", "gather", "gathers", "meet", "meets", "resume", "resumes", "kick", "kicks");

    /** "the marathon later today", "the tournament gets under way today": an event of the day still to come. */
    private static boolean laterToday(Sentence sen, Trig g, TemporalTagger.Hit h) {
        // "meet in Vientiane later this month", "resume this week": a week, month or year under way is still
        // ahead for what is yet to come in it; "Later today he travelled to Ur": a past tense already happened
        java.time.LocalDate dct = sen.d.dct();
        if (h.date().startDay().isAfter(dct) || h.date().endDay().isBefore(dct)
                || h.date().granularity() != Granularity.DAY && !h.date().granularity().isFinerOrEqual(Granularity.YEAR)
                || g.verb() && Words.isPastVerb(sen.t, g.from())) {
            return false;
        }
        if (sen.t.lower[h.tokenFrom()].equals("later")) {
            return true;
        }
        if (h.date().granularity() != Granularity.DAY) {
            return false;
        }
        int c = g.clause();
        for (int k = sen.clauses.start(c); k < Math.min(sen.clauses.end(c), g.to() + 2); k++) {
            if (STILL_AHEAD.contains(sen.t.lower[k]) && !(k > sen.s.from()
                    && Words.DETERMINERS.contains(sen.t.lower[k - 1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of cancelling at {@code k} cancels the event of trigger {@code g}: not when the word is the
     * event itself, a cancellation reported as such ("Volkswagen halted sales", "abandoned his campaign"), nor
     * when it is the trigger of another event ("halted its certification, two days before Russia invaded").
     * A cancelling verb typed as what it cancels ("the launch was postponed") keeps it cancelled.
     */
    private static boolean cancels(Sentence sen, Trig g, int k) {
        if (k >= g.from() && k < g.to()) {
            return g.type() != EventType.STATEMENT && g.type() != EventType.OTHER && g.type() != EventType.AGREEMENT
                    && g.type() != EventType.MEETING;
        }
        for (Trig o : sen.trigs) {
            if (o != g && o.type() != null && k >= o.from() && k < o.to() && o.type() != g.type()) {
                return false;
            }
        }
        return true;
    }

    /** "the day after the launch": an event named only to anchor a date is not reported again. */
    private static boolean isReference(Tokens t, Sentences.Span s, TriggerLexicon.Match m,
                                       List<TemporalTagger.Hit> dates) {
        int k = m.from() - 1;
        if (k >= s.from() && Words.DETERMINERS.contains(t.lower[k])) {
            k--;
        }
        if (k < s.from()) {
            return false;
        }
        String w = t.lower[k];
        // "two days before the death of": the event dated by an offset is no mere reference
        boolean offset = false;
        for (TemporalTagger.Hit h : dates) {
            offset |= h.tokenTo() == k + 1 && h.function().equals("offset") && h.timex().type() == TimexType.DATE
                    && (w.equals("after") || w.equals("before"));
        }
        return (w.equals("after") || w.equals("before") || w.equals("since") || w.equals("until")
                || w.equals("following")) && k < m.from() - 1 && !offset;
    }

    // ------------------------------------------------------------------ which type

    private static final Set<EventType> CAUSES_OF_DEATH = Set.of(EventType.ATTACK, EventType.AIR_STRIKE,
            EventType.DISASTER, EventType.CRASH, EventType.ACCIDENT);
    /** Leaders who are not heads of state or government: "business leaders met ...". */
    private static final Set<String> OTHER_LEADERS = Set.of("business", "religious", "opposition", "community",
            "party", "tribal", "union", "church", "student", "industry", "military", "rebel", "militia", "faith",
            "civic", "local", "congressional", "senate", "republican", "democratic", "world's", "tech", "corporate",
            "council", "group", "clan", "protest", "labour", "labor");

    /** "..., the European Union's Copernicus Climate Change Service said yesterday.": a long-named reporting clause. */
    private static boolean reportsWhatCameBefore(Sentence sen, TriggerLexicon.Match m) {
        String w = sen.t.lower[m.from()];
        if (!(w.equals("said") || w.equals("says") || w.equals("added") || w.equals("told"))) {
            return false;
        }
        for (int k = m.from() - 1; k >= Math.max(sen.s.from() + 1, m.from() - 12); k--) {
            if (sen.t.lower[k].equals(",")) {
                return true;
            }
            if (sen.mention(k) == null && (Words.isPastVerb(sen.t, k) || Words.MODALS.contains(sen.t.lower[k])
                    || sen.t.lower[k].equals("that"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "did so", "as it had on ...", "something no country has done since": a verb standing for the one before it,
     * with nothing after it but when or where ("the government had done everything" does something of its own).
     */
    private static boolean proVerb(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        String last = t.lower[m.to() - 1];
        if (last.equals("so")) {
            return m.to() - m.from() == 2;
        }
        if (!last.equals("had") && !last.equals("did") && !last.equals("done")) {
            return false;
        }
        String next = m.to() < sen.s.to() ? t.lower[m.to()] : ".";
        return t.shape[Math.min(m.to(), sen.s.to() - 1)] == Tokens.PUNCT || next.equals("since") || next.equals("in")
                || next.equals("on") || next.equals("at") || next.equals("before") || next.equals("last");
    }

    /**
     * RESIGNATION for a person removed ("Bob Smith had been removed with immediate effect", "removed Bob Smith"),
     * APPOINTMENT for a person replacing another ("was replaced by Jane Doe"); null when no person is named there.
     */
    private static EventType personChanged(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        boolean remove = t.lower[m.from()].startsWith("remov");
        int after = m.to();
        if (!remove && after < sen.s.to() && t.lower[after].equals("by")) {
            after++;
        } else if (!remove) {
            return null;
        }
        EntityRecognizer.Mention next = after < sen.s.to() ? sen.mention(after) : null;
        if (next != null && next.from() == after && likelyPerson(next.entity())) {
            return remove ? EventType.RESIGNATION : EventType.APPOINTMENT;
        }
        int k = m.from() - 1;
        while (remove && k > sen.s.from() && (PASSIVE_AUX.contains(t.lower[k]) || t.lower[k].startsWith("ha"))) {
            k--;
        }
        EntityRecognizer.Mention before = remove && k >= sen.s.from() && k < m.from() - 1 ? sen.mention(k) : null;
        return before != null && before.to() == k + 1 && likelyPerson(before.entity())
                && (m.to() >= sen.s.to() || !t.lower[m.to()].equals("from")) ? EventType.RESIGNATION : null;
    }

    /** "Jordan did so in 1994": the event of the verb it stands for, the latest one of the sentence before it. */
    private static EventType didSo(Sentence sen, TriggerLexicon.Match m) {
        for (int i = sen.trigs.size() - 1; i >= 0; i--) {
            Trig g = sen.trigs.get(i);
            boolean past = sen.t.lower[m.from()].equals("did") || sen.t.lower[m.to() - 1].equals("did");
            // "to scoop up samples and bring them back, something no country has done": an infinitive is a verb too
            boolean verb = g.verb() || g.from() > sen.s.from() && (sen.t.lower[g.from() - 1].equals("to")
                    || sen.t.lower[g.from() - 1].equals("and"));
            if (verb && g.to() <= m.from() && (!past || Words.isPastVerb(sen.t, g.from()))) {
                return g.type();
            }
        }
        return null;
    }

    /** Reports announced as work to be done, not as findings: "announced a review", "an inquiry". */
    private static final Set<String> UNDERTAKINGS = Set.of("review", "reviews", "study", "studies", "survey",
            "surveys", "audit", "audits", "inquiry", "inquiries", "assessment", "assessments", "census");

    /** "responded by announcing a task force": an -ing form after "by" is a verb. */
    private static boolean gerund(Sentence sen, int f) {
        if (f <= sen.s.from() || !sen.t.lower[f].endsWith("ing") || sen.t.lower[f].length() < 6) {
            return false;
        }
        String prev = sen.t.lower[f - 1];
        return prev.equals("by");
    }

    /**
     * "a rocket attack on the base killed two soldiers", "after the crash of a plane killed 157": the attack,
     * disaster or crash named as the subject, in the clause of the death a few words before it.
     */
    private EventType causeOfDeath(Sentence sen, TriggerLexicon.Match m) {
        int c = sen.clauses.of(m.from());
        // its own clause, or the clause it resumes across an aside ("The last disaster, in January 1934, killed")
        int from = sen.clauses.kind(c) == Clauses.Kind.RESUME ? sen.s.from() : sen.clauses.start(c);
        for (int k = m.from() - 1; k >= Math.max(from, m.from() - 14); k--) {
            if (sen.mention(k) != null || sen.d.taken()[k]) {
                continue;
            }
            EventType type = null;
            for (Trig g : sen.trigs) {
                if (g.from() == k && !g.verb()) {
                    type = g.type(); // typed in its place already: "The strike" after a sentence on drones
                }
            }
            TriggerLexicon.Match n = type != null ? null : triggers.longest(sen.t, k, m.from());
            if (n != null) {
                type = TriggerLexicon.typeIn(n.trigger(), sen.words());
            }
            if (type != null && CAUSES_OF_DEATH.contains(type)) {
                return type;
            }
        }
        // "the last comparable disaster ... killed": a word of the death's own context rules in its subject
        Set<String> subject = new HashSet<>();
        for (int k = Math.max(from, m.from() - 14); k < m.from(); k++) {
            subject.add(sen.t.lower[k]);
        }
        TriggerLexicon.ContextRule r = TriggerLexicon.specificRule(m.trigger(), subject);
        if (r != null && r.type() != null && CAUSES_OF_DEATH.contains(r.type())) {
            return r.type();
        }
        // "the stampede at the stadium in May 1971, when 200 people died", "the sinking in 2013, in which 300 died",
        // "an epidemic that began in 2010 killed": the cause is the noun the relative or when-clause hangs on
        Clauses.Kind kind = sen.clauses.kind(c);
        if (c > 0 && (kind == Clauses.Kind.WHEN || kind == Clauses.Kind.RELATIVE)) {
            int start = sen.clauses.start(c);
            for (int k = start - 1; k >= Math.max(sen.s.from(), start - 16); k--) {
                EventType type = causeNoun(sen, k, start);
                if (type != null) {
                    return type;
                }
            }
        }
        // "36 pilgrims died in a crush at the station", "were killed in the floods": the cause right after (not "died
        // in a climbing accident": a generic accident names no accident of the taxonomy's kinds)
        if (m.to() + 1 < sen.s.to() && sen.t.lower[m.to()].equals("in")) {
            for (int k = m.to() + 1; k < Math.min(sen.s.to(), m.to() + 4); k++) {
                if (sen.t.lower[k].startsWith("accident")) {
                    break;
                }
                EventType type = causeNoun(sen, k, sen.s.to());
                if (type != null) {
                    return type;
                }
            }
        }
        return null;
    }

    /** A noun naming a cause of death at token k (a blaze too: "fires in Victoria", "a fire at a mine"), or null. */
    private EventType causeNoun(Sentence sen, int k, int limit) {
        if (sen.mention(k) != null || sen.d.taken()[k]) {
            return null;
        }
        String w = sen.t.lower[k];
        if (w.equals("fire") || w.equals("fires") || w.equals("blaze")) {
            boolean wild = w.equals("fires") || WILDFIRE.stream().anyMatch(sen.words()::contains);
            return wild ? EventType.DISASTER : EventType.ACCIDENT;
        }
        TriggerLexicon.Match n = triggers.longest(sen.t, k, limit);
        if (n == null || n.trigger().type() == null) {
            return null;
        }
        EventType type = TriggerLexicon.typeIn(n.trigger(), sen.words());
        return type != null && CAUSES_OF_DEATH.contains(type) ? type : null;
    }

    /** Words of a volcano, a storm or an earthquake at work (not floods: a dam built against floods may fail alone). */
    private static final Set<String> NATURAL_FORCES = Set.of("volcano", "volcanic", "crater", "magma", "lava", "lahar",
            "eruption", "typhoon", "hurricane", "cyclone", "storm", "earthquake", "quake");

    /** A collapse or a structure giving way in a sentence that names a volcano, a storm or an earthquake. */
    private static boolean givesWayToNature(Sentence sen, TriggerLexicon.Match m) {
        String w = sen.t.lower[m.from()];
        boolean yields = w.startsWith("collaps") || (w.equals("gave") || w.equals("give") || w.equals("gives")
                || w.equals("given") || w.equals("giving")) && m.to() - m.from() == 2;
        return yields && sen.words().stream().anyMatch(NATURAL_FORCES::contains);
    }

    /** Verbs that carry an event named by their object: "staged a rally", "ended the session", "held talks". */
    private static final Set<String> SUPPORT = Set.of("staged", "stages", "stage", "held", "holds", "ended", "ends",
            "conducted", "conducts", "mounted", "mounts", "carried", "carries", "completed", "completes");

    /** Troops and police, the agents of a crackdown. */
    private static final Set<String> FORCES = Set.of("troops", "soldiers", "army", "police", "military", "policemen",
            "paratroopers", "militia", "militias", "forces", "guards", "gendarmes", "snipers", "officers");
    /** Nouns of killing that govern their victims: "the killing of hundreds of protesters". */
    private static final Set<String> KILLINGS = Set.of("killing", "killings", "massacre", "massacres", "murder",
            "murders", "slaughter", "shooting", "shootings");

    /**
     * "the killing of hundreds of protesters by troops": protesters who are the victims of a killing noun; "were
     * killed by the army": a death whose agent is troops or police.
     */
    private static boolean killedByForces(Sentence sen, TriggerLexicon.Match m, EventType type) {
        Tokens t = sen.t;
        if (type == EventType.PROTEST) {
            String w = t.lower[m.from()];
            if (!(w.startsWith("protester") || w.startsWith("protestor") || w.startsWith("demonstrator")
                    || w.startsWith("marcher"))) {
                return false;
            }
            boolean of = false;
            for (int k = m.from() - 1; k >= Math.max(sen.s.from(), m.from() - 6); k--) {
                if (t.lower[k].equals("of")) {
                    of = true;
                } else if (of && KILLINGS.contains(t.lower[k])) {
                    return true;
                } else if (t.shape[k] == Tokens.PUNCT && !t.lower[k].equals("-") || Words.isPastVerb(t, k)) {
                    return false; // "the massacre of pro-democracy protesters" reads across its hyphen
                }
            }
            return false;
        }
        // a death: "by" and troops or police right after it
        int k = m.to();
        if (k >= sen.s.to() || !t.lower[k].equals("by")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(sen.s.to(), k + 4); j++) {
            if (FORCES.contains(t.lower[j])) {
                return true;
            }
        }
        return false;
    }

    /** Words of a bombing on the ground: a bomb planted, carried or driven, or set off by militants. */
    private static final Set<String> GROUND_BOMBS = Set.of("suicide", "car", "truck", "lorry", "van", "roadside",
            "planted", "explosive", "explosives", "device", "pipe", "letter", "parcel", "nail", "backpack", "vest",
            "militant", "militants", "insurgent", "insurgents", "terrorist", "terrorists", "terror", "jihadist",
            "jihadists", "gunmen", "bomber", "detonated", "market", "cafe", "restaurant", "concert", "marathon");

    /**
     * "began bombing rebel positions", "the bombing of Hiroshima": a bombing (a verb, or the noun with no name before
     * it: not "the Pulwama bombing") in a sentence that names no bomb planted on the ground.
     */
    private static boolean bombingFromTheAir(Sentence sen, TriggerLexicon.Match m) {
        String w = sen.t.lower[m.from()];
        if (m.to() - m.from() != 1 || !(w.equals("bombing") || w.equals("bombings") || w.equals("bombed"))) {
            return false;
        }
        if (m.from() > sen.s.from() && sen.mention(m.from() - 1) != null) {
            return false; // "the Pulwama bombing", "the Oklahoma City bombing"
        }
        return sen.words().stream().noneMatch(GROUND_BOMBS::contains);
    }

    /** Words naming a vessel: "the cargo ship", "the MV Nyerere", "a sailing yacht". */
    private static final Set<String> VESSELS = Set.of("ship", "ships", "vessel", "vessels", "boat", "boats", "ferry",
            "ferries", "yacht", "yachts", "superyacht", "trawler", "trawlers", "tanker", "tankers", "freighter",
            "freighters", "dinghy", "dinghies", "canoe", "canoes", "barge", "barges", "submarine", "submersible", "mv",
            "hull", "liner", "steamer", "sailing", "fishing");

    /**
     * "the yacht went down at anchor", "the boat overturned shortly before midnight": a vessel named in the sentence
     * (or the one before, for an intransitive "overturned") that goes down or overturns with no object.
     */
    private static boolean vesselLost(Sentence sen, TriggerLexicon.Match m, TriggerLexicon.Trigger tr, boolean verb) {
        Tokens t = sen.t;
        String first = t.lower[m.from()];
        boolean objectless = m.to() >= sen.s.to() || sen.d.taken()[m.to()]
                || Words.PREPOSITIONS.contains(t.lower[m.to()]) || t.shape[m.to()] == Tokens.PUNCT
                || t.lower[m.to()].equals("and") || t.lower[m.to()].endsWith("ly"); // "overturned shortly before"
        if (tr.type() == EventType.CRASH && m.to() - m.from() == 2 && t.lower[m.to() - 1].equals("down")
                && (first.equals("went") || first.equals("go") || first.equals("goes") || first.equals("gone")
                || first.equals("going"))) {
            // the vessel is the subject: a few words before, in its own clause
            int c = sen.clauses.of(m.from());
            for (int k = m.from() - 1; k >= Math.max(sen.clauses.start(c), m.from() - 6); k--) {
                if (VESSELS.contains(t.lower[k])) {
                    return true;
                }
            }
            // a named vessel ("the Marine Electric went down") in a sentence about ships
            EntityRecognizer.Mention name = m.from() > sen.s.from() ? sen.mention(m.from() - 1) : null;
            return name != null && sen.words().stream().anyMatch(VESSELS::contains);
        }
        if (tr.type() == EventType.VERDICT && verb && first.startsWith("overturn") && objectless) {
            return sen.words().stream().anyMatch(VESSELS::contains)
                    || sen.previousWords().stream().anyMatch(VESSELS::contains);
        }
        return false;
    }

    /** Last words of names of structures, whose collapse is an accident: "the Morandi Bridge". */
    private static final Set<String> STRUCTURES = Set.of("bridge", "tower", "towers", "dam", "building", "mine",
            "house", "mall", "stadium", "hotel", "tunnel", "plaza", "centre", "center", "factory", "plant");

    /** A company or another named body that can fail (not a structure, a person or a place). */
    private static boolean firm(EntityRecognizer.Mention x) {
        if (x == null) {
            return false;
        }
        String name = x.entity().name();
        return x.entity().kind() == EntityKind.ORGANIZATION || x.entity().kind() == EntityKind.OTHER
                && !STRUCTURES.contains(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
    }

    /** "the Kick Polio Out of Africa campaign", "its Clean Seas campaign": a name, then "campaign". */
    private static boolean namedCampaign(Sentence sen, int k) {
        if (k < sen.s.to() && Words.DETERMINERS.contains(sen.t.lower[k])) {
            k++;
        }
        EntityRecognizer.Mention name = k < sen.s.to() ? sen.mention(k) : null;
        int after = name != null ? name.to() : -1;
        return name != null && (after < sen.s.to() && sen.t.lower[after].equals("campaign")
                || sen.t.lower[after - 1].equals("campaign"));
    }

    private static final Set<String> REPORT_NOUNS = Set.of("report", "study", "survey", "follow-up", "review",
            "audit", "analysis", "paper", "assessment", "investigation", "inquiry");
    private static final Set<String> FINDING_VERBS = Set.of("said", "says", "concluded", "concludes", "found",
            "finds", "showed", "shows", "warned", "warns", "estimated", "estimates");

    /** "a follow-up in December that year said", "the study found": a report noun is the subject of the verb. */
    private static boolean reportSays(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        if (m.to() - m.from() != 1 || !FINDING_VERBS.contains(t.lower[m.from()])) {
            return false;
        }
        int from = Math.max(sen.s.from(), m.from() - 8);
        for (int k = m.from() - 1; k >= from; k--) {
            String w = t.lower[k];
            if (sen.d.taken()[k] || inDate(sen, k)) {
                continue; // "a follow-up in December that year said"
            }
            boolean followUp = w.equals("up") && k - 2 >= from && t.lower[k - 1].equals("-")
                    && t.lower[k - 2].equals("follow");
            if ((REPORT_NOUNS.contains(w) || followUp) && !(k + 1 < m.from() && t.lower[k + 1].equals("of"))) {
                return true;
            }
            if (Words.isPastVerb(t, k) || t.shape[k] == Tokens.PUNCT || w.equals("that")
                    || Clauses.PRONOUNS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** "jailed on bribery charges", "imprisoned on suspicion of", "jailed pending trial": a detention. */
    private static boolean heldOnCharges(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        String w = t.lower[m.from()];
        if (!(w.equals("jailed") || w.equals("imprisoned"))) {
            return false;
        }
        for (int k = m.to(); k < Math.min(sen.s.to(), m.to() + 10); k++) {
            String x = t.lower[k];
            if (x.equals("for") || t.shape[k] == Tokens.PUNCT && !inDate(sen, k)) {
                return false; // "jailed for 25 years"
            }
            if (x.equals("pending") || x.equals("on") && k + 1 < sen.s.to() && (t.lower[k + 1].equals("suspicion")
                    || t.lower[k + 1].equals("remand"))) {
                return true;
            }
            if ((x.equals("charges") || x.equals("charge")) && k - 3 >= m.to()) {
                for (int j = k - 1; j >= k - 3; j--) {
                    if (t.lower[j].equals("on")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean inDate(Sentence sen, int k) {
        for (TemporalTagger.Hit h : sen.dates) {
            if (h.tokenFrom() <= k && k < h.tokenTo()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ENDING = Set.of("ended", "ends", "end", "ending", "concluded", "concludes",
            "completed", "completes", "finished", "wrapped");

    /** "ended its 12-year mission", "concluded a two-decade mission": a mission as the object of a verb of ending. */
    private static boolean missionEnded(Sentence sen, TriggerLexicon.Match m) {
        for (int k = m.from() - 1; k >= Math.max(sen.s.from(), m.from() - 6); k--) {
            String w = sen.t.lower[k];
            if (ENDING.contains(w)) {
                return true;
            }
            if (!nounPhraseWord(sen, k)) {
                return false;
            }
        }
        return false;
    }

    /** Worlds other than the Earth that a craft can orbit on arrival. */
    private static final Set<String> OTHER_WORLDS = Set.of("planet", "mars", "moon", "venus", "mercury", "jupiter",
            "saturn", "uranus", "neptune", "comet", "asteroid", "pluto", "ceres", "vesta", "titan");

    /** "went into orbit around the planet", "entered orbit around Mars": orbit insertion at another world. */
    private static boolean aroundAnotherWorld(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        if (!t.lower[m.to() - 1].equals("orbit") || m.to() >= sen.s.to() || !t.lower[m.to()].equals("around")) {
            return false;
        }
        for (int k = m.to() + 1; k < Math.min(sen.s.to(), m.to() + 4); k++) {
            if (OTHER_WORLDS.contains(t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COMPLETING = Set.of("complete", "completes", "completed", "completing", "close",
            "closes", "closed", "closing", "finalise", "finalised", "finalize", "finalized");
    private static final Set<String> TAKEOVER_WORDS = Set.of("acquire", "acquired", "acquires", "acquisition",
            "takeover", "buyout", "merger", "bought", "buy", "buys", "purchase");

    /** "complete the deal", "closed the transaction" in an article about an acquisition, the taxonomy's completion. */
    private static boolean completesATakeover(Sentence sen, TriggerLexicon.Match m) {
        int k = m.from() - 1;
        if (k >= sen.s.from() && Words.DETERMINERS.contains(sen.t.lower[k])) {
            k--;
        }
        return k >= sen.s.from() && k < m.from() - 1 && COMPLETING.contains(sen.t.lower[k])
                && sen.salience.writesAny(TAKEOVER_WORDS);
    }

    /** Words of fires in the open, which are disasters: "the forest fire", "the wildfire season". */
    private static final Set<String> WILDFIRE = Set.of("wildfire", "wildfires", "forest", "forests", "bush", "bushfire",
            "acres", "hectares", "vegetation", "brush", "grassland", "woodland", "firefighting", "hills", "hillside",
            "hillsides", "scrub", "scrubland");

    /**
     * "the fire", "a fire", "the Lakanal House fire" followed by its verb, a preposition or the end of the clause:
     * the noun fire, not the verb nor a compound ("fire safety", "fire crews").
     */
    private static boolean blaze(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        String w = t.lower[m.from()];
        int prev = m.from() - 1;
        if (!(w.equals("fire") || w.equals("fires")) || m.to() - m.from() != 1 || prev < sen.s.from()) {
            return false;
        }
        boolean determined = t.lower[prev].equals("the") || t.lower[prev].equals("a")
                || sen.mention(prev) != null && sen.mention(prev).to() == m.from();
        if (!determined) {
            return false;
        }
        int k = m.to();
        if (k >= sen.s.to() || t.shape[k] == Tokens.PUNCT) {
            return true;
        }
        String next = t.lower[k];
        return Words.PREPOSITIONS.contains(next) || Words.isPastVerb(t, k) || LIGHT.contains(next)
                || Words.MODALS.contains(next) || next.equals("that") || next.equals("which") || next.equals("and");
    }

    /** "took control of Scarborough Shoal", "took over the city": the object of taking control is a place. */
    private static boolean takesAPlace(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        String last = t.lower[m.to() - 1];
        if (!(last.equals("control") || last.equals("over"))) {
            return false;
        }
        int k = m.to();
        if (k < sen.s.to() && t.lower[k].equals("of")) {
            k++;
        }
        if (k < sen.s.to() && t.lower[k].equals("the")) {
            k++;
        }
        EntityRecognizer.Mention x = k < sen.s.to() ? sen.mention(k) : null;
        if (x != null) {
            String name = x.entity().name();
            return x.entity().kind() == EntityKind.PLACE || x.entity().kind() == EntityKind.COUNTRY
                    || PLACE_NOUNS.contains(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
        }
        return k < sen.s.to() && PLACE_NOUNS.contains(t.lower[k]);
    }

    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "capital", "village", "island", "islands",
            "province", "region", "territory", "border", "crossing", "airport", "port", "base", "reef", "shoal",
            "strait", "peninsula", "oilfield", "oilfields", "headquarters");

    /** People one telephones: "called the president", "called the victim's family". */
    private static final Set<String> CALLED_PEOPLE = Set.of("president", "family", "families", "leader", "leaders",
            "counterpart", "counterparts", "minister", "king", "queen", "chancellor", "pope", "widow", "mother",
            "father", "parents", "emperor", "premier", "governor", "mayor", "head", "crown", "sultan", "emir",
            "secretary", "chief", "winner", "victor", "candidate", "nominee", "president-elect");

    private static final Set<String> RELEASING = Set.of("freeing", "releasing", "unlocking", "funds", "funding",
            "money");

    /**
     * A declaration of emergency or disaster that releases money: approving an emergency or disaster declaration
     * (the federal step that pays for relief), or declaring a state of emergency or disaster in a sentence that
     * frees funds ("declared a state of emergency, freeing 20 million euros"). A state of emergency declared
     * alone stays a statement.
     */
    private static boolean releasingDeclaration(Sentence sen, TriggerLexicon.Match m) {
        String head = sen.t.lower[m.from()];
        boolean approves = head.startsWith("approv");
        if (!approves && !head.startsWith("declar")) {
            return false;
        }
        int end = Math.min(sen.s.to(), m.to() + 6);
        boolean emergency = head.startsWith("declaration") && m.from() > sen.s.from()
                && (sen.t.lower[m.from() - 1].equals("emergency") || sen.t.lower[m.from() - 1].equals("disaster"));
        boolean declaration = false;
        for (int k = m.to(); k < end; k++) {
            String w = sen.t.lower[k];
            if (w.equals("emergency") || w.equals("disaster")) {
                emergency = true;
            } else if (w.startsWith("declaration")) {
                declaration = emergency;
                break;
            } else if (w.equals(",") || w.equals("and")) {
                break;
            }
        }
        if (approves) {
            return declaration;
        }
        if (!emergency) {
            return false;
        }
        for (int k = m.to(); k < sen.s.to(); k++) {
            if (RELEASING.contains(sen.t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "called the revolt treason", "called it a mistake": a verb of calling whose object is a thing (or "it") names
     * what the speaker called it; a telephone call has a person at the other end.
     */
    private static boolean namesWhatItCalls(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        int k = m.to();
        if (m.to() - m.from() != 1 || k >= sen.s.to() || !t.lower[m.from()].startsWith("call")) {
            return false;
        }
        if (saysWhatItCalls(sen, m)) {
            return true;
        }
        String w = t.lower[k];
        if (w.equals("it") || w.equals("them") && k + 1 < sen.s.to() && Words.ARTICLES.contains(t.lower[k + 1])) {
            return true;
        }
        if (!Words.DETERMINERS.contains(w) || sen.mention(k + 1) != null) {
            return false;
        }
        // the head of the object: the last of its lower-case words
        int j = k + 1;
        while (j + 1 < sen.s.to() && j < k + 5 && !CALLED_PEOPLE.contains(t.lower[j])) {
            String next = t.lower[j + 1];
            if (next.equals("'s") || next.equals("'")) {
                j++; // "the victim's family"
                continue;
            }
            if (sen.mention(j + 1) != null || t.shape[j + 1] != Tokens.WORD
                    || !Character.isLowerCase(t.text.charAt(t.start[j + 1])) || Words.PREPOSITIONS.contains(next)
                    || Words.ARTICLES.contains(next) || next.equals("and")) {
                break;
            }
            j++;
        }
        return j < sen.s.to() && t.shape[j] == Tokens.WORD && !CALLED_PEOPLE.contains(t.lower[j]) && j + 1 < sen.s.to()
                && !Words.PREPOSITIONS.contains(t.lower[j + 1]) && t.shape[j + 1] != Tokens.PUNCT
                && !t.lower[j + 1].equals("to");
    }

    private static final Set<String> FINES = Set.of("fine", "fines", "penalty", "penalties");

    /** Verbs that only say or tell: never a ruling on a protest or an appeal by themselves. */
    private static final Set<String> PLAIN_SAYING = Set.of("said", "says", "say", "saying", "told", "tells", "tell",
            "telling", "announced", "announces", "announce", "announcing", "added", "warned", "warns");

    /** What a speaker says something in: "in a statement", "in a televised address". */
    private static final Set<String> SAID_IN = Set.of("statement", "address", "speech", "interview", "sermon",
            "broadcast", "tweet", "post", "communique", "communiqu\u00e9");

    /** Object pronouns of a person one calls something: "called him a traitor". */
    private static final Set<String> PERSON_PRONOUNS = Set.of("him", "her", "them", "me", "us");

    /**
     * "called the victory "a turning point"", "called him a traitor", "called today on all parties to ...",
     * "called the decision regrettable in a statement": naming what something is, in words quoted, with an article
     * after a personal pronoun, calling on someone after a date, or in a statement, address or speech, is said;
     * a telephone call is none of these.
     */
    private static boolean saysWhatItCalls(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        int end = sen.s.to();
        int k = m.to();
        for (TemporalTagger.Hit h : sen.dates) {
            if (h.tokenFrom() == k) {
                // "called today on all parties": a call on someone, dated in between
                return h.tokenTo() < end && (t.lower[h.tokenTo()].equals("on") || t.lower[h.tokenTo()].equals("for"));
            }
        }
        if (PERSON_PRONOUNS.contains(t.lower[k]) && k + 1 < end
                && (t.lower[k + 1].equals("a") || t.lower[k + 1].equals("an") || isQuoteMark(t, k + 1))) {
            return true; // "called him a martyr", "called her "a liar""
        }
        for (int j = k; j < Math.min(end, k + 14); j++) {
            String w = t.lower[j];
            if (w.equals(",") || w.equals(";") || w.equals("and") || w.equals("but") || w.equals("that")
                    || w.equals("to")) {
                return false;
            }
            if (isQuoteMark(t, j) && j > k && j <= k + 5) {
                return true; // "called the recapture "a historic day""
            }
            if (SAID_IN.contains(w) && j >= k + 3 && (t.lower[j - 1].equals("a") || t.lower[j - 1].equals("an")
                    || t.lower[j - 2].equals("a") || t.lower[j - 2].equals("an"))
                    && (t.lower[j - 2].equals("in") || t.lower[j - 3].equals("in"))) {
                return true; // "called the ban unfair in a statement"
            }
        }
        return false;
    }

    private static boolean isQuoteMark(Tokens t, int i) {
        if (t.shape[i] != Tokens.PUNCT) {
            return false;
        }
        String p = t.lower[i];
        return p.equals("\"") || p.equals("\u201c") || p.equals("\u201d");
    }

    /** Words that make a bloc's meeting one of ministers or officials, not of leaders. */
    private static final Set<String> NOT_LEADERS = Set.of("ministers", "minister", "finance", "foreign", "defence",
            "defense", "officials", "envoys", "ministerial", "trade", "health", "energy", "sherpas", "deputies",
            "central", "bankers", "governors");

    /** "The two leaders met", "NATO leaders will meet": heads of state or government as the subject. */
    private static boolean leadersMeet(Sentence sen, Trig g) {
        Tokens t = sen.t;
        // "a G20 gathering in Hamburg", "the NATO meeting": a bloc of states whose meetings are its leaders'
        int b = g.from() - 1;
        EntityRecognizer.Mention bloc = b >= sen.s.from() && !Words.isPastVerb(t, g.from()) ? sen.mention(b) : null;
        if (bloc != null && bloc.to() == g.from() && bloc.entity().kind() == EntityKind.ORGANIZATION
                && STATE_BLOCS.contains(bloc.entity().name())) {
            boolean ministers = false;
            for (int k = Math.max(sen.s.from(), bloc.from() - 2); k < Math.min(sen.s.to(), g.to() + 3); k++) {
                ministers |= NOT_LEADERS.contains(t.lower[k]);
            }
            if (!ministers) {
                return true;
            }
        }
        int from = Math.max(sen.s.from(), Math.max(sen.clauses.start(g.clause()) - 3, g.from() - 6));
        for (int k = g.from() - 1; k >= from; k--) {
            String w = t.lower[k];
            if ((w.equals("leaders") || w.equals("presidents")) && !(k > sen.s.from()
                    && OTHER_LEADERS.contains(t.lower[k - 1]))
                    && (!t.lower[k + 1].equals("of") || ofStates(sen, k + 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the two men met", "the leaders' third meeting, after talks in April": a pair the sentence names by "the two
     * men", "both leaders" or "the leaders'" before the meeting, in an article that has named two people in office
     * as heads of state or government on the meeting's date, is those two.
     */
    private boolean pairOfLeadersMeets(Sentence sen, Trig g, DateValue date) {
        Tokens t = sen.t;
        boolean pair = false;
        for (int k = sen.s.from() + 1; k < g.from() && !pair; k++) {
            String w = t.lower[k];
            String before = t.lower[k - 1];
            boolean two = before.equals("two") || before.equals("both");
            pair = two && (w.equals("men") || w.equals("leaders") || w.equals("presidents"))
                    || w.equals("leaders") && before.equals("the") && k + 1 < g.from() && t.lower[k + 1].equals("'");
        }
        if (!pair) {
            return false;
        }
        List<Entity> people = new ArrayList<>();
        for (EntityRecognizer.Mention m : sen.d.mentions()) {
            if (m.from() < sen.s.to() && m.entity().kind() == EntityKind.PERSON && !people.contains(m.entity())) {
                people.add(m.entity());
            }
        }
        return leaders(sen.d, people, date) >= 2;
    }

    /** Organisations whose leaders are heads of state or government: "leaders of the G20". */
    private static final Set<String> STATE_BLOCS = Set.of("G7", "G20", "NATO", "European Union", "ASEAN",
            "African Union", "BRICS", "Commonwealth", "Arab League", "Gulf Cooperation Council", "Quad");

    /** "the leaders of China and Taiwan", "leaders of the G20": the states or the bloc of states led, not a party. */
    private static boolean ofStates(Sentence sen, int k) {
        if (k < sen.s.to() && sen.t.lower[k].equals("the")) {
            k++;
        }
        EntityRecognizer.Mention x = k < sen.s.to() ? sen.mention(k) : null;
        return x != null && (x.entity().kind() == EntityKind.COUNTRY
                || x.entity().kind() == EntityKind.ORGANIZATION && STATE_BLOCS.contains(x.entity().name()));
    }

    // ------------------------------------------------------------------ what names no event

    /** Verbs of trying or asking: what they reach for ("tried to abandon", "applied to join") has not happened. */
    private static final Set<String> TRYING = Set.of("tried", "try", "tries", "trying", "attempted", "attempting",
            "sought", "seek", "seeks", "seeking", "applied", "apply", "applies", "applying", "wanted", "want", "wants");
    private static final Set<String> HABITUAL = Set.of("normally", "usually", "typically", "traditionally",
            "generally", "customarily", "routinely", "regularly", "annually");

    /** Words before "after" that make it an offset ("the day after the launch"), not a sequence of occasions. */
    private static final Set<String> OFFSET_WORDS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "hour", "hours", "minute", "minutes", "moments", "shortly", "soon", "just", "immediately", "long",
            "night", "morning", "afternoon", "evening", "weekend", "decade", "decades", "time", "before");
    private static final Set<EventType> OCCASION_TYPES = Set.of(EventType.MEETING, EventType.SUMMIT, EventType.CALL);

    /** "signed a statement today after the first meeting", "condemned Iran after a video call yesterday". */
    private static boolean occasionAfter(Sentence sen, TriggerLexicon.Match m) {
        if (m.trigger().type() == null || !OCCASION_TYPES.contains(m.trigger().type())) {
            return false;
        }
        int k = m.from() - 1;
        while (k > sen.s.from() && !sen.t.lower[k].equals("after") && m.from() - k <= 3) {
            k--;
        }
        // "after talks broke down": a clause, whose verb says what became of the talks
        boolean clause = m.to() < sen.s.to() && Words.isPastVerb(sen.t, m.to());
        return k > sen.s.from() && sen.t.lower[k].equals("after") && !OFFSET_WORDS.contains(sen.t.lower[k - 1])
                && sen.t.shape[k - 1] != Tokens.NUMBER && !clause;
    }

    /** An occasion named after "after" a dated event, a few words on, took place the same day: both are reported. */
    private void shareWithOccasions(Sentence sen, List<Trig> used, List<TemporalTagger.Hit> dates, Set<String> emitted,
                                    List<ExtractedEvent> out) {
        for (TriggerLexicon.Match o : sen.occasions) {
            for (int k = 0; k < used.size(); k++) {
                Trig main = used.get(k);
                TemporalTagger.Hit h = dates.get(k);
                int end = Math.max(main.to(), h.tokenTo());
                boolean near = o.from() >= end && o.from() - end <= 4 || o.to() <= h.tokenFrom()
                        && h.tokenFrom() - o.to() <= 1 && o.from() > main.to();
                EventType type = typeOf(sen, o, false);
                if (near && type != null && type != main.type() && !used.stream().anyMatch(g -> g.from() == o.from())) {
                    emit(sen, new Trig(o, type, false, sen.clauses.of(o.from())), h, emitted, out);
                    break;
                }
            }
        }
    }

    /** "crashed while landing at the airport": what was under way when the event of the clause before happened. */
    private static boolean circumstance(Sentence sen, TriggerLexicon.Match m) {
        int k = m.from() - 1;
        if (k <= sen.s.from() || !sen.t.lower[m.from()].endsWith("ing") || !sen.t.lower[k].equals("while")) {
            return false;
        }
        for (Trig g : sen.trigs) {
            if (g.verb() && g.strong() && g.type() != null && k - g.to() <= 3 && g.to() <= k) {
                return true;
            }
        }
        return false;
    }

    /** "when his contract ends in 2021": an agreement running out is no event of its own. */
    private static boolean expiry(Tokens t, Sentences.Span s, TriggerLexicon.Match m) {
        int k = m.to();
        if (k >= s.to() || m.trigger().type() != EventType.AGREEMENT) {
            return false;
        }
        String w = t.lower[k];
        return w.equals("ends") || w.equals("expires") || w.equals("lapses") || w.equals("runs") && k + 1 < s.to()
                && t.lower[k + 1].equals("out");
    }

    /** "tried to abandon the deal", "applied to join NATO": an event reached for is not reported as done. */
    private static boolean notDone(Sentence sen, TriggerLexicon.Match m) {
        EventType type = m.trigger().type();
        if (type == EventType.ATTACK || type == EventType.AIR_STRIKE) {
            return false; // "tried to kill him" reports the attempt on his life
        }
        int k = m.from() - 1;
        if (k > sen.s.from() && sen.t.lower[k].equals("be")) {
            k--;
        }
        return k > sen.s.from() && sen.t.lower[k].equals("to") && TRYING.contains(sen.t.lower[k - 1]);
    }

    /**
     * Dates that name no event: "Last year was the hottest on record, the agency said" (a date that is the subject
     * of "was" dates a state); "the meeting, normally held in the second quarter" (a habit, not an occasion).
     */
    private static boolean notAnEventDate(Sentence sen, Trig g, TemporalTagger.Hit h, ExtractedEvent e) {
        Tokens t = sen.t;
        int after = h.tokenTo();
        int before = h.tokenFrom() - 1;
        boolean subject = after + 1 < sen.s.to() && (t.lower[after].equals("was") || t.lower[after].equals("is")
                || t.lower[after].equals("were") || (t.lower[after].equals("had") || t.lower[after].equals("has"))
                && t.lower[after + 1].equals("been"))
                && (before < sen.s.from() || !Words.PREPOSITIONS.contains(t.lower[before]));
        if (subject && (g.clause() != sen.clauses.of(h.tokenFrom()) || e.type() == EventType.STATEMENT
                || e.type() == EventType.REPORT)) {
            return true;
        }
        // "security firms said a fresh wave could follow tomorrow", "sales will slip into the final quarter, analysts
        // said": a date in what is said, whose clause has a verb of its own, dates that verb, not the saying
        if (e.type() == EventType.STATEMENT && saidHasVerbOfItsOwn(sen, g, h)) {
            return true;
        }
        // "the so-called 1992 Consensus", "athletes for the Winter Olympics", "medals at the 2016 Games": a date
        // inside a name, between its article and a capitalised head, names the thing, not when an event happened
        if (after < sen.s.to() && t.shape[after] == Tokens.WORD && t.isCapitalised(after) && before >= sen.s.from()
                && (Words.ARTICLES.contains(t.lower[before]) || t.lower[before].equals("called"))
                && namesAThing(sen, after)) {
            return true;
        }
        // "won 40% of the vote, down from 57% five years ago": a figure compared with an earlier one
        for (int k = before; k >= Math.max(sen.s.from() + 1, before - 4); k--) {
            if (t.lower[k].equals("from") && (t.lower[k - 1].equals("down") || t.lower[k - 1].equals("up"))
                    || t.lower[k].equals("compared") || t.lower[k].equals("against") && k + 1 < sen.s.to()
                    && t.shape[k + 1] == Tokens.NUMBER) {
                return true;
            }
        }
        // "picketed for most of the summer", "throughout 2023": a span, not a date
        int b = before >= sen.s.from() && t.lower[before].equals("the") ? before - 1 : before;
        if (b >= sen.s.from() && (t.lower[b].equals("throughout") || b > sen.s.from()
                && t.lower[b].equals("of") && Set.of("most", "much", "all", "part").contains(t.lower[b - 1]))) {
            return true;
        }
        // "normally held in May": the adverb before the trigger or before the date
        for (int k = g.from() - 1; k >= Math.max(sen.s.from(), g.from() - 3); k--) {
            if (HABITUAL.contains(t.lower[k])) {
                return true;
            }
        }
        for (int k = before; k >= Math.max(sen.s.from(), before - 3); k--) {
            if (HABITUAL.contains(t.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The capitalised words from {@code from} end their noun phrase: "the 1992 Consensus, under which", "the 2016
     * Games and"; not "the 1994 Rwandan genocide" or "the 2008 Lehman collapse", where a common noun heads them.
     */
    private static boolean namesAThing(Sentence sen, int from) {
        Tokens t = sen.t;
        int k = from;
        while (k < sen.s.to() && t.shape[k] == Tokens.WORD && t.isCapitalised(k)) {
            k++;
        }
        if (k >= sen.s.to() || t.shape[k] == Tokens.PUNCT) {
            return true;
        }
        String w = t.lower[k];
        return Words.PREPOSITIONS.contains(w) || w.equals("and") || w.equals("or") || isModal(w)
                || Words.isVerbS(w) || Words.isPastVerb(t, k);
    }

    /**
     * The date lies in the complement of a saying verb ("said [that] ..."), or in the clause right before a
     * reporting clause ("..., analysts said"), and that clause has a finite verb of its own besides the date.
     */
    private static boolean saidHasVerbOfItsOwn(Sentence sen, Trig g, TemporalTagger.Hit h) {
        Clauses cl = sen.clauses;
        int dc = cl.of(h.tokenFrom());
        boolean complement = dc == g.clause() + 1 && cl.kind(dc) == Clauses.Kind.COMPLEMENT;
        boolean reported = dc == g.clause() - 1 && cl.kind(g.clause()) == Clauses.Kind.REPORTING;
        Tokens t = sen.t;
        // "the agency said 2023 was warmer than 2016": what is said, with no "that" to open a clause of its own
        boolean bare = dc == g.clause() && h.tokenFrom() > g.to() && Clauses.SPEECH.contains(t.lower[g.from()])
                && g.to() - g.from() == 1 && !Words.PREPOSITIONS.contains(t.lower[g.to()]);
        if (!complement && !reported && !bare) {
            return false;
        }
        // a bare complement has its subject first ("declared eradicated in 1980" has none: the saying is dated)
        for (int k = bare ? g.to() + 1 : cl.start(dc); k < (bare ? h.tokenFrom() : cl.end(dc)); k++) {
            if (k >= h.tokenFrom() && k < h.tokenTo() || t.shape[k] != Tokens.WORD) {
                continue;
            }
            String w = t.lower[k];
            if (isModal(w) || Words.isVerbS(w) || Words.isPastVerb(t, k) && !(k > cl.start(dc)
                    && Words.ARTICLES.contains(t.lower[k - 1]))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ which word carries the event

    /** Verbs whose object names the event they carry out: "carried out a nuclear test", "staged drills". */
    private static final Set<String> LIGHT_OBJECT = Set.of("conducted", "conduct", "conducts", "conducting", "staged",
            "stage", "stages", "staging", "held", "hold", "holds", "holding", "made", "make", "makes", "making", "gave",
            "give", "gives", "giving", "delivered", "deliver", "delivers", "performed", "perform", "undertook",
            "undertake", "undertaken");
    /** Verbs of beginning and ending whose object is the event: "ended three days of exercises". */
    private static final Set<String> PHASE_OBJECT = Set.of("began", "begin", "begins", "begun", "started", "start",
            "starts", "ended", "end", "ends", "completed", "complete", "completes", "finished", "resumed", "resume");
    /** Verbs that set a date for an event named before them: "elections, which he has scheduled for May 14". */
    private static final Set<String> SCHEDULING = Set.of("scheduled", "rescheduled", "slated", "planned");
    /** Nouns of quantity that an "of" joins to the head of their phrase: "three days of exercises". */
    private static final Set<String> QUANTITY = Set.of("days", "weeks", "months", "years", "hours", "series", "round",
            "rounds", "wave", "spate", "string", "number", "couple", "bout", "week", "day", "month", "year", "night",
            "nights");

    /** A noun that is its clause's predicate: the object of a verb that carries it out, begins or ends it. */
    private static boolean predicateNoun(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        if (t.lower[m.from()].endsWith("ing")) {
            return false; // "began giving vaccines": the gerund is a verb of its own
        }
        for (int k = m.from() - 1, n = 0; k >= sen.s.from() && n < 7; k--, n++) {
            String w = t.lower[k];
            if (LIGHT_OBJECT.contains(w) || PHASE_OBJECT.contains(w) || w.equals("out") && k > sen.s.from()
                    && t.lower[k - 1].startsWith("carr")) {
                // a verb, not "the end of", "late-stage", and one that has no event of its own ("began a campaign")
                return !(k > sen.s.from() && (Words.ARTICLES.contains(t.lower[k - 1]) || t.lower[k - 1].equals("-")))
                        && !t.lower[k + 1].equals("-") && !typedTriggerAt(sen, k);
            }
            if (!nounPhraseWord(sen, k)) {
                return false;
            }
        }
        return false;
    }

    private static boolean typedTriggerAt(Sentence sen, int k) {
        for (Trig g : sen.trigs) {
            if (g.type() != null && g.from() <= k && k < g.to()) {
                return true;
            }
        }
        return false;
    }

    /** A word that can stand inside a noun phrase before its head: "its sixth and most powerful", "three days of". */
    private static boolean nounPhraseWord(Sentence sen, int k) {
        Tokens t = sen.t;
        String w = t.lower[k];
        if (w.equals("of")) {
            return k > sen.s.from() && QUANTITY.contains(t.lower[k - 1]);
        }
        if (sen.d.taken()[k] || sen.mention(k) != null || t.shape[k] == Tokens.NUMBER
                || Words.DETERMINERS.contains(w) || w.equals("and") || w.equals("-")) {
            return true;
        }
        return t.shape[k] == Tokens.WORD && !Words.isPastVerb(t, k) && !Words.PREPOSITIONS.contains(w)
                && !Words.MODALS.contains(w) && !Clauses.PRONOUNS.contains(w) && !w.equals("that")
                && !w.equals("which") && !w.equals("who") && !LIGHT.contains(w);
    }

    /** The event trigger heading the noun phrase that starts at {@code from}, within a few words; null if none. */
    private TriggerLexicon.Match objectHead(Sentence sen, int from) {
        Tokens t = sen.t;
        for (int k = from; k < Math.min(sen.s.to(), from + 9); k++) {
            if (sen.mention(k) == null && !sen.d.taken()[k] && t.shape[k] == Tokens.WORD) {
                TriggerLexicon.Match n = triggers.longest(t, k, sen.s.to());
                if (n != null) {
                    EventType type = TriggerLexicon.typeIn(n.trigger(), sen.words());
                    return type != null && !Words.isPastVerb(t, k) && !t.lower[k].endsWith("ing") ? n : null;
                }
            }
            if (!nounPhraseWord(sen, k)) {
                return null;
            }
        }
        return null;
    }

    /**
     * A verb that names no event of its own and passes its date to the event it carries out, begins or ends:
     * "carried out its sixth nuclear test yesterday", "ended three days of exercises today", "became the first
     * president to be arrested in January", "the trial, which opened in October".
     */
    private boolean passesItsDate(Sentence sen, TriggerLexicon.Match m) {
        Tokens t = sen.t;
        String w = t.lower[m.from()];
        boolean carries = t.lower[m.to() - 1].equals("out") && w.startsWith("carr") || LIGHT_OBJECT.contains(w);
        if (carries || PHASE_OBJECT.contains(w) || reaching(t, m)) {
            TriggerLexicon.Match object = objectHead(sen, m.to());
            if (object != null && (carries || object.trigger().type() != EventType.SANCTIONS)) {
                return true;
            }
        }
        // "became the first sitting president to be arrested": the infinitive is the event
        if (w.startsWith("bec") && t.lower[m.to() - 1].equals("the")) {
            for (int k = m.to(); k < Math.min(sen.s.to(), m.to() + 10); k++) {
                if (t.lower[k].equals("to")) {
                    return true;
                }
                if (t.shape[k] == Tokens.PUNCT) {
                    return false;
                }
            }
        }
        // "the trial, which opened in October": a verb of opening or completing whose subject is an event
        if (PHASE_OBJECT.contains(w) || ASPECTUAL.contains(w) || reaching(t, m) || m.trigger().type() == null
                && (w.equals("opened") || w.equals("completed"))) {
            Trig subject = eventBefore(sen, m.from());
            if (subject != null && !(reaching(t, m) && punctuationBetween(t, subject.to(), m.from()))) {
                sen.passed.put(m.from(), subject);
                return true;
            }
        }
        return false;
    }

    /**
     * "reached Saturn", "reached $139 a barrel": a bare verb of reaching, which is the event of a spacecraft or a price
     * but passes its date to an event it reaches or that reaches something ("reached a tentative agreement", "an
     * accord reached in Minsk", "his letter of resignation reached Congress").
     */
    private static boolean reaching(Tokens t, TriggerLexicon.Match m) {
        return m.to() - m.from() == 1 && t.lower[m.from()].startsWith("reach");
    }

    private static boolean punctuationBetween(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.shape[k] == Tokens.PUNCT) {
                return true;
            }
        }
        return false;
    }

    /** The event noun a verb at {@code k} follows as its subject or antecedent, a few words back; null if none. */
    private static Trig eventBefore(Sentence sen, int k) {
        EntityRecognizer.Mention name = k > sen.s.from() ? sen.mention(k - 1) : null;
        if (name != null && !(name.from() > sen.s.from() && Words.PREPOSITIONS.contains(sen.t.lower[name.from() - 1]))) {
            return null; // "the fund Archegos collapsed": the name right before the verb is its subject
        }
        for (int i = sen.trigs.size() - 1; i >= 0; i--) {
            Trig g = sen.trigs.get(i);
            if (g.to() <= k && k - g.to() <= 12) {
                if (g.type() != null && !g.verb()) {
                    return g;
                }
                if (g.verb()) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The event a clause dates when its verb passes its date on or schedules it: "elections, which he set for May". */
    private static Trig passedTo(Sentence sen, int c) {
        for (int k = sen.clauses.start(c); k < sen.clauses.end(c); k++) {
            Trig g = sen.passed.get(k);
            if (g == null && SCHEDULING.contains(sen.t.lower[k]) && sen.clauses.kind(c) == Clauses.Kind.RELATIVE) {
                g = eventBefore(sen, sen.clauses.start(c));
            }
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    private static boolean overlaps(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }
}

package dev.dateline.bench.corpus;

import dev.dateline.extraction.Entity;
import dev.dateline.extraction.EntityKind;
import dev.dateline.extraction.Extractor;
import dev.dateline.schema.ArticleEvent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic news archive for the end-to-end benchmark: article {@code i} is the same for the
 * same seed on every machine, so the corpus is never stored, only regenerated.
 *
 * <p>Written to look like a wire archive rather than to flatter the merge step:
 * <ul>
 *   <li>articles are published in order over {@value #FIRST_YEAR}–{@value #LAST_YEAR}, 1 to 10 KB of
 *       body each (log-uniform, about 4 KB on average);</li>
 *   <li>each covers a <em>story</em> that two or three other outlets also cover within a day or so
 *       (mentions of one real event to merge), reports one to three events of its own, and recalls
 *       one to four older events from a shared pool of "history" with a skewed popularity (famous
 *       events are recalled by many articles, most by few);</li>
 *   <li>events have one of 24 types and actors and places drawn from the whole gazetteer (about
 *       800 names), so buckets (type, year) stay the size a real archive gives them;</li>
 *   <li>the rest is filler: sentences of the project's own sample articles with their names and
 *       years swapped for the article's, and neutral sentences that report nothing.</li>
 * </ul>
 */
public final class CorpusGenerator {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2025;
    static final int MIN_BODY = 1024;
    static final int MAX_BODY = 10 * 1024;

    private static final String[] OUTLETS = {"Harbour Post", "Meridian Wire", "Northern Ledger", "Daily Compass",
        "Capital Courier", "Atlas Times", "Evening Sentinel", "Pacific Record", "Continental Dispatch", "Metro Gazette",
        "Global Bulletin", "Riverside Herald"};
    private static final String[] ZONES = {"+00:00", "+01:00", "+02:00", "+09:00", "-05:00", "+05:30", "+08:00", "-08:00"};

    /** Event sentences of our own: {A} and {B} actors, {P} a place, {D} when. */
    private static final String[][] EVENTS = {
        {"{A} carried out a nuclear test {D}, according to seismologists in {P}.",
            "{A} conducted an underground nuclear test {D}, drawing condemnation from {B}."},
        {"{A} fired two ballistic missiles into the sea off {P} {D}, the defence ministry of {B} said.",
            "{A} test-fired a cruise missile {D} from a site near {P}."},
        {"{A} launched a weather satellite from {P} {D}.",
            "A rocket carrying a reconnaissance satellite for {A} lifted off from {P} {D}."},
        {"Leaders of {A} and {B} met at a summit in {P} {D}.",
            "{A} and {B} held a summit in {P} {D} but produced no joint statement."},
        {"Officials of {A} met their counterparts from {B} in {P} {D} to discuss the dispute.",
            "Negotiators from {A} and {B} held talks in {P} {D}."},
        {"{A} visited {P} {D}, the first such trip in a decade.",
            "A delegation led by {A} arrived in {P} {D}."},
        {"Voters in {A} went to the polls in a general election {D}.",
            "{A} held a presidential election {D}, with turnout near 60 per cent."},
        {"{A} imposed sanctions on {B} {D}, freezing assets held in {P}.",
            "{A} announced new tariffs on steel from {B} {D}."},
        {"The United Nations Security Council adopted a resolution on {A} {D}.",
            "The assembly condemned {A} {D} in a resolution backed by {B}."},
        {"{A} and {B} signed a trade agreement in {P} {D}.",
            "{A} signed a ceasefire with {B} {D} after talks in {P}."},
        {"Gunmen attacked a police station in {P} {D}, killing four officers, officials in {A} said.",
            "{A} launched an attack on positions held by {B} near {P} {D}."},
        {"An air strike by {A} hit a depot near {P} {D}.",
            "{A} carried out drone strikes on targets in {P} {D}."},
        {"{A} and {B} began joint military drills off {P} {D}.",
            "{A} held large-scale military exercises near {P} {D}."},
        {"{A} deployed 3,000 troops to {P} {D}.",
            "{A} sent troops to {P} {D} at the request of {B}."},
        {"An earthquake of magnitude 6.4 struck near {P} {D}, killing at least 30 people.",
            "Floods swept through {P} {D}, forcing thousands from their homes."},
        {"A ferry capsized off {P} {D} with 200 passengers on board.",
            "A bridge collapsed in {P} {D} during the evening rush."},
        {"A passenger jet crashed shortly after take-off from {P} {D}.",
            "A cargo plane went down near {P} {D}, killing its crew of three."},
        {"{A} was sworn in as president {D} in a ceremony in {P}.",
            "{A} appointed a new foreign minister {D}."},
        {"{A} resigned {D} after weeks of pressure from {B}.",
            "{A} stepped down as chief executive {D}."},
        {"Police in {P} arrested two suspects {D} in connection with the bombing.",
            "{A} was arrested in {P} {D} and charged with fraud."},
        {"A court in {P} sentenced the former minister to eight years in prison {D}.",
            "The supreme court of {A} ruled {D} that the law was unconstitutional."},
        {"Thousands of protesters marched through {P} {D}, demanding the resignation of {A}.",
            "Workers in {P} went on strike {D} over pay."},
        {"{A} acquired a 12 per cent stake in {B} {D} for about $2.1 billion.",
            "{A} agreed to buy {B} {D} in an all-cash takeover."},
        {"Shares of {A} fell 8 per cent {D} after a profit warning.",
            "{A} raised interest rates by a quarter point {D}."},
    };

    /** Headline words of each event type, in the order of {@link #EVENTS}. */
    private static final String[] HEADLINES = {"nuclear test", "missile launch", "satellite launch", "summit", "talks", "visit",
        "election", "sanctions", "UN resolution", "agreement", "attack", "air strike", "military drills", "troop deployment",
        "disaster", "accident", "plane crash", "new leader", "resignation", "arrest", "verdict", "protests", "takeover",
        "market move"};

    /** Sentences of our own that report nothing datable. */
    private static final String[] NEUTRAL = {
        "Analysts cautioned that the figures were preliminary and could be revised.",
        "The ministry did not respond to a request for comment.",
        "Diplomats described the atmosphere as cordial but cautious.",
        "Critics argue that the measures do little to address the underlying problem.",
        "The details of the arrangement have not been made public.",
        "Residents said they had grown used to such announcements.",
        "Several questions remain unanswered, according to people familiar with the matter.",
        "The government has repeatedly denied any wrongdoing.",
        "Markets reacted calmly, with most indices trading within a narrow range.",
        "Opposition lawmakers called for an independent inquiry.",
        "It is not clear how the plan would be financed.",
        "Observers expect the issue to dominate the coming session of parliament.",
        "The organisation said it was studying the proposal closely.",
        "Local officials urged people to stay calm and follow instructions.",
        "Neither side has published a full account of what was agreed.",
        "Economists say the long-term effects are hard to predict.",
        "The spokesman declined to give further details, citing security concerns.",
        "Humanitarian groups have warned of shortages of food and medicine.",
        "The move is widely seen as a response to domestic pressure.",
        "Experts said the technology was still years from being deployed at scale.",
    };

    private final long seed;
    private final int count;
    private final List<String> countries;
    private final List<String> people;
    private final List<String> organisations;
    private final List<String> places;
    private final Map<EntityKind, List<String>> byKind;
    private final List<SampleSentences.Template> samples;
    private final int historySize;

    /** A corpus of {@code count} articles; the history pool grows with it. */
    public CorpusGenerator(long seed, int count) {
        this(seed, count, Extractor.create().entities());
    }

    CorpusGenerator(long seed, int count, List<Entity> gazetteer) {
        this.seed = seed;
        this.count = count;
        this.countries = names(gazetteer, EntityKind.COUNTRY);
        this.people = names(gazetteer, EntityKind.PERSON);
        this.organisations = names(gazetteer, EntityKind.ORGANIZATION);
        this.places = names(gazetteer, EntityKind.PLACE);
        this.byKind = Map.of(EntityKind.COUNTRY, countries, EntityKind.PERSON, people,
                EntityKind.ORGANIZATION, organisations, EntityKind.PLACE, places);
        this.samples = SampleSentences.load(gazetteer);
        this.historySize = Math.max(2_000, count / 4);
    }

    private static List<String> names(List<Entity> gazetteer, EntityKind kind) {
        return gazetteer.stream().filter(e -> e.kind() == kind).map(Entity::name).distinct().sorted().toList();
    }

    public int count() {
        return count;
    }

    /** Article {@code i} (0-based) of the corpus. */
    public ArticleEvent article(int i) {
        return article(i, "a");
    }

    /**
     * Article {@code i} with ids in namespace {@code idPrefix}: the same text under another id is
     * another article, which the app processes afresh (the latency run publishes such copies).
     */
    public ArticleEvent article(int i, String idPrefix) {
        SplittableRandom r = new SplittableRandom(mix(seed, i));
        Instant published = publishedAt(i, r);
        LocalDate day = LocalDate.ofInstant(published, ZoneOffset.UTC);
        String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
        int target = (int) Math.round(MIN_BODY * Math.pow((double) MAX_BODY / MIN_BODY, r.nextDouble()));

        List<String> sentences = new ArrayList<>();
        Event story = story(i / 3 + (r.nextInt(4) == 0 ? 1 : 0), day);
        sentences.add(sentence(story, r, day, true));
        String title = titleOf(story);
        int own = 1 + r.nextInt(3);
        for (int k = 0; k < own; k++) {
            sentences.add(sentence(event(r, day, day.minusDays(r.nextInt(25))), r, day, true));
        }
        int recalled = 1 + r.nextInt(4);
        for (int k = 0; k < recalled; k++) {
            sentences.add(sentence(history(r, day), r, day, false));
        }
        Map<String, String> swaps = new HashMap<>();
        StringBuilder body = new StringBuilder(target + 256);
        int s = 0;
        while (body.length() < target || s < sentences.size()) {
            String next;
            if (s < sentences.size() && (s == 0 || r.nextInt(3) == 0 || body.length() > target)) {
                next = sentences.get(s++);
            } else if (r.nextInt(3) == 0) {
                next = sample(r, day, swaps);
            } else {
                next = NEUTRAL[r.nextInt(NEUTRAL.length)];
            }
            if (body.length() > 0) {
                body.append(r.nextInt(4) == 0 ? "\n\n" : " ");
            }
            body.append(next);
        }
        String id = idPrefix + "-" + i;
        return ArticleEvent.newBuilder()
                .setId(id)
                .setUrl("https://news.example/" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + day + "/" + id)
                .setSource(outlet)
                .setTitle(title)
                .setBody(body.toString())
                .setPublished(published)
                .setLanguage("en")
                .setRevision(1)
                .setFetched(published.plusSeconds(60 + r.nextInt(600)))
                .setTimezone(ZONES[r.nextInt(ZONES.length)])
                .build();
    }

    /**
     * Article {@code i} of the <em>state corpus</em>: about 1 KB made only of event sentences, each a
     * different event dated to a day between the years 1100 and 2025 (spread over some 22,000
     * buckets, so that they seldom merge and each costs little to merge). It fills the stores
     * quickly for the restore measurement; the main corpus is what throughput is measured on.
     */
    public ArticleEvent stateArticle(int i) {
        SplittableRandom r = new SplittableRandom(mix(seed ^ 0x57A7_E000L, i));
        Instant published = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(10L * i);
        LocalDate day = LocalDate.ofInstant(published, ZoneOffset.UTC);
        StringBuilder body = new StringBuilder();
        int events = 10 + r.nextInt(5);
        for (int k = 0; k < events; k++) {
            LocalDate date = LocalDate.of(1100 + r.nextInt(LAST_YEAR - 1100), 1 + r.nextInt(12), 1 + r.nextInt(28));
            Event e = event(r, day, date);
            String text = EVENTS[e.type()][e.variant()].replace("{A}", e.a())
                    .replace("{B}", e.b().equals(e.a()) ? "its neighbours" : e.b())
                    .replace("{P}", e.place())
                    .replace("{D}", "on " + month(date) + " " + date.getDayOfMonth() + ", " + date.getYear());
            body.append(k == 0 ? "" : " ").append(Character.toUpperCase(text.charAt(0))).append(text.substring(1));
        }
        String id = "s-" + i;
        return ArticleEvent.newBuilder()
                .setId(id).setUrl("https://archive.example/" + id).setSource("Archive").setTitle("From the archive " + i)
                .setBody(body.toString()).setPublished(published).setLanguage("en").setRevision(1)
                .setFetched(published).setTimezone("+00:00").build();
    }

    private Instant publishedAt(int i, SplittableRandom r) {
        long from = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long to = LocalDate.of(LAST_YEAR, 12, 31).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        double position = (i + r.nextDouble()) / Math.max(1, count);
        return Instant.ofEpochSecond(from + (long) ((to - from) * Math.min(1.0, position)));
    }

    /** What happened, to whom, where and when. */
    record Event(int type, int variant, String a, String b, String place, LocalDate date) {
    }

    /** The story covered by articles 3k…3k+2 (and a few neighbours): happened up to two days before the first. */
    private Event story(int k, LocalDate published) {
        SplittableRandom r = new SplittableRandom(mix(seed ^ 0x5EED_5702L, k));
        LocalDate first = LocalDate.ofInstant(publishedAt(3 * k, new SplittableRandom(mix(seed, 3L * k))), ZoneOffset.UTC);
        return event(r, published, first.minusDays(r.nextInt(3)));
    }

    /** One of the archive's older events; low indices are recalled far more often than high ones. */
    private Event history(SplittableRandom r, LocalDate before) {
        int index = (int) (historySize * Math.pow(r.nextDouble(), 1.6));
        SplittableRandom h = new SplittableRandom(mix(seed ^ 0x4157_0E11L, index));
        int year = 1950 + h.nextInt(Math.max(1, before.getYear() - 1950));
        LocalDate date = LocalDate.of(year, 1 + h.nextInt(12), 1 + h.nextInt(28));
        return event(h, before, date.isBefore(before) ? date : before.minusYears(1));
    }

    private Event event(SplittableRandom r, LocalDate published, LocalDate date) {
        int type = r.nextInt(EVENTS.length);
        return new Event(type, r.nextInt(EVENTS[type].length), actor(r), actor(r), places.get(r.nextInt(places.size())),
                date.isAfter(published) ? published : date);
    }

    private String actor(SplittableRandom r) {
        int kind = r.nextInt(10);
        List<String> from = kind < 5 ? countries : kind < 8 ? people : organisations;
        return from.get(r.nextInt(from.size()));
    }

    /** The event as a sentence; recent ones are dated relative to the publication day as news does. */
    private static String sentence(Event e, SplittableRandom r, LocalDate published, boolean recent) {
        String text = EVENTS[e.type()][e.variant()]
                .replace("{A}", e.a())
                .replace("{B}", e.b().equals(e.a()) ? "its neighbours" : e.b())
                .replace("{P}", e.place())
                .replace("{D}", recent ? recentDate(e.date(), published, r) : oldDate(e.date(), r));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String recentDate(LocalDate date, LocalDate published, SplittableRandom r) {
        long days = published.toEpochDay() - date.toEpochDay();
        if (days == 0) {
            return r.nextBoolean() ? "today" : "on " + weekday(date);
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days < 7) {
            return "on " + weekday(date);
        }
        return switch (r.nextInt(3)) {
            case 0 -> "on " + month(date) + " " + date.getDayOfMonth();
            case 1 -> "on " + date.getDayOfMonth() + " " + month(date);
            default -> "in " + month(date) + (date.getMonth() == published.getMonth() ? "" : " " + date.getYear());
        };
    }

    private static String oldDate(LocalDate date, SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> "in " + date.getYear();
            case 1 -> "in " + month(date) + " " + date.getYear();
            case 2 -> "on " + month(date) + " " + date.getDayOfMonth() + ", " + date.getYear();
            default -> "on " + date.getDayOfMonth() + " " + month(date) + " " + date.getYear();
        };
    }

    private static String weekday(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String titleOf(Event story) {
        return story.a() + ": " + HEADLINES[story.type()] + " in " + story.place();
    }

    /** A sample sentence with the article's own names (consistent within the article) and years. */
    private String sample(SplittableRandom r, LocalDate published, Map<String, String> swaps) {
        SampleSentences.Template t = samples.get(r.nextInt(samples.size()));
        StringBuilder b = new StringBuilder();
        for (SampleSentences.Part p : t.parts()) {
            if (p.isYear()) {
                b.append(published.getYear() - p.yearsBack());
            } else if (p.kind() != null) {
                List<String> pool = byKind.get(p.kind());
                b.append(pool == null ? p.text() : swaps.computeIfAbsent(p.text(), n -> pool.get(r.nextInt(pool.size()))));
            } else {
                b.append(p.text());
            }
        }
        return b.toString();
    }

    static long mix(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

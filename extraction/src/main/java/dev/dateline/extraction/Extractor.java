package dev.dateline.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dated events in news text. Immutable and thread-safe once built.
 *
 * <p>This first version reads years, month-year dates and "the following year"; the full engine
 * replaces its internals behind the same API.
 */
public final class Extractor {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\"“A-Z0-9]|\\s*$)");
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?"
                    + "((?:19|20)\\d\\d)\\b|\\bthe following year\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*(?:\\s+[\\p{L}][\\p{L}'’-]*)?");

    private final Map<String, EventType> triggers;
    private final Map<String, Entity> gazetteer;

    private Extractor(Map<String, EventType> triggers, Map<String, Entity> gazetteer) {
        this.triggers = Map.copyOf(triggers);
        this.gazetteer = Map.copyOf(gazetteer);
    }

    /** The engine with its bundled rules and gazetteers. */
    public static Extractor create() {
        Map<String, EventType> triggers = new HashMap<>();
        for (String[] row : readTable("triggers.tsv", 2)) {
            triggers.put(row[0].toLowerCase(Locale.ROOT), EventType.valueOf(row[1]));
        }
        Map<String, Entity> gazetteer = new HashMap<>();
        for (String[] row : readTable("gazetteer.tsv", 3)) {
            gazetteer.put(row[0].toLowerCase(Locale.ROOT), new Entity(row[1], EntityKind.valueOf(row[2])));
        }
        return new Extractor(triggers, gazetteer);
    }

    /** The canonical entity for a name or alias ({@code DPRK} gives North Korea), case-insensitive. */
    public Optional<Entity> resolveEntity(String nameOrAlias) {
        return Optional.ofNullable(gazetteer.get(nameOrAlias.trim().toLowerCase(Locale.ROOT)));
    }

    /** Time expressions in {@code text}, resolved against the document date. */
    public List<Timex> tag(String text, LocalDate documentDate) {
        List<Timex> found = new ArrayList<>();
        Integer focusYear = null;
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            DateValue value = normalise(m, focusYear);
            if (value != null) {
                found.add(new Timex(m.group(), m.start(), m.end(), TimexType.DATE, value.value()));
                focusYear = value.startDay().getYear();
            }
        }
        return found;
    }

    /** Time expressions and dated events in {@code text}, resolved against the document date. */
    public ExtractionResult extract(String text, LocalDate documentDate) {
        List<Timex> timexes = new ArrayList<>();
        List<ExtractedEvent> events = new ArrayList<>();
        Integer focusYear = null;
        int sentenceStart = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (sentenceStart < text.length()) {
            int sentenceEnd = end.find(sentenceStart) ? end.end() : text.length();
            String sentence = text.substring(sentenceStart, sentenceEnd);
            Matcher m = DATE.matcher(sentence);
            while (m.find()) {
                DateValue value = normalise(m, focusYear);
                if (value == null) {
                    continue;
                }
                timexes.add(new Timex(m.group(), sentenceStart + m.start(), sentenceStart + m.end(),
                        TimexType.DATE, value.value()));
                focusYear = value.startDay().getYear();
                ExtractedEvent event = eventIn(sentence, sentenceStart, value, m.group(),
                        sentenceStart + m.start(), sentenceStart + m.end());
                if (event != null) {
                    events.add(event);
                }
            }
            sentenceStart = skipSpace(text, sentenceEnd);
        }
        return new ExtractionResult(timexes, events);
    }

    private ExtractedEvent eventIn(String sentence, int offset, DateValue date, String dateText,
                                   int dateStart, int dateEnd) {
        EventType type = null;
        String trigger = null;
        LinkedHashSet<Entity> actors = new LinkedHashSet<>();
        Matcher w = WORD.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && w.find(from)) {
            String two = w.group().toLowerCase(Locale.ROOT);
            String one = two.split("\\s+")[0];
            Entity entity = gazetteer.get(two);
            int consumed = w.end();
            if (entity == null) {
                entity = gazetteer.get(one);
                consumed = w.start() + one.length();
            }
            if (entity != null) {
                actors.add(entity);
            } else if (type == null && triggers.containsKey(one)) {
                type = triggers.get(one);
                trigger = one;
            }
            from = Math.max(consumed, w.start() + 1);
        }
        if (type == null) {
            return null;
        }
        Entity location = actors.stream().filter(e -> e.kind() == EntityKind.PLACE).findFirst().orElse(null);
        List<Entity> participants = actors.stream().filter(e -> e.kind() != EntityKind.PLACE).toList();
        String title = titleOf(type, participants, location);
        return new ExtractedEvent(date, dateText, dateStart, dateEnd, type, trigger, title, participants, location,
                sentence.strip(), offset + leadingSpace(sentence), offset + sentence.stripTrailing().length(),
                0.5, Modality.ASSERTED);
    }

    private static String titleOf(EventType type, List<Entity> actors, Entity location) {
        StringBuilder title = new StringBuilder();
        String name = type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        title.append(name);
        if (!actors.isEmpty()) {
            title.append(": ").append(String.join(", ", actors.stream().map(Entity::name).toList()));
        }
        if (location != null) {
            title.append(" in ").append(location.name());
        }
        return title.toString();
    }

    private static DateValue normalise(Matcher m, Integer focusYear) {
        if (m.group(2) == null) {
            return focusYear == null ? null : year(focusYear + 1);
        }
        int year = Integer.parseInt(m.group(2));
        if (m.group(1) == null) {
            return year(year);
        }
        YearMonth ym = YearMonth.of(year, java.time.Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
        return new DateValue(ym.toString(), Granularity.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    private static DateValue year(int year) {
        return new DateValue(Integer.toString(year), Granularity.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static List<String[]> readTable(String resource, int columns) {
        InputStream in = Extractor.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing extraction resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + columns
                            + " tab-separated columns, found " + row.length);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}

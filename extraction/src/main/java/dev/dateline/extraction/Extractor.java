package dev.dateline.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds dated events in news text. Immutable and thread-safe once built: build one and share it.
 *
 * <p>A text is tokenised once; time expressions are matched through a trie of the rules in
 * {@code timex-rules.txt} and normalised against the publication date and the date in focus;
 * actors and places come from the gazetteer and a few name heuristics; events are read around the
 * trigger words of {@code triggers.tsv}. Everything runs in time linear in the length of the text.
 */
public final class Extractor {

    /** Texts longer than this are cut here: no news article is near it, and memory stays bounded. */
    public static final int MAX_TEXT_LENGTH = 8 * 1024 * 1024;

    private final TemporalTagger tagger;
    private final Gazetteer gazetteer;
    private final EntityRecognizer recognizer;
    private final EventExtractor events;
    /** Refines the rules' events of each text; null: the rules' events are the result. */
    private final EventRefiner refiner;

    private Extractor(TemporalTagger tagger, Gazetteer gazetteer, EntityRecognizer recognizer, EventExtractor events,
                      EventRefiner refiner) {
        this.tagger = tagger;
        this.gazetteer = gazetteer;
        this.recognizer = recognizer;
        this.events = events;
        this.refiner = refiner;
    }

    /** The engine with its bundled rules and gazetteers. */
    public static Extractor create() {
        return create(null);
    }

    /**
     * The engine with its bundled rules and gazetteers, plus every {@code *.tsv} gazetteer in
     * {@code userGazetteerDir} (same columns as the bundled {@code gazetteer.tsv}; read in name
     * order, later entries override earlier ones). A null directory adds nothing.
     */
    public static Extractor create(Path userGazetteerDir) {
        TemporalTagger tagger = new TemporalTagger(Resources.bundled("timex-words.tsv"),
                Resources.bundled("timex-rules.txt"), Resources.bundled("timex-filters.tsv"));
        List<List<Resources.Line>> tables = new ArrayList<>();
        tables.add(Resources.bundled("gazetteer.tsv"));
        if (userGazetteerDir != null) {
            try (Stream<Path> files = Files.list(userGazetteerDir)) {
                files.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted()
                        .forEach(f -> tables.add(Resources.file(f)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer directory " + userGazetteerDir, e);
            }
        }
        Gazetteer gazetteer = new Gazetteer(tables, Resources.bundled("context-aliases.tsv"));
        EntityRecognizer recognizer = new EntityRecognizer(gazetteer, Resources.bundled("titles.tsv"),
                Resources.bundled("instruments.tsv"));
        EventExtractor events = new EventExtractor(new TriggerLexicon(Resources.bundled("triggers.tsv")), gazetteer,
                Resources.bundled("event-titles.tsv"));
        return new Extractor(tagger, gazetteer, recognizer, events, null);
    }

    /**
     * The canonical entity for a name or alias, case-insensitively: {@code DPRK}, {@code North Korea}
     * and {@code Pyongyang} all give North Korea (a capital stands for its government here; use
     * {@link #resolvePlace} for the city).
     */
    public Optional<Entity> resolveEntity(String nameOrAlias) {
        Gazetteer.Entry e = gazetteer.lookup(Objects.requireNonNull(nameOrAlias, "nameOrAlias"));
        if (e == null) {
            return Optional.empty();
        }
        return Optional.of(e.standsFor() != null && e.entity().kind() == EntityKind.PLACE ? e.standsFor() : e.entity());
    }

    /** The entity a name denotes as a place where things happen ({@code Hanoi} stays Hanoi). */
    public Optional<Entity> resolvePlace(String nameOrAlias) {
        Gazetteer.Entry e = gazetteer.lookup(Objects.requireNonNull(nameOrAlias, "nameOrAlias"));
        return e == null ? Optional.empty() : Optional.of(e.entity());
    }

    /** Every canonical entity the gazetteers know, bundled first. */
    public List<Entity> entities() {
        return gazetteer.entities();
    }

    /** Time expressions in {@code text}, resolved against the document date. */
    public List<Timex> tag(String text, LocalDate documentDate) {
        Analysis a = analyse(text, documentDate);
        List<Timex> out = new ArrayList<>(a.hits.size());
        for (TemporalTagger.Hit h : a.hits) {
            out.add(h.timex());
        }
        return out;
    }

    /** Time expressions and dated events in {@code text}, resolved against the document date. */
    public ExtractionResult extract(String text, LocalDate documentDate) {
        Analysis a = analyse(text, documentDate);
        List<Timex> timexes = new ArrayList<>(a.hits.size());
        for (TemporalTagger.Hit h : a.hits) {
            timexes.add(h.timex());
        }
        boolean[] taken = taken(a);
        EntityRecognizer.Found names = recognizer.findAll(a.tokens, taken, a.sentences);
        EventExtractor.Document document = new EventExtractor.Document(a.tokens, a.sentences, a.hits,
                names.mentions(), taken, documentDate, names.roles());
        List<ExtractedEvent> found = events.extract(document);
        if (refiner != null) {
            Reading reading = Reading.of(a.tokens, a.sentences, a.hits, names.mentions(), found);
            found = Objects.requireNonNull(refiner.refine(a.tokens.text, reading, List.copyOf(found)),
                    "the refiner returned null");
            // a refiner retypes without the rules' reasons for participants: a country's own vote names the country
            found = events.nationalElections(document, reading, found);
        }
        return new ExtractionResult(timexes, found);
    }

    /**
     * This engine with the choice of the trigger each date attaches to made by a trained model instead of the
     * hand-set rules (null: the rules); everything else is shared.
     */
    public Extractor withAttachment(AttachmentModel model) {
        return new Extractor(tagger, gazetteer, recognizer, events.withModel(model), refiner);
    }

    /**
     * This engine with every text's events refined by {@code refiner} after the rules (null: the rules' events, as
     * {@link #create()}); everything else is shared. The refiner is called from the extracting thread, once per text.
     * Its events are the result, but for one rule the rules apply to their own elections: an {@code ELECTION} in a
     * sentence that names a country's own vote ("the general election") gains the country the text has named most
     * up to there, when the refiner left it out.
     */
    public Extractor withRefiner(EventRefiner refiner) {
        return new Extractor(tagger, gazetteer, recognizer, events, refiner);
    }

    /** Every choice of a trigger for a date made while extracting {@code text}: the material to train a model on. */
    public List<AttachmentModel.Choice> attachmentChoices(String text, LocalDate documentDate) {
        Analysis a = analyse(text, documentDate);
        boolean[] taken = taken(a);
        EntityRecognizer.Found names = recognizer.findAll(a.tokens, taken, a.sentences);
        List<AttachmentModel.Choice> out = new ArrayList<>();
        events.extract(new EventExtractor.Document(a.tokens, a.sentences, a.hits, names.mentions(), taken, documentDate,
                names.roles()), out::add);
        return out;
    }

    /** As {@link #extract(String, LocalDate)}, with the publication day taken in the publisher's own zone. */
    public ExtractionResult extract(String text, ZonedDateTime published) {
        return extract(text, published.toLocalDate());
    }

    private record Analysis(Tokens tokens, List<Sentences.Span> sentences, List<TemporalTagger.Hit> hits) {
    }

    /** The tokens inside a time expression, which no name or trigger may use. */
    private static boolean[] taken(Analysis a) {
        boolean[] taken = new boolean[a.tokens.size];
        for (TemporalTagger.Hit h : a.hits) {
            for (int k = h.tokenFrom(); k < h.tokenTo(); k++) {
                taken[k] = true;
            }
        }
        return taken;
    }

    private Analysis analyse(String text, LocalDate documentDate) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentDate, "documentDate");
        String t = text.length() > MAX_TEXT_LENGTH ? text.substring(0, MAX_TEXT_LENGTH) : text;
        Tokens tokens = Tokens.of(t);
        List<Sentences.Span> sentences = Sentences.split(tokens);
        List<TemporalTagger.Hit> hits = tagger.tag(tokens, tagger.classify(tokens), sentences, documentDate);
        return new Analysis(tokens, sentences, hits);
    }
}

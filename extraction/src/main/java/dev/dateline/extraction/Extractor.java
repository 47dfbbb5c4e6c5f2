package dev.dateline.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds dated events in news text. Immutable and thread-safe once built.
 */
public final class Extractor {

    private final TemporalTagger tagger;

    private Extractor(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    /** The engine with its bundled rules and gazetteers. */
    public static Extractor create() {
        return new Extractor(new TemporalTagger(Resources.bundled("timex-words.tsv"),
                Resources.bundled("timex-rules.txt"), Resources.bundled("timex-filters.tsv")));
    }

    public Optional<Entity> resolveEntity(String nameOrAlias) {
        return Optional.empty();
    }

    /** Time expressions in {@code text}, resolved against the document date. */
    public List<Timex> tag(String text, LocalDate documentDate) {
        Tokens t = Tokens.of(text);
        List<Sentences.Span> sentences = Sentences.split(t);
        List<Timex> out = new ArrayList<>();
        for (TemporalTagger.Hit h : tagger.tag(t, tagger.classify(t), sentences, documentDate)) {
            out.add(h.timex());
        }
        return out;
    }

    public ExtractionResult extract(String text, LocalDate documentDate) {
        return new ExtractionResult(tag(text, documentDate), List.of());
    }
}

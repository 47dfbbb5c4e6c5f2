package dev.dateline.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lab's window on package-private parts of the engine: the sentences of a text, the time expressions that
 * can date an event (a date value, not a TIMEX3 "ref", not a bare clock time: the engine's first test), and the
 * names the engine recognises in each sentence. Built from the same bundled resources as {@link Extractor#create()}.
 */
public final class LabAnalysis {

    /** A sentence: character span, the actors named in it (engine order, deduplicated), the first place named as where. */
    public record Sentence(int start, int end, List<Entity> actors, Entity place) {
    }

    /** A time expression that can date an event, its sentence (index) and the date the tagger gives it. */
    public record Dated(Timex timex, int sentence, DateValue date) {
    }

    public record Text(List<Sentence> sentences, List<Dated> dates) {
    }

    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "a", "m", "p", "gmt", "utc", "local", "time",
            "et", "bst", "cet", "jst", "kst", "h", "hrs", "hours", "at");

    private final TemporalTagger tagger = new TemporalTagger(Resources.bundled("timex-words.tsv"),
            Resources.bundled("timex-rules.txt"), Resources.bundled("timex-filters.tsv"));
    private final EntityRecognizer recognizer = new EntityRecognizer(
            new Gazetteer(List.of(Resources.bundled("gazetteer.tsv")), Resources.bundled("context-aliases.tsv")),
            Resources.bundled("titles.tsv"), Resources.bundled("instruments.tsv"));

    public Text analyse(String text, LocalDate documentDate) {
        Tokens t = Tokens.of(text);
        List<Sentences.Span> spans = Sentences.split(t);
        List<TemporalTagger.Hit> hits = tagger.tag(t, tagger.classify(t), spans, documentDate);
        boolean[] taken = new boolean[t.size];
        for (TemporalTagger.Hit h : hits) {
            for (int k = h.tokenFrom(); k < h.tokenTo(); k++) {
                taken[k] = true;
            }
        }
        int[] sentenceOf = new int[t.size];
        List<List<Entity>> actors = new ArrayList<>();
        Entity[] places = new Entity[spans.size()];
        for (int s = 0; s < spans.size(); s++) {
            for (int k = spans.get(s).from(); k < spans.get(s).to(); k++) {
                sentenceOf[k] = s;
            }
            actors.add(new ArrayList<>());
        }
        for (EntityRecognizer.Mention m : recognizer.findAll(t, taken, spans).mentions()) {
            int s = sentenceOf[m.from()];
            Entity a = m.actor() != null ? m.actor() : m.entity();
            if (!actors.get(s).contains(a)) {
                actors.get(s).add(a);
            }
            if (m.locative() && places[s] == null) {
                places[s] = m.entity();
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int s = 0; s < spans.size(); s++) {
            Sentences.Span sp = spans.get(s);
            sentences.add(new Sentence(t.start[sp.from()], t.end[sp.to() - 1], actors.get(s), places[s]));
        }
        List<Dated> dates = new ArrayList<>();
        for (TemporalTagger.Hit h : hits) {
            if (h.date() != null && !h.function().equals("ref") && !isClockTime(h.timex().text())) {
                dates.add(new Dated(h.timex(), sentenceOf[h.tokenFrom()], h.date()));
            }
        }
        return new Text(sentences, dates);
    }

    /**
     * As the engine's test ({@code EventExtractor.isClockTime}, private): digits around a colon or dot, and no other
     * words than clock words. A copy on purpose: the lab also runs against older engines' classes (the fair fold of
     * lab/reader/run.sh), which cannot lend it.
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
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (!w.isEmpty() && !CLOCK_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }
}

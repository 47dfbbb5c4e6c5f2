package dev.dateline.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the engine read in a text, for an {@link EventRefiner}: its sentences and every (sentence, date expression)
 * unit that can date an event, with the rules' events each unit dates.
 *
 * @param sentences the sentences, in text order
 * @param units     the units, in text order (by the start of the date expression)
 */
public record Reading(List<Sentence> sentences, List<Unit> units) {

    public Reading {
        sentences = List.copyOf(sentences);
        units = List.copyOf(units);
    }

    /**
     * A sentence.
     *
     * @param start  its offset in the text (Java String index)
     * @param end    its end (exclusive)
     * @param actors the actors named in it, in the engine's order, each once (a place standing for a government
     *               as that government)
     * @param place  the first place named in it as where something happens, or null
     */
    public record Sentence(int start, int end, List<Entity> actors, Entity place) {

        public Sentence {
            actors = List.copyOf(actors);
        }
    }

    /**
     * A date expression that can date an event, in its sentence: one the tagger found with a date value (not a
     * reference such as "now", not a bare clock time), or one an event of the rules is dated by that the tagger
     * did not give (a date the engine made itself).
     *
     * @param sentence the index of its sentence in {@link #sentences()}
     * @param start    the date expression's offset in the text
     * @param end      its end (exclusive)
     * @param text     the date expression as written
     * @param date     its date: the date of the rules' events it dates when they have one, else the tagger's
     * @param events   the indices, in the rules' events, of the events it dates (ascending; often none)
     */
    public record Unit(int sentence, int start, int end, String text, DateValue date, List<Integer> events) {

        public Unit {
            events = List.copyOf(events);
        }
    }

    /** A unit under construction: its events are added one by one, its date may change. */
    private static final class Draft {
        final int sentence;
        final int start;
        final int end;
        final String text;
        DateValue date;
        final List<Integer> events = new ArrayList<>();

        Draft(int sentence, int start, int end, String text, DateValue date) {
            this.sentence = sentence;
            this.start = start;
            this.end = end;
            this.text = text;
            this.date = date;
        }
    }

    /** The reading of an analysed text: its tokens, sentences, time expressions, names and the rules' events. */
    static Reading of(Tokens t, List<Sentences.Span> spans, List<TemporalTagger.Hit> hits,
                      List<EntityRecognizer.Mention> mentions, List<ExtractedEvent> events) {
        int[] sentenceOf = new int[t.size];
        List<List<Entity>> actors = new ArrayList<>(spans.size());
        Entity[] places = new Entity[spans.size()];
        for (int s = 0; s < spans.size(); s++) {
            for (int k = spans.get(s).from(); k < spans.get(s).to(); k++) {
                sentenceOf[k] = s;
            }
            actors.add(new ArrayList<>());
        }
        for (EntityRecognizer.Mention m : mentions) {
            int s = sentenceOf[m.from()];
            Entity a = m.actor() != null ? m.actor() : m.entity();
            if (!actors.get(s).contains(a)) {
                actors.get(s).add(a);
            }
            if (m.locative() && places[s] == null) {
                places[s] = m.entity();
            }
        }
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (int s = 0; s < spans.size(); s++) {
            Sentences.Span sp = spans.get(s);
            sentences.add(new Sentence(t.start[sp.from()], t.end[sp.to() - 1], actors.get(s), places[s]));
        }
        // the tagger's dates that can date an event, keyed by start (the first of several at one start)
        Map<Integer, Draft> byStart = new TreeMap<>();
        for (TemporalTagger.Hit h : hits) {
            if (h.date() != null && !h.function().equals("ref") && !EventExtractor.isClockTime(h.timex().text())) {
                byStart.putIfAbsent(h.timex().start(), new Draft(sentenceOf[h.tokenFrom()], h.timex().start(),
                        h.timex().end(), h.timex().text(), h.date()));
            }
        }
        // each event to the unit of its date expression; a date the engine made itself ("three days later") is a
        // unit of its own; the first event at a unit gives it the engine's date when the tagger's differs
        for (int i = 0; i < events.size(); i++) {
            ExtractedEvent e = events.get(i);
            Draft u = byStart.get(e.dateStart());
            if (u == null) {
                u = new Draft(sentenceAt(sentences, e.start()), e.dateStart(), e.dateEnd(), e.dateText(), e.date());
                byStart.put(e.dateStart(), u);
            }
            if (u.events.isEmpty() && !u.date.value().equals(e.date().value())) {
                u.date = e.date();
            }
            u.events.add(i);
        }
        List<Unit> units = new ArrayList<>(byStart.size());
        for (Draft d : byStart.values()) {
            if (d.sentence >= 0) {
                units.add(new Unit(d.sentence, d.start, d.end, d.text, d.date, d.events));
            }
        }
        return new Reading(sentences, units);
    }

    /** The index of the sentence that holds character offset {@code offset}, or -1. */
    static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}

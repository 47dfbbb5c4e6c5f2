package dev.dateline.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dates a reader counts from an event the article has already dated, where the tagger, which counts
 * only from dates, finds none: "Hours before the test" and "on the day of the eruption" are the day
 * of the test or the eruption, "the day after the fire" the day after it, "on election night" the
 * day of the election; "the same morning" and
 * "Later that evening" the day the story was last at. The event named is looked up by its words in
 * the sentences before ("the test" in "carried out a nuclear test yesterday"); a phrase that names
 * none, or one not found, counts from the latest day the article dated.
 */
final class AnchoredDates {

    private AnchoredDates() {
    }

    private static final Set<String> SHORT = Set.of("hours", "minutes", "moments");
    private static final Set<String> DAY_PARTS = Set.of("day", "morning", "afternoon", "evening", "night");
    private static final Set<String> OPENERS = Set.of("the", "its", "his", "her", "their", "a", "an", "this", "that");
    private static final Set<String> STOP = Set.of("the", "its", "his", "her", "their", "a", "an", "this", "that",
            "of", "in", "on", "at", "to", "and", "was", "were", "had", "has", "have", "been", "first", "last",
            "final", "official", "formal", "news", "same", "new", "big", "main", "which", "who", "with", "from", "for");

    /**
     * The dates of sentence {@code s} that count from an earlier event, for phrases no hit of the tagger
     * covers. {@code sentenceHits}: every hit of the sentence; {@code usable}: those that date events ("the
     * June contract" does not); {@code days}: the usable day-fine dates of
     * the article up to here, in reading order (this sentence's included); {@code sentences} to read the
     * words of the sentence each came from.
     */
    static List<TemporalTagger.Hit> find(Tokens t, Sentences.Span s, int sentence, List<TemporalTagger.Hit> sentenceHits,
                                         List<TemporalTagger.Hit> usable, List<TemporalTagger.Hit> days,
                                         List<Sentences.Span> sentences) {
        List<TemporalTagger.Hit> out = new ArrayList<>();
        for (int i = s.from(); i < s.to(); i++) {
            if (covered(sentenceHits, i)) {
                continue;
            }
            String w = t.lower[i];
            int from = i;
            int anchor = -1; // first token of the named event
            int shift = 0;
            int end;
            // "on January 14, the day after its chief executive stepped down": the day written before the comma is
            // the day after the event that follows, which is dated the day before it
            TemporalTagger.Hit apposed = w.equals("day") && i + 2 < s.to() && i > s.from()
                    && t.lower[i - 1].equals("the") && (t.lower[i + 1].equals("after") || t.lower[i + 1].equals("before"))
                    ? appositive(t, s, usable, i - 1) : null;
            if (apposed != null) {
                LocalDate d = apposed.date().startDay().plusDays(t.lower[i + 1].equals("after") ? -1 : 1);
                DateValue date = DateValues.day(d);
                int start = t.start[i - 1];
                int stop = t.end[i + 1];
                Timex x = new Timex(t.text.substring(start, stop), start, stop, TimexType.DATE, date.value());
                out.add(new TemporalTagger.Hit(x, i - 1, i + 2, sentence, date, "offset"));
                i++;
                continue;
            }
            if (SHORT.contains(w) && i + 1 < s.to() && (t.lower[i + 1].equals("before") || t.lower[i + 1].equals("after"))
                    && !(i > s.from() && (t.shape[i - 1] == Tokens.NUMBER || t.lower[i - 1].equals("for")
                    || t.lower[i - 1].equals("than")))) {
                // "Hours before the ceremony, saboteurs ...", "Minutes after the blast"
                anchor = i + 2;
                end = anchorEnd(t, s, anchor);
            } else if (w.equals("day") && i + 2 < s.to() && i > s.from() && t.lower[i - 1].equals("the")
                    && (t.lower[i + 1].equals("after") || t.lower[i + 1].equals("before") || t.lower[i + 1].equals("of"))
                    && OPENERS.contains(t.lower[i + 2])) {
                // "the day after the fire", "on the day of the eruption"
                from = i - 1;
                shift = t.lower[i + 1].equals("after") ? 1 : t.lower[i + 1].equals("before") ? -1 : 0;
                anchor = i + 2;
                end = anchorEnd(t, s, anchor);
            } else if (w.equals("same") && i + 1 < s.to() && i > s.from() && t.lower[i - 1].equals("the")
                    && DAY_PARTS.contains(t.lower[i + 1])) {
                from = i - 1; // "the same morning"
                end = i + 2;
            } else if (i + 1 < s.to() && i > s.from() && t.lower[i - 1].equals("on") && t.shape[i] == Tokens.WORD
                    && !STOP.contains(w) && !t.isCapitalised(i) && w.length() > 3
                    && (t.lower[i + 1].equals("night") || t.lower[i + 1].equals("day"))) {
                // "on election night", "on polling day": the day of the election the article dated
                anchor = i;
                end = i + 2;
            } else if (w.equals("that") && i + 1 < s.to() && i > s.from() && t.lower[i - 1].equals("later")
                    && DAY_PARTS.contains(t.lower[i + 1]) && !t.lower[i + 1].equals("day")) {
                from = i - 1; // "Later that evening"
                end = i + 2;
            } else {
                continue;
            }
            if (end < 0 || covered(sentenceHits, from) || covered(sentenceHits, end - 1)) {
                continue;
            }
            // "in April last year, minutes after launch": a phrase after the sentence's own date refines it
            TemporalTagger.Hit own = null;
            boolean coarser = false;
            for (TemporalTagger.Hit h : usable) {
                if (h.tokenTo() <= from && h.date() != null) {
                    own = h;
                    coarser = h.date().granularity() != Granularity.DAY;
                }
            }
            if (coarser) {
                continue;
            }
            TemporalTagger.Hit base = own;
            if (base == null && anchor >= 0) {
                base = named(t, t.lower[end - 1].equals("night") || t.lower[end - 1].equals("day") ? anchor : end - 1,
                        days, sentences, sentence);
            }
            // a phrase naming no event ("the same morning") or a noun phrase the article dated nowhere: the
            // latest day; a clause the article dated nowhere ("before Air Force One landed") is left undated
            if (base == null && (anchor < 0 || OPENERS.contains(t.lower[anchor]))) {
                base = latest(days, from);
            }
            if (base == null) {
                continue;
            }
            LocalDate day = base.date().startDay().plusDays(shift);
            DateValue date = DateValues.day(day);
            int start = t.start[from];
            int stop = t.end[end - 1];
            Timex x = new Timex(t.text.substring(start, stop), start, stop, TimexType.DATE, date.value());
            out.add(new TemporalTagger.Hit(x, from, end, sentence, date, "anchor"));
            i = end - 1;
        }
        return out;
    }

    /**
     * The day-fine date written right before the comma at {@code the - 1} ("January 14, the day after ..."),
     * which the phrase from {@code the} stands beside as an apposition; null when there is none.
     */
    private static TemporalTagger.Hit appositive(Tokens t, Sentences.Span s, List<TemporalTagger.Hit> usable, int the) {
        if (the - 1 <= s.from() || !t.lower[the - 1].equals(",")) {
            return null;
        }
        for (TemporalTagger.Hit h : usable) {
            if (h.tokenTo() == the - 1 && h.date() != null && h.date().granularity() == Granularity.DAY) {
                return h;
            }
        }
        return null;
    }

    /** Where the named event ends: a noun phrase's last word, or a clause up to its comma; -1 when unclear. */
    private static int anchorEnd(Tokens t, Sentences.Span s, int anchor) {
        if (anchor >= s.to()) {
            return -1;
        }
        if (OPENERS.contains(t.lower[anchor])) {
            int k = anchor + 1;
            while (k < s.to() && k - anchor <= 3 && t.shape[k] == Tokens.WORD && !Words.PREPOSITIONS.contains(t.lower[k])
                    && !t.lower[k].equals("that") && !t.lower[k].equals("and") && !Words.isPastVerb(t, k)) {
                k++;
            }
            return k > anchor + 1 ? k : -1;
        }
        // "Hours before Air Force One landed, police ...": a short clause closed by a comma
        for (int k = anchor; k < s.to() && k - anchor <= 7; k++) {
            if (t.lower[k].equals(",")) {
                return k > anchor ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The day of the event named by its head word {@code head}: the latest earlier mention of the word
     * ("eruption", "erupted") next to a day ("Saturday's eruption"), else the day nearest its latest
     * mention in a sentence that dates a day; null when the article dates no such mention.
     */
    private static TemporalTagger.Hit named(Tokens t, int head, List<TemporalTagger.Hit> days,
                                            List<Sentences.Span> sentences, int sentence) {
        String stem = stem(t.lower[head]);
        TemporalTagger.Hit fallback = null;
        for (int j = sentence - 1; j >= 0; j--) {
            Sentences.Span s = sentences.get(j);
            for (int k = s.from(); k < s.to(); k++) {
                if (t.shape[k] != Tokens.WORD || !stem.equals(stem(t.lower[k]))) {
                    continue;
                }
                TemporalTagger.Hit best = null;
                int distance = Integer.MAX_VALUE;
                for (TemporalTagger.Hit h : days) {
                    int dist = Math.min(Math.abs(h.tokenFrom() - k), Math.abs(h.tokenTo() - 1 - k));
                    if (h.sentence() == j && dist < distance) {
                        best = h;
                        distance = dist;
                    }
                }
                if (best != null && distance <= 4) {
                    return best;
                }
                if (best != null && fallback == null) {
                    fallback = best;
                }
            }
        }
        return fallback;
    }

    /** "erupt" for "eruption" and "erupted", "land" for "landed" and "landing": a word's first five letters. */
    private static String stem(String w) {
        return w.length() <= 5 ? (w.endsWith("s") ? w.substring(0, w.length() - 1) : w) : w.substring(0, 5);
    }

    /** The latest day dated before token {@code before}. */
    private static TemporalTagger.Hit latest(List<TemporalTagger.Hit> days, int before) {
        for (int j = days.size() - 1; j >= 0; j--) {
            if (days.get(j).tokenTo() <= before) {
                return days.get(j);
            }
        }
        return null;
    }

    /** True when a date (not a length: "Hours" is one) of the tagger covers token {@code k}. */
    private static boolean covered(List<TemporalTagger.Hit> hits, int k) {
        for (TemporalTagger.Hit h : hits) {
            if (k >= h.tokenFrom() && k < h.tokenTo() && h.timex().type() != TimexType.DURATION) {
                return true;
            }
        }
        return false;
    }
}

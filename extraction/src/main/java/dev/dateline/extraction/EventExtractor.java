package dev.dateline.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads events off sentences that carry a usable date: each trigger takes the nearest date of its
 * sentence, each date left over takes the nearest trigger; then actors, place, modality, title and
 * a confidence are read around the trigger.
 */
final class EventExtractor {

    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "without", "neither", "nor", "cannot");
    private static final Set<String> HYPOTHETICAL = Set.of("if", "unless", "whether", "could", "might", "may",
            "possible", "possibly", "potential", "potentially", "would", "should", "suppose", "hypothetical",
            "threatened", "threatens", "threaten", "risk");
    private static final Set<String> PLANNED = Set.of("will", "shall", "plans", "plan", "planned", "planning",
            "scheduled", "expected", "expects", "set", "intends", "intend", "aims", "aim", "due", "upcoming", "prepares",
            "preparing", "prepared", "to", "would", "hopes", "proposed", "wants", "going");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their", "this", "that",
            "our", "my", "your");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "but", "while", "whereas", "although", "—");

    private record Title(String verb, String base, String rest) {
    }

    private final TriggerLexicon triggers;
    private final Map<EventType, Title> titles = new EnumMap<>(EventType.class);

    EventExtractor(TriggerLexicon triggers, List<Resources.Line> titleLines) {
        this.triggers = triggers;
        for (Resources.Line line : titleLines) {
            String[] c = line.text().split("\t", -1);
            if (c.length < 4) {
                throw line.error("expected type, verb, base verb and rest");
            }
            titles.put(EventType.valueOf(c[0].strip()), new Title(c[1].strip(), c[2].strip(), c[3].strip()));
        }
    }

    /** Everything the event reader needs to know about a document. */
    record Document(Tokens tokens, List<Sentences.Span> sentences, List<TemporalTagger.Hit> hits,
                    List<EntityRecognizer.Mention> mentions, boolean[] taken, LocalDate dct) {
    }

    private record Candidate(TriggerLexicon.Match trigger, EventType type, TemporalTagger.Hit date, int distance) {
    }

    List<ExtractedEvent> extract(Document d) {
        Tokens t = d.tokens();
        List<ExtractedEvent> events = new ArrayList<>();
        int hitIndex = 0;
        int mentionIndex = 0;
        List<Entity> previousActors = List.of();
        for (int si = 0; si < d.sentences().size(); si++) {
            Sentences.Span s = d.sentences().get(si);
            List<TemporalTagger.Hit> dates = new ArrayList<>();
            while (hitIndex < d.hits().size() && d.hits().get(hitIndex).sentence() <= si) {
                TemporalTagger.Hit h = d.hits().get(hitIndex++);
                if (h.sentence() == si && h.date() != null && !h.function().equals("ref")) {
                    dates.add(h);
                }
            }
            List<EntityRecognizer.Mention> mentions = new ArrayList<>();
            while (mentionIndex < d.mentions().size() && d.mentions().get(mentionIndex).from() < s.to()) {
                EntityRecognizer.Mention m = d.mentions().get(mentionIndex++);
                if (m.from() >= s.from()) {
                    mentions.add(m);
                }
            }
            List<Entity> sentenceActors = actorsOf(mentions);
            if (dates.isEmpty()) {
                if (!sentenceActors.isEmpty()) {
                    previousActors = sentenceActors;
                }
                continue;
            }
            Set<String> words = new HashSet<>();
            for (int i = s.from(); i < s.to(); i++) {
                words.add(t.lower[i]);
            }
            // the type may also be read off the sentence before: "The test drew condemnation"
            Set<String> contextWords = new HashSet<>(words);
            if (si > 0) {
                Sentences.Span prev = d.sentences().get(si - 1);
                for (int i = prev.from(); i < prev.to(); i++) {
                    contextWords.add(t.lower[i]);
                }
            }
            List<TriggerLexicon.Match> found = new ArrayList<>();
            List<EventType> types = new ArrayList<>();
            boolean anyStrong = false;
            for (int i = s.from(); i < s.to(); i++) {
                if (d.taken()[i] || t.shape[i] != Tokens.WORD) {
                    continue;
                }
                TriggerLexicon.Match m = triggers.longest(t, i, s.to());
                if (m == null || overlaps(d.taken(), m.from(), m.to()) || insideMention(mentions, m.from())) {
                    continue;
                }
                if (isReference(t, s, m)) {
                    i = m.to() - 1;
                    continue;
                }
                EventType type = TriggerLexicon.typeIn(m.trigger(), m.trigger().rules().stream()
                        .anyMatch(r -> r.type() == null) ? words : contextWords);
                if (type != null) {
                    found.add(m);
                    types.add(type);
                    anyStrong |= m.trigger().strong();
                }
                i = m.to() - 1;
            }
            // clause breaks counted once per sentence, so that a distance costs O(1)
            int[] breaks = new int[s.to() - s.from() + 1];
            for (int i = s.from(); i < s.to(); i++) {
                breaks[i - s.from() + 1] = breaks[i - s.from()] + (CLAUSE_BREAKS.contains(t.lower[i]) ? 1 : 0);
            }
            List<Candidate> pairs = new ArrayList<>();
            boolean[] dateUsed = new boolean[dates.size()];
            // strong triggers choose first; a weak one ("said") takes only a date no strong one took
            for (int pass = 0; pass < 2; pass++)
            for (int k = 0; k < found.size(); k++) {
                TriggerLexicon.Match m = found.get(k);
                if (m.trigger().strong() != (pass == 0)) {
                    continue;
                }
                int best = -1;
                int bestDistance = Integer.MAX_VALUE;
                for (int j = 0; j < dates.size(); j++) {
                    if (pass == 1 && dateUsed[j]) {
                        continue;
                    }
                    int dist = distance(t, s, breaks, m, dates.get(j));
                    if (dist < bestDistance) {
                        bestDistance = dist;
                        best = j;
                    }
                }
                if (best >= 0 && bestDistance <= 40) {
                    dateUsed[best] = true;
                    pairs.add(new Candidate(m, types.get(k), dates.get(best), bestDistance));
                }
            }
            // a date no trigger chose takes its nearest trigger: "met in 2018 and again the following year"
            for (int j = 0; j < dates.size(); j++) {
                if (dateUsed[j]) {
                    continue;
                }
                int best = -1;
                int bestDistance = Integer.MAX_VALUE;
                for (int k = 0; k < found.size(); k++) {
                    if (anyStrong && !found.get(k).trigger().strong()) {
                        continue;
                    }
                    int dist = distance(t, s, breaks, found.get(k), dates.get(j));
                    if (dist < bestDistance) {
                        bestDistance = dist;
                        best = k;
                    }
                }
                if (best >= 0 && bestDistance <= 20 && !isAttributive(t, dates.get(j))
                        && (!triggerUsed(pairs, found.get(best)) || coordinated(t, pairs, found.get(best), dates.get(j)))) {
                    pairs.add(new Candidate(found.get(best), types.get(best), dates.get(j), bestDistance));
                }
            }
            Set<String> emitted = new HashSet<>();
            List<Entity> usedActors = sentenceActors.isEmpty() ? previousActors : sentenceActors;
            pairs.sort(java.util.Comparator.comparingInt((Candidate c) -> c.date().timex().start())
                    .thenComparingInt(c -> c.trigger().from()));
            for (Candidate c : pairs) {
                String key = c.type() + "|" + c.date().date().value();
                if (!emitted.add(key)) {
                    continue;
                }
                events.add(event(d, s, c, mentions, usedActors, sentenceActors.isEmpty()));
            }
            if (!events.isEmpty() && events.get(events.size() - 1).start() == t.start[s.from()]) {
                previousActors = events.get(events.size() - 1).actors();
            } else if (!sentenceActors.isEmpty()) {
                previousActors = sentenceActors;
            }
        }
        return events;
    }

    private ExtractedEvent event(Document d, Sentences.Span s, Candidate c, List<EntityRecognizer.Mention> mentions,
                                 List<Entity> actors, boolean inheritedActors) {
        Tokens t = d.tokens();
        TriggerLexicon.Match m = c.trigger();
        List<Entity> ordered = orderActors(mentions, m, actors, inheritedActors);
        Entity location = locationOf(mentions, m, c.date());
        if (location != null && ordered.size() > 1) {
            ordered.remove(location);
        }
        Modality modality = modality(t, s, m, c.date(), d.dct());
        String trigger = t.text.substring(t.start[m.from()], t.end[m.to() - 1]);
        int start = t.start[s.from()];
        int end = t.end[s.to() - 1];
        double confidence = 0.35 + (m.trigger().strong() ? 0.2 : 0.0) + (c.distance() <= 10 ? 0.15 : c.distance() <= 20 ? 0.05 : 0.0)
                + (ordered.isEmpty() ? 0.0 : inheritedActors ? 0.05 : 0.1)
                + (c.type() != m.trigger().type() ? 0.05 : 0.0)
                - (isAttributive(t, c.date()) ? 0.15 : 0.0)
                - (c.date().function().equals("focus") || c.date().function().equals("offset") ? 0.05 : 0.0);
        confidence = Math.max(0.05, Math.min(0.95, Math.round(confidence * 100) / 100.0));
        return new ExtractedEvent(c.date().date(), c.date().timex().text(), c.date().timex().start(),
                c.date().timex().end(), c.type(), trigger, title(c.type(), ordered, location, modality, trigger),
                ordered, location, t.text.substring(start, end), start, end, confidence, modality);
    }

    private static List<Entity> actorsOf(List<EntityRecognizer.Mention> mentions) {
        LinkedHashSet<Entity> out = new LinkedHashSet<>();
        for (EntityRecognizer.Mention m : mentions) {
            if (m.actor() != null) {
                out.add(m.actor());
            }
        }
        return new ArrayList<>(out);
    }

    /** The subject (the nearest actor before the trigger in its clause) first, then the others in reading order. */
    private static List<Entity> orderActors(List<EntityRecognizer.Mention> mentions, TriggerLexicon.Match m,
                                            List<Entity> actors, boolean inherited) {
        List<Entity> out = new ArrayList<>();
        if (!inherited) {
            EntityRecognizer.Mention subject = null;
            for (EntityRecognizer.Mention x : mentions) {
                if (x.to() <= m.from() && x.actor() != null && (subject == null || m.from() - x.to() <= 12)) {
                    subject = x;
                }
            }
            if (subject != null) {
                out.add(subject.actor());
            }
        }
        for (Entity a : actors) {
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The place nearest the trigger or its date that the sentence says something happened in. */
    private static Entity locationOf(List<EntityRecognizer.Mention> mentions, TriggerLexicon.Match m,
                                     TemporalTagger.Hit date) {
        Entity best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EntityRecognizer.Mention x : mentions) {
            EntityKind k = x.entity().kind();
            if (!(k == EntityKind.PLACE || k == EntityKind.COUNTRY && x.locative()) || x.actor() != null) {
                continue;
            }
            int dist = Math.min(Math.abs(x.from() - m.from()), Math.abs(x.from() - date.tokenFrom()));
            if (dist < bestDistance) {
                bestDistance = dist;
                best = x.entity();
            }
        }
        return bestDistance <= 15 ? best : null;
    }

    /** Token distance from a trigger to a date, longer across clause breaks and for attributive years. */
    private static int distance(Tokens t, Sentences.Span s, int[] breaks, TriggerLexicon.Match m, TemporalTagger.Hit h) {
        int from;
        int to;
        int dist;
        if (h.tokenFrom() >= m.to()) {
            from = m.to();
            to = h.tokenFrom();
            dist = to - from;
        } else {
            from = h.tokenTo();
            to = m.from();
            dist = Math.max(0, to - from) + 1; // dates after the trigger read more naturally: "met in 2018"
        }
        if (to > from) {
            dist += 8 * (breaks[to - s.from()] - breaks[from - s.from()]);
        }
        if (isAttributive(t, h)) {
            dist += 25;
        }
        return dist;
    }

    /** "a 2018 pact", "the 2006 test": a year that names a thing rather than dating the event. */
    private static boolean isAttributive(Tokens t, TemporalTagger.Hit h) {
        int before = h.tokenFrom() - 1;
        int after = h.tokenTo();
        if (before < 0 || after >= t.size) {
            return false;
        }
        return DETERMINERS.contains(t.lower[before]) && t.shape[after] == Tokens.WORD
                && Character.isLowerCase(t.text.charAt(t.start[after])) && h.tokenTo() - h.tokenFrom() == 1;
    }

    private static Modality modality(Tokens t, Sentences.Span s, TriggerLexicon.Match m, TemporalTagger.Hit date,
                                     LocalDate dct) {
        for (int k = m.from() - 1; k >= Math.max(s.from(), m.from() - 4); k--) {
            String w = t.lower[k];
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                return Modality.NEGATED;
            }
            if (w.equals(",") || w.equals("and")) {
                break;
            }
        }
        for (int k = s.from(); k < m.from(); k++) {
            String w = t.lower[k];
            if (w.equals("if") || w.equals("unless") || w.equals("whether")) {
                return Modality.HYPOTHETICAL;
            }
        }
        for (int k = m.from() - 1; k >= Math.max(s.from(), m.from() - 5); k--) {
            String w = t.lower[k];
            if (w.equals("could") || w.equals("might") || (w.equals("may") && !t.isCapitalised(k))
                    || w.equals("possible") || w.equals("potential") || w.equals("threatened")) {
                return Modality.HYPOTHETICAL;
            }
        }
        for (int k = m.from() - 1; k >= Math.max(s.from(), m.from() - 6); k--) {
            String w = t.lower[k];
            if (w.equals("will") || w.endsWith("'ll") || w.equals("shall") || w.equals("scheduled")
                    || w.equals("plans") || w.equals("planned") || w.equals("plan") || w.equals("intends")
                    || w.equals("upcoming") || w.equals("would") || (w.equals("to") && k + 1 == m.from()
                    && k > s.from() && PLANNED.contains(t.lower[k - 1]))
                    || (w.equals("expected") && k + 1 < m.from() && t.lower[k + 1].equals("to"))
                    || (w.equals("due") && k + 1 < m.from() && t.lower[k + 1].equals("to"))) {
                return Modality.PLANNED;
            }
        }
        if (date.date().startDay().isAfter(dct)) {
            return Modality.PLANNED;
        }
        return Modality.ASSERTED;
    }

    private String title(EventType type, List<Entity> actors, Entity location, Modality modality, String trigger) {
        Title tpl = titles.get(type);
        String where = location == null ? "" : " in " + location.name();
        if (actors.isEmpty() || tpl == null) {
            String noun = switch (type) {
                case DISASTER, ACCIDENT, CRASH, PROTEST, ATTACK, DEATH -> capitalise(trigger);
                default -> capitalise(type.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            };
            return noun + where;
        }
        String subject = actors.size() >= 2 && (type == EventType.SUMMIT || type == EventType.MEETING
                || type == EventType.CALL || type == EventType.AGREEMENT)
                ? actors.get(0).name() + " and " + actors.get(1).name() : actors.get(0).name();
        boolean plural = subject.contains(" and ");
        String verb = modality == Modality.PLANNED ? "to " + tpl.base() : plural ? tpl.base() : tpl.verb();
        String rest = tpl.rest().isEmpty() ? "" : " " + tpl.rest();
        return (subject + " " + verb + rest + where).replaceAll("\\s+", " ").strip();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "the day after the launch": an event named only to anchor a date is not reported again. */
    private static boolean isReference(Tokens t, Sentences.Span s, TriggerLexicon.Match m) {
        int k = m.from() - 1;
        if (k >= s.from() && DETERMINERS.contains(t.lower[k])) {
            k--;
        }
        if (k < s.from()) {
            return false;
        }
        String w = t.lower[k];
        return (w.equals("after") || w.equals("before") || w.equals("since") || w.equals("until"))
                && k < m.from() - 1;
    }

    private static boolean triggerUsed(List<Candidate> pairs, TriggerLexicon.Match m) {
        for (Candidate c : pairs) {
            if (c.trigger() == m) {
                return true;
            }
        }
        return false;
    }

    /** "in May and again in August": the date is joined to one the trigger already took. */
    private static boolean coordinated(Tokens t, List<Candidate> pairs, TriggerLexicon.Match m, TemporalTagger.Hit h) {
        for (Candidate c : pairs) {
            if (c.trigger() != m) {
                continue;
            }
            int from = Math.min(c.date().tokenTo(), h.tokenTo());
            int to = Math.max(c.date().tokenFrom(), h.tokenFrom());
            boolean joined = false;
            for (int k = from; k < to; k++) {
                String w = t.lower[k];
                if (w.equals("and") || w.equals("or") || w.equals("again") || w.equals("then")) {
                    joined = true;
                } else if (w.equals("said") || w.equals("says") || w.equals(";") || to - from > 12) {
                    return false;
                }
            }
            if (joined) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideMention(List<EntityRecognizer.Mention> mentions, int tok) {
        for (EntityRecognizer.Mention m : mentions) {
            if (tok >= m.from() && tok < m.to()) {
                return true;
            }
        }
        return false;
    }
}

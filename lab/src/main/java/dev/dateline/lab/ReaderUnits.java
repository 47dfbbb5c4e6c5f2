package dev.dateline.lab;

import dev.dateline.extraction.DateValue;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.LabAnalysis;
import dev.dateline.extraction.eval.GoldArticle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The (sentence, date expression) units of the reader experiment: every time expression of an article that can
 * date an event, with the engine's events it dates and the gold events assigned to it. Shared by
 * {@link ExportUnits} and {@link ScoreReader}.
 */
final class ReaderUnits {

    /**
     * One unit; {@code events} are indices into the article's engine events, {@code gold} distinct gold types,
     * {@code goldEvents} the gold events assigned to it.
     */
    record Unit(String id, int sentence, int tStart, int tEnd, String text, DateValue date, List<Integer> events,
                List<String> gold, List<GoldArticle.GoldEvent> goldEvents) {
    }

    /** One article: the engine's events, the analysis, the units in text order, each event's unit (-1: none). */
    record Article(String set, GoldArticle gold, List<ExtractedEvent> events, LabAnalysis.Text text, List<Unit> units,
                   int[] unitOfEvent) {

        String sentence(int s) {
            LabAnalysis.Sentence x = text.sentences().get(s);
            return gold.body().substring(x.start(), x.end());
        }
    }

    /** Counts over everything built (stderr report of ExportUnits). */
    static final Map<String, Integer> COUNTS = new TreeMap<>();

    private final Extractor extractor = Extractor.create();
    private final LabAnalysis analysis = new LabAnalysis();

    private ReaderUnits() {
    }

    static ReaderUnits create() {
        return new ReaderUnits();
    }

    List<Article> load(List<String> dirs) {
        List<Article> out = new ArrayList<>();
        for (String d : dirs) {
            String set = Path.of(d).getFileName().toString();
            for (GoldArticle a : GoldArticle.loadAll(Path.of(d))) {
                out.add(build(set, a));
            }
        }
        return out;
    }

    Article build(String set, GoldArticle a) {
        List<ExtractedEvent> events = extractor.extract(a.body(), a.published()).events();
        LabAnalysis.Text text = analysis.analyse(a.body(), a.published());
        Map<Integer, Unit> byStart = new TreeMap<>();
        for (LabAnalysis.Dated d : text.dates()) {
            byStart.putIfAbsent(d.timex().start(), new Unit(a.id() + "#" + d.timex().start(), d.sentence(),
                    d.timex().start(), d.timex().end(), d.timex().text(), d.date(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>()));
        }
        // the engine's events: each to the unit of its date expression; a date the engine made itself
        // ("three days later") becomes a unit of its own
        for (int i = 0; i < events.size(); i++) {
            ExtractedEvent e = events.get(i);
            Unit u = byStart.get(e.dateStart());
            if (u != null && u.tEnd() != e.dateEnd()) {
                count("events: at a tagger unit's start, another end");
            }
            if (u == null) {
                count("events: own unit made");
                int s = sentenceAt(text, e.start());
                u = new Unit(a.id() + "#" + e.dateStart(), s, e.dateStart(), e.dateEnd(), e.dateText(), e.date(),
                        new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                byStart.put(e.dateStart(), u);
            } else {
                count("events: at a unit already there");
            }
            if (u.events().isEmpty() && !u.date().value().equals(e.date().value())) {
                // the engine dated it otherwise than the tagger (a corrected year): the unit takes the engine's date
                count("events: engine date differs from the tagger's");
                Unit v = new Unit(u.id(), u.sentence(), u.tStart(), u.tEnd(), u.text(), e.date(), u.events(), u.gold(),
                        u.goldEvents());
                byStart.put(e.dateStart(), v);
                u = v;
            }
            if (u.sentence() < 0 || e.dateStart() < text.sentences().get(u.sentence()).start()
                    || e.dateStart() >= text.sentences().get(u.sentence()).end()) {
                count("events: date outside the event's sentence");
            }
            u.events().add(i);
        }
        List<Unit> units = new ArrayList<>(byStart.values());
        int[] unitOfEvent = new int[events.size()];
        for (int k = 0; k < units.size(); k++) {
            for (int i : units.get(k).events()) {
                unitOfEvent[i] = k;
            }
        }
        Article art = new Article(set, a, events, text, units, unitOfEvent);
        assignGold(art);
        return art;
    }

    private static int sentenceAt(LabAnalysis.Text text, int offset) {
        for (int s = 0; s < text.sentences().size(); s++) {
            if (offset >= text.sentences().get(s).start() && offset < text.sentences().get(s).end()) {
                return s;
            }
        }
        return -1;
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Each gold event to the unit of its sentence (whitespace-normalised, containment either way) whose date
     * value is the gold date; among several, the one whose text is the gold dateText, then one containing it or
     * contained in it, then the first.
     */
    private static void assignGold(Article a) {
        List<String> sentences = new ArrayList<>();
        for (int s = 0; s < a.text().sentences().size(); s++) {
            sentences.add(norm(a.sentence(s)));
        }
        for (GoldArticle.GoldEvent g : a.gold().events()) {
            String ev = norm(g.evidence());
            boolean sentenceFound = false;
            Unit best = null;
            int bestRank = 3;
            for (Unit u : a.units()) {
                String s = u.sentence() < 0 ? "" : sentences.get(u.sentence());
                if (s.isEmpty() || !(s.contains(ev) || ev.contains(s))) {
                    continue;
                }
                sentenceFound = true;
                if (!u.date().value().equals(g.date())) {
                    continue;
                }
                String t = u.text().toLowerCase(java.util.Locale.ROOT);
                String gt = g.dateText() == null ? "" : g.dateText().toLowerCase(java.util.Locale.ROOT).strip();
                int rank = t.equals(gt) ? 0 : !gt.isEmpty() && (t.contains(gt) || gt.contains(t)) ? 1 : 2;
                if (rank < bestRank) {
                    best = u;
                    bestRank = rank;
                }
            }
            if (!sentenceFound) {
                for (String s : sentences) {
                    sentenceFound |= !s.isEmpty() && (s.contains(ev) || ev.contains(s));
                }
            }
            if (best != null) {
                count("gold: assigned to a unit");
                best.goldEvents().add(g);
                if (!best.gold().contains(g.type())) {
                    best.gold().add(g.type());
                }
            } else if (!sentenceFound) {
                count("gold: not assigned, no sentence found");
            } else {
                boolean elsewhere = false;
                for (Unit u : a.units()) {
                    elsewhere |= u.date().value().equals(g.date());
                }
                count(elsewhere ? "gold: not assigned, sentence found, the value only in another sentence"
                        : "gold: not assigned, sentence found, the value in no unit of the article");
            }
        }
    }

    static void count(String key) {
        COUNTS.merge(key, 1, Integer::sum);
    }
}

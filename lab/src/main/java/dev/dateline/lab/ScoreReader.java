package dev.dateline.lab;

import dev.dateline.extraction.Entity;
import dev.dateline.extraction.EventType;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.LabAnalysis;
import dev.dateline.extraction.Modality;
import dev.dateline.extraction.eval.GoldEventScorer;
import dev.dateline.extraction.eval.Prf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the engine's events changed by a reader's predictions on the units of {@link ReaderUnits} (a line
 * {@code {"unit":..,"probs":{TYPE:p,..}}} per unit). Policies, at a unit with a prediction (engine events at no
 * unit, or at a unit without one, are kept as they are):
 * <ul>
 * <li>T (retype, θr): an event whose type has p &lt; 0.5 takes the top type t* when p(t*) ≥ θr and no event of
 * the unit has t* already;</li>
 * <li>A (add, θa): each type with p ≥ θa that no event of the unit has becomes a new event, dated by the unit,
 * its participants those of the engine's events in the sentence, or else the names the engine finds there;</li>
 * <li>D (drop, θd): an event whose type has p &lt; θd is dropped when no type has p ≥ 0.5;</li>
 * <li>TA, TAD: in the order T, D, A; M (model only, θa): the unit's events are exactly the types with p ≥ θa,
 * the engine's events of those types kept, the others added as in A.</li>
 * </ul>
 * Usage: {@code ScoreReader PRED.jsonl GOLD_DIR...} (the grid) or
 * {@code ScoreReader PRED.jsonl GOLD_DIR... --policy NAME --theta X[,Y[,Z]]} (the rules and one setting, aggregates
 * only; NAME one of rules, T, A, D, TA, TAD, M; thetas in the order of its letters: T θr, A θa, D θd, M θa).
 */
public final class ScoreReader {

    private static final EventType[] TYPES = EventType.values();
    /** {@code -DallNames=true}: added events take the sentence's names even when its engine events have actors. */
    private static final boolean ALL_NAMES = Boolean.getBoolean("allNames");

    record Setting(String policy, double retype, double add, double drop) {

        static Setting of(String policy, double[] thetas) {
            double r = Double.NaN;
            double a = Double.NaN;
            double d = Double.NaN;
            int k = 0;
            for (char c : policy.toCharArray()) {
                switch (c) {
                    case 'T' -> r = thetas[k++];
                    case 'A', 'M' -> a = thetas[k++];
                    case 'D' -> d = thetas[k++];
                    default -> throw new IllegalArgumentException("unknown policy " + policy);
                }
            }
            if (k != thetas.length) {
                throw new IllegalArgumentException(policy + " takes " + k + " thetas, not " + thetas.length);
            }
            return new Setting(policy, r, a, d);
        }

        String name() {
            StringBuilder b = new StringBuilder(policy);
            for (double x : new double[] {retype, add, drop}) {
                if (!Double.isNaN(x)) {
                    b.append(String.format(Locale.ROOT, " %.2f", x));
                }
            }
            return b.toString();
        }

        boolean has(char c) {
            return policy.indexOf(c) >= 0;
        }
    }

    /** How the participants of added events were found: from the sentence's events, from its names, none. */
    private final int[] sources = new int[3];

    ScoreReader() {
    }

    public static void main(String[] args) {
        List<String> dirs = new ArrayList<>();
        String policy = null;
        double[] thetas = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--policy")) {
                policy = args[++i];
            } else if (args[i].equals("--theta")) {
                String[] xs = args[++i].split(",");
                thetas = new double[xs.length];
                for (int k = 0; k < xs.length; k++) {
                    thetas[k] = Double.parseDouble(xs[k]);
                }
            } else {
                dirs.add(args[i]);
            }
        }
        Map<String, double[]> pred = readPredictions(Path.of(args[0]));
        List<ReaderUnits.Article> articles = ReaderUnits.create().load(dirs);
        int units = 0;
        int predicted = 0;
        for (ReaderUnits.Article a : articles) {
            for (ReaderUnits.Unit u : a.units()) {
                units++;
                predicted += pred.containsKey(u.id()) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%d articles, %d units, %d with a prediction (%d predictions read)%n",
                articles.size(), units, predicted, pred.size());
        List<Setting> settings = new ArrayList<>();
        if (policy != null && !policy.equals("rules")) {
            settings.add(Setting.of(policy, thetas == null ? new double[0] : thetas));
        } else if (policy == null) {
            double[] r = {0.5, 0.6, 0.7, 0.8, 0.9};
            double[] d = {0.05, 0.1, 0.2};
            for (double x : r) {
                settings.add(Setting.of("T", new double[] {x}));
            }
            for (double x : r) {
                settings.add(Setting.of("A", new double[] {x}));
            }
            for (double x : d) {
                settings.add(Setting.of("D", new double[] {x}));
            }
            for (double x : r) {
                for (double y : r) {
                    settings.add(Setting.of("TA", new double[] {x, y}));
                }
            }
            for (double x : r) {
                for (double y : r) {
                    for (double z : d) {
                        settings.add(Setting.of("TAD", new double[] {x, y, z}));
                    }
                }
            }
            for (double x : r) {
                settings.add(Setting.of("M", new double[] {x}));
            }
        }
        ScoreReader s = new ScoreReader();
        Map<String, Map<String, Prf>> results = new LinkedHashMap<>();
        results.put("rules", s.score(articles, pred, null));
        System.out.println(line("rules", results.get("rules")));
        for (Setting x : settings) {
            s.sources[0] = s.sources[1] = s.sources[2] = 0;
            Map<String, Prf> r = s.score(articles, pred, x);
            results.put(x.name(), r);
            System.out.println(line(x.name(), r) + (x.has('A') || x.has('M') ? String.format(Locale.ROOT,
                    " | added: participants from events %d, names %d, none %d", s.sources[0], s.sources[1],
                    s.sources[2]) : ""));
        }
        if (settings.size() > 1) {
            System.out.println();
            System.out.println("top 10 by F1 over all sets:");
            results.entrySet().stream().filter(e -> !e.getKey().equals("rules"))
                    .sorted(Comparator.comparingDouble(e -> -e.getValue().get("all").f1())).limit(10)
                    .forEach(e -> System.out.println(line(e.getKey(), e.getValue())));
            System.out.println(line("rules", results.get("rules")));
        }
    }

    private static String line(String name, Map<String, Prf> r) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-18s", name));
        r.forEach((set, p) -> b.append(String.format(Locale.ROOT, " | %s %d/%d/%d P %.4f R %.4f F1 %.4f", set,
                p.correct(), p.predicted(), p.gold(), p.precision(), p.recall(), p.f1())));
        return b.toString();
    }

    static Map<String, double[]> readPredictions(Path file) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Map<String, Object> m : ReaderOnnx.readJsonl(file)) {
            Map<?, ?> probs = (Map<?, ?>) m.get("probs");
            double[] p = new double[TYPES.length];
            for (EventType t : TYPES) {
                Object v = probs.get(t.name());
                p[t.ordinal()] = v == null ? 0 : ((Number) v).doubleValue();
            }
            out.put((String) m.get("unit"), p);
        }
        return out;
    }

    /** Events F1 counts over all articles ({@code all}) and per set; {@code setting} null: the rules. */
    private Map<String, Prf> score(List<ReaderUnits.Article> articles, Map<String, double[]> pred, Setting setting) {
        Map<String, Prf> out = new LinkedHashMap<>();
        out.put("all", new Prf(0, 0, 0));
        for (ReaderUnits.Article a : articles) {
            List<ExtractedEvent> events = setting == null ? a.events() : apply(a, pred, setting);
            Prf p = GoldEventScorer.score(a.gold(), events, null).events();
            out.merge("all", p, Prf::plus);
            out.merge(a.set(), p, Prf::plus);
        }
        return out;
    }

    /** The article's events under setting {@code x}: the engine's, changed at each unit with a prediction, in order. */
    List<ExtractedEvent> apply(ReaderUnits.Article a, Map<String, double[]> pred, Setting x) {
        ExtractedEvent[] events = a.events().toArray(new ExtractedEvent[0]);
        List<ExtractedEvent> added = new ArrayList<>();
        for (ReaderUnits.Unit u : a.units()) {
            double[] p = pred.get(u.id());
            if (p == null) {
                continue;
            }
            EventType best = TYPES[0];
            for (EventType t : TYPES) {
                best = p[t.ordinal()] > p[best.ordinal()] ? t : best;
            }
            double top = p[best.ordinal()];
            for (int i : u.events()) {
                double own = p[events[i].type().ordinal()];
                if (x.has('M') && own < x.add() || x.has('D') && top < 0.5 && own < x.drop()) {
                    events[i] = null;
                } else if (x.has('T') && own < 0.5 && top >= x.retype() && !has(events, u, best)) {
                    events[i] = retyped(events[i], best);
                }
            }
            if (x.has('A') || x.has('M')) {
                for (EventType t : TYPES) {
                    if (p[t.ordinal()] >= x.add() && !has(events, u, t)) {
                        added.add(added(a, u, t));
                    }
                }
            }
        }
        List<ExtractedEvent> out = new ArrayList<>();
        for (ExtractedEvent e : events) {
            if (e != null) {
                out.add(e);
            }
        }
        out.addAll(added);
        return out;
    }

    private static boolean has(ExtractedEvent[] events, ReaderUnits.Unit u, EventType t) {
        for (int i : u.events()) {
            if (events[i] != null && events[i].type() == t) {
                return true;
            }
        }
        return false;
    }

    private static ExtractedEvent retyped(ExtractedEvent e, EventType t) {
        return new ExtractedEvent(e.date(), e.dateText(), e.dateStart(), e.dateEnd(), t, e.trigger(), e.title(),
                e.actors(), e.location(), e.evidence(), e.start(), e.end(), e.confidence(), e.modality());
    }

    /** A new event of type {@code t} at unit {@code u}. */
    private ExtractedEvent added(ReaderUnits.Article a, ReaderUnits.Unit u, EventType t) {
        LabAnalysis.Sentence s = a.text().sentences().get(u.sentence());
        List<Entity> actors = new ArrayList<>();
        Entity location = null;
        Modality modality = Modality.ASSERTED;
        Modality unitModality = null;
        for (int i = 0; i < a.events().size(); i++) {
            ExtractedEvent e = a.events().get(i);
            if (e.start() != s.start()) {
                continue;
            }
            for (Entity x : e.actors()) {
                if (!actors.contains(x)) {
                    actors.add(x);
                }
            }
            location = location == null ? e.location() : location;
            if (e.modality() != Modality.ASSERTED) {
                modality = modality == Modality.ASSERTED ? e.modality() : modality;
                unitModality = unitModality == null && u.events().contains(i) ? e.modality() : unitModality;
            }
        }
        boolean fromEvents = !actors.isEmpty() || location != null;
        if (!fromEvents || ALL_NAMES) {
            for (Entity x : s.actors()) {
                if (!actors.contains(x)) {
                    actors.add(x);
                }
            }
            location = location == null ? s.place() : location;
        }
        sources[fromEvents ? 0 : actors.isEmpty() && location == null ? 2 : 1]++;
        return new ExtractedEvent(u.date(), u.text(), u.tStart(), u.tEnd(), t, "reader", t.name() + " (reader)",
                actors, location, a.sentence(u.sentence()), s.start(), s.end(), 0.5,
                unitModality != null ? unitModality : modality);
    }
}

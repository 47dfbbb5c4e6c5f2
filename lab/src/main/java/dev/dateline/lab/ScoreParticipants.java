package dev.dateline.lab;

import dev.dateline.extraction.Entity;
import dev.dateline.extraction.EntityKind;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.eval.GoldEventScorer;
import dev.dateline.extraction.eval.Prf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the participant reader's predictions ({@code participants.py predict}: a line
 * {@code {"unit":..,"names":[..],"probs":[..]}} per unit of {@link ExportParticipants}) as events F1, on the
 * engine's events or on those of a type reader's policy ({@code --types PRED.jsonl --policy TAD --theta ..}, as
 * {@link ScoreReader}). Each event at a unit with predictions is changed by a policy:
 * <ul>
 * <li>add θ: the candidates with p ≥ θ join its actors;</li>
 * <li>top θ: the best candidate joins its actors when p ≥ θ;</li>
 * <li>fill θ: as top, but only when none of the event's actors and location has p ≥ θ;</li>
 * <li>prune θ δ: top θ, then the actors the model gives less than δ are removed;</li>
 * <li>replace θ: when some candidate has p ≥ θ, its actors become exactly those candidates (best first); the
 * location stays.</li>
 * </ul>
 * Besides F1 it prints the names' precision: of the actors of events at units with gold events, the share that are
 * a participant of one of those gold events, how many events there name none, and of the names the policy added
 * there, the share that are right. Usage:
 * {@code ScoreParticipants PPRED.jsonl GOLD_DIR... [--types PRED.jsonl --policy P --theta X,Y,Z]}.
 */
public final class ScoreParticipants {

    record Pred(List<String> names, List<String> kinds, double[] probs) {
    }

    private ScoreParticipants() {
    }

    public static void main(String[] args) {
        List<String> dirs = new ArrayList<>();
        String types = null;
        String policy = null;
        double[] thetas = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--types" -> types = args[++i];
                case "--policy" -> policy = args[++i];
                case "--theta" -> {
                    String[] xs = args[++i].split(",");
                    thetas = new double[xs.length];
                    for (int k = 0; k < xs.length; k++) {
                        thetas[k] = Double.parseDouble(xs[k]);
                    }
                }
                default -> dirs.add(args[i]);
            }
        }
        Map<String, Pred> pred = new HashMap<>();
        for (Map<String, Object> m : ReaderOnnx.readJsonl(Path.of(args[0]))) {
            List<?> ps = (List<?>) m.get("probs");
            double[] p = new double[ps.size()];
            for (int k = 0; k < p.length; k++) {
                p[k] = ((Number) ps.get(k)).doubleValue();
            }
            List<String> names = new ArrayList<>();
            for (Object o : (List<?>) m.get("names")) {
                names.add((String) o);
            }
            List<String> kinds = new ArrayList<>();
            for (Object o : (List<?>) m.get("kinds")) {
                kinds.add((String) o);
            }
            pred.put((String) m.get("unit"), new Pred(names, kinds, p));
        }
        List<ReaderUnits.Article> articles = ReaderUnits.create().load(dirs);
        Map<String, double[]> typePred = types == null ? Map.of() : ScoreReader.readPredictions(Path.of(types));
        ScoreReader.Setting setting = policy == null ? null : ScoreReader.Setting.of(policy, thetas);
        ScoreReader reader = new ScoreReader();
        Map<ReaderUnits.Article, List<ExtractedEvent>> base = new LinkedHashMap<>();
        for (ReaderUnits.Article a : articles) {
            base.put(a, setting == null ? a.events() : reader.apply(a, typePred, setting));
        }
        System.out.println("events: " + (setting == null ? "the engine's" : "type reader " + setting.name()));
        System.out.println(line("as they are", base, pred, null, 0));
        for (String p : List.of("add", "top", "fill", "replace")) {
            for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
                System.out.println(line(p + String.format(Locale.ROOT, " %.1f", t), base, pred, p, t));
            }
        }
        for (double t : new double[] {0.5, 0.6, 0.7}) {
            for (double d : new double[] {0.02, 0.03, 0.05, 0.1, 0.2}) {
                String p = String.format(Locale.ROOT, "prune %.1f %.2f", t, d);
                System.out.println(line(p, base, pred, p, 0));
            }
        }
    }

    private static String line(String name, Map<ReaderUnits.Article, List<ExtractedEvent>> base, Map<String, Pred> pred,
                               String policy, double theta) {
        Prf all = new Prf(0, 0, 0);
        int names = 0;
        int right = 0;
        int events = 0;
        int none = 0;
        int added = 0;
        int addedRight = 0;
        for (Map.Entry<ReaderUnits.Article, List<ExtractedEvent>> x : base.entrySet()) {
            ReaderUnits.Article a = x.getKey();
            Map<Integer, ReaderUnits.Unit> byStart = new HashMap<>();
            for (ReaderUnits.Unit u : a.units()) {
                byStart.put(u.tStart(), u);
            }
            List<ExtractedEvent> out = new ArrayList<>();
            for (ExtractedEvent e : x.getValue()) {
                ReaderUnits.Unit u = byStart.get(e.dateStart());
                Pred p = u == null ? null : pred.get(u.id());
                ExtractedEvent f = policy == null || p == null ? e : changed(e, p, policy, theta);
                out.add(f);
                if (u != null && !u.goldEvents().isEmpty()) {
                    events++;
                    boolean any = f.location() != null && ExportParticipants.isGold(f.location(), u.goldEvents());
                    for (Entity n : f.actors()) {
                        names++;
                        boolean r = ExportParticipants.isGold(n, u.goldEvents());
                        right += r ? 1 : 0;
                        any |= r;
                        if (!e.actors().contains(n)) {
                            added++;
                            addedRight += r ? 1 : 0;
                        }
                    }
                    none += any ? 0 : 1;
                }
            }
            all = all.plus(GoldEventScorer.score(a.gold(), out, null).events());
        }
        return String.format(Locale.ROOT, "%-12s %d/%d/%d P %.4f R %.4f F1 %.4f | actors at gold units %d, right %.3f; "
                        + "events there %d, naming no participant %d; names added %d, right %.3f", name, all.correct(),
                all.predicted(), all.gold(), all.precision(), all.recall(), all.f1(), names,
                (double) right / Math.max(1, names), events, none, added, (double) addedRight / Math.max(1, added));
    }

    private static ExtractedEvent changed(ExtractedEvent e, Pred p, String policy, double theta) {
        if (policy.startsWith("prune")) {
            // "prune θ δ": top θ, then the actors the model gives less than δ are removed
            String[] xs = policy.split(" ");
            ExtractedEvent t = changed(e, p, "top", Double.parseDouble(xs[1]));
            double drop = Double.parseDouble(xs[2]);
            List<Entity> kept = new ArrayList<>();
            for (Entity x : t.actors()) {
                int k = p.names().indexOf(x.name());
                if (k < 0 || p.probs()[k] >= drop) {
                    kept.add(x);
                }
            }
            return new ExtractedEvent(e.date(), e.dateText(), e.dateStart(), e.dateEnd(), e.type(), e.trigger(),
                    e.title(), kept, e.location(), e.evidence(), e.start(), e.end(), e.confidence(), e.modality());
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < p.probs().length; k++) {
            if (p.probs()[k] >= theta) {
                order.add(k);
            }
        }
        order.sort(Comparator.comparingDouble(k -> -p.probs()[k]));
        if (order.isEmpty()) {
            return e;
        }
        if (policy.equals("fill")) {
            for (int k : order) {
                String n = p.names().get(k);
                if (e.location() != null && e.location().name().equalsIgnoreCase(n)
                        || e.actors().stream().anyMatch(x -> x.name().equalsIgnoreCase(n))) {
                    return e;
                }
            }
        }
        List<Entity> actors = new ArrayList<>();
        if (!policy.equals("replace")) {
            actors.addAll(e.actors());
        }
        for (int k : policy.equals("top") || policy.equals("fill") ? order.subList(0, 1) : order) {
            String n = p.names().get(k);
            if (actors.stream().noneMatch(x -> x.name().equalsIgnoreCase(n))
                    && !(policy.equals("replace") && e.location() != null && e.location().name().equalsIgnoreCase(n))) {
                actors.add(entity(e, n, p.kinds().get(k)));
            }
        }
        return new ExtractedEvent(e.date(), e.dateText(), e.dateStart(), e.dateEnd(), e.type(), e.trigger(), e.title(),
                actors, e.location(), e.evidence(), e.start(), e.end(), e.confidence(), e.modality());
    }

    private static Entity entity(ExtractedEvent e, String name, String kind) {
        for (Entity x : e.actors()) {
            if (x.name().equalsIgnoreCase(name)) {
                return x;
            }
        }
        return new Entity(name, EntityKind.valueOf(kind));
    }
}

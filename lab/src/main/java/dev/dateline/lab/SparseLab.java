package dev.dateline.lab;

import dev.dateline.extraction.EventType;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.eval.GoldArticle;
import dev.dateline.extraction.eval.GoldEventScorer;
import dev.dateline.extraction.eval.Prf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Leave-one-set-out measure of retyping the engine's events with {@link SparseTyper}, as {@link TypeLab} does for
 * the sentence encoders: for each held set (dev2..dev6, or {@code -Dheld=}), trained on the gold events of the
 * other tuning sets aligned to the engine's events, and the held set scored with the rules' types and retyped
 * (policy (iii): the model with the rules' type and trigger as features, taken when p > theta or the rules say
 * OTHER). Usage: {@code SparseLab GROUPS[,GROUPS..] L2[,L2..] [DENSE]}, DENSE {@code q} adds the quantized
 * MiniLM vector of the date-marked sentence (cached in /tmp/emb2/cache-q.bin). {@code -Daligned=true} trains
 * only on the gold events that have an engine event of their sentence and date.
 */
public final class SparseLab {

    static final double[] THETAS = {-1, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    static final boolean ALIGNED = Boolean.getBoolean("aligned");
    static final double DENSE_SCALE = Double.parseDouble(System.getProperty("dense.scale", "1"));
    static final double RULES_SCALE = Double.parseDouble(System.getProperty("rules.scale", "2"));

    /** A gold event of an article with the engine event aligned to it (or null) as the model's input. */
    record Labelled(SparseTyper.Input input, String label) {
    }

    private SparseLab() {
    }

    /** Each gold event as a training input, aligned to the engine event of its sentence and date as ClauseTyper does. */
    static List<Labelled> labelled(GoldArticle a, List<ExtractedEvent> system) {
        List<Labelled> out = new ArrayList<>();
        int[] picks = ClauseTyper.align(a, system);
        for (int n = 0; n < picks.length; n++) {
            GoldArticle.GoldEvent g = a.events().get(n);
            int pick = picks[n];
            if (pick >= 0) {
                out.add(new Labelled(SparseTyper.Input.of(system.get(pick), a.published()), g.type()));
            } else if (!ALIGNED) {
                int d = g.evidence().indexOf(g.dateText());
                if (d < 0) {
                    d = g.evidence().toLowerCase(Locale.ROOT).indexOf(g.dateText().toLowerCase(Locale.ROOT));
                }
                out.add(new Labelled(new SparseTyper.Input(g.evidence(), g.dateText(), d, g.date(), a.published(), "NONE",
                        "", List.of(), null, g.modality()), g.type()));
            }
        }
        return out;
    }

    /** The typer's item for an input: its features and, with an embedder, the vector of the date-marked sentence. */
    static SparseTyper.Item item(String groups, SparseTyper.Input in, Embedder dense, int label) {
        float[] v = dense == null ? null : dense.embed(ClauseTyper.text("S", in.evidence(), in.dateText(), in.dateOffset()));
        return new SparseTyper.Item(SparseTyper.features(groups, in), v, in.rulesType(), label);
    }

    static List<SparseTyper.Item> items(String groups, List<Labelled> data, Embedder dense) {
        List<SparseTyper.Item> out = new ArrayList<>();
        for (Labelled l : data) {
            out.add(item(groups, l.input(), dense, EventType.valueOf(l.label()).ordinal()));
        }
        return out;
    }

    /** The engine's events retyped: the model's type when p > theta (theta < 0: always) or when the rules say OTHER. */
    static List<ExtractedEvent> retype(SparseTyper m, String groups, Embedder dense, List<ExtractedEvent> events,
                                       java.time.LocalDate published, double theta) {
        List<ExtractedEvent> out = new ArrayList<>(events.size());
        for (ExtractedEvent e : events) {
            SparseTyper.Item it = item(groups, SparseTyper.Input.of(e, published), dense, -1);
            SparseTyper.Prediction p = m.predict(it.features(), it.dense());
            boolean take = p.p() > theta || e.type() == EventType.OTHER;
            out.add(take && p.type() != e.type() ? ClauseTyper.withType(e, p.type()) : e);
        }
        return out;
    }

    public static void main(String[] args) {
        List<String> groupsList = List.of(args[0].split(","));
        List<Double> l2s = new ArrayList<>();
        for (String s : args[1].split(",")) {
            l2s.add(Double.parseDouble(s));
        }
        Embedder.Cached dense = args.length > 2 ? new Embedder.Cached(Embedder.named(args[2]),
                Path.of("/tmp/emb2/cache-" + args[2] + ".bin")) : null;
        Map<String, List<TypeLab.Run>> runs = TypeLab.runAll(Path.of("gold"), TypeLab.SETS);
        Map<String, List<Labelled>> data = new LinkedHashMap<>();
        runs.forEach((s, rs) -> {
            List<Labelled> l = new ArrayList<>();
            for (TypeLab.Run r : rs) {
                l.addAll(labelled(r.article(), r.events()));
            }
            data.put(s, l);
        });
        for (String groups : groupsList) {
            for (double l2 : l2s) {
                Map<String, Prf[]> byFold = new LinkedHashMap<>();
                StringBuilder acc = new StringBuilder();
                for (String held : TypeLab.HELD) {
                    List<Labelled> train = new ArrayList<>();
                    data.forEach((s, l) -> {
                        if (!s.equals(held)) {
                            train.addAll(l);
                        }
                    });
                    SparseTyper m = new SparseTyper(l2, DENSE_SCALE, RULES_SCALE).train(items(groups, train, dense));
                    Prf[] res = new Prf[THETAS.length + 1];
                    for (TypeLab.Run r : runs.get(held)) {
                        res[0] = plus(res[0], GoldEventScorer.score(r.article(), r.events(), null).events());
                        for (int t = 0; t < THETAS.length; t++) {
                            List<ExtractedEvent> re = retype(m, groups, dense, r.events(), r.article().published(), THETAS[t]);
                            res[t + 1] = plus(res[t + 1], GoldEventScorer.score(r.article(), re, null).events());
                            if (SHOW && THETAS[t] == SHOW_THETA) {
                                TypeLab.show(r, re);
                            }
                        }
                    }
                    byFold.put(held, res);
                    int n = 0;
                    int rules = 0;
                    int model = 0;
                    for (Labelled l : data.get(held)) {
                        if (l.input().rulesType().equals("NONE")) {
                            continue;
                        }
                        n++;
                        rules += l.input().rulesType().equals(l.label()) ? 1 : 0;
                        SparseTyper.Item it = item(groups, l.input(), dense, -1);
                        model += m.predict(it.features(), it.dense()).type().name().equals(l.label()) ? 1 : 0;
                    }
                    acc.append(String.format(Locale.ROOT, " %s %d/%d/%d", held, rules, model, n));
                }
                if (dense != null) {
                    dense.save();
                }
                System.out.printf(Locale.ROOT, "%n== groups %s l2 %.0e rules.scale %s%s%s; aligned type right rules/model/n:%s%n", groups, l2,
                        RULES_SCALE, dense == null ? "" : " + dense " + args[2], ALIGNED ? " (aligned only)" : "", acc);
                for (int t = 0; t <= THETAS.length; t++) {
                    String name = t == 0 ? "rules" : THETAS[t - 1] < 0 ? "always" : "p>" + THETAS[t - 1];
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-7s", name));
                    int matched = 0;
                    double df1 = 0;
                    for (Map.Entry<String, Prf[]> e : byFold.entrySet()) {
                        Prf p = e.getValue()[t];
                        line.append(String.format(Locale.ROOT, " | %s %.3f (%d)", e.getKey(), p.f1(), p.correct()));
                        matched += p.correct();
                        df1 += p.f1() - e.getValue()[0].f1();
                    }
                    line.append(String.format(Locale.ROOT, " | matched %d mean dF1 %+.4f", matched, df1 / byFold.size()));
                    System.out.println(line);
                }
            }
        }
    }

    static final boolean SHOW = Boolean.getBoolean("show");
    static final double SHOW_THETA = Double.parseDouble(System.getProperty("show.theta", "0.5"));

    private static Prf plus(Prf a, Prf b) {
        return a == null ? b : a.plus(b);
    }
}

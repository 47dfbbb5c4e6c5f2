package dev.dateline.lab;

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
 * Step 7 of the experiment, figures only: can the same vectors tell an engine event whose sentence has a gold
 * event of its date (kept) from one whose sentence has no gold event at all (a false positive)? Leave-one-set-out
 * as in {@link TypeLab}; events of sentences whose gold events all have other dates are left out of training.
 * Usage: {@code EventnessLab EMBEDDER VARIANT [L2]}.
 */
public final class EventnessLab {

    /** {@code -Dwide=true}: an event in a sentence whose gold events all have other dates is a negative too. */
    static final boolean WIDE = Boolean.getBoolean("wide");

    private EventnessLab() {
    }

    /** 1 when the event's sentence has a gold event of its date, 0 when it has no gold event, -1 otherwise. */
    static int label(GoldArticle a, ExtractedEvent e) {
        boolean any = false;
        for (GoldArticle.GoldEvent g : a.events()) {
            int from = a.body().indexOf(g.evidence());
            if (from >= 0 && e.start() >= from && e.start() < from + g.evidence().length()) {
                any = true;
                if (g.date().equals(e.date().value())) {
                    return 1;
                }
            }
        }
        return any && !WIDE ? -1 : 0;
    }

    public static void main(String[] args) {
        String emb = args[0];
        String variant = args[1];
        double l2 = args.length > 2 ? Double.parseDouble(args[2]) : 3e-2;
        Embedder.Cached embedder = new Embedder.Cached(Embedder.named(emb), emb.equals("static") ? null
                : Path.of("/tmp/emb/cache-" + emb + ".bin"));
        Map<String, List<TypeLab.Run>> runs = TypeLab.runAll(Path.of("gold"), TypeLab.SETS);
        for (boolean withRules : new boolean[] {false, true}) {
            ClauseTyper f = new ClauseTyper(variant, embedder, withRules, false, l2);
            System.out.printf(Locale.ROOT, "%n== eventness, embedder %s, variant %s, rules features %s, l2 %.0e ==%n", emb,
                    variant, withRules, l2);
            double[] thetas = {0.5, 0.7, 0.8, 0.9};
            Map<String, int[]> sums = new LinkedHashMap<>();
            for (String held : TypeLab.HELD) {
                List<double[]> x = new ArrayList<>();
                List<Integer> y = new ArrayList<>();
                runs.forEach((s, rs) -> {
                    if (!s.equals(held)) {
                        for (TypeLab.Run r : rs) {
                            for (ExtractedEvent e : r.events()) {
                                int l = label(r.article(), e);
                                if (l >= 0) {
                                    x.add(f.vector(e));
                                    y.add(l);
                                }
                            }
                        }
                    }
                });
                Softmax m = Softmax.train(x, y.stream().mapToInt(Integer::intValue).toArray(), 2, ClauseTyper.EPOCHS, l2,
                        0.05, ClauseTyper.SEED);
                Map<String, Prf> res = new LinkedHashMap<>();
                int[] conf = new int[4]; // true-kept, true-dropped, false-kept, false-dropped at p(no event) > 0.5
                double[] p = new double[2];
                for (TypeLab.Run r : runs.get(held)) {
                    List<double[]> probs = new ArrayList<>();
                    for (ExtractedEvent e : r.events()) {
                        m.probs(f.vector(e), p);
                        probs.add(p.clone());
                        int l = label(r.article(), e);
                        if (l >= 0) {
                            conf[(l == 1 ? 0 : 2) + (p[0] > 0.5 ? 1 : 0)]++;
                        }
                    }
                    res.merge("rules", GoldEventScorer.score(r.article(), r.events(), null).events(), Prf::plus);
                    for (double t : thetas) {
                        List<ExtractedEvent> kept = new ArrayList<>();
                        for (int i = 0; i < r.events().size(); i++) {
                            if (probs.get(i)[0] <= t) {
                                kept.add(r.events().get(i));
                            }
                        }
                        res.merge("drop p(none)>" + t, GoldEventScorer.score(r.article(), kept, null).events(), Prf::plus);
                    }
                }
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                        "%-5s at 0.5: events of gold-dated sentences kept %d dropped %d; of no-gold sentences kept %d dropped %d",
                        held, conf[0], conf[1], conf[2], conf[3]));
                res.forEach((k, q) -> {
                    line.append(String.format(Locale.ROOT, "%n      %-18s P %.3f R %.3f F1 %.3f", k, q.precision(), q.recall(),
                            q.f1()));
                    int[] s = sums.computeIfAbsent(k, z -> new int[3]);
                    s[0] += q.correct();
                    s[1] += q.predicted();
                    s[2] += q.gold();
                });
                System.out.println(line);
            }
            sums.forEach((k, s) -> {
                Prf q = new Prf(s[0], s[1], s[2]);
                System.out.printf(Locale.ROOT, "SUM %-18s matched %d found %d P %.4f R %.4f F1 %.4f%n", k, s[0], s[1],
                        q.precision(), q.recall(), q.f1());
            });
        }
        embedder.save();
    }
}

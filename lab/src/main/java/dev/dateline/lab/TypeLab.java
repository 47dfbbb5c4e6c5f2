package dev.dateline.lab;

import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.Extractor;
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
 * Leave-one-set-out measure of retyping the engine's events with a sentence encoder: for each of dev2..dev6,
 * classifiers are trained on the gold events of the other tuning sets (dev always in training) and the held set
 * is scored with the rules' types and with each policy. Usage:
 * {@code TypeLab EMBEDDER(q|full|static) VARIANT[,VARIANT..] [L2]}.
 */
public final class TypeLab {

    static final List<String> SETS = List.of("dev", "dev2", "dev3", "dev4", "dev5", "dev6");
    /** The held-out folds; {@code -Dheld=dev6} narrows them (for an engine built before a set was tuned on). */
    static final List<String> HELD = List.of(System.getProperty("held", "dev2,dev3,dev4,dev5,dev6").split(","));

    record Run(GoldArticle article, List<ExtractedEvent> events) {
    }

    private TypeLab() {
    }

    static Map<String, List<Run>> runAll(Path goldRoot, List<String> sets) {
        Extractor ex = Extractor.create();
        Map<String, List<Run>> out = new LinkedHashMap<>();
        for (String s : sets) {
            List<Run> runs = new ArrayList<>();
            for (GoldArticle a : GoldArticle.loadAll(goldRoot.resolve(s))) {
                runs.add(new Run(a, ex.extract(a.body(), a.published()).events()));
            }
            out.put(s, runs);
        }
        return out;
    }

    static List<ClauseTyper.Example> examples(List<Run> runs) {
        List<ClauseTyper.Example> out = new ArrayList<>();
        for (Run r : runs) {
            out.addAll(ClauseTyper.examples(r.article(), r.events()));
        }
        return out;
    }

    public static void main(String[] args) {
        String emb = args[0];
        List<String> variants = List.of(args[1].split(","));
        double l2 = args.length > 2 ? Double.parseDouble(args[2]) : 1e-4;
        Embedder.Cached embedder = new Embedder.Cached(Embedder.named(emb), emb.equals("static") ? null
                : Path.of("/tmp/emb/cache-" + emb + ".bin"));
        Map<String, List<Run>> runs = runAll(Path.of("gold"), SETS);
        Map<String, List<ClauseTyper.Example>> ex = new LinkedHashMap<>();
        runs.forEach((s, r) -> ex.put(s, examples(r)));
        double[] thetas = {0.5, 0.7, 0.9};
        for (String variant : variants) {
            System.out.printf(Locale.ROOT, "%n== embedder %s, variant %s, l2 %.0e ==%n", emb, variant, l2);
            Map<String, int[]> sums = new LinkedHashMap<>();
            Map<String, Double> f1sum = new LinkedHashMap<>();
            for (String held : HELD) {
                List<ClauseTyper.Example> train = new ArrayList<>();
                ex.forEach((s, e) -> {
                    if (!s.equals(held)) {
                        train.addAll(e);
                    }
                });
                ClauseTyper lr = new ClauseTyper(variant, embedder, false, false, l2).train(train);
                ClauseTyper lrRules = new ClauseTyper(variant, embedder, true, false, l2).train(train);
                ClauseTyper knn = new ClauseTyper(variant, embedder, false, true, l2).train(train);
                Map<String, Prf> res = new LinkedHashMap<>();
                for (Run r : runs.get(held)) {
                    add(res, "rules", r, r.events());
                    add(res, "i:model", r, lr.retype(r.events(), -1));
                    for (double t : thetas) {
                        add(res, "ii:p>" + t, r, lr.retype(r.events(), t));
                    }
                    add(res, "iii:rules-feat", r, lrRules.retype(r.events(), -1));
                    add(res, "iii:rules-feat p>0.5", r, lrRules.retype(r.events(), 0.5));
                    if (MORE) {
                        for (double t : new double[] {0.3, 0.4, 0.6, 0.7}) {
                            add(res, "iii:rules-feat p>" + t, r, lrRules.retype(r.events(), t));
                        }
                    }
                    if (SHOW) {
                        show(r, lrRules.retype(r.events(), 0.5));
                    }
                    add(res, "knn10", r, knn.retype(r.events(), -1));
                }
                int[] acc = new int[5];
                for (ClauseTyper.Example e : ex.get(held)) {
                    if (e.rulesType().equals("NONE")) {
                        continue;
                    }
                    acc[0]++;
                    boolean rr = e.rulesType().equals(e.label());
                    boolean mr = lr.predict(e).type().name().equals(e.label());
                    acc[1] += rr ? 1 : 0;
                    acc[2] += mr ? 1 : 0;
                    acc[3] += lrRules.predict(e).type().name().equals(e.label()) ? 1 : 0;
                    acc[4] += rr || mr ? 1 : 0;
                }
                System.out.printf(Locale.ROOT, "%-5s aligned %d: type right by rules %d, model %d, model+rules %d, either %d%n",
                        held, acc[0], acc[1], acc[2], acc[3], acc[4]);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-5s", held));
                double rulesF1 = res.get("rules").f1();
                res.forEach((k, p) -> {
                    line.append(String.format(Locale.ROOT, " | %s %.3f (%d)", k, p.f1(), p.correct()));
                    sums.computeIfAbsent(k, q -> new int[3]);
                    int[] s = sums.get(k);
                    s[0] += p.correct();
                    s[1] += p.predicted();
                    s[2] += p.gold();
                    f1sum.merge(k, p.f1() - rulesF1, Double::sum);
                });
                System.out.println(line);
                embedder.save();
            }
            sums.forEach((k, s) -> {
                Prf p = new Prf(s[0], s[1], s[2]);
                System.out.printf(Locale.ROOT, "SUM %-22s matched %5d  F1 %.4f  mean dF1 over folds %+.4f%n", k, s[0], p.f1(),
                        f1sum.get(k) / HELD.size());
            });
        }
        embedder.save();
    }

    /** {@code -Dshow=true}: list the events (iii) with p > 0.5 retypes, with the gold type of their sentence and date. */
    static final boolean SHOW = Boolean.getBoolean("show");
    /** {@code -Dmore=true}: policy (iii) also at thresholds 0.3, 0.4, 0.6 and 0.7. */
    static final boolean MORE = Boolean.getBoolean("more");

    static void show(Run r, List<ExtractedEvent> retyped) {
        GoldArticle a = r.article();
        for (int i = 0; i < retyped.size(); i++) {
            ExtractedEvent before = r.events().get(i);
            ExtractedEvent after = retyped.get(i);
            if (before.type() == after.type()) {
                continue;
            }
            List<String> gold = new ArrayList<>();
            for (GoldArticle.GoldEvent g : a.events()) {
                int from = a.body().indexOf(g.evidence());
                if (from >= 0 && before.start() >= from && before.start() < from + g.evidence().length()
                        && g.date().equals(before.date().value())) {
                    gold.add(g.type());
                }
            }
            String mark = gold.contains(after.type().name()) && !gold.contains(before.type().name()) ? "+"
                    : gold.contains(before.type().name()) && !gold.contains(after.type().name()) ? "-" : "=";
            System.out.printf(Locale.ROOT, "CHANGE %s %s -> %s gold %s [%s] (%s) | %s%n", mark, before.type(), after.type(),
                    gold, before.trigger(), before.dateText(), before.evidence().replaceAll("\\s+", " "));
        }
    }

    private static void add(Map<String, Prf> res, String key, Run r, List<ExtractedEvent> events) {
        GoldEventScorer.Result x = GoldEventScorer.score(r.article(), events, null);
        res.merge(key, x.events(), Prf::plus);
    }
}

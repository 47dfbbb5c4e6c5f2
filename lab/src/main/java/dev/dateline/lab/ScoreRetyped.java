package dev.dateline.lab;

import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.ExtractionResult;
import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.eval.GoldArticle;
import dev.dateline.extraction.eval.GoldEventScorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a gold folder with the engine's events retyped by the policy the leave-one-set-out figures chose (see
 * docs in lab/README.md): trained on all six tuning sets, then GOLD_DIR scored as {@code eval events} scores it,
 * first with the rules' types, then retyped. Usage: {@code ScoreRetyped GOLD_DIR [EMBEDDER VARIANT L2 THETA
 * RULES_FEATURES]}.
 */
public final class ScoreRetyped {

    private ScoreRetyped() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String emb = args.length > 1 ? args[1] : "q";
        String variant = args.length > 2 ? args[2] : "S";
        double l2 = args.length > 3 ? Double.parseDouble(args[3]) : 3e-2;
        double theta = args.length > 4 ? Double.parseDouble(args[4]) : 0.5;
        boolean rulesFeatures = args.length <= 5 || Boolean.parseBoolean(args[5]);
        Embedder embedder = Embedder.named(emb);
        List<ClauseTyper.Example> train = new ArrayList<>();
        TypeLab.runAll(Path.of("gold"), TypeLab.SETS).values().forEach(r -> train.addAll(TypeLab.examples(r)));
        ClauseTyper typer = new ClauseTyper(variant, embedder, rulesFeatures, false, l2).train(train);
        System.out.printf(Locale.ROOT, "trained on %d gold events of %s; embedder %s, variant %s, l2 %.0e, theta %.2f,"
                + " rules features %s%n", train.size(), TypeLab.SETS, emb, variant, l2, theta, rulesFeatures);
        Extractor ex = Extractor.create();
        GoldEventScorer.Result rules = GoldEventScorer.Result.EMPTY;
        GoldEventScorer.Result retyped = GoldEventScorer.Result.EMPTY;
        List<GoldArticle> articles = GoldArticle.loadAll(dir);
        long t0 = System.nanoTime();
        long chars = 0;
        int changed = 0;
        int found = 0;
        for (GoldArticle a : articles) {
            ExtractionResult r = ex.extract(a.body(), a.published());
            List<ExtractedEvent> events = typer.retype(r.events(), theta);
            chars += a.body().length();
            for (int i = 0; i < events.size(); i++) {
                changed += events.get(i).type() != r.events().get(i).type() ? 1 : 0;
            }
            found += events.size();
            rules = rules.plus(GoldEventScorer.score(a, r.events(), null));
            retyped = retyped.plus(GoldEventScorer.score(a, events, null));
        }
        double s = (System.nanoTime() - t0) / 1e9;
        summary("rules", articles.size(), rules);
        summary("retyped", articles.size(), retyped);
        System.out.printf(Locale.ROOT, "%nretyping changed the type of %d of %d extracted events%n", changed, found);
        System.out.printf(Locale.ROOT, "%nextraction + retyping: %.3f MB/s (%d chars in %.1f s, includes the rules)%n",
                chars / s / 1e6, chars, s);
    }

    static void summary(String name, int articles, GoldEventScorer.Result total) {
        System.out.println();
        System.out.println("== " + name);
        System.out.printf(Locale.ROOT, "articles %d, gold events %d, extracted %d%n", articles, total.events().gold(),
                total.events().predicted());
        System.out.println("events     " + total.events());
        System.out.println("date only  " + total.dateOnly());
        System.out.println("type only  " + total.typeOnly());
        System.out.printf(Locale.ROOT, "modality accuracy on matched events %.4f (%d/%d)%n", total.modalityAccuracy(),
                total.modalityCorrect(), total.matched());
    }
}

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
 * Scores a gold folder with the engine's events retyped by the sparse typer the fair folds chose (lab/README.md):
 * trained on the gold events of all six tuning sets, then GOLD_DIR scored as {@code eval events} scores it, first
 * with the rules' types, then retyped. Usage: {@code ScoreSparse GOLD_DIR [GROUPS L2 THETA RULES_SCALE]}
 * (THETA -1: always the model's type); {@code -Dshow=true} lists the retyped events.
 */
public final class ScoreSparse {

    static final String GROUPS = "RTSWGEMC";
    static final double L2 = 3e-3;
    static final double THETA = -1;
    static final double RULES_SCALE = 2;

    private ScoreSparse() {
    }

    /** The sparse typer trained on the gold events of the six tuning sets with the engine on the class path. */
    static SparseTyper trainAll(Extractor ex, String groups, double l2, double rulesScale) {
        List<SparseLab.Labelled> data = new ArrayList<>();
        for (String s : TypeLab.SETS) {
            for (GoldArticle a : GoldArticle.loadAll(Path.of("gold", s))) {
                data.addAll(SparseLab.labelled(a, ex.extract(a.body(), a.published()).events()));
            }
        }
        SparseTyper m = new SparseTyper(l2, 1, rulesScale).train(SparseLab.items(groups, data, null));
        System.out.printf(Locale.ROOT, "trained on %d gold events of %s; groups %s, l2 %.0e, rules scale %.1f%n", data.size(),
                TypeLab.SETS, groups, l2, rulesScale);
        return m;
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String groups = args.length > 1 ? args[1] : GROUPS;
        double l2 = args.length > 2 ? Double.parseDouble(args[2]) : L2;
        double theta = args.length > 3 ? Double.parseDouble(args[3]) : THETA;
        double rulesScale = args.length > 4 ? Double.parseDouble(args[4]) : RULES_SCALE;
        Extractor ex = Extractor.create();
        SparseTyper typer = trainAll(ex, groups, l2, rulesScale);
        System.out.printf(Locale.ROOT, "policy: the model's type %s%n", theta < 0 ? "always" : "when p > " + theta);
        GoldEventScorer.Result rules = GoldEventScorer.Result.EMPTY;
        GoldEventScorer.Result retyped = GoldEventScorer.Result.EMPTY;
        List<GoldArticle> articles = GoldArticle.loadAll(dir);
        int changed = 0;
        int found = 0;
        for (GoldArticle a : articles) {
            ExtractionResult r = ex.extract(a.body(), a.published());
            List<ExtractedEvent> events = SparseLab.retype(typer, groups, null, r.events(), a.published(), theta);
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).type() != r.events().get(i).type()) {
                    changed++;
                    if (Boolean.getBoolean("show")) {
                        System.out.printf(Locale.ROOT, "CHANGE %s %s -> %s [%s] (%s) | %s%n", a.id(), r.events().get(i).type(),
                                events.get(i).type(), events.get(i).trigger(), events.get(i).dateText(),
                                events.get(i).evidence().replaceAll("\\s+", " "));
                    }
                }
            }
            found += events.size();
            rules = rules.plus(GoldEventScorer.score(a, r.events(), null));
            retyped = retyped.plus(GoldEventScorer.score(a, events, null));
        }
        ScoreRetyped.summary("rules", articles.size(), rules);
        ScoreRetyped.summary("retyped (sparse)", articles.size(), retyped);
        System.out.printf(Locale.ROOT, "%nretyping changed the type of %d of %d extracted events%n", changed, found);
    }
}

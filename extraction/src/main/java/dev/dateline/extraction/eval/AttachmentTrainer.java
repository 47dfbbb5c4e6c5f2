package dev.dateline.extraction.eval;

import dev.dateline.extraction.AttachmentModel;
import dev.dateline.extraction.ExtractionResult;
import dev.dateline.extraction.Extractor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trains the attachment model on gold articles and compares it with the hand-set rules. A date the engine
 * found is labelled by the gold events of the same sentence whose time expression overlaps it (or, for dates
 * the engine computes from an offset, whose value it has): the right candidates are the triggers of the gold
 * type; a date no gold event has should attach to nothing. Dates whose gold type no candidate has teach
 * nothing about attachment and are left out (counted). Each gold folder is then scored with a model trained on
 * the other folders only, so every figure is on articles the model never saw. The same is done for the event's
 * type: a multi-class model of the gold type from the rules' type and the words around the attached trigger.
 * Both are experiments that tell whether a trained step generalises to unseen articles better than the rules.
 */
public final class AttachmentTrainer {

    static final int EPOCHS = 20;
    static final double L2 = 0.03;
    static final long SEED = 20261129L;

    private AttachmentTrainer() {
    }

    /**
     * Where a set's gold events are lost before participants are chosen: counts of gold events whose sentence
     * gives the engine no date of the right value, whose dated sentence has no trigger of the gold type, whose
     * trigger of the right type the rules do not attach that date to, and the rest.
     */
    public record Funnel(int gold, int noDate, int noTrigger, int attachedElsewhere) {
        public int reached() {
            return gold - noDate - noTrigger - attachedElsewhere;
        }
    }

    public static Funnel funnel(Extractor extractor, List<GoldArticle> articles) {
        int gold = 0;
        int noDate = 0;
        int noTrigger = 0;
        int elsewhere = 0;
        for (GoldArticle a : articles) {
            List<AttachmentModel.Choice> choices = extractor.attachmentChoices(a.body(), a.published());
            for (GoldArticle.GoldEvent g : a.events()) {
                gold++;
                List<AttachmentModel.Choice> dated = new ArrayList<>();
                for (AttachmentModel.Choice c : choices) {
                    if (sameSentence(a, g, c) && c.value().equals(g.date())) {
                        dated.add(c);
                    }
                }
                if (dated.isEmpty()) {
                    noDate++;
                } else if (dated.stream().noneMatch(c -> c.candidates().stream().anyMatch(k -> k.type().equals(g.type())))) {
                    noTrigger++;
                } else if (dated.stream().noneMatch(c -> c.candidates().stream()
                        .anyMatch(k -> k.ruleChoice() && k.type().equals(g.type())))) {
                    elsewhere++;
                }
            }
        }
        return new Funnel(gold, noDate, noTrigger, elsewhere);
    }

    /** Whether the engine's choice lies in the gold event's evidence sentence. */
    private static boolean sameSentence(GoldArticle a, GoldArticle.GoldEvent g, AttachmentModel.Choice c) {
        int s = a.body().indexOf(g.evidence());
        return s >= 0 && c.sentenceStart() < s + g.evidence().length() && s < c.sentenceEnd();
    }

    /** Whether the engine's date overlaps the gold event's time expression (in its evidence sentence). */
    private static boolean sameExpression(GoldArticle a, GoldArticle.GoldEvent g, AttachmentModel.Choice c) {
        int s = a.body().indexOf(g.evidence());
        int d = s < 0 ? -1 : g.evidence().indexOf(g.dateText());
        return d >= 0 && s + d < c.dateEnd() && c.dateStart() < s + d + g.dateText().length();
    }

    /** Labelled choices of one set, and how many choices could not be labelled. */
    public record Labelled(List<AttachmentModel.Example> examples, int unlabelled) {
    }

    public static Labelled examples(Extractor extractor, List<GoldArticle> articles) {
        List<AttachmentModel.Example> out = new ArrayList<>();
        int unlabelled = 0;
        for (GoldArticle a : articles) {
            for (AttachmentModel.Choice c : extractor.attachmentChoices(a.body(), a.published())) {
                Set<String> types = new HashSet<>();
                for (GoldArticle.GoldEvent g : a.events()) {
                    if (sameSentence(a, g, c) && (g.date().equals(c.value()) || sameExpression(a, g, c))) {
                        types.add(g.type());
                    }
                }
                Set<Integer> positives = new HashSet<>();
                for (int k = 0; k < c.candidates().size(); k++) {
                    if (types.contains(c.candidates().get(k).type())) {
                        positives.add(k);
                    }
                }
                if (!types.isEmpty() && positives.isEmpty()) {
                    unlabelled++;
                    continue;
                }
                out.add(new AttachmentModel.Example(c.candidates(), positives));
            }
        }
        return new Labelled(out, unlabelled);
    }

    /**
     * How both models on {@code held} grow with training data: trained on a quarter, half, three quarters and all
     * of the other articles (the mean of four draws, fixed seeds, below all).
     */
    public static void learningCurve(Extractor extractor, List<GoldArticle> others, List<GoldArticle> held,
                                     boolean withRules, PrintStream p) {
        List<Typed> heldTyped = typed(extractor, held);
        for (int quarters = 1; quarters <= 4; quarters++) {
            int draws = quarters == 4 ? 1 : 4;
            double f1 = 0;
            double typedRight = 0;
            int size = others.size() * quarters / 4;
            for (int draw = 0; draw < draws; draw++) {
                List<GoldArticle> sample = new ArrayList<>(others);
                java.util.Collections.shuffle(sample, new java.util.Random(SEED + draw));
                sample = sample.subList(0, size);
                f1 += score(extractor.withAttachment(train(examples(extractor, sample).examples(), withRules)), held).f1();
                TypeModel m = TypeModel.train(typed(extractor, sample));
                typedRight += heldTyped.stream().filter(x -> m.predict(x.features()).equals(x.goldType())).count();
            }
            p.printf(Locale.ROOT, "trained on %3d articles: attachment model events F1 %.3f, types right %.1f of %d%n",
                    size, f1 / draws, typedRight / draws, heldTyped.size());
        }
    }

    /** Labelled dates for which the hand-set rules choose a right candidate (or none, when none is right). */
    static int rulesRight(List<AttachmentModel.Example> examples) {
        int n = 0;
        for (AttachmentModel.Example e : examples) {
            int rule = -1;
            for (int k = 0; k < e.candidates().size(); k++) {
                if (e.candidates().get(k).ruleChoice()) {
                    rule = k;
                }
            }
            if (e.positives().isEmpty() ? rule < 0 : e.positives().contains(rule)) {
                n++;
            }
        }
        return n;
    }

    public static AttachmentModel train(List<AttachmentModel.Example> examples, boolean withRules) {
        return AttachmentModel.train(examples, EPOCHS, L2, SEED, withRules ? Set.of("x:") : Set.of("rule", "x:"));
    }

    /** Events precision/recall/F1 of an engine over a set, without printing. */
    public static Prf score(Extractor extractor, List<GoldArticle> articles) {
        GoldEventScorer.Result total = GoldEventScorer.Result.EMPTY;
        for (GoldArticle a : articles) {
            ExtractionResult r = extractor.extract(a.body(), a.published());
            total = total.plus(GoldEventScorer.score(a, r.events(), null));
        }
        return total.events();
    }

    /**
     * For each named set, the rules' figure and the model's trained on the other sets; then the model trained on
     * every set, written to {@code out} when it is not null.
     */
    public static void run(Extractor extractor, Map<String, List<GoldArticle>> sets, boolean withRules, Path out,
                           PrintStream p) {
        Map<String, Labelled> labelled = new LinkedHashMap<>();
        sets.forEach((name, articles) -> labelled.put(name, examples(extractor, articles)));
        labelled.forEach((name, l) -> p.printf(Locale.ROOT,
                "%-12s %5d dates labelled (%d of them a gold event's), the rules' choice right for %d of them; %d left out"
                        + " (the gold type is none of the sentence's triggers)%n", name, l.examples().size(),
                l.examples().stream().filter(e -> !e.positives().isEmpty()).count(), rulesRight(l.examples()),
                l.unlabelled()));
        p.println();
        p.printf(Locale.ROOT, "%-12s %6s %26s %27s %31s %8s%n", "gold events", "all", "no date of the right value",
                "no trigger of the gold type", "rules attach the date elsewhere", "reached");
        sets.forEach((name, articles) -> {
            Funnel f = funnel(extractor, articles);
            p.printf(Locale.ROOT, "%-12s %6d %26d %27d %31d %8d%n", name, f.gold(), f.noDate(), f.noTrigger(),
                    f.attachedElsewhere(), f.reached());
        });
        p.println();
        p.printf(Locale.ROOT, "%-12s %-36s %-36s%n", "held out", "rules", "model trained on the other sets");
        for (String held : sets.keySet()) {
            List<AttachmentModel.Example> train = new ArrayList<>();
            labelled.forEach((name, l) -> {
                if (!name.equals(held)) {
                    train.addAll(l.examples());
                }
            });
            AttachmentModel m = train(train, withRules);
            Prf rules = score(extractor, sets.get(held));
            Prf model = score(extractor.withAttachment(m), sets.get(held));
            p.printf(Locale.ROOT, "%-12s %-36s %-36s%n", held, rules, model);
        }
        p.println();
        p.println("typing: a log-linear model of the gold type from the rules' type, the trigger word and the words around it,"
                + " for each date of a gold event the rules attach; trained on the other sets");
        Map<String, List<Typed>> typedSets = new LinkedHashMap<>();
        sets.forEach((name, articles) -> typedSets.put(name, typed(extractor, articles)));
        for (String held : sets.keySet()) {
            List<Typed> train = new ArrayList<>();
            typedSets.forEach((name, typed) -> {
                if (!name.equals(held)) {
                    train.addAll(typed);
                }
            });
            TypeModel m = TypeModel.train(train);
            int n = 0;
            int rules = 0;
            int model = 0;
            int fixed = 0;
            int broken = 0;
            for (Typed x : typedSets.get(held)) {
                boolean r = x.ruleType().equals(x.goldType());
                boolean k = m.predict(x.features()).equals(x.goldType());
                n++;
                rules += r ? 1 : 0;
                model += k ? 1 : 0;
                fixed += k && !r ? 1 : 0;
                broken += r && !k ? 1 : 0;
            }
            p.printf(Locale.ROOT, "%-12s %4d dates: type right by the rules %d, by the model %d (%d fixed, %d broken)%n",
                    held, n, rules, model, fixed, broken);
        }
        if (out != null) {
            List<AttachmentModel.Example> all = new ArrayList<>();
            labelled.values().forEach(l -> all.addAll(l.examples()));
            AttachmentModel m = train(all, withRules);
            m.write(out, "Attachment model: feature, weight. Trained by `dateline eval attachment` on "
                    + String.join(", ", sets.keySet()) + "\n(" + all.size() + " labelled dates, " + EPOCHS
                    + " epochs, L2 " + L2 + (withRules ? ", with the rules' choice as a feature" : ", without the rules' choice") + ").");
            p.println();
            p.printf(Locale.ROOT, "model trained on all %d labelled dates (%d features) written to %s%n", all.size(),
                    m.size(), out);
        }
    }

    /** One attached date of a gold event: the features of the trigger the rules chose, its type, the gold type. */
    record Typed(List<String> features, String ruleType, String goldType) {
    }

    static List<Typed> typed(Extractor extractor, List<GoldArticle> articles) {
        List<Typed> out = new ArrayList<>();
        for (GoldArticle a : articles) {
            for (AttachmentModel.Choice c : extractor.attachmentChoices(a.body(), a.published())) {
                AttachmentModel.Candidate rule = null;
                for (AttachmentModel.Candidate k : c.candidates()) {
                    if (k.ruleChoice()) {
                        rule = k;
                    }
                }
                if (rule == null) {
                    continue;
                }
                for (GoldArticle.GoldEvent g : a.events()) {
                    if (sameSentence(a, g, c) && c.value().equals(g.date())) {
                        List<String> f = new ArrayList<>();
                        for (String x : rule.features()) {
                            if (x.startsWith("x:") || x.startsWith("verb=") || x.startsWith("same=") || x.startsWith("pair=")) {
                                f.add(x);
                            }
                        }
                        f.add("rt=" + rule.type());
                        f.add("bias");
                        out.add(new Typed(f, rule.type(), g.type()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** A multi-class log-linear model of event types, fitted by AdaGrad with an L2 penalty (deterministic). */
    static final class TypeModel {
        private static final String[] TYPES = java.util.Arrays.stream(dev.dateline.extraction.EventType.values())
                .map(Enum::name).toArray(String[]::new);
        private final Map<String, double[]> weights = new java.util.HashMap<>();

        static TypeModel train(List<Typed> data) {
            TypeModel m = new TypeModel();
            Map<String, double[]> squares = new java.util.HashMap<>();
            List<String> names = List.of(TYPES);
            List<Typed> order = new ArrayList<>(data);
            java.util.Random random = new java.util.Random(SEED);
            for (int epoch = 0; epoch < EPOCHS; epoch++) {
                java.util.Collections.shuffle(order, random);
                for (Typed x : order) {
                    double[] p = m.scores(x.features());
                    double max = java.util.Arrays.stream(p).max().orElse(0);
                    double z = 0;
                    for (int i = 0; i < p.length; i++) {
                        p[i] = Math.exp(p[i] - max);
                        z += p[i];
                    }
                    int y = names.indexOf(x.goldType());
                    for (String f : x.features()) {
                        double[] w = m.weights.computeIfAbsent(f, k -> new double[TYPES.length]);
                        double[] g2 = squares.computeIfAbsent(f, k -> new double[TYPES.length]);
                        for (int i = 0; i < TYPES.length; i++) {
                            double grad = p[i] / z - (i == y ? 1 : 0) + L2 * w[i];
                            g2[i] += grad * grad;
                            w[i] -= 0.3 * grad / Math.sqrt(g2[i] + 1e-8);
                        }
                    }
                }
            }
            return m;
        }

        private double[] scores(List<String> features) {
            double[] s = new double[TYPES.length];
            for (String f : features) {
                double[] w = weights.get(f);
                if (w != null) {
                    for (int i = 0; i < s.length; i++) {
                        s[i] += w[i];
                    }
                }
            }
            return s;
        }

        String predict(List<String> features) {
            double[] s = scores(features);
            int best = 0;
            for (int i = 1; i < s.length; i++) {
                if (s[i] > s[best]) {
                    best = i;
                }
            }
            return TYPES[best];
        }
    }
}

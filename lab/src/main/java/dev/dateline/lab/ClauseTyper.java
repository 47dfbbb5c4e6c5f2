package dev.dateline.lab;

import dev.dateline.extraction.EventType;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.eval.GoldArticle;
import dev.dateline.extraction.eval.GoldEventScorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Types a dated clause from a sentence encoder's vector of it: the text around the event's date (see
 * {@link #text}) is embedded and a multinomial logistic regression (or k nearest neighbours) over the taxonomy's
 * types reads the vector, optionally with the rules' type and trigger as one-hot features.
 */
final class ClauseTyper {

    static final EventType[] TYPES = EventType.values();
    static final int TRIGGER_BUCKETS = 128;
    static final int EPOCHS = 20;
    static final long SEED = 20261129L;
    /** Size of the rules' one-hot features against the embedding's (scaled to about one per dimension). */
    static final double RULES_SCALE = Double.parseDouble(System.getProperty("rules.scale", "4"));

    /** A gold event as a training example: its text comes from the engine event aligned to it when there is one. */
    record Example(String evidence, String dateText, int dateOffset, String label, String rulesType, String trigger) {
    }

    /** A prediction: the type and the model's probability for it. */
    record Prediction(EventType type, double p) {
    }

    final String variant;
    final Embedder embedder;
    final boolean withRules;
    final boolean knn;
    final double l2;
    private Softmax model;
    private List<double[]> knnX;
    private int[] knnY;

    ClauseTyper(String variant, Embedder embedder, boolean withRules, boolean knn, double l2) {
        Embedder inner = embedder instanceof Embedder.Cached c ? c.inner() : embedder;
        if (variant.startsWith("C") != inner instanceof ContextEmbedder) {
            throw new IllegalArgumentException("the C.. variants go with the ctx embedder, and only they");
        }
        this.variant = variant;
        this.embedder = embedder;
        this.withRules = withRules;
        this.knn = knn;
        this.l2 = l2;
    }

    ClauseTyper train(List<Example> examples) {
        List<double[]> x = new ArrayList<>();
        int[] y = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            x.add(features(text(variant, e.evidence(), e.dateText(), e.dateOffset()), e.rulesType(), e.trigger()));
            y[i] = EventType.valueOf(e.label()).ordinal();
        }
        if (knn) {
            knnX = x;
            knnY = y;
        } else {
            model = Softmax.train(x, y, TYPES.length, EPOCHS, l2, 0.05, SEED);
        }
        return this;
    }

    Prediction predict(ExtractedEvent e) {
        int d = e.dateStart() - e.start();
        String ev = e.evidence();
        if (d < 0 || d + e.dateText().length() > ev.length() || !ev.startsWith(e.dateText(), d)) {
            d = ev.indexOf(e.dateText());
        }
        return predict(ev, e.dateText(), d, e.type().name(), e.trigger());
    }

    /** The classifier's input for an engine event. */
    double[] vector(ExtractedEvent e) {
        int d = e.dateStart() - e.start();
        String ev = e.evidence();
        if (d < 0 || d + e.dateText().length() > ev.length() || !ev.startsWith(e.dateText(), d)) {
            d = ev.indexOf(e.dateText());
        }
        return features(text(variant, ev, e.dateText(), d), e.type().name(), e.trigger());
    }

    Prediction predict(Example e) {
        return predict(e.evidence(), e.dateText(), e.dateOffset(), e.rulesType(), e.trigger());
    }

    private Prediction predict(String ev, String dateText, int d, String rulesType, String trigger) {
        double[] x = features(text(variant, ev, dateText, d), rulesType, trigger);
        double[] p = new double[TYPES.length];
        if (knn) {
            knnProbs(x, p);
        } else {
            model.probs(x, p);
        }
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new Prediction(TYPES[best], p[best]);
    }

    /** The engine's events retyped under a policy: {@code always}, or {@code theta} (model when p > theta or rules say OTHER). */
    List<ExtractedEvent> retype(List<ExtractedEvent> events, double theta) {
        List<ExtractedEvent> out = new ArrayList<>(events.size());
        for (ExtractedEvent e : events) {
            Prediction p = predict(e);
            boolean take = p.p() > theta || e.type() == EventType.OTHER;
            out.add(take ? withType(e, p.type()) : e);
        }
        return out;
    }

    static ExtractedEvent withType(ExtractedEvent e, EventType t) {
        return new ExtractedEvent(e.date(), e.dateText(), e.dateStart(), e.dateEnd(), t, e.trigger(), e.title(), e.actors(),
                e.location(), e.evidence(), e.start(), e.end(), e.confidence(), e.modality());
    }

    private void knnProbs(double[] x, double[] out) {
        int k = 10;
        double[] sims = new double[knnX.size()];
        for (int i = 0; i < sims.length; i++) {
            sims[i] = dot(x, knnX.get(i));
        }
        Integer[] idx = new Integer[sims.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(sims[b], sims[a]) != 0 ? Double.compare(sims[b], sims[a]) : a - b);
        Arrays.fill(out, 0);
        double z = 0;
        for (int j = 0; j < Math.min(k, idx.length); j++) {
            double w = Math.max(1e-6, sims[idx[j]]);
            out[knnY[idx[j]]] += w;
            z += w;
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= z;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The blocks of the embedder's vector the variant reads: all of it, or for {@code C..} variants S, D and W. */
    private int[] blocks() {
        if (!variant.startsWith("C")) {
            return new int[] {-1};
        }
        return variant.substring(1).chars().map(c -> "SDW".indexOf(c)).toArray();
    }

    private double[] features(String text, String rulesType, String trigger) {
        float[] v = embedder.embed(text);
        int[] blocks = blocks();
        int width = blocks[0] < 0 ? v.length : v.length / 3;
        int dims = width * blocks.length;
        int extra = withRules ? TYPES.length + 1 + TRIGGER_BUCKETS : 0;
        double[] x = new double[dims + extra];
        for (int b = 0; b < blocks.length; b++) {
            int from = blocks[b] < 0 ? 0 : blocks[b] * width;
            double norm = 0;
            for (int i = 0; i < width; i++) {
                norm += v[from + i] * v[from + i];
            }
            norm = Math.sqrt(norm) + 1e-12;
            double scale = knn ? 1 / norm / Math.sqrt(blocks.length) : Math.sqrt(width) / norm;
            for (int i = 0; i < width; i++) {
                x[b * width + i] = v[from + i] * scale;
            }
        }
        if (withRules) {
            int r = rulesType.equals("NONE") ? TYPES.length : EventType.valueOf(rulesType).ordinal();
            x[dims + r] = RULES_SCALE;
            if (!trigger.isEmpty()) {
                x[dims + TYPES.length + 1 + Math.floorMod(trigger.toLowerCase(Locale.ROOT).hashCode(), TRIGGER_BUCKETS)] =
                        RULES_SCALE;
            }
        }
        return x;
    }

    /**
     * The model's input for a sentence and the offset of its date expression in it (-1 when unknown): {@code S} the
     * sentence with the date in brackets, {@code W6} six words either side of the date, {@code W12} twelve words
     * either side with the date in brackets.
     */
    static String text(String variant, String evidence, String dateText, int d) {
        String ev = evidence.replaceAll("\\s", " ");
        boolean known = d >= 0 && d + dateText.length() <= ev.length();
        if (variant.startsWith("C")) {
            return known ? ev.substring(0, d) + ContextEmbedder.OPEN + dateText + ContextEmbedder.CLOSE
                    + ev.substring(d + dateText.length()) : ev;
        }
        if (variant.equals("S")) {
            return known ? ev.substring(0, d) + "[" + dateText + "]" + ev.substring(d + dateText.length()) : ev;
        }
        int k = variant.equals("W6") ? 6 : 12;
        boolean mark = variant.equals("W12");
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < ev.length()) {
            while (i < ev.length() && ev.charAt(i) == ' ') {
                i++;
            }
            int s = i;
            while (i < ev.length() && ev.charAt(i) != ' ') {
                i++;
            }
            if (i > s) {
                words.add(new int[] {s, i});
            }
        }
        if (words.isEmpty()) {
            return ev;
        }
        int first = -1;
        int last = -1;
        for (int w = 0; w < words.size(); w++) {
            int[] span = words.get(w);
            if (known && span[1] > d && span[0] < d + dateText.length()) {
                if (first < 0) {
                    first = w;
                }
                last = w;
            }
        }
        if (first < 0) {
            first = words.size() / 2;
            last = first;
        }
        int from = Math.max(0, first - k);
        int to = Math.min(words.size() - 1, last + k);
        StringBuilder sb = new StringBuilder();
        for (int w = from; w <= to; w++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (mark && w == first && known) {
                sb.append('[');
            }
            int[] span = words.get(w);
            sb.append(ev, span[0], span[1]);
            if (mark && w == last && known) {
                sb.append(']');
            }
        }
        return sb.toString();
    }

    /** Each gold event of an article as an example, aligned to the engine event of its sentence with its date. */
    static List<Example> examples(GoldArticle a, List<ExtractedEvent> system) {
        List<Example> out = new ArrayList<>();
        int[] picks = align(a, system);
        for (int n = 0; n < picks.length; n++) {
            GoldArticle.GoldEvent g = a.events().get(n);
            int pick = picks[n];
            if (pick >= 0) {
                ExtractedEvent e = system.get(pick);
                out.add(new Example(e.evidence(), e.dateText(), e.dateStart() - e.start(), g.type(), e.type().name(),
                        e.trigger()));
            } else {
                int d = g.evidence().indexOf(g.dateText());
                if (d < 0) {
                    d = g.evidence().toLowerCase(Locale.ROOT).indexOf(g.dateText().toLowerCase(Locale.ROOT));
                }
                out.add(new Example(g.evidence(), g.dateText(), d, g.type(), "NONE", ""));
            }
        }
        return out;
    }

    /**
     * For each gold event of an article, the index of the engine event it aligns with (-1 if none): an unused
     * event of its sentence with its date, one that shares a participant first.
     */
    static int[] align(GoldArticle a, List<ExtractedEvent> system) {
        int[] picks = new int[a.events().size()];
        boolean[] used = new boolean[system.size()];
        for (int n = 0; n < picks.length; n++) {
            GoldArticle.GoldEvent g = a.events().get(n);
            int from = a.body().indexOf(g.evidence());
            int to = from + g.evidence().length();
            int pick = -1;
            for (int pass = 0; pass < 2 && pick < 0; pass++) {
                for (int s = 0; s < system.size() && pick < 0; s++) {
                    ExtractedEvent e = system.get(s);
                    if (!used[s] && from >= 0 && e.start() >= from && e.start() < to && g.date().equals(e.date().value())
                            && (pass == 1 || GoldEventScorer.shares(g, e))) {
                        pick = s;
                    }
                }
            }
            if (pick >= 0) {
                used[pick] = true;
            }
            picks[n] = pick;
        }
        return picks;
    }
}

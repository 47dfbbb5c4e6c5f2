package dev.dateline.lab;

import dev.dateline.extraction.Entity;
import dev.dateline.extraction.EventType;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.Modality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Retypes the engine's events with a multinomial logistic regression on sparse binary features of the event's
 * sentence, computable in microseconds: the rules' type and trigger, and (by feature group letters) the
 * trigger's stem, the words around the date and around the trigger, the sentence's verbs next to the date, the
 * kinds of the event's entities, the date's granularity, its tense against publication and the modality. Depends
 * only on the extraction module's public types (no ONNX), so that it could move there. An optional dense vector
 * (a sentence encoder's, for the lab's comparison) joins the sparse features.
 *
 * <p>Groups: {@code R} rules' type and trigger (always on), {@code T} trigger stem, {@code D} words within
 * {@link #DATE_WINDOW} of the date by side and distance bucket, {@code B} bigrams there, {@code W} the same words
 * as a bag, {@code G} words next to the trigger and the trigger's side and distance from the date, {@code S} the
 * sentence's words as a bag, {@code V} the nearest verb-like words either side of the date, {@code E} entity
 * kinds, {@code M} granularity, tense and modality, {@code C} the rules' type crossed with M and E.
 */
final class SparseTyper {

    static final EventType[] TYPES = EventType.values();
    static final int DATE_WINDOW = Integer.getInteger("sparse.window", 6);
    static final int EPOCHS = 20;
    /**
     * Runs (shuffling seeds SEED, SEED + 1, ..) whose weights are averaged into the model: one run's figures move by
     * up to 8 events of ~1,000 with the seed, five averaged ones by 0 ({@code -Dsparse.average=}).
     */
    static final int AVERAGE = Integer.getInteger("sparse.average", 5);
    static final long SEED = Long.getLong("sparse.seed", 20261129L);
    static final double RATE = 0.3;
    /** {@code -Dsparse.prune=EPS}: weights smaller than EPS set to zero after training (for the model's size). */
    static final double PRUNE = Double.parseDouble(System.getProperty("sparse.prune", "0"));
    /** {@code -Dsparse.quant=STEP} (with a prune): weights rounded to STEP times a signed byte, as a compact model would store them. */
    static final double QUANT = Double.parseDouble(System.getProperty("sparse.quant", "0"));

    /** One event to type: features (and optionally a dense vector) and, for training, the gold type's ordinal. */
    record Item(List<String> features, float[] dense, String rulesType, int label) {
    }

    /** A prediction: the type and the model's probability for it. */
    record Prediction(EventType type, double p) {
    }

    final double l2;
    final double denseScale;
    /** Value of the rules' type and trigger features (the others are 1), so that the L2 penalty weighs less on them. */
    final double rulesScale;
    /** Features seen in fewer training events than this get no weight (the rules' own always have one). */
    final int minCount;
    private final Map<String, Integer> index = new HashMap<>();
    private float[][] w;
    private float[][] dw;
    private final float[] bias = new float[TYPES.length];
    /** The rules' features come first in the index: ids below this are theirs. */
    private int rulesFeatures;

    SparseTyper(double l2, double denseScale, double rulesScale) {
        this(l2, denseScale, rulesScale, Integer.getInteger("sparse.mincount", 1));
    }

    SparseTyper(double l2, double denseScale, double rulesScale, int minCount) {
        this.minCount = minCount;
        this.l2 = l2;
        this.denseScale = denseScale;
        this.rulesScale = rulesScale;
    }

    /**
     * AdaGrad on the log loss with an L2 penalty on the weights an example touches, {@link #AVERAGE} runs averaged;
     * deterministic for the seed.
     */
    SparseTyper train(List<Item> items) {
        for (Item it : items) {
            for (String f : it.features()) {
                if (isRules(f)) {
                    index.putIfAbsent(f, index.size());
                }
            }
        }
        rulesFeatures = index.size();
        Map<String, Integer> counts = new HashMap<>();
        for (Item it : items) {
            for (String f : it.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        for (Item it : items) {
            for (String f : it.features()) {
                if (counts.get(f) >= minCount) {
                    index.putIfAbsent(f, index.size());
                }
            }
        }
        int k = TYPES.length;
        int dims = items.get(0).dense() == null ? 0 : items.get(0).dense().length;
        float[][] sumW = new float[index.size()][k];
        float[][] sumD = new float[dims][k];
        float[] sumB = new float[k];
        for (int run = 0; run < AVERAGE; run++) {
            fit(items, dims, SEED + run);
            add(sumW, w);
            add(sumD, dw);
            for (int c = 0; c < k; c++) {
                sumB[c] += bias[c] / AVERAGE;
            }
        }
        w = sumW;
        dw = sumD;
        System.arraycopy(sumB, 0, bias, 0, k);
        if (PRUNE > 0) {
            for (float[] row : w) {
                for (int c = 0; c < k; c++) {
                    row[c] = Math.abs(row[c]) < PRUNE ? 0 : row[c];
                    if (QUANT > 0) {
                        row[c] = (float) (QUANT * Math.max(-127, Math.min(127, Math.round(row[c] / QUANT))));
                    }
                }
            }
        }
        return this;
    }

    private static void add(float[][] sum, float[][] x) {
        for (int i = 0; i < sum.length; i++) {
            for (int c = 0; c < sum[i].length; c++) {
                sum[i][c] += x[i][c] / AVERAGE;
            }
        }
    }

    /** One AdaGrad run from zero weights with the given shuffling seed. */
    private void fit(List<Item> items, int dims, long seed) {
        int k = TYPES.length;
        w = new float[index.size()][k];
        float[][] g2 = new float[index.size()][k];
        dw = new float[dims][k];
        float[][] dg2 = new float[dims][k];
        float[] bg2 = new float[k];
        java.util.Arrays.fill(bias, 0);
        List<Item> order = new ArrayList<>(items);
        Random random = new Random(seed);
        double[] p = new double[k];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (Item it : order) {
                int[] ids = ids(it.features());
                double[] x = dense(it.dense());
                probs(ids, x, p);
                for (int c = 0; c < k; c++) {
                    double g = p[c] - (c == it.label() ? 1 : 0);
                    for (int id : ids) {
                        double gr = g * value(id) + l2 * w[id][c];
                        g2[id][c] += (float) (gr * gr);
                        w[id][c] -= (float) (RATE * gr / Math.sqrt(g2[id][c] + 1e-8));
                    }
                    for (int d = 0; d < dims; d++) {
                        double gr = g * x[d] + l2 * dw[d][c];
                        dg2[d][c] += (float) (gr * gr);
                        dw[d][c] -= (float) (RATE * gr / Math.sqrt(dg2[d][c] + 1e-8));
                    }
                    bg2[c] += (float) (g * g);
                    bias[c] -= (float) (RATE * g / Math.sqrt(bg2[c] + 1e-8));
                }
            }
        }
    }

    private double value(int id) {
        return id < rulesFeatures ? rulesScale : 1;
    }

    private int[] ids(List<String> features) {
        int[] out = new int[features.size()];
        int n = 0;
        for (String f : features) {
            Integer id = index.get(f);
            if (id != null) {
                out[n++] = id;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private double[] dense(float[] v) {
        if (v == null) {
            return new double[0];
        }
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        double scale = denseScale / (Math.sqrt(norm) + 1e-12);
        double[] x = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            x[i] = v[i] * scale;
        }
        return x;
    }

    private void probs(int[] ids, double[] x, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < out.length; c++) {
            double s = bias[c];
            for (int id : ids) {
                s += w[id][c] * value(id);
            }
            for (int d = 0; d < x.length; d++) {
                s += dw[d][c] * x[d];
            }
            out[c] = s;
            max = Math.max(max, s);
        }
        double z = 0;
        for (int c = 0; c < out.length; c++) {
            out[c] = Math.exp(out[c] - max);
            z += out[c];
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= z;
        }
    }

    Prediction predict(List<String> features, float[] denseVector) {
        double[] p = new double[TYPES.length];
        probs(ids(features), dense(denseVector), p);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new Prediction(TYPES[best], p[best]);
    }

    /** Number of features with weights, and of weights whose magnitude is at least {@code eps}. */
    int[] size(double eps) {
        int nz = 0;
        for (float[] row : w) {
            for (float f : row) {
                nz += Math.abs(f) >= eps ? 1 : 0;
            }
        }
        return new int[] {w.length, nz};
    }

    /**
     * Bytes of a compact form of the model: for each feature with a weight of at least {@code eps}, its name (UTF-8,
     * a length byte), a count byte and each such weight as a type byte and a signed byte; 33 float biases.
     */
    long compactBytes(double eps) {
        String[] names = new String[index.size()];
        index.forEach((f, i) -> names[i] = f);
        long bytes = 4L * TYPES.length;
        for (int i = 0; i < names.length; i++) {
            int nz = 0;
            for (float f : w[i]) {
                nz += Math.abs(f) >= eps ? 1 : 0;
            }
            if (nz > 0) {
                bytes += names[i].getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 2 + 2L * nz;
            }
        }
        return bytes;
    }

    /** The weights as text, one feature a line with its non-negligible weights (type ordinal:weight, 2 decimals). */
    String dump(double eps) {
        StringBuilder sb = new StringBuilder();
        String[] names = new String[index.size()];
        index.forEach((f, i) -> names[i] = f);
        for (int i = 0; i < names.length; i++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < TYPES.length; c++) {
                if (Math.abs(w[i][c]) >= eps) {
                    line.append(' ').append(c).append(':').append(String.format(Locale.ROOT, "%.2f", w[i][c]));
                }
            }
            if (line.length() > 0) {
                sb.append(names[i]).append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The rules' own features: their type and trigger (not their crossings with others). */
    static boolean isRules(String f) {
        return (f.startsWith("rt=") || f.startsWith("tr=")) && f.indexOf('&') < 0;
    }

    // ---- features

    /** The input of one event: its sentence, date and the rules' reading (all that an {@link ExtractedEvent} has). */
    record Input(String evidence, String dateText, int dateOffset, String dateValue, LocalDate published,
                 String rulesType, String trigger, List<Entity> actors, Entity location, Modality modality) {

        static Input of(ExtractedEvent e, LocalDate published) {
            int d = e.dateStart() - e.start();
            String ev = e.evidence();
            if (d < 0 || d + e.dateText().length() > ev.length() || !ev.startsWith(e.dateText(), d)) {
                d = ev.indexOf(e.dateText());
            }
            return new Input(ev, e.dateText(), d, e.date().value(), published, e.type().name(), e.trigger(), e.actors(),
                    e.location(), e.modality());
        }
    }

    private static final Set<String> AUX = Set.of("will", "would", "to", "has", "have", "had", "was", "were", "is",
            "are", "be", "been", "did", "could", "should", "may", "might", "shall", "can");

    static List<String> features(String groups, Input in) {
        Set<String> f = new LinkedHashSet<>();
        String rt = in.rulesType();
        String trig = in.trigger().toLowerCase(Locale.ROOT).trim();
        f.add("rt=" + rt);
        if (!trig.isEmpty()) {
            f.add("tr=" + trig);
        }
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        tokenize(in.evidence(), spans, words);
        int n = words.size();
        String[] stems = new String[n];
        for (int i = 0; i < n; i++) {
            stems[i] = stem(words.get(i));
        }
        int first = -1;
        int last = -1;
        int d = in.dateOffset();
        int dEnd = d + in.dateText().length();
        if (d >= 0) {
            for (int i = 0; i < n; i++) {
                if (spans.get(i)[1] > d && spans.get(i)[0] < dEnd) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
        }
        if (first < 0) {
            first = n / 2;
            last = first - 1;
        }
        int trigAt = -1;
        if (!trig.isEmpty()) {
            String head = firstWord(trig);
            for (int i = 0; i < n; i++) {
                if ((words.get(i).equals(head) || words.get(i).startsWith(head) && head.length() >= 4)
                        && (trigAt < 0 || dist(i, first, last) < dist(trigAt, first, last))) {
                    trigAt = i;
                }
            }
        }
        if (has(groups, 'T') && !trig.isEmpty()) {
            f.add("ts=" + stem(firstWord(trig)));
        }
        if (has(groups, 'D') || has(groups, 'W') || has(groups, 'B')) {
            for (int i = Math.max(0, first - DATE_WINDOW); i <= Math.min(n - 1, last + DATE_WINDOW); i++) {
                if (i >= first && i <= last) {
                    continue;
                }
                String s = stems[i];
                int dist = i < first ? first - i : i - last;
                String side = i < first ? "L" : "R";
                if (has(groups, 'D')) {
                    f.add("d" + side + bucket(dist) + "=" + s);
                }
                if (has(groups, 'W')) {
                    f.add("dw=" + s);
                }
                if (has(groups, 'B') && i + 1 < n && i + 1 <= last + DATE_WINDOW && (i + 1 < first || i + 1 > last)) {
                    f.add("db=" + s + "_" + stems[i + 1]);
                }
            }
        }
        if (has(groups, 'G') && trigAt >= 0) {
            for (int i = Math.max(0, trigAt - 3); i <= Math.min(n - 1, trigAt + 3); i++) {
                if (i != trigAt) {
                    f.add("t" + (i < trigAt ? "L" : "R") + Math.abs(i - trigAt) + "=" + stems[i]);
                }
            }
            f.add("tpos=" + (trigAt < first ? "L" : trigAt > last ? "R" : "in") + bucket(dist(trigAt, first, last)));
        }
        if (has(groups, 'S')) {
            for (int i = 0; i < n; i++) {
                if (words.get(i).length() > 2) {
                    f.add("s=" + stems[i]);
                }
            }
        }
        if (has(groups, 'V')) {
            String left = null;
            for (int i = first - 1; i >= 0 && left == null; i--) {
                if (verbLike(words, i)) {
                    left = words.get(i);
                }
            }
            String right = null;
            for (int i = last + 1; i < n && right == null; i++) {
                if (verbLike(words, i)) {
                    right = words.get(i);
                }
            }
            f.add("vL=" + (left == null ? "-" : stem(left)));
            f.add("vR=" + (right == null ? "-" : stem(right)));
        }
        List<String> meta = new ArrayList<>();
        if (has(groups, 'E')) {
            int persons = 0;
            for (Entity a : in.actors()) {
                meta.add("ek=" + a.kind());
                persons += a.kind().name().equals("PERSON") ? 1 : 0;
            }
            meta.add("a0=" + (in.actors().isEmpty() ? "-" : in.actors().get(0).kind().name()));
            meta.add("lk=" + (in.location() == null ? "-" : in.location().kind().name()));
            meta.add("na=" + Math.min(in.actors().size(), 3));
            meta.add("np=" + Math.min(persons, 2));
        }
        if (has(groups, 'M')) {
            meta.add("g=" + granularity(in.dateValue()));
            meta.add("pf=" + tense(in.dateValue(), in.published()));
            meta.add("m=" + (in.modality() == null ? "-" : in.modality().name()));
        }
        f.addAll(meta);
        if (has(groups, 'C')) {
            for (String m : meta) {
                f.add("rt=" + rt + "&" + m);
            }
        }
        return new ArrayList<>(f);
    }

    private static boolean has(String groups, char g) {
        return groups.indexOf(g) >= 0;
    }

    private static int dist(int i, int first, int last) {
        return i < first ? first - i : i > last ? i - last : 0;
    }

    private static String bucket(int dist) {
        return dist <= 1 ? "1" : dist <= 3 ? "2" : "4";
    }

    private static boolean verbLike(List<String> words, int i) {
        String w = words.get(i);
        if (AUX.contains(w) || w.length() < 3) {
            return false;
        }
        return w.endsWith("ed") && w.length() > 4 || i > 0 && AUX.contains(words.get(i - 1)) && !w.equals("not")
                || w.equals("said") || w.equals("says");
    }

    /** Lowercased word tokens (letters, digits, inner hyphens and apostrophes) and their spans. */
    static void tokenize(String s, List<int[]> spans, List<String> words) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < n && (Character.isLetterOrDigit(s.charAt(i))
                    || (s.charAt(i) == '-' || s.charAt(i) == '\'' || s.charAt(i) == '\u2019') && i + 1 < n
                    && Character.isLetterOrDigit(s.charAt(i + 1)))) {
                i++;
            }
            if (i > from) {
                String w = s.substring(from, i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (w.endsWith("'s")) {
                    w = w.substring(0, w.length() - 2);
                }
                if (digits(w, 0, w.length())) {
                    w = "#" + w.length();
                }
                spans.add(new int[] {from, i});
                words.add(w);
            }
        }
    }

    private static String firstWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '-' || c == '\t') {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static boolean digits(String s, int from, int to) {
        if (to > s.length() || from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A crude stem: common English inflections off. */
    static String stem(String w) {
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        if (n > 4 && w.endsWith("ied")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && w.endsWith("ed")) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** The granularity of a TIMEX-style value: DAY, WEEK, MONTH, QUARTER, SEASON, YEAR, DECADE or other. */
    static String granularity(String v) {
        int n = v.length();
        if (n == 3 && digits(v, 0, 3)) {
            return "DECADE";
        }
        if (n < 4 || !digits(v, 0, 4)) {
            return "OTHER";
        }
        if (n == 4) {
            return "YEAR";
        }
        if (v.charAt(4) != '-' || n < 7) {
            return "OTHER";
        }
        if (digits(v, 5, 7)) {
            return n == 7 ? "MONTH" : n >= 10 && v.charAt(7) == '-' && digits(v, 8, 10) ? "DAY" : "OTHER";
        }
        char c = v.charAt(5);
        if (c == 'W' && n >= 8 && digits(v, 6, 8)) {
            return "WEEK";
        }
        if ((c == 'Q' || c == 'H') && n == 7 && digits(v, 6, 7)) {
            return "QUARTER";
        }
        String season = v.substring(5);
        if (season.equals("SP") || season.equals("SU") || season.equals("FA") || season.equals("AU")
                || season.equals("WI")) {
            return "SEASON";
        }
        return "OTHER";
    }

    /** Whether a value lies before, at or after the publication day, at the value's own granularity (by its year). */
    static String tense(String v, LocalDate published) {
        if (published == null || !digits(v, 0, 4)) {
            return "?";
        }
        String p = published.toString();
        String g = granularity(v);
        if (g.equals("YEAR") || g.equals("MONTH") || g.equals("DAY") && v.length() == 10) {
            int c = v.compareTo(p.substring(0, v.length()));
            return c < 0 ? "past" : c > 0 ? "future" : "same";
        }
        int c = v.substring(0, 4).compareTo(p.substring(0, 4));
        return c < 0 ? "past" : c > 0 ? "future" : "sameyear";
    }
}

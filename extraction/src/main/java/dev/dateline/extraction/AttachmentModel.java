package dev.dateline.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A trained linear model that chooses the trigger a date attaches to, in place of the event reader's hand-set
 * attachment cost: each trigger of the sentence that names an event is a candidate, described by binary features
 * (direction and distance to the date, commas and clauses between, clause kinds, part of speech, type, the
 * phrase the trigger stands in; not the trigger word itself, which the sets are too small to learn); the candidate with the highest score wins if that score is
 * above zero, the score of attaching to nothing. Trained by {@link #train} on gold articles (see
 * {@code AttachmentTrainer} in the eval package) as a conditional log-linear model over each date's candidates.
 * Immutable.
 */
public final class AttachmentModel {

    /** One trigger a date could attach to: its type, its features and whether the hand-set rules pick it. */
    public record Candidate(String type, List<String> features, boolean ruleChoice) {
    }

    /**
     * One attachment decision the event reader made: the sentence and date (character offsets into the text),
     * the date's value, and every candidate trigger.
     */
    public record Choice(int sentenceStart, int sentenceEnd, int dateStart, int dateEnd, String value,
                         List<Candidate> candidates) {
    }

    /** A choice with its answer: the indexes of the right candidates, empty when the date dates none of them. */
    public record Example(List<Candidate> candidates, Set<Integer> positives) {
    }

    private final Map<String, Double> weights;

    private AttachmentModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The model in {@code lines} ({@code feature<TAB>weight}), as written by {@link #write}. */
    static AttachmentModel read(List<Resources.Line> lines) {
        Map<String, Double> w = new HashMap<>();
        for (Resources.Line line : lines) {
            String[] c = line.text().split("\t", -1);
            if (c.length != 2) {
                throw line.error("expected feature and weight");
            }
            try {
                w.put(c[0].strip(), Double.parseDouble(c[1].strip()));
            } catch (NumberFormatException e) {
                throw line.error("weight is not a number: " + c[1].strip());
            }
        }
        return new AttachmentModel(w);
    }

    /** The model in a file written by {@link #write}. */
    public static AttachmentModel read(Path file) {
        return read(Resources.file(file));
    }

    /** Number of features with a weight. */
    public int size() {
        return weights.size();
    }

    double score(List<String> features) {
        double s = 0;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                s += w;
            }
        }
        return s;
    }

    /** Index of the chosen candidate, or -1 to attach the date to nothing. */
    int choose(List<List<String>> candidates) {
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < candidates.size(); i++) {
            double s = score(candidates.get(i));
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    /** Writes the model, one feature per line in name order, with a comment header. */
    public void write(Path file, String header) {
        StringBuilder b = new StringBuilder();
        for (String line : header.split("\n", -1)) {
            b.append("# ").append(line).append('\n');
        }
        new TreeMap<>(weights).forEach((f, w) -> b.append(f).append('\t')
                .append(String.format(Locale.ROOT, "%.5f", w)).append('\n'));
        try {
            Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Fits the weights by AdaGrad on the log-likelihood of the right candidates (or of attaching to nothing),
     * with an L2 penalty; deterministic for a given seed. Features whose name starts with one of
     * {@code drop} are left out (e.g. {@code "rule"}, to learn without the hand-set rules' choice).
     */
    public static AttachmentModel train(List<Example> examples, int epochs, double l2, long seed, Set<String> drop) {
        Map<String, Integer> index = new HashMap<>();
        List<int[][]> data = new ArrayList<>();
        for (Example e : examples) {
            int[][] cands = new int[e.candidates().size()][];
            for (int i = 0; i < cands.length; i++) {
                List<String> fs = e.candidates().get(i).features();
                int[] ids = new int[fs.size()];
                int n = 0;
                for (String f : fs) {
                    if (drop.stream().noneMatch(f::startsWith)) {
                        ids[n++] = index.computeIfAbsent(f, k -> index.size());
                    }
                }
                cands[i] = java.util.Arrays.copyOf(ids, n);
            }
            data.add(cands);
        }
        double[] w = new double[index.size()];
        double[] g2 = new double[index.size()];
        double rate = 0.3;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int x : order) {
                int[][] cands = data.get(x);
                Set<Integer> pos = examples.get(x).positives();
                double[] s = new double[cands.length];
                double max = 0; // attaching to nothing scores 0
                for (int i = 0; i < cands.length; i++) {
                    for (int f : cands[i]) {
                        s[i] += w[f];
                    }
                    max = Math.max(max, s[i]);
                }
                double z = Math.exp(-max);
                double zPos = pos.isEmpty() ? z : 0;
                for (int i = 0; i < cands.length; i++) {
                    s[i] = Math.exp(s[i] - max);
                    z += s[i];
                    if (pos.contains(i)) {
                        zPos += s[i];
                    }
                }
                for (int i = 0; i < cands.length; i++) {
                    double p = s[i] / z;
                    double q = pos.contains(i) ? s[i] / zPos : 0;
                    double grad = p - q;
                    if (grad == 0) {
                        continue;
                    }
                    for (int f : cands[i]) {
                        double gf = grad + l2 * w[f];
                        g2[f] += gf * gf;
                        w[f] -= rate * gf / Math.sqrt(g2[f] + 1e-8);
                    }
                }
            }
        }
        Map<String, Double> out = new HashMap<>();
        index.forEach((f, i) -> {
            if (Math.abs(w[i]) >= 1e-4) {
                out.put(f, w[i]);
            }
        });
        return new AttachmentModel(out);
    }
}

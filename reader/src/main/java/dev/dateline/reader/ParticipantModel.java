package dev.dateline.reader;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dateline.extraction.eval.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The participant reader in ONNX Runtime: for a (sentence, date expression) unit and the names the engine has
 * recognised so far in the text (the candidates), the probability that each candidate takes part in an event the
 * sentence reports on that date (independent sigmoids).
 * <p>
 * A unit is read as {@code [CLS] [unused2] name1 [unused2] name2 ... [SEP] previous [SEP] left [unused0] date
 * [unused1] right [SEP]}: the candidates, each after a marker (a candidate that no longer fits the names' room is
 * not read and gets 0), the end of the previous sentence, and the sentence with its date marked, cut evenly around
 * the date when longer than its room. The limits come from the model's ONNX metadata ({@code participants.config},
 * written by {@code lab/reader/participants.py export}).
 * <p>
 * One ONNX Runtime session, one intra-op thread; thread-safe. Units run in the order given, at most
 * {@link #MAX_BATCH} at a time, so the same units in the same order always give the same figures.
 */
public final class ParticipantModel implements AutoCloseable {

    public static final int MAX_BATCH = 64;
    static final String BUNDLED_MODEL = "participants-int8.onnx";

    /** A candidate: a name and how many sentences before the unit's it was last named (0: in the unit's own). */
    public record Candidate(String name, int distance) {

        public Candidate {
            Objects.requireNonNull(name, "name");
            if (distance < 0) {
                throw new IllegalArgumentException("negative distance " + distance);
            }
        }
    }

    /** A unit: the previous sentence ("" for none), the sentence, its date's span in it, and the candidates. */
    public record Unit(String previous, String sentence, int dateStart, int dateEnd, List<Candidate> candidates) {

        public Unit {
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(sentence, "sentence");
            candidates = List.copyOf(candidates);
            if (dateStart < 0 || dateEnd < dateStart || dateEnd > sentence.length()) {
                throw new IllegalArgumentException("date span " + dateStart + "-" + dateEnd + " outside a sentence of "
                        + sentence.length() + " characters");
            }
        }
    }

    /** One unit's input: pieces, token types, the date marker's position, each candidate's marker (-1: not read). */
    record Input(int[] ids, int[] types, int marker, int[] candidates, int[] buckets) {
    }

    private final OrtSession session;
    private final WordPiece wordPiece;
    private final String source;
    private final int maxNames;
    private final int maxPrevious;
    private final int maxSentence;
    private final int maxName;
    private final int maxCandidates;
    private final int[] bucketBounds;
    private final int open;
    private final int close;
    private final int mark;
    private final int cls;
    private final int sep;
    private final int pad;

    private ParticipantModel(String source, byte[] model, WordPiece wordPiece) {
        this.source = source;
        this.wordPiece = wordPiece;
        this.session = Onnx.session(model, source);
        try {
            String config = session.getMetadata().getCustomMetadata().get("participants.config");
            if (config == null) {
                throw new IllegalArgumentException(source + " is not a participant model: its ONNX metadata has no "
                        + "participants.config (written by lab/reader/participants.py export)");
            }
            Map<?, ?> cfg = (Map<?, ?>) Json.parse(config);
            this.maxNames = limit(cfg, "max_names", 1);
            this.maxPrevious = limit(cfg, "max_prev", 0);
            this.maxSentence = limit(cfg, "max_sentence", 8);
            this.maxName = limit(cfg, "max_name", 1);
            this.maxCandidates = limit(cfg, "max_candidates", 1);
            List<?> bounds = cfg.get("buckets") instanceof List<?> l ? l : List.of();
            this.bucketBounds = new int[bounds.size()];
            for (int k = 0; k < bounds.size(); k++) {
                bucketBounds[k] = ((Number) bounds.get(k)).intValue();
            }
            if (bucketBounds.length == 0) {
                throw new IllegalArgumentException(source + ": participants.config has no buckets");
            }
            this.cls = wordPiece.id("[CLS]");
            this.sep = wordPiece.id("[SEP]");
            this.pad = wordPiece.id("[PAD]");
            this.open = wordPiece.id("[unused0]");
            this.close = wordPiece.id("[unused1]");
            this.mark = wordPiece.id("[unused2]");
            for (String input : List.of("input_ids", "token_type_ids", "attention_mask", "marker", "candidates",
                    "distances")) {
                if (!session.getInputNames().contains(input)) {
                    throw new IllegalArgumentException(source + ": the model has no input " + input);
                }
            }
            if (!session.getOutputNames().contains("probs")) {
                throw new IllegalArgumentException(source + ": the model has no output probs");
            }
        } catch (OrtException | RuntimeException e) {
            try {
                session.close();
            } catch (OrtException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException(source + ": cannot read the participant model's metadata ("
                    + e.getMessage() + ")", e);
        }
    }

    /** A room or count of participants.config, at least {@code least} (a model may leave the previous sentence out). */
    private int limit(Map<?, ?> cfg, String key, int least) {
        if (!(cfg.get(key) instanceof Number n) || n.intValue() < least) {
            throw new IllegalArgumentException(source + ": participants.config has no usable " + key);
        }
        return n.intValue();
    }

    /** The model bundled with this module. */
    public static ParticipantModel bundled() {
        return new ParticipantModel("dev/dateline/reader/" + BUNDLED_MODEL, Onnx.bundled(BUNDLED_MODEL),
                WordPiece.bundled());
    }

    /** A participant model exported by {@code lab/reader/participants.py export}. */
    public static ParticipantModel load(Path model) {
        Objects.requireNonNull(model, "model");
        return new ParticipantModel(model.toString(), Onnx.file(model, "participant model"), WordPiece.bundled());
    }

    public String source() {
        return source;
    }

    /** The most candidates a unit should be given (the model was trained with at most this many). */
    public int maxCandidates() {
        return maxCandidates;
    }

    /**
     * For each unit, in the order given, each candidate's probability in the candidates' order, five decimals
     * (NaN for one the names' room could not hold: the model did not read it).
     */
    public double[][] probabilities(List<Unit> units) {
        double[][] out = new double[units.size()][];
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            out[i] = new double[units.get(i).candidates().size()];
            if (!units.get(i).candidates().isEmpty()) {
                todo.add(i);
            }
        }
        for (int from = 0; from < todo.size(); from += MAX_BATCH) {
            List<Integer> idx = todo.subList(from, Math.min(todo.size(), from + MAX_BATCH));
            List<Input> batch = new ArrayList<>(idx.size());
            for (int i : idx) {
                batch.add(encode(units.get(i)));
            }
            float[][] p = run(batch);
            for (int j = 0; j < idx.size(); j++) {
                Input x = batch.get(j);
                for (int c = 0; c < x.candidates().length; c++) {
                    out[idx.get(j)][c] = x.candidates()[c] < 0 ? Double.NaN : ReaderModel.round5(p[j][c]);
                }
            }
        }
        return out;
    }

    int bucket(int distance) {
        for (int k = 0; k < bucketBounds.length; k++) {
            if (distance <= bucketBounds[k]) {
                return k;
            }
        }
        return bucketBounds.length;
    }

    /** As {@code PEncoder.encode} of lab/reader/participants.py. */
    Input encode(Unit u) {
        int[] ids = new int[maxNames + maxPrevious + maxSentence + 8];
        int n = 0;
        ids[n++] = cls;
        int[] marks = new int[u.candidates().size()];
        int[] buckets = new int[marks.length];
        for (int c = 0; c < marks.length; c++) {
            int[] name = wordPiece.ids(u.candidates().get(c).name());
            int len = Math.min(name.length, maxName);
            buckets[c] = bucket(u.candidates().get(c).distance());
            if (n - 1 + 1 + len > maxNames) {
                marks[c] = -1;
                continue;
            }
            marks[c] = n;
            ids[n++] = mark;
            System.arraycopy(name, 0, ids, n, len);
            n += len;
        }
        ids[n++] = sep;
        int segmentA = n;
        int[] prev = wordPiece.ids(u.previous());
        int np = Math.min(prev.length, maxPrevious);
        if (np > 0) {
            System.arraycopy(prev, prev.length - np, ids, n, np);
            n += np;
            ids[n++] = sep;
        }
        ReaderModel.Marked m = ReaderModel.marked(wordPiece, u.sentence(), u.dateStart(), u.dateEnd(), maxSentence - 3,
                open, close);
        int marker = n + m.marker();
        System.arraycopy(m.pieces(), 0, ids, n, m.pieces().length);
        n += m.pieces().length;
        ids[n++] = sep;
        int[] types = new int[n];
        Arrays.fill(types, segmentA, n, 1);
        return new Input(Arrays.copyOf(ids, n), types, marker, marks, buckets);
    }

    private float[][] run(List<Input> batch) {
        int b = batch.size();
        int k = Math.max(1, batch.stream().mapToInt(x -> x.candidates().length).max().orElse(0));
        List<int[]> ids = new ArrayList<>(b);
        List<int[]> types = new ArrayList<>(b);
        long[] marker = new long[b];
        long[] cands = new long[b * k];
        long[] dists = new long[b * k];
        for (int i = 0; i < b; i++) {
            Input x = batch.get(i);
            ids.add(x.ids());
            types.add(x.types());
            marker[i] = x.marker();
            for (int c = 0; c < x.candidates().length; c++) {
                if (x.candidates()[c] >= 0) {
                    cands[i * k + c] = x.candidates()[c];
                    dists[i * k + c] = x.buckets()[c];
                }
            }
        }
        long[] shape = {b, k};
        return Onnx.run(session, "the participant model " + source, ids, types, pad, Map.of(
                "marker", Map.entry(marker, new long[] {b}),
                "candidates", Map.entry(cands, shape),
                "distances", Map.entry(dists, shape)), k);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the participant model " + source, e);
        }
    }
}

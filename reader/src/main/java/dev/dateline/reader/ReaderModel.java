package dev.dateline.reader;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dateline.extraction.EventType;
import dev.dateline.extraction.eval.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fine-tuned reader in ONNX Runtime: for a (sentence, date expression) unit, the probability of each event type
 * that the sentence reports an event of that type on that date (33 independent sigmoids, several may be high).
 * <p>
 * A unit is read as {@code [CLS] left [unused0] date [unused1] right [SEP]}: the sentence in MiniLM's word pieces,
 * the date marked by two unused pieces, at most {@code max_len} pieces (the model's {@code reader.config}; the
 * context cut evenly around the date when longer). The model's ONNX metadata says how it was trained
 * ({@code reader.config}) and the order of its outputs ({@code reader.types}).
 * <p>
 * One ONNX Runtime session per model, one intra-op thread; {@link #probabilities} may be called from several threads
 * at once. Units are run in the order given, at most {@link #MAX_BATCH} at a time: the int8 model quantises its
 * activations with scales over the whole batch, so the same units in the same order always give the same figures,
 * and another order or grouping may move them in the last digits.
 */
public final class ReaderModel implements AutoCloseable {

    /** The most units one run reads: a longer list is read in consecutive groups of this many. */
    public static final int MAX_BATCH = 64;
    /** The bundled model, trained on the project's gold articles (see NOTICE.md beside it). */
    static final String BUNDLED_MODEL = "reader-int8.onnx";

    private static final EventType[] TYPES = EventType.values();

    /** A unit to read: a sentence and the span of a date expression in it (Java String indices, end exclusive). */
    public record Unit(String sentence, int dateStart, int dateEnd) {

        public Unit {
            Objects.requireNonNull(sentence, "sentence");
            if (dateStart < 0 || dateEnd < dateStart || dateEnd > sentence.length()) {
                throw new IllegalArgumentException("date span " + dateStart + "-" + dateEnd + " outside a sentence of "
                        + sentence.length() + " characters");
            }
        }
    }

    /** One unit's model input: piece ids, token types and the position of the date's opening marker. */
    record Input(int[] ids, int[] types, int marker) {
    }

    private final OrtSession session;
    private final WordPiece wordPiece;
    private final String source;
    private final int maxLen;
    private final int open;
    private final int close;
    private final int cls;
    private final int sep;
    private final int pad;
    /** For each of the model's outputs, its event type's ordinal. */
    private final int[] typeOfOutput;

    private ReaderModel(String source, byte[] model, WordPiece wordPiece) {
        this.source = source;
        this.wordPiece = wordPiece;
        this.session = Onnx.session(model, source);
        try {
            Map<String, String> meta = session.getMetadata().getCustomMetadata();
            String config = meta.get("reader.config");
            String types = meta.get("reader.types");
            if (config == null || types == null) {
                throw new IllegalArgumentException(source + " is not a reader model: its ONNX metadata has no "
                        + (config == null ? "reader.config" : "reader.types") + " (written by lab/reader/export_onnx.py)");
            }
            Map<?, ?> cfg = (Map<?, ?>) Json.parse(config);
            for (String unsupported : List.of("rules_feature", "title")) {
                if (Boolean.TRUE.equals(cfg.get(unsupported))) {
                    throw new IllegalArgumentException(source + ": a model trained with " + unsupported
                            + " is not supported (its input needs what the product does not give the reader)");
                }
            }
            // "prev" (lab/reader/train.py --prev): the end of the sentence before as a first segment, which these
            // units do not carry; run without it, such a model would read every unit wrongly and say nothing
            if (cfg.get("prev") instanceof Number prev && prev.intValue() > 0) {
                throw new IllegalArgumentException(source + ": a model trained with the sentence before (prev "
                        + prev + ") is not supported (its input needs what the product does not give the reader)");
            }
            if (!(cfg.get("max_len") instanceof Number n) || n.intValue() < 8) {
                throw new IllegalArgumentException(source + ": reader.config has no usable max_len");
            }
            this.maxLen = n.intValue();
            Object marker = cfg.get("marker");
            this.cls = wordPiece.id("[CLS]");
            this.sep = wordPiece.id("[SEP]");
            this.pad = wordPiece.id("[PAD]");
            if ("unused".equals(marker)) {
                this.open = wordPiece.id("[unused0]");
                this.close = wordPiece.id("[unused1]");
            } else if ("bracket".equals(marker)) {
                this.open = single("[");
                this.close = single("]");
            } else {
                throw new IllegalArgumentException(source + ": unknown date marker " + marker + " in reader.config");
            }
            List<?> names = (List<?>) Json.parse(types);
            this.typeOfOutput = new int[names.size()];
            for (int k = 0; k < names.size(); k++) {
                try {
                    typeOfOutput[k] = EventType.valueOf(String.valueOf(names.get(k))).ordinal();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + ": output " + k + " is " + names.get(k)
                            + ", not an event type of this engine", e);
                }
            }
            for (String input : List.of("input_ids", "token_type_ids", "attention_mask", "marker")) {
                if (!session.getInputNames().contains(input)) {
                    throw new IllegalArgumentException(source + ": the model has no input " + input);
                }
            }
            if (!session.getOutputNames().contains("probs")) {
                throw new IllegalArgumentException(source + ": the model has no output probs");
            }
        } catch (OrtException | RuntimeException e) {
            closeQuietly();
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException(source + ": cannot read the reader's metadata (" + e.getMessage() + ")", e);
        }
    }

    private int single(String piece) {
        int[] ids = wordPiece.ids(piece);
        if (ids.length != 1) {
            throw new IllegalStateException("the marker " + piece + " is not one piece");
        }
        return ids[0];
    }

    private void closeQuietly() {
        try {
            session.close();
        } catch (OrtException e) {
            // already failing for another reason
        }
    }

    /** The model bundled with this module and its vocabulary. */
    public static ReaderModel bundled() {
        return new ReaderModel("dev/dateline/reader/" + BUNDLED_MODEL, Onnx.bundled(BUNDLED_MODEL), WordPiece.bundled());
    }

    /** A reader model exported by {@code lab/reader/export_onnx.py}, with the bundled (MiniLM) vocabulary. */
    public static ReaderModel load(Path model) {
        Objects.requireNonNull(model, "model");
        return new ReaderModel(model.toString(), Onnx.file(model, "reader model"), WordPiece.bundled());
    }

    /** Where the model came from (a path, or the bundled resource's name). */
    public String source() {
        return source;
    }

    /**
     * The probabilities of each unit, in the order given: {@code [unit][type.ordinal()]}, rounded to five decimals
     * (a type the model does not read has 0).
     */
    public double[][] probabilities(List<Unit> units) {
        double[][] out = new double[units.size()][];
        for (int from = 0; from < units.size(); from += MAX_BATCH) {
            int to = Math.min(units.size(), from + MAX_BATCH);
            List<Input> batch = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                batch.add(encode(units.get(i)));
            }
            float[][] p = run(batch);
            for (int i = from; i < to; i++) {
                double[] q = new double[TYPES.length];
                float[] r = p[i - from];
                for (int k = 0; k < typeOfOutput.length; k++) {
                    q[typeOfOutput[k]] = round5(r[k]);
                }
                out[i] = q;
            }
        }
        return out;
    }

    /**
     * {@code [CLS] left open date close right [SEP]}, at most max_len pieces: the date keeps up to half the room,
     * the left context then takes half of what is left or more when the right needs less, the right the rest.
     */
    Input encode(Unit u) {
        Marked m = marked(wordPiece, u.sentence(), u.dateStart(), u.dateEnd(), maxLen - 4, open, close);
        int n = 1 + m.pieces().length + 1;
        int[] ids = new int[n];
        ids[0] = cls;
        System.arraycopy(m.pieces(), 0, ids, 1, m.pieces().length);
        ids[n - 1] = sep;
        return new Input(ids, new int[n], 1 + m.marker());
    }

    /** A sentence's pieces with its date between two markers, and the opening marker's index in them. */
    record Marked(int[] pieces, int marker) {
    }

    /**
     * {@code left open date close right} for the date at {@code dateStart..dateEnd} of {@code sentence}, the three
     * parts cut by {@link #window} to {@code room} pieces (the markers not counted).
     */
    static Marked marked(WordPiece wordPiece, String sentence, int dateStart, int dateEnd, int room, int open,
                         int close) {
        int[] left = wordPiece.ids(sentence.substring(0, dateStart));
        int[] date = wordPiece.ids(sentence.substring(dateStart, dateEnd));
        int[] right = wordPiece.ids(sentence.substring(dateEnd));
        int[] w = window(left.length, date.length, right.length, room);
        int nl = w[0];
        int nd = w[1];
        int nr = w[2];
        int[] out = new int[nl + 1 + nd + 1 + nr];
        System.arraycopy(left, left.length - nl, out, 0, nl);
        out[nl] = open;
        System.arraycopy(date, 0, out, nl + 1, nd);
        out[nl + 1 + nd] = close;
        System.arraycopy(right, 0, out, nl + 2 + nd, nr);
        return new Marked(out, nl);
    }

    /**
     * How many pieces of the left context, the date and the right context fit in {@code room} ({@code {left, date,
     * right}}): the date up to half the room, the left context half of what is left or more when the right needs
     * less, the right the rest (as {@code window} of lab/reader/reader.py).
     */
    static int[] window(int left, int date, int right, int room) {
        int nd = Math.min(date, Math.max(1, Math.floorDiv(room, 2)));
        int rest = room - nd;
        int nl = Math.max(0, Math.min(left, Math.max(Math.floorDiv(rest, 2), rest - right)));
        int nr = Math.max(0, Math.min(right, rest - nl));
        return new int[] {nl, nd, nr};
    }

    /** The model's outputs for a batch, padded to its longest input. */
    private float[][] run(List<Input> batch) {
        List<int[]> ids = new ArrayList<>(batch.size());
        List<int[]> types = new ArrayList<>(batch.size());
        long[] mark = new long[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            ids.add(batch.get(i).ids());
            types.add(batch.get(i).types());
            mark[i] = batch.get(i).marker();
        }
        return Onnx.run(session, "the reader model " + source, ids, types, pad,
                Map.of("marker", Map.entry(mark, new long[] {batch.size()})), typeOfOutput.length);
    }

    /** Five decimals, half to even (of the float as a double): stable output, as the lab wrote them. */
    static double round5(float p) {
        return new BigDecimal(Double.toString(p)).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the reader model " + source, e);
        }
    }
}

package dev.dateline.lab;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dateline.extraction.eval.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fine-tuned reader of {@code lab/reader} (exported by {@code export_onnx.py}) run in ONNX Runtime, no Python:
 * each unit of a units file (see {@link ExportUnits}) encoded as {@code reader.py}'s Encoder does, with this lab's
 * {@link WordPiece}, and written as {@code predict.py} writes its predictions ({@code {"unit":..,"probs":{TYPE:p}}},
 * the types in the model's order, five decimals). Units are sorted by length and padded per batch.
 * <p>
 * Usage: {@code ReaderOnnx MODEL.onnx UNITS.jsonl OUT.jsonl [--threads N] [--batch B] [--warmup N]
 * [--compare PRED.jsonl]}: N intra-op threads of ONNX Runtime (default 1), B units per run (default 32; 1 times
 * the per-unit latency), N units run first to warm up (default 64, not timed), and the largest difference from
 * another predictions file's probabilities (predict.py's, or the unrounded {@code .ref.jsonl} of export_onnx.py).
 * Prints the time, speed, heap and resident memory to stderr.
 */
public final class ReaderOnnx {

    static final int PAD = 0;

    /** One unit's model input. */
    record Input(int[] ids, int[] types, int marker) {
    }

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPiece wordPiece;
    private final List<String> typeNames;
    private final int maxLen;
    private final boolean rulesFeature;
    private final boolean title;
    private final int prev;
    private final int[] open;
    private final int[] close;

    @SuppressWarnings("unchecked")
    ReaderOnnx(Path model, int threads) throws OrtException {
        env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
        opts.setIntraOpNumThreads(threads);
        opts.setInterOpNumThreads(1);
        opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        session = env.createSession(model.toString(), opts);
        Map<String, String> meta = session.getMetadata().getCustomMetadata();
        if (!meta.containsKey("reader.config") || !meta.containsKey("reader.types")) {
            throw new IllegalArgumentException(model + ": no reader.config / reader.types metadata (export_onnx.py)");
        }
        Map<String, Object> cfg = (Map<String, Object>) Json.parse(meta.get("reader.config"));
        typeNames = new ArrayList<>();
        for (Object t : (List<Object>) Json.parse(meta.get("reader.types"))) {
            typeNames.add((String) t);
        }
        maxLen = ((Number) cfg.get("max_len")).intValue();
        rulesFeature = Boolean.TRUE.equals(cfg.get("rules_feature"));
        title = Boolean.TRUE.equals(cfg.get("title"));
        prev = cfg.get("prev") instanceof Number p ? p.intValue() : 0;
        wordPiece = WordPiece.fromResource("all-minilm-l6-v2-tokenizer.json");
        String marker = (String) cfg.get("marker");
        if ("unused".equals(marker)) {
            open = new int[] {pieceId("[unused0]", 1)};
            close = new int[] {pieceId("[unused1]", 2)};
        } else if ("bracket".equals(marker)) {
            open = new int[] {wordPiece.tokenize("[").get(0).id()};
            close = new int[] {wordPiece.tokenize("]").get(0).id()};
        } else {
            throw new IllegalArgumentException("unknown marker " + marker);
        }
    }

    private int pieceId(String token, int id) {
        if (!token.equals(wordPiece.token(id))) {
            throw new IllegalStateException("piece " + id + " is " + wordPiece.token(id) + ", not " + token);
        }
        return id;
    }

    List<String> typeNames() {
        return typeNames;
    }

    private List<Integer> ids(String text) {
        List<Integer> out = new ArrayList<>();
        for (WordPiece.Piece p : wordPiece.tokenize(text)) {
            out.add(p.id());
        }
        return out;
    }

    /**
     * {@code [CLS] (rules' types [SEP])? (title [SEP])? (end of the sentence before [SEP])? left open date close right [SEP]}, at most max_len pieces,
     * the context cut evenly around the date; token type 1 for the sentence when there is a first segment.
     */
    @SuppressWarnings("unchecked")
    Input encode(Map<String, Object> u) {
        String s = (String) u.get("sentence");
        int a = ((Number) u.get("tStart")).intValue();
        int b = ((Number) u.get("tEnd")).intValue();
        List<Integer> left = ids(s.substring(0, a));
        List<Integer> date = ids(s.substring(a, b));
        List<Integer> right = ids(s.substring(b));
        List<Integer> prefix = new ArrayList<>();
        if (rulesFeature) {
            List<String> words = new ArrayList<>();
            Object rules = u.get("rules");
            for (Object t : rules == null ? List.of() : (List<Object>) rules) {
                words.add(((String) t).toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            prefix.addAll(ids(words.isEmpty() ? "none" : String.join(" ", words)));
            prefix.add(WordPiece.SEP);
        }
        if (title) {
            Object t = u.get("title");
            List<Integer> tt = ids(t == null ? "" : (String) t);
            prefix.addAll(tt.subList(0, Math.min(24, tt.size())));
            prefix.add(WordPiece.SEP);
        }
        if (prev > 0) {
            Object p = u.get("prev");
            List<Integer> before = ids(p == null ? "" : (String) p);
            prefix.addAll(before.subList(Math.max(0, before.size() - prev), before.size()));
            prefix.add(WordPiece.SEP);
        }
        int room = maxLen - 2 - prefix.size() - open.length - close.length;
        date = date.subList(0, Math.min(date.size(), Math.max(1, Math.floorDiv(room, 2))));
        room -= date.size();
        int nl = Math.max(0, Math.min(left.size(), Math.max(Math.floorDiv(room, 2), room - right.size())));
        int nr = Math.max(0, Math.min(right.size(), room - nl));
        left = left.subList(left.size() - nl, left.size());
        right = right.subList(0, nr);
        int segA = 1 + prefix.size();
        int n = segA + left.size() + open.length + date.size() + close.length + right.size() + 1;
        int[] seq = new int[n];
        int k = 0;
        seq[k++] = WordPiece.CLS;
        for (List<Integer> part : List.of(prefix, left)) {
            for (int id : part) {
                seq[k++] = id;
            }
        }
        for (int id : open) {
            seq[k++] = id;
        }
        for (int id : date) {
            seq[k++] = id;
        }
        for (int id : close) {
            seq[k++] = id;
        }
        for (int id : right) {
            seq[k++] = id;
        }
        seq[k] = WordPiece.SEP;
        int[] types = new int[n];
        Arrays.fill(types, segA, n, prefix.isEmpty() ? 0 : 1);
        return new Input(seq, types, segA + left.size());
    }

    /** The probabilities of a batch of inputs, padded to the longest. */
    float[][] run(List<Input> batch) throws OrtException {
        int b = batch.size();
        int n = batch.stream().mapToInt(x -> x.ids().length).max().orElse(0);
        long[] ids = new long[b * n];
        long[] types = new long[b * n];
        long[] mask = new long[b * n];
        long[] mark = new long[b];
        Arrays.fill(ids, PAD);
        for (int i = 0; i < b; i++) {
            Input x = batch.get(i);
            for (int j = 0; j < x.ids().length; j++) {
                ids[i * n + j] = x.ids()[j];
                types[i * n + j] = x.types()[j];
                mask[i * n + j] = 1;
            }
            mark[i] = x.marker();
        }
        long[] shape = {b, n};
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            in.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape));
            in.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            in.put("marker", OnnxTensor.createTensor(env, LongBuffer.wrap(mark), new long[] {b}));
            try (OrtSession.Result r = session.run(in)) {
                OnnxValue v = r.get("probs").orElseThrow();
                FloatBuffer f = ((OnnxTensor) v).getFloatBuffer();
                int t = typeNames.size();
                float[][] out = new float[b][t];
                for (int i = 0; i < b; i++) {
                    f.get(out[i]);
                }
                return out;
            }
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
    }

    /** Probabilities for every unit (in the units' order), batches of units of similar length. */
    float[][] predict(List<Map<String, Object>> units, int batch, long[] latencies) throws OrtException {
        Input[] inputs = new Input[units.size()];
        Integer[] order = new Integer[units.size()];
        for (int i = 0; i < inputs.length; i++) {
            order[i] = i;
        }
        float[][] out = new float[units.size()][];
        if (batch == 1) {
            // per-unit latency: encode and run each unit alone, in file order
            for (int i = 0; i < inputs.length; i++) {
                long t0 = System.nanoTime();
                out[i] = run(List.of(encode(units.get(i))))[0];
                if (latencies != null) {
                    latencies[i] = System.nanoTime() - t0;
                }
            }
            return out;
        }
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = encode(units.get(i));
        }
        Arrays.sort(order, Comparator.comparingInt(i -> inputs[i].ids().length));
        for (int k = 0; k < order.length; k += batch) {
            List<Input> chunk = new ArrayList<>();
            for (int j = k; j < Math.min(order.length, k + batch); j++) {
                chunk.add(inputs[order[j]]);
            }
            float[][] p = run(chunk);
            for (int j = 0; j < chunk.size(); j++) {
                out[order[k + j]] = p[j];
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> readJsonl(Path path) {
        try {
            List<Map<String, Object>> out = new ArrayList<>();
            for (String l : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (!l.isBlank()) {
                    out.add((Map<String, Object>) Json.parse(l));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String round5(float p) {
        BigDecimal d = new BigDecimal(Double.toString(p)).setScale(5, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.signum() == 0 ? "0.0" : d.toPlainString();
    }

    public static void main(String[] args) throws OrtException, IOException {
        int threads = 1;
        int batch = 32;
        int warmup = 64;
        String compare = null;
        List<String> pos = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--compare" -> compare = args[++i];
                default -> pos.add(args[i]);
            }
        }
        if (pos.size() != 3) {
            System.err.println("usage: ReaderOnnx MODEL.onnx UNITS.jsonl OUT.jsonl [--threads N] [--batch B] "
                    + "[--warmup N] [--compare PRED.jsonl]");
            System.exit(2);
        }
        Path model = Path.of(pos.get(0));
        long t0 = System.nanoTime();
        ReaderOnnx reader = new ReaderOnnx(model, threads);
        long loaded = System.nanoTime();
        memory("after loading the model");
        List<Map<String, Object>> units = readJsonl(Path.of(pos.get(1)));
        if (warmup > 0) {
            reader.predict(units.subList(0, Math.min(warmup, units.size())), batch, null);
        }
        long[] lat = batch == 1 ? new long[units.size()] : null;
        long t1 = System.nanoTime();
        float[][] probs = reader.predict(units, batch, lat);
        double took = (System.nanoTime() - t1) / 1e9;

        List<String> lines = new ArrayList<>();
        List<String> names = reader.typeNames();
        for (int i = 0; i < units.size(); i++) {
            StringBuilder b = new StringBuilder("{\"unit\": ").append(ExportUnits.str((String) units.get(i).get("unit")))
                    .append(", \"probs\": {");
            for (int t = 0; t < names.size(); t++) {
                b.append(t > 0 ? ", " : "").append('"').append(names.get(t)).append("\": ").append(round5(probs[i][t]));
            }
            lines.add(b.append("}}").toString());
        }
        Files.write(Path.of(pos.get(2)), lines, StandardCharsets.UTF_8);

        System.err.printf(Locale.ROOT, "model %s: %.1f MB, loaded in %.2f s%n", model,
                Files.size(model) / 1e6, (loaded - t0) / 1e9);
        System.err.printf(Locale.ROOT, "%d units in %.2f s: %.1f units/s, %.2f ms/unit (threads %d, batch %d, warm-up %d)%n",
                units.size(), took, units.size() / took, 1000 * took / units.size(), threads, batch, warmup);
        if (lat != null && lat.length > 0) {
            long[] s = lat.clone();
            Arrays.sort(s);
            System.err.printf(Locale.ROOT, "latency per unit (encode + run): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    s[s.length / 2] / 1e6, s[(int) (s.length * 0.9)] / 1e6, s[(int) (s.length * 0.99)] / 1e6,
                    s[s.length - 1] / 1e6);
        }
        memory("after the run");
        if (compare != null) {
            compare(units, probs, names, Path.of(compare));
        }
        System.err.println("wrote " + pos.get(2));
    }

    /** The largest absolute difference of the probabilities from another predictions file, over common units. */
    @SuppressWarnings("unchecked")
    static void compare(List<Map<String, Object>> units, float[][] probs, List<String> names, Path other) {
        Map<String, Map<String, Object>> ref = new HashMap<>();
        for (Map<String, Object> m : readJsonl(other)) {
            ref.put((String) m.get("unit"), (Map<String, Object>) m.get("probs"));
        }
        double max = 0;
        double sum = 0;
        long n = 0;
        int common = 0;
        int sameTop = 0;
        String worst = null;
        for (int i = 0; i < units.size(); i++) {
            Map<String, Object> r = ref.get((String) units.get(i).get("unit"));
            if (r == null) {
                continue;
            }
            common++;
            int top = 0;
            int refTop = 0;
            for (int t = 0; t < names.size(); t++) {
                double q = ((Number) r.get(names.get(t))).doubleValue();
                double d = Math.abs(probs[i][t] - q);
                sum += d;
                n++;
                if (d > max) {
                    max = d;
                    worst = units.get(i).get("unit") + " " + names.get(t);
                }
                top = probs[i][t] > probs[i][top] ? t : top;
                refTop = q > ((Number) r.get(names.get(refTop))).doubleValue() ? t : refTop;
            }
            sameTop += top == refTop ? 1 : 0;
        }
        System.err.printf(Locale.ROOT, "against %s: %d common units, max |p - p'| %.2e (%s), mean %.2e, same top type %d/%d%n",
                other, common, max, worst, sum / Math.max(1, n), sameTop, common);
    }

    static void memory(String when) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        String rss = "?";
        String hwm = "?";
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    rss = l.substring(6).trim();
                } else if (l.startsWith("VmHWM:")) {
                    hwm = l.substring(6).trim();
                }
            }
        } catch (IOException e) {
            // not Linux: no resident set figures
        }
        System.err.printf(Locale.ROOT, "memory %s: heap used %.1f MB (committed %.1f MB, max %.0f MB), RSS %s, peak RSS %s%n",
                when, heap / 1e6, rt.totalMemory() / 1e6, rt.maxMemory() / 1e6, rss, hwm);
    }
}

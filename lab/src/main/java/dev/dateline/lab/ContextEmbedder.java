package dev.dateline.lab;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MiniLM's token-level output rather than its pooled sentence vector: the text carries its date expression
 * between the marks {@code \u0001} and {@code \u0002}; the vector is three 384-wide blocks, the mean of every
 * token's output (the sentence), of the date expression's tokens, and of the tokens within eight of the date
 * expression on either side. Runs MiniLM through ONNX Runtime directly, one thread, with this lab's own WordPiece.
 */
final class ContextEmbedder implements Embedder {

    static final char OPEN = '\u0001';
    static final char CLOSE = '\u0002';
    static final int WINDOW = 8;
    static final int MAX_PIECES = 254;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPiece wordPiece;
    private final boolean tokenTypes;

    ContextEmbedder(String model, String tokenizer) {
        try (InputStream in = ContextEmbedder.class.getClassLoader().getResourceAsStream(model)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + model);
            }
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
            opts.setIntraOpNumThreads(1);
            opts.setInterOpNumThreads(1);
            session = env.createSession(in.readAllBytes(), opts);
            tokenTypes = session.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        wordPiece = WordPiece.fromResource(tokenizer);
    }

    static ContextEmbedder quantized() {
        return new ContextEmbedder("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json");
    }

    WordPiece wordPiece() {
        return wordPiece;
    }

    /** The last layer's output for each id (the caller adds [CLS] and [SEP]). */
    float[][] hidden(long[] ids) {
        long[][] input = {ids};
        long[][] mask = {new long[ids.length]};
        java.util.Arrays.fill(mask[0], 1);
        long[][] types = {new long[ids.length]};
        Map<String, OnnxTensor> in = new HashMap<>();
        try {
            in.put("input_ids", OnnxTensor.createTensor(env, input));
            in.put("attention_mask", OnnxTensor.createTensor(env, mask));
            if (tokenTypes) {
                in.put("token_type_ids", OnnxTensor.createTensor(env, types));
            }
            try (OrtSession.Result r = session.run(in)) {
                return ((float[][][]) r.get(0).getValue())[0];
            }
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        } finally {
            in.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public float[] embed(String marked) {
        int open = marked.indexOf(OPEN);
        int close = marked.indexOf(CLOSE);
        String text = marked.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
        int ds = open < 0 ? -1 : open;
        int de = close < 0 ? -1 : close - 1;
        List<WordPiece.Piece> pieces = wordPiece.tokenize(text);
        int first = -1;
        int last = -1;
        for (int i = 0; i < pieces.size(); i++) {
            WordPiece.Piece p = pieces.get(i);
            if (ds >= 0 && p.end() > ds && p.start() < de) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            first = pieces.size() / 2;
            last = Math.min(pieces.size() - 1, first);
        }
        // keep at most MAX_PIECES pieces, centred on the date expression
        int from = 0;
        int to = pieces.size();
        if (to > MAX_PIECES) {
            from = Math.max(0, Math.min((first + last) / 2 - MAX_PIECES / 2, pieces.size() - MAX_PIECES));
            to = from + MAX_PIECES;
        }
        List<Long> ids = new ArrayList<>();
        ids.add((long) WordPiece.CLS);
        for (int i = from; i < to; i++) {
            ids.add((long) pieces.get(i).id());
        }
        ids.add((long) WordPiece.SEP);
        float[][] h = hidden(ids.stream().mapToLong(Long::longValue).toArray());
        int dims = h[0].length;
        float[] out = new float[3 * dims];
        // positions in h: piece i is at i - from + 1
        mean(h, 0, h.length - 1, out, 0);
        int f = Math.max(1, first - from + 1);
        int l = Math.max(f, Math.min(h.length - 2, last - from + 1));
        mean(h, f, l, out, dims);
        mean(h, Math.max(1, f - WINDOW), Math.min(h.length - 2, l + WINDOW), out, 2 * dims);
        return out;
    }

    private static void mean(float[][] h, int from, int to, float[] out, int at) {
        int n = 0;
        for (int i = from; i <= to && i < h.length; i++) {
            for (int d = 0; d < h[i].length; d++) {
                out[at + d] += h[i][d];
            }
            n++;
        }
        for (int d = 0; d < h[0].length && n > 0; d++) {
            out[at + d] /= n;
        }
    }
}

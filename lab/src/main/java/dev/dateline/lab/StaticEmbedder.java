package dev.dateline.lab;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The static distillation of MiniLM ({@link Distill}): a text's vector is the mean of its word pieces' stored
 * vectors (already weighted by frequency rank). Pure Java: this lab's WordPiece over the file's own vocabulary,
 * int8 vectors, no ONNX Runtime.
 */
final class StaticEmbedder implements Embedder {

    static final String RESOURCE = System.getProperty("static.resource", "dev/dateline/lab/static-minilm-128.bin");

    private final WordPiece wordPiece;
    private final float[][] vectors;
    private final int dims;

    private StaticEmbedder(WordPiece wordPiece, float[][] vectors, int dims) {
        this.wordPiece = wordPiece;
        this.vectors = vectors;
        this.dims = dims;
    }

    static StaticEmbedder load() {
        try (InputStream raw = StaticEmbedder.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("no resource " + RESOURCE + " (run Distill)");
            }
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw));
            if (in.readInt() != 0x53544154) {
                throw new IllegalStateException(RESOURCE + ": not a static vector file");
            }
            int n = in.readInt();
            int dims = in.readInt();
            Map<String, Integer> vocab = new HashMap<>();
            float[][] vectors = new float[n][dims];
            byte[] b = new byte[dims];
            for (int id = 0; id < n; id++) {
                String t = in.readUTF();
                if (!t.isEmpty()) {
                    vocab.put(t, id);
                }
                float scale = in.readFloat();
                in.readFully(b);
                for (int d = 0; d < dims; d++) {
                    vectors[id][d] = b[d] * scale;
                }
            }
            return new StaticEmbedder(WordPiece.of(vocab), vectors, dims);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public float[] embed(String text) {
        List<WordPiece.Piece> pieces = wordPiece.tokenize(text);
        float[] out = new float[dims];
        for (WordPiece.Piece p : pieces) {
            float[] v = vectors[p.id()];
            for (int d = 0; d < dims; d++) {
                out[d] += v[d];
            }
        }
        if (!pieces.isEmpty()) {
            for (int d = 0; d < dims; d++) {
                out[d] /= pieces.size();
            }
        }
        return out;
    }
}

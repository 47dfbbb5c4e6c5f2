package dev.dateline.lab;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Step 6: a static distillation of MiniLM in the manner of Model2Vec. Every WordPiece vocabulary entry is run
 * through the model alone ({@code [CLS] piece [SEP]}, the mean of the three outputs, as the model embeds a
 * one-piece text); the vectors are centred and reduced by PCA (subspace iteration on the covariance) to DIMS
 * dimensions, weighted by log(1 + frequency rank) (the vocabulary after its first 1,996 entries is in about
 * frequency order, so frequent pieces weigh less) and stored as int8 with one float scale per piece, with the
 * vocabulary, in one file that {@link StaticEmbedder} reads without ONNX Runtime. Usage: {@code Distill OUT DIMS}.
 */
public final class Distill {

    static final int FIRST_WORD = 1996;

    private Distill() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int dims = Integer.parseInt(args[1]);
        ContextEmbedder model = new ContextEmbedder("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json");
        WordPiece wp = model.wordPiece();
        int n = wp.size();
        double[][] v = new double[n][];
        long t0 = System.nanoTime();
        for (int id = 0; id < n; id++) {
            float[][] h = model.hidden(new long[] {WordPiece.CLS, id, WordPiece.SEP});
            double[] m = new double[h[0].length];
            for (float[] row : h) {
                for (int d = 0; d < m.length; d++) {
                    m[d] += row[d] / h.length;
                }
            }
            v[id] = m;
        }
        System.out.printf(Locale.ROOT, "ran %d pieces in %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
        int width = v[0].length;
        double[] mean = new double[width];
        for (double[] x : v) {
            for (int d = 0; d < width; d++) {
                mean[d] += x[d] / n;
            }
        }
        double[][] cov = new double[width][width];
        for (double[] x : v) {
            for (int a = 0; a < width; a++) {
                double xa = x[a] - mean[a];
                for (int b = a; b < width; b++) {
                    cov[a][b] += xa * (x[b] - mean[b]);
                }
            }
        }
        for (int a = 0; a < width; a++) {
            for (int b = 0; b < a; b++) {
                cov[a][b] = cov[b][a];
            }
        }
        double[][] q = topEigenvectors(cov, dims);
        double[][] reduced = new double[n][dims];
        for (int id = 0; id < n; id++) {
            double w = Math.log(1 + Math.max(1, id - FIRST_WORD + 1));
            for (int k = 0; k < dims; k++) {
                double s = 0;
                for (int d = 0; d < width; d++) {
                    s += (v[id][d] - mean[d]) * q[k][d];
                }
                reduced[id][k] = s * w;
            }
        }
        try (DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(out)))) {
            o.writeInt(0x53544154);
            o.writeInt(n);
            o.writeInt(dims);
            for (int id = 0; id < n; id++) {
                o.writeUTF(wp.token(id) == null ? "" : wp.token(id));
                double max = 1e-12;
                for (double x : reduced[id]) {
                    max = Math.max(max, Math.abs(x));
                }
                float scale = (float) (max / 127);
                o.writeFloat(scale);
                for (double x : reduced[id]) {
                    o.writeByte((int) Math.round(x / scale));
                }
            }
        }
        System.out.printf(Locale.ROOT, "wrote %s: %d pieces x %d dims, %d bytes%n", out, n, dims, Files.size(out));
    }

    /** The top eigenvectors of a symmetric matrix by subspace iteration with Gram-Schmidt, as rows. */
    static double[][] topEigenvectors(double[][] c, int k) {
        int n = c.length;
        Random rnd = new Random(20261129L);
        double[][] q = new double[k][n];
        for (double[] row : q) {
            for (int i = 0; i < n; i++) {
                row[i] = rnd.nextGaussian();
            }
        }
        orthonormalise(q);
        for (int it = 0; it < 150; it++) {
            double[][] z = new double[k][n];
            for (int j = 0; j < k; j++) {
                for (int a = 0; a < n; a++) {
                    double s = 0;
                    double[] ca = c[a];
                    for (int b = 0; b < n; b++) {
                        s += ca[b] * q[j][b];
                    }
                    z[j][a] = s;
                }
            }
            orthonormalise(z);
            q = z;
        }
        return q;
    }

    private static void orthonormalise(double[][] q) {
        for (int j = 0; j < q.length; j++) {
            for (int i = 0; i < j; i++) {
                double d = 0;
                for (int x = 0; x < q[j].length; x++) {
                    d += q[j][x] * q[i][x];
                }
                for (int x = 0; x < q[j].length; x++) {
                    q[j][x] -= d * q[i][x];
                }
            }
            double norm = 0;
            for (double x : q[j]) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int x = 0; x < q[j].length; x++) {
                q[j][x] /= norm;
            }
        }
    }
}

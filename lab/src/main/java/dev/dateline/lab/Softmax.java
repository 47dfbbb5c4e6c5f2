package dev.dateline.lab;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression trained by plain SGD with L2 and a decaying step; deterministic for a seed.
 * Features are dense; the caller scales them.
 */
final class Softmax {

    final int classes;
    final int dims;
    final double[][] w;

    private Softmax(int classes, int dims) {
        this.classes = classes;
        this.dims = dims;
        this.w = new double[classes][dims + 1];
    }

    static Softmax train(List<double[]> x, int[] y, int classes, int epochs, double l2, double step, long seed) {
        int dims = x.get(0).length;
        Softmax m = new Softmax(classes, dims);
        int n = x.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random rnd = new Random(seed);
        double[] p = new double[classes];
        long t = 0;
        for (int ep = 0; ep < epochs; ep++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int k = 0; k < n; k++) {
                int i = order[k];
                double eta = step / (1 + t++ / (double) n);
                double[] xi = x.get(i);
                m.probs(xi, p);
                double shrink = 1 - eta * l2;
                for (int c = 0; c < classes; c++) {
                    double g = p[c] - (c == y[i] ? 1 : 0);
                    double[] wc = m.w[c];
                    for (int d = 0; d < dims; d++) {
                        wc[d] = wc[d] * shrink - eta * g * xi[d];
                    }
                    wc[dims] -= eta * g;
                }
            }
        }
        return m;
    }

    void probs(double[] x, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            double[] wc = w[c];
            double s = wc[dims];
            for (int d = 0; d < dims; d++) {
                s += wc[d] * x[d];
            }
            out[c] = s;
            max = Math.max(max, s);
        }
        double z = 0;
        for (int c = 0; c < classes; c++) {
            out[c] = Math.exp(out[c] - max);
            z += out[c];
        }
        for (int c = 0; c < classes; c++) {
            out[c] /= z;
        }
    }
}

package dev.dateline.extraction.eval;

/** Counts behind a precision, a recall and their F1. */
public record Prf(int correct, int predicted, int gold) {

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf o) {
        return new Prf(correct + o.correct, predicted + o.predicted, gold + o.gold);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P %.4f  R %.4f  F1 %.4f  (%d/%d/%d)", precision(), recall(), f1(),
                correct, predicted, gold);
    }
}

package dev.dateline.cli;

import dev.dateline.streams.ops.ConsumerLag;
import java.util.List;

/** Turns successive lag readings into a rate and a catch-up estimate. */
final class LagProgress {

    private long lastTotal = -1;
    private long lastCommitted = -1;
    private long lastNanos;
    private double rate;

    /** Records a reading; the rate is the committed offsets gained per second since the previous one. */
    String line(List<ConsumerLag.PartitionLag> lag, long articlesProcessed) {
        long total = ConsumerLag.total(lag);
        long committed = lag.stream().mapToLong(l -> Math.max(0, l.committed())).sum();
        long now = System.nanoTime();
        if (lastCommitted >= 0 && now > lastNanos) {
            double seconds = (now - lastNanos) / 1e9;
            double instant = Math.max(0, committed - lastCommitted) / seconds;
            rate = rate == 0 ? instant : 0.7 * rate + 0.3 * instant;
        }
        lastTotal = total;
        lastCommitted = committed;
        lastNanos = now;
        return String.format("lag %,d records, %,.0f records/s, %s%s", total, rate, eta(total),
                articlesProcessed >= 0 ? String.format(", %,d articles extracted", articlesProcessed) : "");
    }

    double rate() {
        return rate;
    }

    long lastTotal() {
        return lastTotal;
    }

    static String eta(long total, double rate) {
        if (total == 0) {
            return "caught up";
        }
        if (rate <= 0) {
            return "catch-up time unknown (no progress measured yet)";
        }
        long seconds = Math.round(total / rate);
        return seconds < 120 ? "caught up in ~" + seconds + " s" : "caught up in ~" + Math.round(seconds / 60.0) + " min";
    }

    private String eta(long total) {
        return eta(total, rate);
    }
}

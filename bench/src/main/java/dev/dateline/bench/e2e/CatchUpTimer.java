package dev.dateline.bench.e2e;

import dev.dateline.streams.ops.ConsumerLag;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * Waits until a Kafka Streams app has read everything in its source topics, and says when that
 * first became true. Under exactly-once the committed offsets move with the transaction that wrote
 * the outputs, so "no lag on any source topic" means every output of every input is committed.
 */
public final class CatchUpTimer {

    private static final long POLL_MILLIS = 200;

    private CatchUpTimer() {
    }

    /**
     * Polls the group's lag (transaction markers told apart from records) until it is zero twice in
     * a row; returns the {@link System#nanoTime()} of the first zero look.
     *
     * @param progress  what to print every 10 s (processed articles so far), may be null
     */
    public static long await(Admin admin, Properties clientProps, String groupId, List<String> sourceTopics, Duration timeout,
                             PrintStream out, LongSupplier progress) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long firstZero = -1;
        long nextReport = System.nanoTime() + 10_000_000_000L;
        long began = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long lookedAt = System.nanoTime();
            List<ConsumerLag.PartitionLag> lag = ConsumerLag.of(admin, clientProps, groupId, sourceTopics, true);
            long left = ConsumerLag.total(lag);
            if (left == 0) {
                if (firstZero >= 0) {
                    return firstZero;
                }
                firstZero = lookedAt;
            } else {
                firstZero = -1;
            }
            if (out != null && System.nanoTime() > nextReport) {
                out.printf("        … %.0f s: %d records left in the source topics%s, load %s%n", (System.nanoTime() - began) / 1e9,
                        left, progress == null ? "" : ", " + progress.getAsLong() + " articles processed", Machine.loadAverage());
                nextReport += 10_000_000_000L;
            }
            Thread.sleep(firstZero >= 0 ? 50 : POLL_MILLIS);
        }
        throw new IllegalStateException("group " + groupId + " did not catch up within " + timeout.toSeconds() + " s");
    }
}

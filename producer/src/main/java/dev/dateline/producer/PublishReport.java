package dev.dateline.producer;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a publish run did. {@code read} = published + skipped + duplicates + failed (+ valid records
 * not sent in a dry run).
 *
 * @param read         records read from the inputs
 * @param published    records acknowledged by the brokers (in a dry run: records that would be sent)
 * @param skipped      records rejected by validation (each was passed to the rejection callback)
 * @param duplicates   records repeating an earlier record of the run exactly, not sent again
 * @param failed       records sent but not acknowledged (see {@code failures}); safe to re-publish
 * @param bytes        serialized bytes acknowledged (in a dry run: that would be sent)
 * @param stoppedAfter the last record read when the run stopped early because the brokers were not
 *                     acknowledging; null when every input was read to its end
 * @param dryRun       whether this run only validated
 */
public record PublishReport(
        long read,
        long published,
        long skipped,
        long duplicates,
        long failed,
        long bytes,
        Duration elapsed,
        List<Failure> failures,
        Origin stoppedAfter,
        boolean dryRun) {

    /**
     * The report as its first version had it: rejections were listed in it (they now go only to
     * the rejection callback, so that a run with millions of them keeps flat memory; the list
     * given here is not kept), and a run never stopped early.
     */
    public PublishReport(long read, long published, long skipped, long duplicates, long failed, long bytes,
                         Duration elapsed, List<Rejection> rejections, List<Failure> failures) {
        this(read, published, skipped, duplicates, failed, bytes, elapsed, failures, null, false);
    }

    /** A record the brokers did not acknowledge, and why. */
    public record Failure(Origin origin, String articleId, String reason) {
        public String message() {
            return origin + ": article '" + articleId + "' not acknowledged: " + reason;
        }
    }

    public boolean clean() {
        return skipped == 0 && failed == 0 && stoppedAfter == null;
    }

    public double recordsPerSecond() {
        return published / seconds();
    }

    private double seconds() {
        return Math.max(elapsed.toNanos(), 1) / 1e9;
    }

    /** {@code read 5, published 3, skipped 2, duplicates 0, failed 0; 0.0 MB in 0.4 s (8 articles/s, 0.01 MB/s)} */
    public String summary() {
        double seconds = seconds();
        if (dryRun) {
            return String.format(Locale.ROOT, "read %d, valid %d, skipped %d, duplicates %d; %.1f MB in %.1f s "
                    + "(dry run: nothing was published)", read, published, skipped, duplicates, bytes / 1e6, seconds);
        }
        return String.format(Locale.ROOT,
                "read %d, published %d, skipped %d, duplicates %d, failed %d; %.1f MB in %.1f s (%.0f articles/s, %.2f MB/s)",
                read, published, skipped, duplicates, failed, bytes / 1e6, seconds, published / seconds,
                bytes / 1e6 / seconds);
    }
}

package dev.dateline.producer;

import java.time.Duration;
import java.util.List;

/**
 * What a publish run did. {@code read} = published + skipped + duplicates + failed.
 *
 * @param read       records read from the inputs
 * @param published  records acknowledged by the brokers
 * @param skipped    records rejected by validation (see {@code rejections})
 * @param duplicates records repeating an earlier record of the run exactly, not sent again
 * @param failed     records sent but not acknowledged (see {@code failures}); safe to re-publish
 * @param bytes      serialized bytes acknowledged
 */
public record PublishReport(
        long read,
        long published,
        long skipped,
        long duplicates,
        long failed,
        long bytes,
        Duration elapsed,
        List<Rejection> rejections,
        List<Failure> failures) {

    /** A record the brokers did not acknowledge, and why. */
    public record Failure(Origin origin, String articleId, String reason) {
        public String message() {
            return origin + ": article '" + articleId + "' not acknowledged: " + reason;
        }
    }

    public boolean clean() {
        return skipped == 0 && failed == 0;
    }

    public double recordsPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return published / seconds;
    }

    public String summary() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return String.format(java.util.Locale.ROOT,
                "read %d, published %d, skipped %d, duplicates %d, failed %d; %.1f MB in %.1f s (%.0f articles/s, %.2f MB/s)",
                read, published, skipped, duplicates, failed, bytes / 1e6, seconds, published / seconds,
                bytes / 1e6 / seconds);
    }
}

package dev.dateline.streams.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;

/** How much changelog is left to restore on this instance, for {@code /metrics} and readiness. */
final class RestoreProgress implements StateRestoreListener {

    private final Map<TopicPartition, long[]> remaining = new ConcurrentHashMap<>();
    private volatile long restoredTotal;

    @Override
    public void onRestoreStart(TopicPartition partition, String store, long startingOffset, long endingOffset) {
        remaining.put(partition, new long[] {Math.max(0, endingOffset - startingOffset)});
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {
        long[] left = remaining.get(partition);
        if (left != null) {
            left[0] = Math.max(0, left[0] - numRestored);
        }
        restoredTotal += numRestored;
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
        remaining.remove(partition);
    }

    @Override
    public void onRestoreSuspended(TopicPartition partition, String store, long totalRestored) {
        remaining.remove(partition);
    }

    long remainingRecords() {
        return remaining.values().stream().mapToLong(l -> l[0]).sum();
    }

    int restoringPartitions() {
        return remaining.size();
    }

    long restoredRecords() {
        return restoredTotal;
    }
}

package dev.dateline.streams.app;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;

/** Kafka Streams takes one restore listener; this one passes every call to two. */
final class RestoreFanOut implements StateRestoreListener {

    private final StateRestoreListener first;
    private final StateRestoreListener second;

    RestoreFanOut(StateRestoreListener first, StateRestoreListener second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void onRestoreStart(TopicPartition partition, String store, long startingOffset, long endingOffset) {
        first.onRestoreStart(partition, store, startingOffset, endingOffset);
        second.onRestoreStart(partition, store, startingOffset, endingOffset);
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {
        first.onBatchRestored(partition, store, batchEndOffset, numRestored);
        second.onBatchRestored(partition, store, batchEndOffset, numRestored);
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
        first.onRestoreEnd(partition, store, totalRestored);
        second.onRestoreEnd(partition, store, totalRestored);
    }

    @Override
    public void onRestoreSuspended(TopicPartition partition, String store, long totalRestored) {
        first.onRestoreSuspended(partition, store, totalRestored);
        second.onRestoreSuspended(partition, store, totalRestored);
    }
}

package dev.dateline.bench.e2e;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;

/** Counts what an instance restores, per store, and when the last restore ended. */
public final class RestoreWatch implements StateRestoreListener {

    private final Map<String, AtomicLong> recordsByStore = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> partitionsByStore = new ConcurrentHashMap<>();
    private final Map<TopicPartition, String> changelogs = new ConcurrentHashMap<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    private volatile long lastEndNanos = -1;

    @Override
    public void onRestoreStart(TopicPartition partition, String store, long startingOffset, long endingOffset) {
        active.incrementAndGet();
        started.incrementAndGet();
        changelogs.put(partition, store);
        partitionsByStore.computeIfAbsent(store, s -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String store, long batchEndOffset, long numRestored) {
        recordsByStore.computeIfAbsent(store, s -> new AtomicLong()).addAndGet(numRestored);
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String store, long totalRestored) {
        active.decrementAndGet();
        lastEndNanos = System.nanoTime();
    }

    @Override
    public void onRestoreSuspended(TopicPartition partition, String store, long totalRestored) {
        active.decrementAndGet();
        lastEndNanos = System.nanoTime();
    }

    /** Restorations begun and not yet ended. */
    public int active() {
        return active.get();
    }

    public int started() {
        return started.get();
    }

    public long lastEndNanos() {
        return lastEndNanos;
    }

    /** Records restored per store. */
    public Map<String, Long> records() {
        Map<String, Long> out = new TreeMap<>();
        recordsByStore.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    public long totalRecords() {
        return recordsByStore.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** The changelog partitions restored, with their store. */
    public Map<TopicPartition, String> changelogs() {
        return Map.copyOf(changelogs);
    }
}

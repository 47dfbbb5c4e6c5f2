package dev.dateline.producer;

import java.util.concurrent.atomic.AtomicLong;

/** Live counts of a publish run, for a progress display on another thread. */
public final class PublishCounters {

    final AtomicLong read = new AtomicLong();
    final AtomicLong published = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();

    public long read() {
        return read.get();
    }

    public long published() {
        return published.get();
    }

    public long skipped() {
        return skipped.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long failed() {
        return failed.get();
    }

    /** Serialized bytes acknowledged so far. */
    public long bytes() {
        return bytes.get();
    }
}

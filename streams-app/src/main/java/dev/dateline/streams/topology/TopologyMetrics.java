package dev.dateline.streams.topology;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Dateline's own counters, shared by the processors of one app instance and exported as metrics. */
public final class TopologyMetrics {

    private final LongAdder articles = new LongAdder();
    private final LongAdder articleChars = new LongAdder();
    private final LongAdder mentions = new LongAdder();
    private final LongAdder extractionNanos = new LongAdder();
    private final AtomicLong maxExtractionNanos = new AtomicLong();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder staleRevisions = new LongAdder();
    private final LongAdder eventsCreated = new LongAdder();
    private final LongAdder eventsUpdated = new LongAdder();
    private final LongAdder eventsRemoved = new LongAdder();
    private volatile ExtractionListener listener = nanos -> { };

    /** Receives each extraction's duration, for a histogram. */
    @FunctionalInterface
    public interface ExtractionListener {
        void extracted(long nanos);
    }

    public void onExtraction(ExtractionListener listener) {
        this.listener = listener;
    }

    void extracted(int chars, int mentionCount, long nanos) {
        articles.increment();
        articleChars.add(chars);
        mentions.add(mentionCount);
        extractionNanos.add(nanos);
        maxExtractionNanos.accumulateAndGet(nanos, Math::max);
        listener.extracted(nanos);
    }

    void duplicateArticle() {
        duplicates.increment();
    }

    void staleRevision() {
        staleRevisions.increment();
    }

    void eventMerged(boolean created) {
        (created ? eventsCreated : eventsUpdated).increment();
    }

    void eventRemoved() {
        eventsRemoved.increment();
    }

    public long articlesProcessed() {
        return articles.sum();
    }

    public long charactersProcessed() {
        return articleChars.sum();
    }

    public long mentionsExtracted() {
        return mentions.sum();
    }

    public long extractionNanos() {
        return extractionNanos.sum();
    }

    public long duplicateArticles() {
        return duplicates.sum();
    }

    public long staleRevisions() {
        return staleRevisions.sum();
    }

    public long eventsCreated() {
        return eventsCreated.sum();
    }

    public long eventsUpdated() {
        return eventsUpdated.sum();
    }

    public long eventsRemoved() {
        return eventsRemoved.sum();
    }
}

package dev.dateline.kafka;

import java.util.List;
import java.util.Map;

/**
 * Dateline's public topics. Their Avro schemas are in {@code schemas/src/main/avro}.
 *
 * <ul>
 *   <li>{@code articles}: input, key = article id, value = {@code ArticleEvent}; kept forever by
 *       default (it is what replays and backfills rebuild from).</li>
 *   <li>{@code articles-dlq}: records the app could not use, unchanged, with the reason in headers.</li>
 *   <li>{@code timeline-events}: compacted, key = event id, value = {@code TimelineEvent}, tombstone
 *       when an event loses its last source.</li>
 *   <li>{@code timeline-updates}: compacted change feed, key = {@code entity/eventId}, partitioned by
 *       entity, value = {@code TimelineUpdate}; a REMOVED update is followed by a tombstone.</li>
 * </ul>
 */
public final class Topics {

    public static final String ARTICLES = "articles";
    public static final String ARTICLES_DLQ = "articles-dlq";
    public static final String TIMELINE_EVENTS = "timeline-events";
    public static final String TIMELINE_UPDATES = "timeline-updates";

    /** Largest record the article topics accept: a 1 MB body plus its metadata and headers. */
    public static final int MAX_ARTICLE_RECORD_BYTES = 2 * 1024 * 1024;

    private Topics() {
    }

    public static List<TopicSpec> all(int partitions, short replication) {
        return all(partitions, replication, ARTICLES, "");
    }

    /**
     * The topics of an app reading {@code inputTopic} and writing its outputs with {@code outputSuffix}
     * (a backfill beside the live app, a test).
     */
    public static List<TopicSpec> all(int partitions, short replication, String inputTopic, String outputSuffix) {
        String maxBytes = Integer.toString(MAX_ARTICLE_RECORD_BYTES);
        Map<String, String> keepForever = Map.of(
                "cleanup.policy", "delete",
                "retention.ms", "-1",
                "retention.bytes", "-1",
                "max.message.bytes", maxBytes);
        Map<String, String> compacted = Map.of(
                "cleanup.policy", "compact",
                "min.cleanable.dirty.ratio", "0.1",
                "delete.retention.ms", Long.toString(24L * 3600 * 1000),
                "segment.ms", Long.toString(6L * 3600 * 1000));
        return List.of(
                new TopicSpec(inputTopic, partitions, replication, keepForever),
                new TopicSpec(ARTICLES_DLQ, 1, replication, keepForever),
                new TopicSpec(TIMELINE_EVENTS + outputSuffix, partitions, replication, compacted),
                new TopicSpec(TIMELINE_UPDATES + outputSuffix, partitions, replication, compacted));
    }
}

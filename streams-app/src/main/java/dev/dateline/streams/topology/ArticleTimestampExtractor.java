package dev.dateline.streams.topology;

import dev.dateline.schema.ArticleEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time is the article's publication time, whatever time the record was produced or appended,
 * so that a replay or an out-of-order backfill assigns the same timestamps as in-order delivery.
 * Records that are not articles (tombstones) keep their record timestamp.
 */
public final class ArticleTimestampExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof ArticleEvent article && article.getPublished() != null) {
            return article.getPublished().toEpochMilli();
        }
        return record.timestamp() >= 0 ? record.timestamp() : Math.max(partitionTime, 0);
    }
}

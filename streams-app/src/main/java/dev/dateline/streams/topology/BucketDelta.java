package dev.dateline.streams.topology;

import dev.dateline.schema.EntityChange;
import dev.dateline.schema.TimelineEvent;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * What one merge step changed: events upserted or deleted (null value), and the entity timelines
 * they enter, move in or leave. Passed in memory to the two branches that re-key it; never serialized.
 */
record BucketDelta(List<KeyValue<String, TimelineEvent>> events, List<KeyValue<String, EntityChange>> entityChanges) {
}

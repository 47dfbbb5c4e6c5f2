package dev.dateline.streams.topology;

import dev.dateline.schema.Entity;
import dev.dateline.schema.EntityChange;
import dev.dateline.schema.EventMention;
import dev.dateline.schema.MentionBatch;
import dev.dateline.schema.TimelineEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies a batch of mention changes to its bucket, re-merges the bucket's mentions into events
 * ({@link EventMerger}) and forwards only what changed compared with the events the bucket had.
 * Because the merge is a function of the bucket's mentions alone, processing a batch twice, or
 * batches in another order, ends in the same events.
 */
final class MergeMentionsProcessor implements Processor<String, MentionBatch, String, BucketDelta> {

    static final char SEPARATOR = '\u0000';
    private static final StringSerializer KEYS = new StringSerializer();

    private final TopologyMetrics metrics;
    private ProcessorContext<String, BucketDelta> context;
    private KeyValueStore<String, EventMention> mentions;
    private KeyValueStore<String, TimelineEvent> bucketEvents;

    MergeMentionsProcessor(TopologyMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, BucketDelta> context) {
        this.context = context;
        this.mentions = context.getStateStore(TimelineTopology.BUCKET_MENTIONS_STORE);
        this.bucketEvents = context.getStateStore(TimelineTopology.BUCKET_EVENTS_STORE);
    }

    @Override
    public void process(Record<String, MentionBatch> record) {
        String bucket = record.key();
        MentionBatch batch = record.value();
        if (bucket == null || batch == null) {
            return;
        }
        String prefix = bucket + SEPARATOR;
        for (String key : batch.getRemoved()) {
            mentions.delete(prefix + key);
        }
        for (EventMention m : batch.getAdded()) {
            mentions.put(prefix + m.getMentionKey(), m);
        }
        List<EventMention> all = new ArrayList<>();
        try (KeyValueIterator<String, EventMention> it = mentions.prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> all.add(kv.value));
        }
        Map<String, TimelineEvent> before = new LinkedHashMap<>();
        try (KeyValueIterator<String, TimelineEvent> it = bucketEvents.prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> before.put(kv.value.getId(), kv.value));
        }
        Map<String, TimelineEvent> after = EventMerger.merge(all);

        List<KeyValue<String, TimelineEvent>> events = new ArrayList<>();
        List<KeyValue<String, EntityChange>> entityChanges = new ArrayList<>();
        for (TimelineEvent old : before.values()) {
            if (!after.containsKey(old.getId())) {
                bucketEvents.delete(prefix + old.getId());
                events.add(KeyValue.pair(old.getId(), null));
                diffEntities(old, null, entityChanges);
                metrics.eventRemoved();
            }
        }
        for (TimelineEvent now : after.values()) {
            TimelineEvent old = before.get(now.getId());
            if (now.equals(old)) {
                continue;
            }
            bucketEvents.put(prefix + now.getId(), now);
            events.add(KeyValue.pair(now.getId(), now));
            diffEntities(old, now, entityChanges);
            metrics.eventMerged(old == null);
        }
        if (!events.isEmpty()) {
            context.forward(record.withValue(new BucketDelta(events, entityChanges)));
        }
    }

    /** Every entity of the old or the new version of an event gets the event's new state (null when it left). */
    private static void diffEntities(TimelineEvent old, TimelineEvent now, List<KeyValue<String, EntityChange>> out) {
        Map<String, Entity> oldEntities = entitiesOf(old);
        Map<String, Entity> newEntities = entitiesOf(now);
        String id = old != null ? old.getId() : now.getId();
        LocalDate previousStart = old == null ? null : old.getStartDay();
        for (var e : newEntities.entrySet()) {
            out.add(KeyValue.pair(e.getKey(), new EntityChange(e.getValue(), id,
                    oldEntities.containsKey(e.getKey()) ? previousStart : null, now)));
        }
        for (var e : oldEntities.entrySet()) {
            if (!newEntities.containsKey(e.getKey())) {
                out.add(KeyValue.pair(e.getKey(), new EntityChange(e.getValue(), id, previousStart, null)));
            }
        }
    }

    static Map<String, Entity> entitiesOf(TimelineEvent event) {
        Map<String, Entity> out = new HashMap<>();
        if (event == null) {
            return out;
        }
        for (Entity a : event.getActors()) {
            out.putIfAbsent(EntityKeys.keyOf(a), a);
        }
        if (event.getLocation() != null) {
            out.putIfAbsent(EntityKeys.keyOf(event.getLocation()), event.getLocation());
        }
        return out;
    }
}

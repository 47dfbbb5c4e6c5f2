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
    /** Decoded mentions kept in memory across batches, per task; the stores stay the source of truth. */
    static final int MAX_CACHED_MENTIONS = 200_000;

    private final TopologyMetrics metrics;
    private final java.util.LinkedHashMap<String, Bucket> cache = new java.util.LinkedHashMap<>(64, 0.75f, true);
    private long cachedMentions;
    private ProcessorContext<String, BucketDelta> context;
    private KeyValueStore<String, EventMention> mentions;
    private KeyValueStore<String, TimelineEvent> bucketEvents;
    private KeyValueStore<String, dev.dateline.schema.SourceRef> eventSources;

    MergeMentionsProcessor(TopologyMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, BucketDelta> context) {
        this.context = context;
        this.mentions = context.getStateStore(TimelineTopology.BUCKET_MENTIONS_STORE);
        this.bucketEvents = context.getStateStore(TimelineTopology.BUCKET_EVENTS_STORE);
        this.eventSources = context.getStateStore(TimelineTopology.EVENT_SOURCES_STORE);
        cache.clear();
        cachedMentions = 0;
    }

    /** A bucket's mentions (by mention key) and events (by id), decoded once and kept in step with the stores. */
    private static final class Bucket {
        final Map<String, EventMention> mentions = new HashMap<>();
        final Map<String, TimelineEvent> events = new LinkedHashMap<>();
        /** Event id → the mention keys whose sources are in the event-sources store. */
        final Map<String, java.util.Set<String>> membership = new HashMap<>();
        /** The last merge of this bucket, so that groups no batch touched are not built again. */
        Map<String, EventMerger.Merged> lastMerge = Map.of();
    }

    private Bucket load(String bucket, String prefix) {
        Bucket b = cache.get(bucket);
        if (b != null) {
            return b;
        }
        Bucket loaded = new Bucket();
        try (KeyValueIterator<String, EventMention> it = mentions.prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> loaded.mentions.put(kv.value.getMentionKey(), kv.value));
        }
        try (KeyValueIterator<String, TimelineEvent> it = bucketEvents.prefixScan(prefix, KEYS)) {
            it.forEachRemaining(kv -> loaded.events.put(kv.value.getId(), kv.value));
        }
        try (KeyValueIterator<String, dev.dateline.schema.SourceRef> it = eventSources.prefixScan(prefix, KEYS)) {
            while (it.hasNext()) {
                String rest = it.next().key.substring(prefix.length());
                int sep = rest.indexOf(SEPARATOR);
                loaded.membership.computeIfAbsent(rest.substring(0, sep), id -> new java.util.HashSet<>()).add(rest.substring(sep + 1));
            }
        }
        cache.put(bucket, loaded);
        cachedMentions += loaded.mentions.size();
        var eldest = cache.entrySet().iterator();
        while (cachedMentions > MAX_CACHED_MENTIONS && cache.size() > 1 && eldest.hasNext()) {
            var e = eldest.next();
            if (e.getValue() != loaded) {
                cachedMentions -= e.getValue().mentions.size();
                eldest.remove();
            }
        }
        return loaded;
    }

    @Override
    public void process(Record<String, MentionBatch> record) {
        String bucket = record.key();
        MentionBatch batch = record.value();
        if (bucket == null || batch == null) {
            return;
        }
        String prefix = bucket + SEPARATOR;
        try {
            merge(record, prefix, load(bucket, prefix), batch);
        } catch (RuntimeException e) {
            // the cache may be ahead of what gets committed; reload the bucket from the stores next time
            Bucket dropped = cache.remove(bucket);
            if (dropped != null) {
                cachedMentions -= dropped.mentions.size();
            }
            throw e;
        }
    }

    private void merge(Record<String, MentionBatch> record, String prefix, Bucket bucket, MentionBatch batch) {
        for (String key : batch.getRemoved()) {
            mentions.delete(prefix + key);
            if (bucket.mentions.remove(key) != null) {
                cachedMentions--;
            }
        }
        for (EventMention m : batch.getAdded()) {
            mentions.put(prefix + m.getMentionKey(), m);
            if (bucket.mentions.put(m.getMentionKey(), m) == null) {
                cachedMentions++;
            }
        }
        Map<String, EventMerger.Merged> merged = EventMerger.mergeWithMembers(bucket.mentions.values(), bucket.lastMerge);
        java.util.Set<String> addedNow = new java.util.HashSet<>();
        batch.getAdded().forEach(m -> addedNow.add(m.getMentionKey()));
        updateSources(prefix, bucket, merged, addedNow);

        List<KeyValue<String, TimelineEvent>> events = new ArrayList<>();
        List<KeyValue<String, EntityChange>> entityChanges = new ArrayList<>();
        for (var it = bucket.events.values().iterator(); it.hasNext();) {
            TimelineEvent old = it.next();
            if (!merged.containsKey(old.getId())) {
                bucketEvents.delete(prefix + old.getId());
                it.remove();
                events.add(KeyValue.pair(old.getId(), null));
                diffEntities(old, null, entityChanges);
                metrics.eventRemoved();
            }
        }
        for (EventMerger.Merged m : merged.values()) {
            TimelineEvent now = m.event();
            TimelineEvent old = bucket.events.get(now.getId());
            if (now == old) {
                continue;
            }
            if (now.equals(old)) {
                // built again but equal to what the bucket had: keep the new object so that the next batch compares by identity
                bucket.events.put(now.getId(), now);
                continue;
            }
            bucketEvents.put(prefix + now.getId(), now);
            bucket.events.put(now.getId(), now);
            events.add(KeyValue.pair(now.getId(), now));
            diffEntities(old, now, entityChanges);
            metrics.eventMerged(old == null);
        }
        bucket.lastMerge = merged;
        if (!events.isEmpty()) {
            context.forward(record.withValue(new BucketDelta(events, entityChanges)));
        }
    }

    /**
     * Keeps one event-sources entry per member mention of every event: what joined is added, what
     * left is deleted, and a mention re-added by a new revision (same key, new content) is rewritten.
     */
    private void updateSources(String prefix, Bucket bucket, Map<String, EventMerger.Merged> merged, java.util.Set<String> addedNow) {
        for (var gone : new ArrayList<>(bucket.membership.keySet())) {
            if (!merged.containsKey(gone)) {
                for (String key : bucket.membership.remove(gone)) {
                    eventSources.delete(prefix + gone + SEPARATOR + key);
                }
            }
        }
        for (var e : merged.entrySet()) {
            String id = e.getKey();
            if (e.getValue().unchanged()) {
                continue; // the very same members as in the last merge, whose sources are stored
            }
            java.util.Set<String> old = bucket.membership.getOrDefault(id, java.util.Set.of());
            java.util.Set<String> now = new java.util.HashSet<>();
            for (EventMention m : e.getValue().members()) {
                now.add(m.getMentionKey());
                if (!old.contains(m.getMentionKey()) || addedNow.contains(m.getMentionKey())) {
                    eventSources.put(prefix + id + SEPARATOR + m.getMentionKey(), EventMerger.sourceOf(m));
                }
            }
            for (String key : old) {
                if (!now.contains(key)) {
                    eventSources.delete(prefix + id + SEPARATOR + key);
                }
            }
            bucket.membership.put(id, now);
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

package dev.dateline.streams.topology;

import dev.dateline.schema.ChangeKind;
import dev.dateline.schema.EntityChange;
import dev.dateline.schema.EntitySummary;
import dev.dateline.schema.TimelineEvent;
import dev.dateline.schema.TimelineUpdate;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each entity's timeline sorted by date in the {@code timelines} store, so that a date range
 * of one entity is a range scan, and the per-entity summary in {@code entities}. Forwards what
 * changed as {@code TimelineUpdate}s keyed {@code entity|eventId}; a removal is followed by a
 * tombstone so that the compacted change feed forgets removed events.
 */
final class ApplyTimelinesProcessor implements Processor<String, EntityChange, String, TimelineUpdate> {

    private ProcessorContext<String, TimelineUpdate> context;
    private KeyValueStore<String, TimelineEvent> timelines;
    private KeyValueStore<String, EntitySummary> entities;

    @Override
    public void init(ProcessorContext<String, TimelineUpdate> context) {
        this.context = context;
        this.timelines = context.getStateStore(TimelineTopology.TIMELINES_STORE);
        this.entities = context.getStateStore(TimelineTopology.ENTITIES_STORE);
    }

    @Override
    public void process(Record<String, EntityChange> record) {
        String entityKey = record.key();
        EntityChange change = record.value();
        if (entityKey == null || change == null) {
            return;
        }
        String eventId = change.getEventId();
        boolean wasThere = false;
        if (change.getPreviousStartDay() != null) {
            String previousKey = TimelineKeys.entry(entityKey, change.getPreviousStartDay(), eventId);
            wasThere = timelines.get(previousKey) != null;
            if (wasThere) {
                timelines.delete(previousKey);
            }
        }
        TimelineEvent event = change.getEvent();
        ChangeKind kind;
        if (event == null) {
            if (!wasThere) {
                return;
            }
            kind = ChangeKind.REMOVED;
        } else {
            String key = TimelineKeys.entry(entityKey, event.getStartDay(), eventId);
            wasThere |= timelines.get(key) != null;
            timelines.put(key, event);
            kind = wasThere ? ChangeKind.UPDATED : ChangeKind.ADDED;
        }
        updateSummary(entityKey, change, kind);
        String updateKey = TimelineKeys.update(entityKey, eventId);
        context.forward(record.withKey(updateKey).withValue(new TimelineUpdate(change.getEntity(), eventId, kind, event,
                Instant.ofEpochMilli(record.timestamp()))));
        if (kind == ChangeKind.REMOVED) {
            context.forward(record.withKey(updateKey).withValue(null));
        }
    }

    private void updateSummary(String entityKey, EntityChange change, ChangeKind kind) {
        EntitySummary summary = entities.get(entityKey);
        int count = summary == null ? 0 : summary.getEventCount();
        count += switch (kind) {
            case ADDED -> 1;
            case REMOVED -> -1;
            case UPDATED -> 0;
        };
        if (count <= 0) {
            entities.delete(entityKey);
            return;
        }
        LocalDate first = null;
        LocalDate last = null;
        try (KeyValueIterator<String, TimelineEvent> it = timelines.range(TimelineKeys.first(entityKey), TimelineKeys.last(entityKey))) {
            if (it.hasNext()) {
                first = it.next().value.getStartDay();
            }
        }
        try (KeyValueIterator<String, TimelineEvent> it = timelines.reverseRange(TimelineKeys.first(entityKey), TimelineKeys.last(entityKey))) {
            if (it.hasNext()) {
                last = it.next().value.getEndDay();
            }
        }
        entities.put(entityKey, new EntitySummary(change.getEntity(), count, first, last));
    }
}

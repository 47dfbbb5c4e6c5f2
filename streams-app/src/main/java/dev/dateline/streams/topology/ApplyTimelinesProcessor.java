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
        // the merge step sets previousStartDay exactly when the event was in this entity's timeline
        boolean wasThere = change.getPreviousStartDay() != null;
        TimelineEvent event = change.getEvent();
        if (wasThere && (event == null || !event.getStartDay().equals(change.getPreviousStartDay()))) {
            timelines.put(TimelineKeys.entry(entityKey, change.getPreviousStartDay(), eventId), null);
        }
        ChangeKind kind;
        if (event == null) {
            if (!wasThere) {
                return;
            }
            kind = ChangeKind.REMOVED;
        } else {
            timelines.put(TimelineKeys.entry(entityKey, event.getStartDay(), eventId), event);
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

    /**
     * Keeps the entity's event count and its first and last event days. Adding an event only widens
     * the span; removing or moving the event at either end re-reads that end of the timeline.
     */
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
        LocalDate first = summary == null ? null : summary.getFirstDay();
        LocalDate last = summary == null ? null : summary.getLastDay();
        LocalDate previous = change.getPreviousStartDay();
        boolean endMoved = previous != null && (previous.equals(first) || previous.equals(last));
        TimelineEvent event = change.getEvent();
        if (endMoved || first == null || last == null) {
            first = edge(entityKey, false);
            last = edge(entityKey, true);
        } else if (event != null) {
            first = event.getStartDay().isBefore(first) ? event.getStartDay() : first;
            last = event.getStartDay().isAfter(last) ? event.getStartDay() : last;
        }
        EntitySummary now = new EntitySummary(change.getEntity(), count, first, last);
        if (!now.equals(summary)) {
            // most updates (an event gaining a source) change neither the count nor the span: no write, no changelog record
            entities.put(entityKey, now);
        }
    }

    /** The start day of the entity's first (or last) event, read from the store's key order. */
    private LocalDate edge(String entityKey, boolean last) {
        try (KeyValueIterator<String, TimelineEvent> it = last
                ? timelines.reverseRange(TimelineKeys.first(entityKey), TimelineKeys.last(entityKey))
                : timelines.range(TimelineKeys.first(entityKey), TimelineKeys.last(entityKey))) {
            return it.hasNext() ? TimelineKeys.startDayOf(it.peekNextKey()) : null;
        }
    }
}

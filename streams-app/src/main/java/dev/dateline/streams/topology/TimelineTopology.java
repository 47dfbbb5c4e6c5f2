package dev.dateline.streams.topology;

import dev.dateline.extraction.Extractor;
import dev.dateline.kafka.Topics;
import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.ArticleState;
import dev.dateline.schema.EntityChange;
import dev.dateline.schema.EntitySummary;
import dev.dateline.schema.EventMention;
import dev.dateline.schema.MentionBatch;
import dev.dateline.schema.SourceRef;
import dev.dateline.schema.TimelineEvent;
import dev.dateline.schema.TimelineUpdate;
import dev.dateline.schema.serde.AvroSerde;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Builds the Dateline topology. Every processor, store and internal topic has an explicit name,
 * so an upgrade never renames state:
 *
 * <pre>
 * articles ─► extract-mentions [article-state] ─► mentions-by-bucket (repartition: type|year)
 *   ─► merge-mentions [bucket-mentions, bucket-events] ─┬─► event-changes ─► events-by-id (repartition)
 *                                                       │     ─► events (table) ─► timeline-events
 *                                                       └─► entity-changes ─► entity-changes-by-entity (repartition)
 *                                                             ─► apply-timelines [timelines, entities] ─► timeline-updates
 * </pre>
 *
 * Undecodable or invalid articles go to {@code articles-dlq} through Kafka Streams' exception
 * handlers (see {@code StreamsSettings}).
 */
public final class TimelineTopology {

    public static final String ARTICLE_STATE_STORE = "article-state";
    public static final String BUCKET_MENTIONS_STORE = "bucket-mentions";
    public static final String BUCKET_EVENTS_STORE = "bucket-events";
    /** Every source of every event (an event record carries at most 20): {@code bucket \0 eventId \0 mentionKey} → SourceRef. */
    public static final String EVENT_SOURCES_STORE = "event-sources";
    public static final String EVENTS_STORE = "events";
    public static final String TIMELINES_STORE = "timelines";
    public static final String ENTITIES_STORE = "entities";

    public static final String MENTIONS_REPARTITION = "mentions-by-bucket";
    public static final String EVENTS_REPARTITION = "events-by-id";
    public static final String ENTITY_CHANGES_REPARTITION = "entity-changes-by-entity";

    private TimelineTopology() {
    }

    /** Every topic the app with this id consumes: its input and its repartition topics. */
    public static java.util.List<String> sourceTopics(String applicationId) {
        return sourceTopics(applicationId, Topics.ARTICLES);
    }

    /** Every topic the app with this id consumes when reading {@code inputTopic}. */
    public static java.util.List<String> sourceTopics(String applicationId, String inputTopic) {
        return java.util.List.of(inputTopic,
                applicationId + "-" + MENTIONS_REPARTITION + "-repartition",
                applicationId + "-" + EVENTS_REPARTITION + "-repartition",
                applicationId + "-" + ENTITY_CHANGES_REPARTITION + "-repartition");
    }

    /**
     * What the topology needs: where mentions come from (the extraction engine), the metrics it
     * reports to, and a suffix for the output topics (a backfill writes beside the live ones).
     */
    public record Settings(MentionSource mentions, TopologyMetrics metrics, String inputTopic, String outputSuffix,
                           int maxBodyBytes) {
        /** The default limit on an article body, as the producer's. */
        public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

        public Settings(MentionSource mentions, TopologyMetrics metrics, String inputTopic, String outputSuffix) {
            this(mentions, metrics, inputTopic, outputSuffix, DEFAULT_MAX_BODY_BYTES);
        }

        public static Settings of(Extractor extractor) {
            return new Settings(new Mentions(extractor), new TopologyMetrics(), Topics.ARTICLES, "");
        }

        public String timelineEventsTopic() {
            return Topics.TIMELINE_EVENTS + outputSuffix;
        }

        public String timelineUpdatesTopic() {
            return Topics.TIMELINE_UPDATES + outputSuffix;
        }
    }

    public static Topology build(Settings settings) {
        Serde<String> strings = Serdes.String();
        Serde<ArticleEvent> articleSerde = new AvroSerde<>(ArticleEvent.class);
        Serde<MentionBatch> batchSerde = new AvroSerde<>(MentionBatch.class);
        Serde<TimelineEvent> eventSerde = new AvroSerde<>(TimelineEvent.class);
        Serde<EntityChange> changeSerde = new AvroSerde<>(EntityChange.class);
        Serde<TimelineUpdate> updateSerde = new AvroSerde<>(TimelineUpdate.class);

        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ARTICLE_STATE_STORE), strings, new AvroSerde<>(ArticleState.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(BUCKET_MENTIONS_STORE), strings, new AvroSerde<>(EventMention.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(BUCKET_EVENTS_STORE), strings, eventSerde));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(EVENT_SOURCES_STORE), strings, new AvroSerde<>(SourceRef.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(TIMELINES_STORE), strings, eventSerde));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ENTITIES_STORE), strings, new AvroSerde<>(EntitySummary.class)));

        MentionSource mentions = settings.mentions();
        TopologyMetrics metrics = settings.metrics();

        KStream<String, BucketDelta> deltas = builder
                .stream(settings.inputTopic(), Consumed.with(strings, articleSerde)
                        .withName("articles-source")
                        .withTimestampExtractor(new ArticleTimestampExtractor()))
                .process(() -> new ExtractMentionsProcessor(mentions, metrics, settings.maxBodyBytes()), Named.as("extract-mentions"),
                        ARTICLE_STATE_STORE)
                .repartition(Repartitioned.with(strings, batchSerde).withName(MENTIONS_REPARTITION))
                .process(() -> new MergeMentionsProcessor(metrics), Named.as("merge-mentions"),
                        BUCKET_MENTIONS_STORE, BUCKET_EVENTS_STORE, EVENT_SOURCES_STORE);

        deltas.flatMap((bucket, delta) -> delta.events(), Named.as("event-changes"))
                .repartition(Repartitioned.with(strings, eventSerde).withName(EVENTS_REPARTITION))
                .toTable(Named.as("events-table"), Materialized.<String, TimelineEvent, KeyValueStore<Bytes, byte[]>>as(EVENTS_STORE)
                        .withKeySerde(strings).withValueSerde(eventSerde))
                .toStream(Named.as("events-changelog"))
                .to(settings.timelineEventsTopic(), Produced.with(strings, eventSerde).withName("timeline-events-sink"));

        deltas.flatMap((bucket, delta) -> delta.entityChanges(), Named.as("entity-changes"))
                .repartition(Repartitioned.with(strings, changeSerde).withName(ENTITY_CHANGES_REPARTITION))
                .process(ApplyTimelinesProcessor::new, Named.as("apply-timelines"), TIMELINES_STORE, ENTITIES_STORE)
                .to(settings.timelineUpdatesTopic(), Produced.with(strings, updateSerde)
                        .withName("timeline-updates-sink")
                        .withStreamPartitioner(new ByEntity()));

        return builder.build();
    }

    /** Partitions {@code entity|eventId} keys by their entity, so one entity's updates stay in order. */
    static final class ByEntity implements StreamPartitioner<String, TimelineUpdate> {
        @Override
        public Optional<Set<Integer>> partitions(String topic, String key, TimelineUpdate value,
                                                 org.apache.kafka.common.header.Headers headers, int numPartitions) {
            byte[] entity = TimelineKeys.entityOfUpdate(key).getBytes(StandardCharsets.UTF_8);
            return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(entity)) % numPartitions));
        }

        /** Still abstract in Kafka 4.4 though deprecated for the variant with headers above, which Streams calls. */
        @Override
        @SuppressWarnings({"deprecation", "removal"})
        public Optional<Set<Integer>> partitions(String topic, String key, TimelineUpdate value, int numPartitions) {
            return partitions(topic, key, value, null, numPartitions);
        }
    }
}

package dev.dateline.streams.app;

import dev.dateline.streams.topology.TimelineTopology;
import dev.dateline.streams.topology.TopologyMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The metrics of one app instance in Prometheus format: Kafka Streams' own (through Micrometer's
 * binder, including {@code records-lag-max} and the restore metrics), the JVM's, and Dateline's:
 * articles, mentions, events, dead letters, extraction time, restore progress and store sizes.
 * Documented in docs/operations.md.
 */
final class AppMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final KafkaStreamsMetrics streamsMetrics;
    private final JvmGcMetrics gc = new JvmGcMetrics();

    AppMetrics(KafkaStreams streams, TopologyMetrics topology, RestoreProgress restore, String applicationId) {
        registry.config().commonTags("application", applicationId);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);

        counter("dateline.articles.processed", "Articles extracted (new content or a new revision)", topology, TopologyMetrics::articlesProcessed);
        counter("dateline.articles.duplicates", "Articles delivered again with the same content, dropped", topology, TopologyMetrics::duplicateArticles);
        counter("dateline.articles.stale.revisions", "Older revisions that arrived after a newer one, ignored", topology, TopologyMetrics::staleRevisions);
        counter("dateline.article.characters", "Characters of article text extracted", topology, TopologyMetrics::charactersProcessed);
        counter("dateline.mentions.extracted", "Dated event mentions extracted from articles", topology, TopologyMetrics::mentionsExtracted);
        // one name with a tag: Prometheus reserves the _created suffix for counters' creation time
        for (var change : java.util.Map.<String, java.util.function.ToDoubleFunction<TopologyMetrics>>of(
                "added", TopologyMetrics::eventsCreated, "updated", TopologyMetrics::eventsUpdated,
                "removed", TopologyMetrics::eventsRemoved).entrySet()) {
            FunctionCounter.builder("dateline.event.changes", topology, change.getValue())
                    .description("Events the merge step added, updated (a new source, a finer date) or removed (deleted or re-keyed)")
                    .tag("change", change.getKey()).register(registry);
        }
        FunctionCounter.builder("dateline.dlq.records", this, m -> DeadLetterDeserializationHandler.count())
                .description("Records sent to the dead-letter topic").tag("reason", "undecodable").register(registry);
        FunctionCounter.builder("dateline.dlq.records", this, m -> DeadLetterProcessingHandler.count())
                .description("Records sent to the dead-letter topic").tag("reason", "processing").register(registry);

        Timer extraction = Timer.builder("dateline.extraction.time")
                .description("Time to extract one article's mentions")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(10_000))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry);
        topology.onExtraction(nanos -> extraction.record(nanos, TimeUnit.NANOSECONDS));

        Gauge.builder("dateline.restore.remaining.records", restore, RestoreProgress::remainingRecords)
                .description("Changelog records left to restore on this instance").register(registry);
        Gauge.builder("dateline.restore.partitions", restore, RestoreProgress::restoringPartitions)
                .description("State store partitions being restored").register(registry);
        for (String store : new String[] {TimelineTopology.EVENTS_STORE, TimelineTopology.TIMELINES_STORE,
                TimelineTopology.ENTITIES_STORE, TimelineTopology.BUCKET_MENTIONS_STORE}) {
            Gauge.builder("dateline.store.entries", streams, s -> approximateEntries(s, store))
                    .description("Approximate entries of a state store on this instance (active tasks)")
                    .tag("store", store).register(registry);
        }
    }

    private void counter(String name, String description, TopologyMetrics m, java.util.function.ToDoubleFunction<TopologyMetrics> f) {
        FunctionCounter.builder(name, m, f).description(description).register(registry);
    }

    private static double approximateEntries(KafkaStreams streams, String store) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return Double.NaN;
        }
        try {
            ReadOnlyKeyValueStore<Object, Object> s = streams.store(StoreQueryParameters.fromNameAndType(store,
                    QueryableStoreTypes.keyValueStore()));
            return s.approximateNumEntries();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        streamsMetrics.close();
        gc.close();
        registry.close();
    }
}

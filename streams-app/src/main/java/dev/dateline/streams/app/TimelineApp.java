package dev.dateline.streams.app;

import dev.dateline.config.DatelineConfig;
import dev.dateline.extraction.Extractor;
import dev.dateline.streams.api.HttpApi;
import dev.dateline.streams.api.TimelineQueries;
import dev.dateline.streams.topology.EntityKeys;
import dev.dateline.streams.topology.MentionSource;
import dev.dateline.streams.topology.Mentions;
import dev.dateline.streams.topology.TimelineTopology;
import dev.dateline.streams.topology.TopologyMetrics;
import dev.dateline.streams.web.WebView;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One instance of the Dateline streams app: the topology running in Kafka Streams and the HTTP API
 * that serves its stores. The HTTP port is bound first (port 0 picks a free one), so that the
 * address advertised to the other instances ({@code application.server}) is the real one.
 */
public final class TimelineApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TimelineApp.class);

    private final DatelineConfig config;
    private final Extractor extractor;
    private final TopologyMetrics metrics = new TopologyMetrics();
    private final RestoreProgress restore = new RestoreProgress();
    private HttpApi http;
    private WebView web;
    private KafkaStreams streams;
    private AppMetrics appMetrics;
    private Topology topology;

    private final MentionSource mentions;
    private org.apache.kafka.streams.processor.StateRestoreListener restoreObserver;

    public TimelineApp(DatelineConfig config, Extractor extractor) {
        this(config, extractor, new Mentions(extractor));
    }

    /** An app whose mentions come from {@code mentions} (a wrapped engine in fault tests); {@code extractor} resolves entity aliases. */
    public TimelineApp(DatelineConfig config, Extractor extractor, MentionSource mentions) {
        this.config = config;
        this.extractor = extractor;
        this.mentions = mentions;
    }

    public TimelineApp start() throws IOException {
        requireTopics();
        http = new HttpApi(config.get(DatelineConfig.HTTP_HOST), config.getInt(DatelineConfig.HTTP_PORT));
        int port = http.port();
        DatelineConfig effective = config.with(DatelineConfig.HTTP_PORT, Integer.toString(port));
        Properties props = StreamsSettings.of(effective);
        topology = TimelineTopology.build(new TimelineTopology.Settings(mentions, metrics,
                config.get(DatelineConfig.INPUT_TOPIC), config.get(DatelineConfig.OUTPUT_SUFFIX, ""),
                config.getInt(DatelineConfig.MAX_BODY_BYTES)));
        streams = new KafkaStreams(topology, props);
        streams.setStateListener((now, before) -> LOG.info("streams state {} -> {}", before, now));
        streams.setUncaughtExceptionHandler(new ThreadFailures(java.time.Clock.systemUTC()));
        streams.setGlobalStateRestoreListener(restoreObserver == null ? restore : new RestoreFanOut(restore, restoreObserver));
        appMetrics = new AppMetrics(streams, metrics, restore, config.get(DatelineConfig.APPLICATION_ID));
        http.route("/metrics", (path, query) -> new HttpApi.Response(200, "text/plain; version=0.0.4; charset=utf-8",
                appMetrics.scrape().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        HostInfo self = new HostInfo(effective.get(DatelineConfig.ADVERTISED_HOST), port);
        http.attach(new TimelineQueries(streams, self, new EntityKeys(extractor)), streams::state, restore::remainingRecords);
        web = WebView.install(http, streams, effective, self, new EntityKeys(extractor), metrics, restore::remainingRecords,
                sourceTopics());
        http.start();
        streams.start();
        LOG.info("Dateline app {} started: HTTP on port {}, Kafka {}", props.get(StreamsConfig.APPLICATION_ID_CONFIG),
                port, effective.bootstrapServers());
        return this;
    }

    /**
     * Also tells {@code observer} about every state restore of this instance (call before
     * {@link #start()}); {@code dateline bench} times restores with it.
     */
    public TimelineApp observeRestores(org.apache.kafka.streams.processor.StateRestoreListener observer) {
        this.restoreObserver = observer;
        return this;
    }

    /**
     * Fails fast, naming them, when the input or output topics are missing: Kafka Streams would
     * otherwise wait a minute per send and then stop with a timeout.
     */
    private void requireTopics() {
        String suffix = config.get(DatelineConfig.OUTPUT_SUFFIX, "");
        java.util.List<String> needed = java.util.List.of(config.get(DatelineConfig.INPUT_TOPIC), dev.dateline.kafka.Topics.ARTICLES_DLQ,
                dev.dateline.kafka.Topics.TIMELINE_EVENTS + suffix, dev.dateline.kafka.Topics.TIMELINE_UPDATES + suffix);
        java.util.Map<String, Object> props = new java.util.HashMap<>(config.kafkaProperties());
        props.putIfAbsent("default.api.timeout.ms", 30_000);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(props)) {
            java.util.Set<String> existing = admin.listTopics().names().get(40, java.util.concurrent.TimeUnit.SECONDS);
            java.util.List<String> missing = needed.stream().filter(t -> !existing.contains(t)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("missing topics on " + config.bootstrapServers() + ": " + String.join(", ", missing)
                        + "; create them with `dateline topics` (or let `dateline serve` create them)");
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no Kafka broker answered at " + config.bootstrapServers() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking topics", e);
        }
    }

    /** Waits until the app is RUNNING (all its tasks assigned and restored). */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            KafkaStreams.State s = streams.state();
            if (s == KafkaStreams.State.RUNNING) {
                return true;
            }
            if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING) {
                return false;
            }
            Thread.sleep(50);
        }
        return false;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public Topology topology() {
        return topology;
    }

    public HttpApi http() {
        return http;
    }

    public int httpPort() {
        return http.port();
    }

    public TopologyMetrics metrics() {
        return metrics;
    }

    public String applicationId() {
        return config.get(DatelineConfig.APPLICATION_ID);
    }

    /** The topics this app consumes: its input and its repartition topics. */
    public java.util.List<String> sourceTopics() {
        return TimelineTopology.sourceTopics(applicationId(), config.get(DatelineConfig.INPUT_TOPIC));
    }

    /** Stops the API, then Kafka Streams, leaving the consumer group so that the others take over at once. */
    @Override
    public void close() {
        if (web != null) {
            web.close();
        }
        if (http != null) {
            http.close();
        }
        if (streams != null) {
            boolean clean = streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(60)));
            if (!clean) {
                LOG.warn("Kafka Streams did not shut down within 60 s");
            }
        }
        if (appMetrics != null) {
            appMetrics.close();
        }
    }
}

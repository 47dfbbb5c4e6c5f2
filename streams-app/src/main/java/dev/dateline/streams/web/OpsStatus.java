package dev.dateline.streams.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.streams.app.DeadLetterDeserializationHandler;
import dev.dateline.streams.app.DeadLetterProcessingHandler;
import dev.dateline.streams.ops.ConsumerLag;
import dev.dateline.streams.topology.TopologyMetrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * What the ops panel shows: the state of every instance of the app (each asked over HTTP for its
 * own share, like {@code /entities}), the consumer lag of the application per partition as
 * {@code dateline lag} computes it, dead letters, and articles and events processed. Counters are
 * per instance since it started; the lag is the group's and is cached for two seconds, so that
 * many open pages cost the broker one look.
 */
final class OpsStatus implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LAG_CACHE = Duration.ofSeconds(2);

    private final KafkaStreams streams;
    private final HostInfo self;
    private final Map<String, Object> kafkaProperties;
    private final String applicationId;
    private final List<String> sourceTopics;
    private final TopologyMetrics metrics;
    private final LongSupplier restoring;
    private final LiveUpdates clients;
    private final UpdateFeed feed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Admin admin;
    private Map<String, Object> lag;
    private long lagAt;

    OpsStatus(KafkaStreams streams, HostInfo self, Map<String, Object> kafkaProperties, String applicationId,
              List<String> sourceTopics, TopologyMetrics metrics, LongSupplier restoring, LiveUpdates clients, UpdateFeed feed) {
        this.streams = streams;
        this.self = self;
        this.kafkaProperties = kafkaProperties;
        this.applicationId = applicationId;
        this.sourceTopics = sourceTopics;
        this.metrics = metrics;
        this.restoring = restoring;
        this.clients = clients;
        this.feed = feed;
    }

    /** The whole panel, or with {@code localOnly} this instance's part (what the others ask for). */
    String json(boolean localOnly) {
        if (localOnly) {
            return write(local());
        }
        List<Map<String, Object>> instances = new ArrayList<>();
        instances.add(local());
        List<CompletableFuture<Map<String, Object>>> remote = new ArrayList<>();
        for (HostInfo host : otherInstances()) {
            remote.add(ask(host));
        }
        remote.forEach(f -> instances.add(f.join()));
        Map<String, Object> totals = new LinkedHashMap<>();
        for (String counter : List.of("articlesProcessed", "duplicateArticles", "mentionsExtracted", "eventsAdded",
                "eventsUpdated", "eventsRemoved", "deadLetters")) {
            totals.put(counter, instances.stream().filter(i -> i.get(counter) instanceof Number)
                    .mapToLong(i -> ((Number) i.get(counter)).longValue()).sum());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationId", applicationId);
        body.put("at", Instant.now().toString());
        body.put("instances", instances);
        body.put("totals", totals);
        body.put("lag", lag());
        return write(body);
    }

    private List<HostInfo> otherInstances() {
        KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
            return List.of();
        }
        List<HostInfo> out = new ArrayList<>();
        for (StreamsMetadata md : streams.metadataForAllStreamsClients()) {
            if (!md.hostInfo().equals(self) && md.hostInfo().port() > 0 && !out.contains(md.hostInfo())) {
                out.add(md.hostInfo());
            }
        }
        return out;
    }

    private CompletableFuture<Map<String, Object>> ask(HostInfo host) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host.host() + ":" + host.port() + "/ops?local=true"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
            if (e == null && r.statusCode() == 200) {
                try {
                    Map<String, Object> m = JSON.readValue(r.body(), new TypeReference<>() { });
                    m.put("self", false);
                    return m;
                } catch (JsonProcessingException bad) {
                    e = bad;
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("host", host.host() + ":" + host.port());
            m.put("self", false);
            m.put("reachable", false);
            m.put("state", "UNREACHABLE");
            m.put("error", e != null ? String.valueOf(e.getMessage()) : "HTTP " + r.statusCode());
            return m;
        });
    }

    private Map<String, Object> local() {
        KafkaStreams.State state = streams.state();
        long left = restoring.getAsLong();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("host", self.host() + ":" + self.port());
        m.put("self", true);
        m.put("reachable", true);
        m.put("state", state.name());
        m.put("ready", state == KafkaStreams.State.RUNNING && left == 0);
        m.put("restoringRecords", left);
        TreeSet<String> active = new TreeSet<>();
        TreeSet<String> standby = new TreeSet<>();
        if (state.isRunningOrRebalancing()) {
            streams.metadataForLocalThreads().forEach(t -> {
                t.activeTasks().forEach(task -> active.add(task.taskId().toString()));
                t.standbyTasks().forEach(task -> standby.add(task.taskId().toString()));
            });
        }
        m.put("activeTasks", List.copyOf(active));
        m.put("standbyTasks", List.copyOf(standby));
        m.put("articlesProcessed", metrics.articlesProcessed());
        m.put("duplicateArticles", metrics.duplicateArticles());
        m.put("mentionsExtracted", metrics.mentionsExtracted());
        m.put("eventsAdded", metrics.eventsCreated());
        m.put("eventsUpdated", metrics.eventsUpdated());
        m.put("eventsRemoved", metrics.eventsRemoved());
        long undecodable = DeadLetterDeserializationHandler.count();
        long processing = DeadLetterProcessingHandler.count();
        m.put("deadLetters", undecodable + processing);
        m.put("deadLettersByReason", Map.of("undecodable", undecodable, "processing", processing));
        m.put("liveClients", clients.clientCount());
        Map<String, Object> feedInfo = new LinkedHashMap<>();
        feedInfo.put("topic", feed.topic());
        feedInfo.put("updatesRead", feed.updatesRead());
        feedInfo.put("lastUpdate", feed.lastUpdate() == null ? null : feed.lastUpdate().toString());
        m.put("feed", feedInfo);
        return m;
    }

    private synchronized Map<String, Object> lag() {
        if (lag != null && System.nanoTime() - lagAt < LAG_CACHE.toNanos()) {
            return lag;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            Properties props = new Properties();
            props.putAll(kafkaProperties);
            if (admin == null) {
                Map<String, Object> adminProps = new LinkedHashMap<>(kafkaProperties);
                // fail a lag look within seconds when the broker is away (the default API timeout must not be shorter)
                adminProps.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
                adminProps.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        Math.max(10_000, Integer.parseInt(String.valueOf(adminProps.get(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG)))));
                admin = Admin.create(adminProps);
            }
            List<ConsumerLag.PartitionLag> lags = ConsumerLag.of(admin, props, applicationId, sourceTopics, true);
            List<Map<String, Object>> partitions = new ArrayList<>();
            for (ConsumerLag.PartitionLag l : lags) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("topic", l.partition().topic());
                p.put("partition", l.partition().partition());
                p.put("committed", l.committed());
                p.put("logEnd", l.logEnd());
                p.put("lag", l.lag());
                p.put("records", l.effectiveLag());
                partitions.add(p);
            }
            out.put("total", ConsumerLag.total(lags));
            out.put("partitions", partitions);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.put("error", "interrupted");
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            out.put("error", e.getMessage() + (root != e ? " (" + root.getMessage() + ")" : ""));
        }
        lag = out;
        lagAt = System.nanoTime();
        return out;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
    }
}

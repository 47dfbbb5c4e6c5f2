package dev.dateline.streams.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.config.DatelineConfig;
import dev.dateline.kafka.Topics;
import dev.dateline.streams.api.HttpApi;
import dev.dateline.streams.topology.EntityKeys;
import dev.dateline.streams.topology.TopologyMetrics;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The timeline web view of one app instance (docs/web.md): a static page at {@code /} with its
 * assets at {@code /web/…}, which draws everything from the JSON API; {@code /ops} for its
 * pipeline panel; and {@code /updates?entity=…}, a server-sent-event stream of the entity's
 * changes read from {@code timeline-updates}.
 */
public final class WebView implements AutoCloseable {

    static final int MAX_LIVE_CLIENTS = 200;
    static final int CLIENT_QUEUE = 1024;
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** How often a live client without news gets a keep-alive comment, which also finds browsers that left. */
    public static final String HEARTBEAT_MS = "dateline.web.heartbeat.ms";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StaticAssets assets = new StaticAssets();
    private final LiveUpdates clients;
    private final UpdateFeed feed;
    private final OpsStatus ops;
    private final EntityKeys entityKeys;

    private WebView(LiveUpdates clients, UpdateFeed feed, OpsStatus ops, EntityKeys entityKeys) {
        this.clients = clients;
        this.feed = feed;
        this.ops = ops;
        this.entityKeys = entityKeys;
    }

    /**
     * Adds the web view's routes to {@code http} (before it starts) and starts reading the change feed.
     *
     * @param self      this instance's advertised address, as the other instances know it
     * @param restoring changelog records still to restore on this instance
     */
    public static WebView install(HttpApi http, KafkaStreams streams, DatelineConfig config, HostInfo self,
                                  EntityKeys entityKeys, TopologyMetrics metrics, LongSupplier restoring,
                                  List<String> sourceTopics) {
        Duration heartbeat = Duration.ofMillis(Long.parseLong(config.get(HEARTBEAT_MS, Long.toString(HEARTBEAT.toMillis()))));
        LiveUpdates clients = new LiveUpdates(MAX_LIVE_CLIENTS, CLIENT_QUEUE, heartbeat);
        String topic = Topics.TIMELINE_UPDATES + config.get(DatelineConfig.OUTPUT_SUFFIX, "");
        UpdateFeed feed = new UpdateFeed(config.kafkaProperties(), topic, clients);
        OpsStatus ops = new OpsStatus(streams, self, config.kafkaProperties(), config.get(DatelineConfig.APPLICATION_ID),
                sourceTopics, metrics, restoring, clients, feed);
        WebView view = new WebView(clients, feed, ops, entityKeys);
        http.route("/", (path, query) -> view.asset(StaticAssets.PAGE));
        http.route("/index.html", (path, query) -> view.asset(StaticAssets.PAGE));
        http.route("/web/", (path, query) -> view.asset(path.substring("/web/".length())));
        http.route("/ops", (path, query) -> HttpApi.Response.json(200, ops.json("true".equals(query.get("local")))));
        http.stream("/updates", (exchange, query) -> {
            String entity = query.get("entity");
            String key = entity == null || entity.isBlank() ? null : view.entityKeys.resolve(entity);
            Map<String, Object> label = new LinkedHashMap<>();
            label.put("entity", key);
            clients.open(exchange, key, json(label));
        });
        feed.start();
        return view;
    }

    private HttpApi.Response asset(String name) {
        return assets.get(name).orElseGet(() -> HttpApi.Response.json(404,
                "{\"error\":\"no such file in the web view\",\"status\":404}"));
    }

    /** Live clients connected to this instance. */
    public int liveClients() {
        return clients.clientCount();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    /** Stops the feed, says goodbye to the live clients and closes the ops panel's admin client. */
    @Override
    public void close() {
        feed.close();
        clients.close();
        ops.close();
    }
}

package dev.dateline.streams.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP/JSON API of one app instance (JDK HTTP server, no framework):
 * {@code GET /entities}, {@code /timelines/{entity}}, {@code /events/{id}}, {@code /health/live},
 * {@code /health/ready}, plus any extra routes the app registers ({@code /metrics}, the web view's
 * page and assets) and streaming routes that keep their connection (server-sent events). Errors are JSON
 * with a message; 503 answers carry {@code Retry-After}; nothing answers with a stack trace.
 */
public final class HttpApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    /** A raw route: status, content type and body for a request path and its query parameters. */
    @FunctionalInterface
    public interface Route {
        Response handle(String path, Map<String, String> query) throws IOException;
    }

    /**
     * A route that answers by itself on the exchange and may keep it open (server-sent events): it
     * sends the headers, hands the exchange to whatever writes to it later, and returns; the
     * exchange is closed by that writer. Throwing before the headers are sent answers with an error.
     */
    @FunctionalInterface
    public interface StreamRoute {
        void open(HttpExchange exchange, Map<String, String> query) throws IOException;
    }

    public record Response(int status, String contentType, byte[] body) {
        public static Response json(int status, String json) {
            return new Response(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Route> extraRoutes = new LinkedHashMap<>();
    private final Map<String, StreamRoute> streamRoutes = new LinkedHashMap<>();
    private volatile TimelineQueries queries;
    private volatile Supplier<KafkaStreams.State> state = () -> KafkaStreams.State.CREATED;
    private volatile java.util.function.LongSupplier restoring = () -> 0;

    public HttpApi(String host, int port) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        this.executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "dateline-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void start() {
        server.start();
    }

    /**
     * Connects the API to the running app; until then data routes answer 503.
     *
     * @param restoring changelog records still to restore on this instance (ready only at zero)
     */
    public void attach(TimelineQueries queries, Supplier<KafkaStreams.State> state, java.util.function.LongSupplier restoring) {
        this.queries = queries;
        this.state = state;
        this.restoring = restoring;
    }

    /** Adds a route for an exact path or, ending in '/', a path prefix; {@code "/"} itself matches only the root. */
    public void route(String path, Route route) {
        extraRoutes.put(path, route);
    }

    /** Adds a streaming route for an exact path (GET only). */
    public void stream(String path, StreamRoute route) {
        streamRoutes.put(path, route);
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        Response response;
        try {
            URI uri = exchange.getRequestURI();
            String path = uri.getRawPath();
            Map<String, String> query = parseQuery(uri.getRawQuery());
            StreamRoute stream = streamRoutes.get(path);
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                response = error(405, "only GET is supported");
            } else if (stream != null && exchange.getRequestMethod().equals("GET")) {
                stream.open(exchange, query);
                return;
            } else {
                response = route(path, query);
            }
        } catch (BadRequest e) {
            response = error(400, e.getMessage());
        } catch (Unavailable e) {
            response = error(503, e.getMessage());
        } catch (org.apache.kafka.streams.errors.InvalidStateStoreException e) {
            // a store read while its partition moves (a rebalance): the answer exists, just not here and now
            response = error(503, "state is moving between instances (" + e.getMessage() + "); retry");
        } catch (RuntimeException e) {
            LOG.warn("HTTP {} failed", exchange.getRequestURI(), e);
            response = error(500, "internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        send(exchange, response);
    }

    private Response route(String path, Map<String, String> query) throws IOException {
        if (path.equals("/health/live")) {
            KafkaStreams.State s = state.get();
            boolean dead = s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING
                    || s == KafkaStreams.State.PENDING_ERROR;
            return Response.json(dead ? 503 : 200, TimelineQueries.json(Map.of("status", dead ? "DOWN" : "UP", "state", s.name())));
        }
        if (path.equals("/health/ready")) {
            KafkaStreams.State s = state.get();
            long left = restoring.getAsLong();
            boolean ready = s == KafkaStreams.State.RUNNING && left == 0;
            return Response.json(ready ? 200 : 503, TimelineQueries.json(Map.of("ready", ready, "state", s.name(),
                    "restoringRecords", left)));
        }
        for (var e : extraRoutes.entrySet()) {
            boolean prefix = e.getKey().endsWith("/") && e.getKey().length() > 1;
            if (path.equals(e.getKey()) || (prefix && path.startsWith(e.getKey()))) {
                return e.getValue().handle(path, query);
            }
        }
        TimelineQueries q = queries;
        boolean forwarded = "true".equals(query.get("forwarded"));
        if (path.equals("/entities")) {
            return answer(requireQueries(q).entities(query.get("q"), intParam(query, "limit", 100), "true".equals(query.get("local"))));
        }
        if (path.startsWith("/timelines/") && path.length() > "/timelines/".length()) {
            String entity = decode(path.substring("/timelines/".length()));
            return answer(requireQueries(q).timeline(entity, query.get("from"), query.get("to"), query.get("type"), forwarded));
        }
        if (path.equals("/internal/sources")) {
            String bucket = query.get("bucket");
            String event = query.get("event");
            if (bucket == null || event == null) {
                throw new BadRequest("parameters 'bucket' and 'event' are required");
            }
            return answer(requireQueries(q).sources(bucket, event));
        }
        if (path.startsWith("/events/") && path.length() > "/events/".length()) {
            return answer(requireQueries(q).event(decode(path.substring("/events/".length())), forwarded));
        }
        return error(404, "no such resource: " + path + " (try /entities, /timelines/{entity}, /events/{id}, /health/ready)");
    }

    private static TimelineQueries requireQueries(TimelineQueries q) {
        if (q == null) {
            throw new Unavailable("the app is starting");
        }
        return q;
    }

    private static Response answer(TimelineQueries.Answer a) {
        return Response.json(a.status(), a.json());
    }

    private static Response error(int status, String message) {
        return Response.json(status, TimelineQueries.json(Map.of("error", message, "status", status)));
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (response.status() == 503) {
            exchange.getResponseHeaders().set("Retry-After", "2");
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
        exchange.close();
    }

    private static int intParam(Map<String, String> query, String name, int fallback) {
        String v = query.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequest("parameter '" + name + "' must be a whole number, got '" + v + "'");
        }
    }

    static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.put(k, v);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("malformed percent-encoding in '" + s + "'");
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

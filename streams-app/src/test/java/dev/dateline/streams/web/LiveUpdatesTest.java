package dev.dateline.streams.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live clients on a real JDK HTTP server, read by a real HTTP client. */
class LiveUpdatesTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private LiveUpdates live;
    private HttpServer server;
    private final List<Stream> streams = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        live = new LiveUpdates(3, 16, Duration.ofMillis(100));
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 16);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/updates", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String entity = query == null ? null : query.substring("entity=".length()).replace('+', ' ');
            live.open(exchange, entity, "{\"entity\":" + (entity == null ? "null" : "\"" + entity + "\"") + "}");
        });
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        for (Stream s : streams) {
            s.body.close();
        }
        live.close();
        server.stop(0);
    }

    @Test
    void clientsAreToldReadyOnlyOnceTheFeedReadsAndThenGetTheirEntitysUpdates() throws Exception {
        Stream korea = open("north+korea");
        Stream everything = open(null);
        assertThat(korea.poll(Duration.ofMillis(400))).as("no 'ready' before the feed is positioned").isNull();
        live.feedReady();
        assertThat(korea.next()).isEqualTo("ready {\"entity\":\"north korea\"}");
        assertThat(everything.next()).isEqualTo("ready {\"entity\":null}");

        live.publish(update("japan", 1));
        live.publish(update("north korea", 2));
        live.publish(update("north korea", 3));
        assertThat(korea.next()).isEqualTo("update {\"n\":2}");
        assertThat(korea.next()).isEqualTo("update {\"n\":3}");
        assertThat(everything.next()).isEqualTo("update {\"n\":1}");
        assertThat(everything.next()).isEqualTo("update {\"n\":2}");
        assertThat(korea.poll(Duration.ofMillis(300))).isNull();
    }

    @Test
    void aClientThatLeavesIsForgottenAndTheOthersCarryOn() throws Exception {
        live.feedReady();
        Stream leaving = open("japan");
        Stream staying = open("japan");
        assertThat(leaving.next()).startsWith("ready");
        assertThat(staying.next()).startsWith("ready");
        assertThat(live.clientCount()).isEqualTo(2);

        leaving.body.close();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> live.clientCount() == 1);
        live.publish(update("japan", 7));
        assertThat(staying.next()).isEqualTo("update {\"n\":7}");
    }

    @Test
    void resetTellsClientsToFetchAgainAndCloseSaysBye() throws Exception {
        live.feedReady();
        Stream s = open("japan");
        assertThat(s.next()).startsWith("ready");
        live.reset();
        assertThat(s.next()).isEqualTo("reset {}");
        live.close();
        assertThat(s.next()).isEqualTo("bye {}");
        assertThat(s.next()).as("the server closed the stream").isEqualTo("<end>");
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> live.clientCount() == 0);
    }

    @Test
    void refusesClientsBeyondItsLimit() throws Exception {
        live.feedReady();
        for (int i = 0; i < 3; i++) {
            assertThat(open("japan").next()).startsWith("ready");
        }
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(url("japan")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("too many live clients");
    }

    private static LiveUpdates.Update update(String entity, int n) {
        return new LiveUpdates.Update(entity, "event: update\ndata: {\"n\":" + n + "}\n\n");
    }

    private URI url(String entity) {
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/updates" + (entity == null ? "" : "?entity=" + entity));
    }

    private Stream open(String entity) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(url(entity)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        Stream s = new Stream(r.body());
        streams.add(s);
        return s;
    }

    /** Reads "event data" pairs from a stream into a queue; "<end>" when the server closes it. */
    private static final class Stream {

        final InputStream body;
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        Stream(InputStream body) {
            this.body = body;
            Thread t = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    String event = null;
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.startsWith("event: ")) {
                            event = line.substring(7);
                        } else if (line.startsWith("data: ") && event != null) {
                            events.add(event + " " + line.substring(6));
                            event = null;
                        }
                    }
                    events.add("<end>");
                } catch (IOException e) {
                    events.add("<closed>");
                }
            });
            t.setDaemon(true);
            t.start();
        }

        String next() throws InterruptedException {
            String e = events.poll(10, TimeUnit.SECONDS);
            assertThat(e).as("an event within 10 s").isNotNull();
            return e;
        }

        String poll(Duration wait) throws InterruptedException {
            return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}

package dev.dateline.streams.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server-sent-event clients of one instance. Each client follows one entity (or every entity)
 * and has its own writer thread and a bounded queue, so a slow or vanished browser delays nobody
 * else: a write that fails (the browser went away) ends that client, a heartbeat comment every few
 * seconds finds disconnected ones, and a client whose queue overflows gets a {@code reset} event
 * telling it to fetch its timeline again instead of a gap.
 *
 * <p>Events: {@code ready} once the feed reads from the end of {@code timeline-updates} (what the
 * browser fetches after it is covered by the stream), {@code update} per change, {@code reset}
 * after an overflow, {@code bye} when the instance stops (the browser reconnects elsewhere or later).
 */
final class LiveUpdates implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    private static final String BYE = "event: bye\ndata: {}\n\n";
    private static final String RESET = "event: reset\ndata: {}\n\n";
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** One change, ready to send: the entity key it belongs to and the SSE frame. */
    record Update(String entityKey, String frame) {
    }

    private final int maxClients;
    private final int queueSize;
    private final Duration heartbeat;
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final CountDownLatch feedReady = new CountDownLatch(1);
    private final AtomicLong published = new AtomicLong();
    private volatile boolean closed;

    LiveUpdates(int maxClients, int queueSize, Duration heartbeat) {
        this.maxClients = maxClients;
        this.queueSize = queueSize;
        this.heartbeat = heartbeat;
    }

    /** The feed reads from the end of the topic: clients may now be told {@code ready}. */
    void feedReady() {
        feedReady.countDown();
    }

    /** Hands {@code update} to every client that follows its entity. Never blocks. */
    void publish(Update update) {
        published.incrementAndGet();
        for (Client c : clients) {
            if (c.entityKey == null || c.entityKey.equals(update.entityKey())) {
                c.offer(update.frame());
            }
        }
    }

    /** Tells every client to fetch again: updates may have been missed (the feed was rebuilt). */
    void reset() {
        for (Client c : clients) {
            c.offer(RESET);
        }
    }

    int clientCount() {
        return clients.size();
    }

    long publishedCount() {
        return published.get();
    }

    /**
     * Starts streaming to {@code exchange}: sends the headers and returns; the client's thread writes
     * from then on and closes the exchange when the browser leaves or the instance stops.
     *
     * @param entityKey the entity to follow, or null for all
     * @param label     what the {@code ready} event echoes (the resolved entity), as JSON
     */
    void open(HttpExchange exchange, String entityKey, String label) throws IOException {
        if (closed || clients.size() >= maxClients) {
            byte[] body = ("{\"error\":\"" + (closed ? "this instance is stopping" : "too many live clients on this instance")
                    + "\",\"status\":503}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().set("Retry-After", "5");
            exchange.sendResponseHeaders(503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange, entityKey, label);
        clients.add(client);
        Thread t = new Thread(client, "dateline-sse-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        client.thread = t;
        t.start();
    }

    /** Says {@code bye} to every client and waits briefly for their threads to close their connections. */
    @Override
    public void close() {
        closed = true;
        feedReady.countDown();
        for (Client c : clients) {
            c.stop();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (Client c : clients) {
            try {
                c.thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private final class Client implements Runnable {

        final HttpExchange exchange;
        final String entityKey;
        final String label;
        final BlockingQueue<String> queue = new ArrayBlockingQueue<>(queueSize);
        volatile boolean overflowed;
        volatile boolean stopping;
        volatile Thread thread;

        Client(HttpExchange exchange, String entityKey, String label) {
            this.exchange = exchange;
            this.entityKey = entityKey;
            this.label = label;
        }

        void offer(String frame) {
            if (!queue.offer(frame)) {
                overflowed = true;
            }
        }

        void stop() {
            stopping = true;
            queue.clear();
            queue.offer(BYE);
        }

        @Override
        public void run() {
            long heartbeatMillis = heartbeat.toMillis();
            try (OutputStream out = exchange.getResponseBody()) {
                write(out, "retry: 3000\n\n");
                while (!feedReady.await(heartbeatMillis, TimeUnit.MILLISECONDS)) {
                    write(out, ": waiting for the update feed\n\n");
                }
                boolean saidBye = stopping || closed;
                write(out, saidBye ? BYE : "event: ready\ndata: " + label + "\n\n");
                while (!saidBye) {
                    if (overflowed) {
                        overflowed = false;
                        queue.clear();
                        write(out, RESET);
                    }
                    String frame = queue.poll(heartbeatMillis, TimeUnit.MILLISECONDS);
                    if (frame == null) {
                        saidBye = stopping || closed;
                        write(out, saidBye ? BYE : ": keep-alive\n\n");
                    } else if (closed && !frame.equals(BYE)) {
                        write(out, BYE);
                        saidBye = true;
                    } else {
                        write(out, frame);
                        saidBye = frame.equals(BYE);
                    }
                }
            } catch (IOException e) {
                LOG.debug("live client for {} went away: {}", entityKey, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                clients.remove(this);
                exchange.close();
            }
        }

        private void write(OutputStream out, String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}

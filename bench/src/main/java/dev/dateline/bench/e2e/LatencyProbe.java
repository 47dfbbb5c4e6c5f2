package dev.dateline.bench.e2e;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads {@code timeline-updates} with isolation {@code read_committed} and measures, for every
 * update that carries the bench's send-time header, how long after the article was handed to the
 * producer the update became visible. The app writes an update in the same exactly-once
 * transaction as the {@code timelines} store change that caused it, so this is the time from
 * publish to the store being updated (and readable downstream). Kafka Streams carries record
 * headers through repartitions and processors, which is how the send time arrives here.
 */
public final class LatencyProbe implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long countFromNanos = Long.MAX_VALUE;
    private final Percentiles perUpdate = new Percentiles();
    private final Map<Integer, Long> lastVisibleByArticle = new ConcurrentHashMap<>();
    private final Map<Integer, Long> sentByArticle = new ConcurrentHashMap<>();
    private volatile long updatesSeen;
    private volatile RuntimeException failure;

    public LatencyProbe(Map<String, Object> kafkaProperties, String topic) {
        Map<String, Object> config = new HashMap<>(kafkaProperties);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dateline-bench-latency");
        consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::loop, "bench-latency-probe");
        thread.setDaemon(true);
        thread.start();
    }

    /** Updates of articles sent from this {@link System#nanoTime()} on count; earlier ones are warm-up. */
    public void countFrom(long nanoTime) {
        this.countFromNanos = nanoTime;
    }

    private void loop() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    Header sent = r.headers().lastHeader(CorpusPublisher.SENT_HEADER);
                    Header article = r.headers().lastHeader(CorpusPublisher.ARTICLE_HEADER);
                    if (sent == null || article == null || r.value() == null) {
                        continue;
                    }
                    updatesSeen++;
                    long sentNanos = ByteBuffer.wrap(sent.value()).getLong();
                    if (sentNanos < countFromNanos) {
                        continue;
                    }
                    int index = ByteBuffer.wrap(article.value()).getInt();
                    perUpdate.add((now - sentNanos) / 1_000);
                    sentByArticle.putIfAbsent(index, sentNanos);
                    lastVisibleByArticle.merge(index, now, Math::max);
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException stopping) {
            // closing
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(); // on the thread that polls it: a KafkaConsumer is not thread-safe
        }
    }

    public long updatesSeen() {
        return updatesSeen;
    }

    /** Latency of every counted update, in microseconds. */
    public Percentiles perUpdate() {
        check();
        return perUpdate;
    }

    /** Per counted article: from its send to the last of its updates becoming visible, in microseconds. */
    public Percentiles perArticle() {
        check();
        Percentiles p = new Percentiles();
        lastVisibleByArticle.forEach((index, last) -> p.add((last - sentByArticle.get(index)) / 1_000));
        return p;
    }

    private void check() {
        if (failure != null) {
            throw new IllegalStateException("the latency probe failed: " + failure.getMessage(), failure);
        }
    }

    /** Stops the polling thread, which closes the consumer; waits up to ten seconds for it. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

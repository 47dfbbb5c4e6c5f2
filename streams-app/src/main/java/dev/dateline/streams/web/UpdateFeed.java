package dev.dateline.streams.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.schema.TimelineUpdate;
import dev.dateline.schema.serde.DatelineSerdes;
import dev.dateline.streams.api.JsonViews;
import dev.dateline.streams.topology.TimelineKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the {@code timeline-updates} change feed from its end and hands each change to the live
 * clients. A plain consumer without a group: every instance assigns itself every partition (each
 * instance serves browsers interested in any entity) and reads only committed records, so the
 * browsers see exactly what the app committed. Tombstones are skipped: the REMOVED update before
 * each one already says what changed.
 *
 * <p>If the consumer fails it is rebuilt after a pause and the clients are told to {@code reset}
 * (fetch again), since what happened in between was not read.
 */
final class UpdateFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateFeed.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final Map<String, Object> kafkaProperties;
    private final String topic;
    private final LiveUpdates clients;
    private final Deserializer<TimelineUpdate> values = DatelineSerdes.timelineUpdate().deserializer();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private final AtomicLong updatesRead = new AtomicLong();
    private volatile Instant lastUpdate;
    private Thread thread;

    UpdateFeed(Map<String, Object> kafkaProperties, String topic, LiveUpdates clients) {
        this.kafkaProperties = kafkaProperties;
        this.topic = topic;
        this.clients = clients;
    }

    void start() {
        thread = new Thread(this::run, "dateline-web-feed");
        thread.setDaemon(true);
        thread.start();
    }

    String topic() {
        return topic;
    }

    long updatesRead() {
        return updatesRead.get();
    }

    Instant lastUpdate() {
        return lastUpdate;
    }

    private void run() {
        boolean first = true;
        while (running) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerProperties(), new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer = c;
                if (!running) {
                    return;
                }
                List<TopicPartition> partitions = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                if (partitions.isEmpty()) {
                    throw new IllegalStateException("topic " + topic + " has no partitions (does it exist?)");
                }
                c.assign(partitions);
                c.seekToEnd(partitions);
                partitions.forEach(p -> c.position(p, Duration.ofSeconds(30)));
                if (!first) {
                    clients.reset();
                }
                first = false;
                clients.feedReady();
                LOG.info("live update feed reads {} ({} partitions) from its end", topic, partitions.size());
                while (running) {
                    for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                        if (r.value() != null && r.key() != null) {
                            deliver(r);
                        }
                    }
                }
            } catch (WakeupException e) {
                if (running) {
                    LOG.warn("live update feed woken up unexpectedly; restarting it");
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("live update feed on {} failed ({}); retrying in {} s", topic, e.toString(), RETRY.toSeconds());
                try {
                    if (stopped.await(RETRY.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } finally {
                consumer = null;
            }
        }
    }

    private void deliver(ConsumerRecord<String, byte[]> r) {
        TimelineUpdate update;
        try {
            update = values.deserialize(r.topic(), r.value());
        } catch (RuntimeException e) {
            LOG.warn("skipping an undecodable record at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.toString());
            return;
        }
        String entityKey = TimelineKeys.entityOfUpdate(r.key());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entityKey", entityKey);
        m.put("entity", JsonViews.entity(update.getEntity()));
        m.put("eventId", update.getEventId());
        m.put("change", update.getChange().name());
        m.put("at", update.getAt().toString());
        m.put("event", update.getEvent() == null ? null : JsonViews.event(update.getEvent()));
        try {
            clients.publish(new LiveUpdates.Update(entityKey, "event: update\ndata: " + JSON.writeValueAsString(m) + "\n\n"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render an update as JSON", e);
        }
        updatesRead.incrementAndGet();
        lastUpdate = update.getAt();
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> props = new HashMap<>(kafkaProperties);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "dateline-web-feed");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        return props;
    }

    /** Stops the consumer (it leaves nothing behind: no group, no commits) and waits for its thread. */
    @Override
    public void close() {
        running = false;
        stopped.countDown();
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

}

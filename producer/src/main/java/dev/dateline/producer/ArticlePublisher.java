package dev.dateline.producer;

import dev.dateline.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Validates articles and publishes them to the {@code articles} topic: key = article id, record
 * timestamp = publication time, value = {@code ArticleEvent} in Avro single-object encoding. The
 * producer is idempotent with {@code acks=all}, and every send's outcome is checked: invalid
 * records go to the rejection callback, and the report names each record that was not acknowledged.
 *
 * <p>When a send fails (the brokers stayed unreachable past {@code delivery.timeout.ms}, or refused
 * the record), the run stops reading, waits for what is in flight, and reports where it stopped:
 * pushing the rest of a large input at a dead cluster would only turn every record into a failure
 * after the same timeout.
 */
public final class ArticlePublisher implements AutoCloseable {

    /** Header naming where a record came from ({@code file:line}), kept for dead-letter diagnosis. */
    public static final String ORIGIN_HEADER = "dateline.origin";

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final ArticleValidator validator;
    private final PublishCounters counters = new PublishCounters();
    private volatile boolean stopRequested;

    public ArticlePublisher(Map<String, Object> kafkaProperties, String topic, int maxBodyBytes) {
        this(kafkaProperties, topic, new ArticleValidator(maxBodyBytes));
    }

    public ArticlePublisher(Map<String, Object> kafkaProperties, String topic, ArticleValidator validator) {
        this(new KafkaProducer<>(producerConfig(kafkaProperties), new StringSerializer(), new ByteArraySerializer()),
                topic, validator);
    }

    ArticlePublisher(Producer<String, byte[]> producer, String topic, ArticleValidator validator) {
        this.producer = Objects.requireNonNull(producer);
        this.topic = Objects.requireNonNull(topic);
        this.validator = Objects.requireNonNull(validator);
    }

    /**
     * Dateline's producer defaults under the caller's properties: the caller wins, except for the
     * two settings without which a retry could duplicate or reorder an article.
     */
    public static Map<String, Object> producerConfig(Map<String, Object> kafkaProperties) {
        Map<String, Object> config = new LinkedHashMap<>(defaults());
        config.putAll(kafkaProperties);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    /**
     * The throughput settings: articles are text and compress about 3:1 with lz4; 256 KB batches
     * and a 20 ms linger fill them while keeping a lone article's latency low.
     */
    public static Map<String, Object> defaults() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(64L * 1024 * 1024));
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MAX_ARTICLE_RECORD_BYTES));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "60000");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dateline-publisher");
        return config;
    }

    /** Live counts over every publish of this publisher, for progress displays. */
    public PublishCounters counters() {
        return counters;
    }

    /** Asks a running {@link #publish} to stop reading (e.g. on Ctrl-C); what was sent is still awaited. */
    public void requestStop() {
        stopRequested = true;
    }

    /**
     * Publishes every valid record and waits until each send is acknowledged or has failed.
     *
     * @param onReject called for each record that is not published because it is invalid
     */
    public PublishReport publish(Iterator<InputRecord> records, Consumer<Rejection> onReject) {
        long begin = System.nanoTime();
        // the counters run on over every publish of this publisher; the report is this one's share
        long read0 = counters.read();
        long published0 = counters.published();
        long skipped0 = counters.skipped();
        long duplicates0 = counters.duplicates();
        long bytes0 = counters.bytes();
        List<PublishReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<PublishReport.Failure> firstFailure = new AtomicReference<>();
        Origin last = null;
        Origin stoppedAfter = null;
        try (ScreeningThread screening = new ScreeningThread(records, new ArticleScreen(validator, topic))) {
            while (true) {
                if (firstFailure.get() != null || stopRequested) {
                    if (screening.hasMore()) {
                        stoppedAfter = last;
                    }
                    break;
                }
                ArticleScreen.Outcome outcome = screening.take();
                if (outcome == null) {
                    break;
                }
                last = outcome.origin();
                counters.read.incrementAndGet();
                if (outcome instanceof ArticleScreen.Accepted a) {
                    send(a, failures, firstFailure);
                } else if (outcome instanceof ArticleScreen.Rejected r) {
                    counters.skipped.incrementAndGet();
                    onReject.accept(r.rejection());
                } else {
                    counters.duplicates.incrementAndGet();
                }
            }
        } finally {
            try {
                producer.flush();
            } catch (KafkaException e) {
                // each failed send is reported by its own callback
            }
        }
        List<PublishReport.Failure> failed;
        synchronized (failures) {
            failed = List.copyOf(failures);
        }
        return new PublishReport(counters.read() - read0, counters.published() - published0, counters.skipped() - skipped0,
                counters.duplicates() - duplicates0, failed.size(), counters.bytes() - bytes0,
                Duration.ofNanos(System.nanoTime() - begin), failed, stoppedAfter, false);
    }

    /** Validates without publishing (a dry run): no broker is contacted. */
    public static PublishReport validate(Iterator<InputRecord> records, ArticleValidator validator, String topic,
                                         Consumer<Rejection> onReject) {
        long begin = System.nanoTime();
        ArticleScreen screen = new ArticleScreen(validator, topic);
        long read = 0;
        long valid = 0;
        long skipped = 0;
        long duplicates = 0;
        long bytes = 0;
        while (records.hasNext()) {
            InputRecord record = records.next();
            read++;
            ArticleScreen.Outcome outcome = screen.screen(record);
            if (outcome instanceof ArticleScreen.Accepted a) {
                valid++;
                bytes += a.value().length;
            } else if (outcome instanceof ArticleScreen.Rejected r) {
                skipped++;
                onReject.accept(r.rejection());
            } else {
                duplicates++;
            }
        }
        return new PublishReport(read, valid, skipped, duplicates, 0, bytes, Duration.ofNanos(System.nanoTime() - begin),
                List.of(), null, true);
    }

    private void send(ArticleScreen.Accepted accepted, List<PublishReport.Failure> failures,
                      AtomicReference<PublishReport.Failure> firstFailure) {
        String id = accepted.article().getId();
        Origin origin = accepted.origin();
        byte[] value = accepted.value();
        RecordHeaders headers = new RecordHeaders();
        headers.add(ORIGIN_HEADER, origin.toString().getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null,
                accepted.article().getPublished().toEpochMilli(), id, value, headers);
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    counters.published.incrementAndGet();
                    counters.bytes.addAndGet(value.length);
                } else {
                    fail(new PublishReport.Failure(origin, id, describe(error)), error, failures, firstFailure);
                }
            });
        } catch (KafkaException e) {
            fail(new PublishReport.Failure(origin, id, describe(e)), e, failures, firstFailure);
        }
    }

    private void fail(PublishReport.Failure failure, Throwable error, List<PublishReport.Failure> failures,
                      AtomicReference<PublishReport.Failure> firstFailure) {
        counters.failed.incrementAndGet();
        failures.add(failure);
        // a record the brokers refuse for what it is (too large, invalid) says nothing about the
        // next one; anything else (timeouts, authorization, a fenced producer) will fail them all
        boolean recordSpecific = error instanceof RecordTooLargeException || error instanceof InvalidRecordException;
        if (!recordSpecific) {
            firstFailure.compareAndSet(null, failure);
        }
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message != null ? ": " + message : "");
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}

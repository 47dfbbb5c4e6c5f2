package dev.dateline.producer;

import dev.dateline.kafka.Topics;
import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.serde.AvroSerde;
import dev.dateline.schema.serde.DatelineSerdes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Validates articles and publishes them to the {@code articles} topic: key = article id, record
 * timestamp = publication time, value = {@code ArticleEvent} in Avro single-object encoding. The
 * producer is idempotent with {@code acks=all}, and every send's outcome is checked: the report
 * names each record that was rejected (and why) and each that was not acknowledged.
 */
public final class ArticlePublisher implements AutoCloseable {

    /** Header naming where a record came from ({@code file:line}), kept for dead-letter diagnosis. */
    public static final String ORIGIN_HEADER = "dateline.origin";

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final ArticleValidator validator;
    private final AvroSerde<ArticleEvent> serde = DatelineSerdes.articleEvent();

    public ArticlePublisher(Map<String, Object> kafkaProperties, String topic, int maxBodyBytes) {
        this(new KafkaProducer<>(producerConfig(kafkaProperties), new StringSerializer(), new ByteArraySerializer()),
                topic, maxBodyBytes);
    }

    ArticlePublisher(Producer<String, byte[]> producer, String topic, int maxBodyBytes) {
        this.producer = Objects.requireNonNull(producer);
        this.topic = topic;
        this.validator = new ArticleValidator(maxBodyBytes);
    }

    /** Dateline's producer defaults under the caller's properties (the caller wins, except where safety needs not). */
    public static Map<String, Object> producerConfig(Map<String, Object> kafkaProperties) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_ARTICLE_RECORD_BYTES);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 60_000);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "dateline-publisher");
        config.putAll(kafkaProperties);
        // not negotiable: without these a retry can duplicate or reorder an article
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    /**
     * Publishes every valid record and waits until each send is acknowledged or has failed.
     *
     * @param onReject called for each record that is not published because it is invalid
     */
    public PublishReport publish(Iterator<InputRecord> records, Consumer<Rejection> onReject) {
        long begin = System.nanoTime();
        long read = 0;
        long skipped = 0;
        long duplicates = 0;
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<Rejection> rejections = new ArrayList<>();
        List<PublishReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, Seen> seen = new HashMap<>();
        while (records.hasNext()) {
            InputRecord record = records.next();
            read++;
            Rejection rejection = null;
            ArticleEvent article = null;
            if (record instanceof InputRecord.Unreadable u) {
                rejection = new Rejection(u.origin(), null, u.reason(), u.verbatim());
            } else if (record instanceof InputRecord.Parsed p) {
                ArticleValidator.Result result = validator.validate(p.article());
                rejection = result.rejection();
                article = result.article();
            }
            if (article != null) {
                long fingerprint = contentFingerprint(article);
                Seen first = seen.get(article.getId());
                if (first != null && first.fingerprint == fingerprint) {
                    duplicates++;
                    continue;
                }
                if (first != null && first.revision == article.getRevision()) {
                    rejection = new Rejection(record.origin(), "id", "duplicate id '" + article.getId()
                            + "' with different content (first at " + first.origin + ", same revision "
                            + article.getRevision() + "); give a higher revision to replace an article",
                            ((InputRecord.Parsed) record).article().verbatim());
                    article = null;
                } else {
                    seen.put(article.getId(), new Seen(record.origin(), fingerprint, article.getRevision()));
                }
            }
            if (rejection != null) {
                skipped++;
                rejections.add(rejection);
                onReject.accept(rejection);
                continue;
            }
            send(article, record.origin(), acknowledged, bytes, failures);
        }
        try {
            producer.flush();
        } catch (KafkaException e) {
            // each failed send is reported by its own callback
        }
        return new PublishReport(read, acknowledged.get(), skipped, duplicates, failures.size(), bytes.get(),
                Duration.ofNanos(System.nanoTime() - begin), List.copyOf(rejections), List.copyOf(failures));
    }

    private void send(ArticleEvent article, Origin origin, AtomicLong acknowledged, AtomicLong bytes,
                      List<PublishReport.Failure> failures) {
        byte[] value = serde.encode(topic, article);
        RecordHeaders headers = new RecordHeaders();
        headers.add(ORIGIN_HEADER, origin.toString().getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null,
                article.getPublished().toEpochMilli(), article.getId(), value, headers);
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    acknowledged.incrementAndGet();
                    bytes.addAndGet(value.length);
                } else {
                    failures.add(new PublishReport.Failure(origin, article.getId(), describe(error)));
                }
            });
        } catch (KafkaException e) {
            failures.add(new PublishReport.Failure(origin, article.getId(), describe(e)));
        }
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message != null ? ": " + message : "");
    }

    private static long contentFingerprint(ArticleEvent a) {
        long h = 1125899906842597L;
        for (Object part : new Object[] {a.getUrl(), a.getSource(), a.getTitle(), a.getBody(), a.getPublished(),
                a.getRevision(), a.getLanguage()}) {
            String s = String.valueOf(part);
            for (int i = 0; i < s.length(); i++) {
                h = 31 * h + s.charAt(i);
            }
            h = 31 * h + 0x1F;
        }
        return h;
    }

    private record Seen(Origin origin, long fingerprint, long revision) {
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}

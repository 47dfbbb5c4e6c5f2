package dev.dateline.producer;

import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.serde.AvroSerde;
import dev.dateline.schema.serde.DatelineSerdes;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Writes the articles of a topic as JSON Lines ({@link ArticleJson}), the archive format that
 * {@code dateline publish} reads back: publishing an export onto a topic with the same number of
 * partitions reproduces every record's key, timestamp and value, in the same order per partition.
 *
 * <p>It reads what the topic holds when the export starts (the end offsets are taken first) with
 * {@code read_committed}, without a consumer group, so it neither waits for new articles nor
 * disturbs any application's offsets. With a time range, it starts each partition at the first
 * record published at or after {@code from} (the record timestamp is the publication time) and
 * keeps the records before {@code to}; timestamps are not in order within a partition, so every
 * record after the start is looked at.
 */
public final class ArticleExporter {

    /**
     * What an export did.
     *
     * @param exported    articles written
     * @param outOfRange  records read but outside the time range
     * @param problems    records that are not articles (undecodable, tombstones), each reported
     */
    public record Report(long exported, long outOfRange, long problems, long bytes, Duration elapsed) {
        public String summary() {
            double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
            return String.format(java.util.Locale.ROOT,
                    "exported %d, outside the range %d, not articles %d; %.1f MB in %.1f s (%.0f articles/s)",
                    exported, outOfRange, problems, bytes / 1e6, seconds, exported / seconds);
        }
    }

    private final Map<String, Object> consumerConfig;
    private final AvroSerde<ArticleEvent> serde = DatelineSerdes.articleEvent();

    public ArticleExporter(Map<String, Object> kafkaProperties) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024));
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(64 * 1024 * 1024));
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dateline-export");
        config.putAll(kafkaProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumerConfig = config;
    }

    /**
     * Exports {@code topic}; {@code from} is inclusive, {@code to} exclusive, either may be null.
     *
     * @param onProblem told about each record that is not an article, by partition and offset
     */
    public Report export(String topic, Instant from, Instant to, Writer out, Consumer<String> onProblem)
            throws IOException {
        long begin = System.nanoTime();
        long exported = 0;
        long outOfRange = 0;
        long problems = 0;
        long bytes = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic '" + topic + "' does not exist");
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .sorted(java.util.Comparator.comparingInt(TopicPartition::partition))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            if (from != null) {
                Map<TopicPartition, Long> query = new HashMap<>();
                partitions.forEach(p -> query.put(p, from.toEpochMilli()));
                Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(query, Duration.ofSeconds(30));
                for (TopicPartition p : partitions) {
                    OffsetAndTimestamp start = starts.get(p);
                    if (start == null) {
                        end.remove(p); // nothing published at or after `from`
                    } else {
                        consumer.seek(p, start.offset());
                    }
                }
            } else {
                consumer.seekToBeginning(partitions);
            }
            Map<TopicPartition, Long> remaining = new HashMap<>();
            for (TopicPartition p : partitions) {
                Long e = end.get(p);
                if (e != null && consumer.position(p, Duration.ofSeconds(30)) < e) {
                    remaining.put(p, e);
                }
            }
            consumer.pause(partitions.stream().filter(p -> !remaining.containsKey(p)).toList());
            while (!remaining.isEmpty()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, byte[]> r : records) {
                    TopicPartition p = new TopicPartition(r.topic(), r.partition());
                    Long e = remaining.get(p);
                    if (e == null || r.offset() >= e) {
                        continue; // arrived after the export started
                    }
                    if ((from != null && r.timestamp() < from.toEpochMilli())
                            || (to != null && r.timestamp() >= to.toEpochMilli())) {
                        outOfRange++;
                        continue;
                    }
                    String where = r.topic() + "-" + r.partition() + "@" + r.offset();
                    if (r.value() == null) {
                        problems++;
                        onProblem.accept(where + ": a tombstone (key '" + r.key() + "'), not an article; not exported");
                        continue;
                    }
                    ArticleEvent article;
                    try {
                        article = serde.decode(r.topic(), r.value());
                    } catch (SerializationException ex) {
                        problems++;
                        onProblem.accept(where + ": " + ex.getMessage() + "; not exported");
                        continue;
                    }
                    if (r.key() != null && !r.key().equals(article.getId())) {
                        onProblem.accept(where + ": key '" + r.key() + "' is not the article id '" + article.getId()
                                + "'; exported, and a publish of the export keys it by its id");
                    }
                    if (r.timestamp() != article.getPublished().toEpochMilli()) {
                        onProblem.accept(where + ": record timestamp " + Instant.ofEpochMilli(r.timestamp())
                                + " is not the publication time " + article.getPublished()
                                + "; exported, and a publish of the export stamps it with its publication time");
                    }
                    String line = ArticleJson.line(article);
                    out.write(line);
                    out.write('\n');
                    exported++;
                    bytes += line.length() + 1;
                }
                for (TopicPartition p : List.copyOf(remaining.keySet())) {
                    if (consumer.position(p) >= remaining.get(p)) {
                        remaining.remove(p);
                        consumer.pause(List.of(p));
                    }
                }
            }
        }
        out.flush();
        return new Report(exported, outOfRange, problems, bytes, Duration.ofNanos(System.nanoTime() - begin));
    }
}

package dev.dateline.streams.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Consumer-group lag per partition, computed the way {@code kafka-consumer-groups --describe} does
 * (log-end offset minus committed offset), plus what that figure hides under exactly-once: the
 * last offsets of a transactional topic are commit markers, not records, so a group that has read
 * everything can show a lag of 1 forever. {@code records} counts the records really left to read
 * (probed with a read_committed consumer when the gap is small).
 */
public final class ConsumerLag {

    /** Gaps up to this many offsets are probed to tell markers from records. */
    static final long PROBE_LIMIT = 16;

    private ConsumerLag() {
    }

    /**
     * Lag of one partition.
     *
     * @param committed    committed offset, or -1 when the group has none
     * @param logEnd       log-end offset (high watermark)
     * @param lag          {@code logEnd - max(committed, logStart)}: what kafka-consumer-groups reports
     * @param records      records left to read (markers excluded), -1 when not probed
     * @param lastCommittedRecordTime timestamp of the record just before the committed offset, if any
     */
    public record PartitionLag(TopicPartition partition, long committed, long logEnd, long lag, long records,
                               Instant lastCommittedRecordTime) {
        /** Records still to read: the probed count when known, otherwise the offset gap. */
        public long effectiveLag() {
            return records >= 0 ? records : lag;
        }
    }

    /** Lag of {@code groupId} on every partition of {@code topics} (missing topics are skipped). */
    public static List<PartitionLag> of(Admin admin, Properties clientProps, String groupId, Collection<String> topics,
                                        boolean probe) throws InterruptedException {
        return of(admin, clientProps, groupId, topics, probe, false);
    }

    /**
     * As {@link #of(Admin, Properties, String, Collection, boolean)}; {@code withTimes} also reads the
     * timestamp of the last committed record of each partition (one fetch per partition).
     */
    public static List<PartitionLag> of(Admin admin, Properties clientProps, String groupId, Collection<String> topics,
                                        boolean probe, boolean withTimes) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Set<String> wanted = new HashSet<>(topics);
            committed.keySet().forEach(tp -> {
                if (topics.isEmpty()) {
                    wanted.add(tp.topic());
                }
            });
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            wanted.retainAll(existing);
            List<TopicPartition> partitions = new ArrayList<>();
            if (!wanted.isEmpty()) {
                Map<String, TopicDescription> described = admin.describeTopics(wanted).allTopicNames().get(30, TimeUnit.SECONDS);
                described.values().forEach(d -> d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
            }
            Map<TopicPartition, Long> ends = offsets(admin, partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> starts = offsets(admin, partitions, OffsetSpec.earliest());
            List<PartitionLag> out = new ArrayList<>();
            Map<TopicPartition, Long> toProbe = new HashMap<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata c = committed.get(tp);
                long committedOffset = c == null ? -1 : c.offset();
                long end = ends.getOrDefault(tp, 0L);
                long from = Math.max(committedOffset, starts.getOrDefault(tp, 0L));
                long lag = Math.max(0, end - from);
                out.add(new PartitionLag(tp, committedOffset, end, lag, lag == 0 ? 0 : -1, null));
                if (probe && lag > 0) {
                    toProbe.put(tp, from);
                }
            }
            if (!toProbe.isEmpty() || withTimes) {
                out = probe(clientProps, out, toProbe, withTimes ? committed : Map.of());
            }
            out.sort(Comparator.comparing((PartitionLag l) -> l.partition().topic()).thenComparingInt(l -> l.partition().partition()));
            return out;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("cannot read the lag of group " + groupId + ": " + cause.getMessage(), cause);
        }
    }

    /** Total records left to read by the group (markers excluded where probed). */
    public static long total(List<PartitionLag> lags) {
        return lags.stream().mapToLong(PartitionLag::effectiveLag).sum();
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, Long> out = new HashMap<>();
        if (request.isEmpty()) {
            return out;
        }
        ListOffsetsResult result = admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_UNCOMMITTED));
        for (var e : result.all().get(30, TimeUnit.SECONDS).entrySet()) {
            out.put(e.getKey(), e.getValue().offset());
        }
        return out;
    }

    private static List<PartitionLag> probe(Properties clientProps, List<PartitionLag> lags, Map<TopicPartition, Long> gaps,
                                            Map<TopicPartition, OffsetAndMetadata> committed) {
        Properties props = new Properties();
        props.putAll(clientProps);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, (int) PROBE_LIMIT + 1);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "dateline-lag-probe");
        List<PartitionLag> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (PartitionLag l : lags) {
                TopicPartition tp = l.partition();
                Instant lastTime = lastRecordTime(consumer, tp, committed.get(tp));
                Long from = gaps.get(tp);
                long records = l.records();
                if (from != null && l.lag() <= PROBE_LIMIT) {
                    records = countRecords(consumer, tp, from, l.logEnd());
                }
                out.add(new PartitionLag(tp, l.committed(), l.logEnd(), l.lag(), records, lastTime));
            }
        }
        return out;
    }

    private static long countRecords(KafkaConsumer<byte[], byte[]> consumer, TopicPartition tp, long from, long end) {
        consumer.assign(List.of(tp));
        consumer.seek(tp, from);
        long count = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (consumer.position(tp, Duration.ofSeconds(5)) < end && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.offset() < end) {
                    count++;
                }
            }
        }
        if (consumer.position(tp, Duration.ofSeconds(5)) < end) {
            // blocked by an open transaction: what is left cannot be read yet, so it counts as lag
            return end - from;
        }
        return count;
    }

    /** Timestamp of the last record before the committed offset (skipping commit markers), if any. */
    private static Instant lastRecordTime(KafkaConsumer<byte[], byte[]> consumer, TopicPartition tp, OffsetAndMetadata committed) {
        if (committed == null || committed.offset() == 0) {
            return null;
        }
        consumer.assign(List.of(tp));
        long target = committed.offset();
        consumer.seek(tp, Math.max(0, target - 3));
        Instant last = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline && consumer.position(tp, Duration.ofSeconds(3)) < target) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.offset() < target) {
                    last = Instant.ofEpochMilli(r.timestamp());
                }
            }
        }
        return last;
    }
}

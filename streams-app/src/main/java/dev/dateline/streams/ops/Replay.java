package dev.dateline.streams.ops;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.tools.StreamsResetter;

/**
 * Rebuilds an app's timelines from the article history: refuses while any instance runs, resets
 * the input offsets with Kafka's own {@link StreamsResetter} (which also deletes the app's internal
 * topics), deletes the local state, and writes a tombstone for every key of the output topics so
 * that downstream consumers converge on the rebuilt timelines once the next {@code dateline serve}
 * has re-emitted them. {@code dryRun} changes nothing and says what would be done.
 */
public final class Replay {

    /** Where the input offsets go. */
    public sealed interface From {
        /** Every article, from the beginning. */
        record All() implements From {
        }

        /** Articles published (record time) at or after this ISO local date-time, e.g. 2023-01-01T00:00:00.000. */
        record DateTime(String isoLocal) implements From {
        }

        /** Articles of the last period, e.g. P30D. */
        record Period(String isoDuration) implements From {
        }
    }

    /** What a replay did (or would do). */
    public record Report(List<String> resetterOutput, List<String> deletedStateDirs, Map<String, Integer> tombstones) {
    }

    /** An instance of the app is still a member of its group. */
    public static final class AppStillRunning extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        AppStillRunning(String message) {
            super(message);
        }
    }

    private Replay() {
    }

    public static Report run(Properties clientProps, String applicationId, String inputTopic, Collection<String> outputTopics,
                             Path stateDir, From from, boolean dryRun) throws IOException, InterruptedException {
        try (Admin admin = Admin.create(clientProps)) {
            requireNoRunningInstance(admin, applicationId);
        }
        List<String> resetter = runResetter(clientProps, applicationId, inputTopic, from, dryRun);
        List<String> deleted = new ArrayList<>();
        Path appState = stateDir.resolve(applicationId);
        if (Files.exists(appState)) {
            deleted.add(appState.toString());
            if (!dryRun) {
                deleteTree(appState);
            }
        }
        Map<String, Integer> tombstones = new java.util.LinkedHashMap<>();
        for (String topic : outputTopics) {
            tombstones.put(topic, tombstoneAll(clientProps, topic, dryRun));
        }
        return new Report(resetter, deleted, tombstones);
    }

    static void requireNoRunningInstance(Admin admin, String applicationId) throws InterruptedException {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId)).all()
                    .get(30, TimeUnit.SECONDS).get(applicationId);
            if (group != null && !group.members().isEmpty()) {
                List<String> who = new ArrayList<>();
                for (MemberDescription m : group.members()) {
                    who.add(m.clientId() + " on " + m.host());
                }
                throw new AppStillRunning("the app '" + applicationId + "' is still running (" + group.members().size()
                        + " member(s): " + String.join(", ", who) + "); stop every instance first");
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw new IllegalStateException("cannot describe group " + applicationId + ": " + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from Kafka while describing group " + applicationId, e);
        }
    }

    private static List<String> runResetter(Properties clientProps, String applicationId, String inputTopic, From from,
                                            boolean dryRun) throws IOException {
        Path config = Files.createTempFile("dateline-reset", ".properties");
        try {
            try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                clientProps.store(w, "client settings for StreamsResetter");
            }
            List<String> args = new ArrayList<>(List.of(
                    "--bootstrap-server", clientProps.getProperty("bootstrap.servers"),
                    "--application-id", applicationId,
                    "--input-topics", inputTopic,
                    "--config-file", config.toString()));
            if (from instanceof From.All) {
                args.add("--to-earliest");
            } else if (from instanceof From.DateTime d) {
                args.addAll(List.of("--to-datetime", d.isoLocal()));
            } else if (from instanceof From.Period p) {
                args.addAll(List.of("--by-duration", p.isoDuration()));
            }
            if (dryRun) {
                args.add("--dry-run");
            }
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream original = System.out;
            int exit;
            synchronized (Replay.class) {
                System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
                try {
                    exit = new StreamsResetter().execute(args.toArray(String[]::new));
                } finally {
                    System.setOut(original);
                }
            }
            List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
            if (exit != 0) {
                throw new IllegalStateException("Kafka's StreamsResetter failed (exit " + exit + "):\n" + String.join("\n", lines));
            }
            return lines;
        } finally {
            Files.deleteIfExists(config);
        }
    }

    /** Writes a tombstone for every live key of a compacted topic; returns how many (or would). */
    static int tombstoneAll(Properties clientProps, String topic, boolean dryRun) {
        Properties c = new Properties();
        c.putAll(clientProps);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Set<Bytes> live = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (!caughtUp(consumer, ends) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() == null) {
                        continue;
                    }
                    if (r.value() == null) {
                        live.remove(new Bytes(r.key()));
                    } else {
                        live.add(new Bytes(r.key()));
                    }
                }
            }
        }
        if (!dryRun && !live.isEmpty()) {
            Properties p = new Properties();
            p.putAll(clientProps);
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
                for (Bytes key : live) {
                    producer.send(new ProducerRecord<>(topic, key.bytes(), null));
                }
                producer.flush();
            }
        }
        return live.size();
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        for (var e : ends.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A byte-array key with value equality. */
    private record Bytes(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && java.util.Arrays.equals(bytes, b.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}

package dev.dateline.kafka.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaIT {

    @TempDir
    Path dir;

    @Test
    void servesClientsKeepsDataAcrossRestartAndStopsCleanly() throws Exception {
        LocalKafka kafka = LocalKafka.builder(dir).build();
        kafka.start();
        long firstPid = kafka.pid();
        String bootstrap = kafka.bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("smoke", 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("smoke", "k", "hello")).get(30, TimeUnit.SECONDS);
        }

        kafka.stop();
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        kafka.start();
        assertThat(kafka.bootstrapServers()).as("ports are kept for the data directory").isEqualTo(bootstrap);
        assertThat(readAll(bootstrap, "smoke")).containsExactly("hello");
        kafka.close();
        assertThat(kafka.isRunning()).isFalse();
    }

    @Test
    void brokerDiesWithItsParentEvenWhenTheParentIsKilled() throws Exception {
        // a parent JVM that starts an attached broker, prints its pid and then waits to be killed
        Path pidFile = dir.resolve("broker.pid");
        Process parent = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", LocalKafka.defaultClasspath(),
                ParentThatGetsKilled.class.getName(), dir.resolve("data").toString(), pidFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("parent.log").toFile())
                .start();
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> Files.exists(pidFile)
                    && !Files.readString(pidFile).isBlank());
            long brokerPid = Long.parseLong(Files.readString(pidFile).trim());
            assertThat(ProcessHandle.of(brokerPid)).isPresent();

            parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> ProcessHandle.of(brokerPid).map(h -> !h.isAlive()).orElse(true));
        } finally {
            parent.destroyForcibly();
        }
    }

    private static List<String> readAll(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "smoke-reader");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    return java.util.stream.StreamSupport.stream(records.spliterator(), false).map(r -> r.value()).toList();
                }
            }
            return List.of();
        }
    }

    /** Main of the parent JVM in {@link #brokerDiesWithItsParentEvenWhenTheParentIsKilled}. */
    public static final class ParentThatGetsKilled {
        public static void main(String[] args) throws Exception {
            LocalKafka kafka = LocalKafka.builder(Path.of(args[0])).build().start();
            Files.writeString(Path.of(args[1]), Long.toString(kafka.pid()));
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}

package dev.dateline.streams.it;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same scenarios against Kafka in a container ({@code apache/kafka}), on hosts with Docker.
 * Skipped, and reported as skipped, where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class TimelineAppContainerIT extends TimelineScenarios {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @Override
    String bootstrap() {
        return KAFKA.getBootstrapServers();
    }
}

package dev.dateline.streams.it;

import dev.dateline.kafka.local.LocalKafka;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The scenarios on the local child-JVM KRaft broker: always runs, no Docker needed. */
class TimelineAppIT extends TimelineScenarios {

    @TempDir
    static Path brokerDir;
    static LocalKafka kafka;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = LocalKafka.builder(brokerDir).build().start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Override
    String bootstrap() {
        return kafka.bootstrapServers();
    }
}

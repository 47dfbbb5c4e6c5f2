package dev.dateline.bench.e2e;

import dev.dateline.config.DatelineConfig;
import dev.dateline.streams.app.StreamsSettings;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The pass-through ceiling: consume the articles and produce them unchanged to another topic, with
 * the app's own Kafka Streams settings (exactly-once v2, threads, compression, commit interval) and
 * no extraction, no state. What Kafka Streams itself allows on this machine.
 */
public final class PassThrough {

    public static final String OUTPUT = "bench-passthrough";

    private PassThrough() {
    }

    static Topology topology(String input) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("passthrough-source"))
                .to(OUTPUT, Produced.with(Serdes.String(), Serdes.ByteArray()).withName("passthrough-sink"));
        return builder.build();
    }

    /** Seconds from RUNNING until every input record was committed to the output. */
    public static double run(DatelineConfig appConfig, String applicationId, String input, Admin admin, Properties clientProps,
                             Duration timeout) throws InterruptedException {
        Properties props = StreamsSettings.of(appConfig.with(DatelineConfig.APPLICATION_ID, applicationId));
        props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "localhost:1");
        try (KafkaStreams streams = new KafkaStreams(topology(input), props)) {
            streams.cleanUp();
            streams.start();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (streams.state() != KafkaStreams.State.RUNNING) {
                if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
                    throw new IllegalStateException("the pass-through app did not start: " + streams.state());
                }
                Thread.sleep(10);
            }
            long began = System.nanoTime();
            long done = CatchUpTimer.await(admin, clientProps, applicationId, List.of(input), timeout, System.out, null);
            return (done - began) / 1e9;
        }
    }
}

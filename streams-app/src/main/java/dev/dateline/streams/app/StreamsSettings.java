package dev.dateline.streams.app;

import dev.dateline.config.DatelineConfig;
import dev.dateline.kafka.Topics;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/** Kafka Streams properties of the Dateline app, derived from {@link DatelineConfig}. */
public final class StreamsSettings {

    /** DLQ records carry the whole failed input plus a stack trace in their headers. */
    static final int MAX_RECORD_BYTES = 2 * Topics.MAX_ARTICLE_RECORD_BYTES;

    private StreamsSettings() {
    }

    public static Properties of(DatelineConfig config) {
        Properties p = new Properties();
        // every Kafka client setting the user gave (security, timeouts, …) passes through first
        p.putAll(config.kafkaProperties());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get(DatelineConfig.APPLICATION_ID));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.ARTICLES_DLQ);
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.get(DatelineConfig.STATE_DIR));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.getInt(DatelineConfig.STREAM_THREADS));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.getInt(DatelineConfig.REPLICATION));
        p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, config.get(DatelineConfig.ADVERTISED_HOST) + ":"
                + config.getInt(DatelineConfig.HTTP_PORT));
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_RECORD_BYTES);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), MAX_RECORD_BYTES);
        p.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), MAX_RECORD_BYTES);
        // user overrides of Streams settings themselves win over the defaults above
        config.asMap().forEach((k, v) -> {
            if (k.startsWith("dateline.streams.")) {
                p.put(k.substring("dateline.streams.".length()), v);
            }
        });
        return p;
    }
}

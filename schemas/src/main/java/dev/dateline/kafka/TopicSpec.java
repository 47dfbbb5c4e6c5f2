package dev.dateline.kafka;

import java.util.Map;

/** A topic Dateline reads or writes, with the partitions and configs it is created with. */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> configs) {
    public TopicSpec {
        configs = Map.copyOf(configs);
    }
}

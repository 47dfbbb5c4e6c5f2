package dev.dateline.cli;

import dev.dateline.config.DatelineConfig;
import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.TopicSpec;
import dev.dateline.kafka.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline topics}: create Dateline's topics on any cluster, or check them. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Create Dateline's topics where missing (with their retention and compaction settings) and report differences.")
public final class TopicsCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Option(names = "--partitions", description = "Partitions of articles, timeline-events and timeline-updates (default: dateline.topic.partitions, 6).")
    Integer partitions;

    @Option(names = "--replication", description = "Replication factor (default: dateline.topic.replication, 1).")
    Short replication;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new LinkedHashMap<>();
        if (partitions != null) {
            flags.put(DatelineConfig.PARTITIONS, partitions.toString());
        }
        if (replication != null) {
            flags.put(DatelineConfig.REPLICATION, replication.toString());
        }
        DatelineConfig cfg = config.resolve(flags);
        List<TopicSpec> specs = Topics.all(cfg.getInt(DatelineConfig.PARTITIONS), (short) cfg.getInt(DatelineConfig.REPLICATION),
                cfg.get(DatelineConfig.INPUT_TOPIC), cfg.get(DatelineConfig.OUTPUT_SUFFIX, ""));
        try (Admin admin = Admin.create(cfg.kafkaProperties())) {
            List<String> warnings = TopicAdmin.ensure(admin, specs);
            for (TopicSpec s : specs) {
                System.out.printf("%-18s %2d partitions, replication %d, %s%n", s.name(), s.partitions(), s.replicationFactor(),
                        s.configs().get("cleanup.policy"));
            }
            warnings.forEach(w -> System.err.println("warning: " + w));
            return warnings.isEmpty() ? 0 : 2;
        }
    }
}

package dev.dateline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.config.DatelineConfig;
import dev.dateline.streams.ops.ConsumerLag;
import dev.dateline.streams.topology.TimelineTopology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline lag}: how far a consumer group is behind, per partition. */
@Command(name = "lag", mixinStandardHelpOptions = true,
        description = {"Show a consumer group's lag per partition (committed vs log-end offset), as kafka-consumer-groups does,",
            "plus the records really left to read (exactly-once commit markers excluded).",
            "Exit status 2 when the total exceeds --max-lag."})
public final class LagCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Option(names = "--group", description = "Consumer group (default: the streams app's application id).")
    String group;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--max-lag", description = "Exit with status 2 when the total lag (records) exceeds this.")
    Long maxLag;

    @Override
    public Integer call() throws Exception {
        DatelineConfig cfg = config.resolve();
        String groupId = group != null ? group : cfg.get(DatelineConfig.APPLICATION_ID);
        List<String> topics = group == null ? TimelineTopology.sourceTopics(groupId) : List.of();
        Properties props = new Properties();
        props.putAll(cfg.kafkaProperties());
        List<ConsumerLag.PartitionLag> lags;
        try (Admin admin = Admin.create(props)) {
            lags = ConsumerLag.of(admin, props, groupId, topics, true, true);
        }
        long total = ConsumerLag.total(lags);
        if (format.equals("json")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ConsumerLag.PartitionLag l : lags) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("topic", l.partition().topic());
                row.put("partition", l.partition().partition());
                row.put("committed", l.committed() < 0 ? null : l.committed());
                row.put("logEnd", l.logEnd());
                row.put("lag", l.lag());
                row.put("records", l.effectiveLag());
                row.put("lastCommittedRecordTime", l.lastCommittedRecordTime() == null ? null : l.lastCommittedRecordTime().toString());
                rows.add(row);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("group", groupId);
            body.put("totalLag", lags.stream().mapToLong(ConsumerLag.PartitionLag::lag).sum());
            body.put("totalRecords", total);
            body.put("partitions", rows);
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(body));
        } else {
            System.out.printf("group %s%n", groupId);
            System.out.printf("%-52s %5s %10s %10s %8s %8s  %s%n", "TOPIC", "PART", "COMMITTED", "LOG-END", "LAG", "RECORDS", "LAST COMMITTED RECORD");
            for (ConsumerLag.PartitionLag l : lags) {
                System.out.printf("%-52s %5d %10s %10d %8d %8d  %s%n", l.partition().topic(), l.partition().partition(),
                        l.committed() < 0 ? "-" : Long.toString(l.committed()), l.logEnd(), l.lag(), l.effectiveLag(),
                        l.lastCommittedRecordTime() == null ? "-" : l.lastCommittedRecordTime().toString());
            }
            System.out.printf("total: %d records behind%n", total);
        }
        return maxLag != null && total > maxLag ? 2 : 0;
    }
}

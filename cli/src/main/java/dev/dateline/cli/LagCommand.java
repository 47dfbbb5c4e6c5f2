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
        description = {"Show a consumer group's lag per partition (committed vs log-end offset), as kafka-consumer-groups does, "
                + "plus the records really left to read (exactly-once commit markers excluded).",
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

    @Option(names = "--watch", paramLabel = "SECONDS", description = "Print again every SECONDS, with rate and catch-up estimate, until Ctrl-C.")
    Integer watch;

    @Option(names = "--sample", paramLabel = "SECONDS", defaultValue = "3",
            description = "Without --watch: seconds between the two readings the rate is measured over, when there is lag (default: ${DEFAULT-VALUE}; 0 skips).")
    int sample;

    @Override
    public Integer call() throws Exception {
        DatelineConfig cfg = config.resolve();
        String groupId = group != null ? group : cfg.get(DatelineConfig.APPLICATION_ID);
        List<String> topics = group == null ? TimelineTopology.sourceTopics(groupId) : List.of();
        Properties props = new Properties();
        props.putAll(cfg.kafkaProperties());
        List<ConsumerLag.PartitionLag> lags;
        LagProgress progress = new LagProgress();
        try (Admin admin = Admin.create(props)) {
            lags = ConsumerLag.of(admin, props, groupId, topics, true, true);
            progress.line(lags, -1);
            if (watch != null) {
                while (true) {
                    print(groupId, lags, progress);
                    Thread.sleep(watch * 1000L);
                    lags = ConsumerLag.of(admin, props, groupId, topics, true, true);
                    progress.line(lags, -1);
                }
            }
            if (sample > 0 && ConsumerLag.total(lags) > 0) {
                Thread.sleep(sample * 1000L);
                lags = ConsumerLag.of(admin, props, groupId, topics, true, true);
                progress.line(lags, -1);
            }
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
            body.put("recordsPerSecond", Math.round(progress.rate() * 10) / 10.0);
            body.put("catchUp", LagProgress.eta(total, progress.rate()));
            body.put("partitions", rows);
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(body));
        } else {
            print(groupId, lags, progress);
        }
        return maxLag != null && total > maxLag ? 2 : 0;
    }

    private static void print(String groupId, List<ConsumerLag.PartitionLag> lags, LagProgress progress) {
        {
            System.out.printf("group %s%n", groupId);
            System.out.printf("%-52s %5s %10s %10s %8s %8s  %s%n", "TOPIC", "PART", "COMMITTED", "LOG-END", "LAG", "RECORDS", "LAST COMMITTED RECORD");
            for (ConsumerLag.PartitionLag l : lags) {
                System.out.printf("%-52s %5d %10s %10d %8d %8d  %s%n", l.partition().topic(), l.partition().partition(),
                        l.committed() < 0 ? "-" : Long.toString(l.committed()), l.logEnd(), l.lag(), l.effectiveLag(),
                        l.lastCommittedRecordTime() == null ? "-" : l.lastCommittedRecordTime().toString());
            }
            long total = ConsumerLag.total(lags);
            System.out.printf("total: %d records behind; %.1f records/s; %s%n", total, progress.rate(), LagProgress.eta(total, progress.rate()));
        }
    }
}

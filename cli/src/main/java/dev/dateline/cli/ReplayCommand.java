package dev.dateline.cli;

import dev.dateline.config.DatelineConfig;
import dev.dateline.kafka.Topics;
import dev.dateline.streams.ops.Replay;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline replay}: rebuild the timelines from the article history with Kafka's reset tool. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Rebuild the app's timelines from the articles topic: checks that no instance runs, resets the "
                + "input offsets with Kafka's StreamsResetter (which deletes the app's internal topics), deletes the local "
                + "state, and tombstones the output topics so that consumers converge on the rebuilt timelines.",
            "The next `dateline serve` rebuilds. With --from or --by-duration the timelines are rebuilt from the "
                + "articles published since then only."})
public final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Start start;

    static final class Start {
        @Option(names = "--all", required = true, description = "Replay every article.")
        boolean all;

        @Option(names = "--from", required = true, paramLabel = "DATETIME",
                description = "Replay articles published from this local date-time on (yyyy-MM-ddTHH:mm:ss.SSS).")
        String from;

        @Option(names = "--by-duration", required = true, paramLabel = "PnDTnHnMnS",
                description = "Replay the articles of this last period (ISO-8601 duration, e.g. P30D).")
        String duration;
    }

    @Option(names = "--dry-run", description = "Change nothing; print what would be done.")
    boolean dryRun;

    @Option(names = "--app-id", description = "Application id (default: dateline.application.id).")
    String applicationId;

    @Option(names = "--state-dir", description = "Local state directory to clean (default: dateline.state.dir, or .dateline/state).")
    String stateDir;

    @Override
    public Integer call() throws Exception {
        DatelineConfig cfg = Dateline.withLocalStateDir(config.resolve());
        String appId = applicationId != null ? applicationId : cfg.get(DatelineConfig.APPLICATION_ID);
        Path state = Path.of(stateDir != null ? stateDir : cfg.get(DatelineConfig.STATE_DIR));
        String suffix = cfg.get(DatelineConfig.OUTPUT_SUFFIX, "");
        Replay.From from = start.all ? new Replay.From.All()
                : start.from != null ? new Replay.From.DateTime(start.from) : new Replay.From.Period(start.duration);
        Properties props = new Properties();
        props.putAll(cfg.kafkaProperties());
        System.out.println((dryRun ? "DRY RUN — nothing is changed. " : "") + "Replaying app '" + appId + "' from "
                + describe(from) + " of topic " + cfg.get(DatelineConfig.INPUT_TOPIC));
        Replay.Report report = Replay.run(props, appId, cfg.get(DatelineConfig.INPUT_TOPIC),
                List.of(Topics.TIMELINE_EVENTS + suffix, Topics.TIMELINE_UPDATES + suffix), state, from, dryRun);
        System.out.println("Kafka StreamsResetter:");
        report.resetterOutput().forEach(l -> System.out.println("  " + l));
        System.out.println(report.deletedStateDirs().isEmpty() ? "No local state to delete under " + state
                : (dryRun ? "Would delete local state: " : "Deleted local state: ") + String.join(", ", report.deletedStateDirs()));
        report.tombstones().forEach((topic, n) -> System.out.println((dryRun ? "Would write " : "Wrote ") + n
                + " tombstones to " + topic));
        System.out.println(dryRun ? "Nothing changed." : "Done. Start the app again (`dateline serve`) to rebuild. On other hosts that "
                + "ran instances, delete <state dir>/" + appId + " before starting them there.");
        return 0;
    }

    private static String describe(Replay.From from) {
        if (from instanceof Replay.From.DateTime d) {
            return d.isoLocal();
        }
        if (from instanceof Replay.From.Period p) {
            return "the last " + p.isoDuration();
        }
        return "the beginning";
    }
}

package dev.dateline.cli;

import dev.dateline.config.DatelineConfig;
import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.TopicSpec;
import dev.dateline.kafka.Topics;
import dev.dateline.streams.app.TimelineApp;
import dev.dateline.streams.ops.ConsumerLag;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline backfill}: rebuild the timelines under a new application id, beside the live app (blue/green). */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = {"Rebuild the timelines from the full article history under a new application id, beside the live "
                + "app, into output topics with a suffix; report progress as lag until caught up.",
            "Then switch readers to the new topics and API, and retire the old app. The command keeps serving (Ctrl-C "
                + "stops it) unless --exit-when-caught-up; `dateline serve --app-id NEW -X dateline.output.suffix=S` "
                + "continues it later."})
public final class BackfillCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Option(names = "--app-id", required = true, description = "The new application id (must differ from the live one).")
    String applicationId;

    @Option(names = "--output-suffix", description = "Suffix of the new output topics (default: -<app-id>).")
    String outputSuffix;

    @Option(names = "--http-port", defaultValue = "0", description = "HTTP port of the new app (default: a free port).")
    int httpPort;

    @Option(names = "--state-dir", description = "State directory (default: .dateline/state).")
    String stateDir;

    @Option(names = "--progress-every", defaultValue = "5", description = "Seconds between progress lines (default: ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--exit-when-caught-up", description = "Stop once the new app has caught up.")
    boolean exitWhenCaughtUp;

    @Option(names = "--gazetteer-dir", description = "Directory of extra gazetteer .tsv files for the rebuilt timelines.")
    String gazetteerDir;

    @Option(names = "--reader", description = "Rebuild with the bundled fine-tuned reader after the rules (dateline.reader=bundled).")
    boolean reader;

    @Option(names = "--reader-model", paramLabel = "FILE", description = "Rebuild with this reader model (dateline.reader=FILE).")
    java.nio.file.Path readerModel;

    @Override
    public Integer call() throws Exception {
        String suffix = outputSuffix != null ? outputSuffix : "-" + applicationId;
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put(DatelineConfig.APPLICATION_ID, applicationId);
        flags.put(DatelineConfig.OUTPUT_SUFFIX, suffix);
        flags.put(DatelineConfig.HTTP_PORT, Integer.toString(httpPort));
        if (stateDir != null) {
            flags.put(DatelineConfig.STATE_DIR, stateDir);
        }
        if (gazetteerDir != null) {
            flags.put(DatelineConfig.GAZETTEER_DIR, gazetteerDir);
        }
        Readers.flag(flags, reader, readerModel);
        DatelineConfig cfg = Dateline.withLocalStateDir(config.resolve(flags));
        if (applicationId.equals(DatelineConfig.defaults().get(DatelineConfig.APPLICATION_ID)) && suffix.isEmpty()) {
            throw new IllegalArgumentException("a backfill needs a new application id and an output suffix beside the live app");
        }
        // a bad gazetteer directory or reader model fails here, before anything talks to Kafka
        dev.dateline.extraction.Extractor engine = ServeCommand.engine(cfg);
        Properties props = new Properties();
        props.putAll(cfg.kafkaProperties());
        try (Admin admin = Admin.create(props)) {
            List<TopicSpec> topics = Topics.all(cfg.getInt(DatelineConfig.PARTITIONS), (short) cfg.getInt(DatelineConfig.REPLICATION),
                    cfg.get(DatelineConfig.INPUT_TOPIC), suffix);
            TopicAdmin.ensure(admin, topics).forEach(w -> System.err.println("warning: " + w));
        }
        TimelineApp app = new TimelineApp(cfg, engine);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "dateline-backfill-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        app.start();
        System.out.printf("Backfill '%s' started: output %s%s and %s%s, API http://%s:%d%n", applicationId, Topics.TIMELINE_EVENTS,
                suffix, Topics.TIMELINE_UPDATES, suffix, cfg.get(DatelineConfig.ADVERTISED_HOST), app.httpPort());
        long begin = System.nanoTime();
        try (Admin admin = Admin.create(props)) {
            LagProgress progress = new LagProgress();
            int zeros = 0;
            while (zeros < 2) {
                Thread.sleep(every * 1000L);
                List<ConsumerLag.PartitionLag> lag = ConsumerLag.of(admin, props, applicationId, app.sourceTopics(), true);
                long total = ConsumerLag.total(lag);
                boolean started = lag.stream().anyMatch(l -> l.committed() >= 0);
                zeros = started && total == 0 ? zeros + 1 : 0;
                System.out.println("  " + progress.line(lag, app.metrics().articlesProcessed()));
            }
        }
        System.out.printf("Caught up in %.0f s. Switch readers to %s%s / %s%s and this app's API, then stop the old app.%n",
                (System.nanoTime() - begin) / 1e9, Topics.TIMELINE_EVENTS, suffix, Topics.TIMELINE_UPDATES, suffix);
        if (exitWhenCaughtUp) {
            Runtime.getRuntime().removeShutdownHook(hook);
            app.close();
            return 0;
        }
        System.out.println("Still serving; Ctrl-C stops it.");
        stopped.await();
        return 0;
    }
}

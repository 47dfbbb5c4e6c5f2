package dev.dateline.cli;

import dev.dateline.config.DatelineConfig;
import dev.dateline.extraction.Extractor;
import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.Topics;
import dev.dateline.streams.app.TimelineApp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline serve}: run one instance of the streams app and its HTTP API until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the Dateline streams app (one instance) with its HTTP API, until Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Option(names = "--http-port", description = "HTTP port (default 7070; 0 picks a free one).")
    Integer httpPort;

    @Option(names = "--advertised-host", description = "Host name other instances use to reach this one (default localhost).")
    String advertisedHost;

    @Option(names = "--state-dir", description = "Directory of the local state stores (default .dateline/state).")
    String stateDir;

    @Option(names = "--app-id", description = "Kafka Streams application id (default dateline-timelines).")
    String applicationId;

    @Option(names = "--threads", description = "Stream threads (default 1).")
    Integer threads;

    @Option(names = "--gazetteer-dir", description = "Directory of extra gazetteer .tsv files (same columns as the bundled one).")
    String gazetteerDir;

    @Option(names = "--reader", description = "Refine the rules' events with the bundled fine-tuned reader "
            + "(dateline.reader=bundled; about 12 articles/s per stream thread instead of about 1,300).")
    boolean reader;

    @Option(names = "--reader-model", paramLabel = "FILE", description = "Refine the events with this reader model "
            + "(dateline.reader=FILE); implies --reader.")
    java.nio.file.Path readerModel;

    @Option(names = "--print-config", description = "Print the effective configuration (secrets hidden) and exit.")
    boolean printConfig;

    @Option(names = "--no-create-topics", negatable = true, defaultValue = "true",
            description = "Create Dateline's topics when they are missing (default: yes).")
    boolean createTopics;

    @Override
    public Integer call() throws Exception {
        DatelineConfig cfg = Dateline.withLocalStateDir(config.resolve(flags()));
        if (printConfig) {
            cfg.redacted().forEach((k, v) -> System.out.println(k + "=" + v));
            return 0;
        }
        // a bad gazetteer directory or reader model fails here, before anything talks to Kafka
        Extractor engine = engine(cfg);
        if (createTopics) {
            try (Admin admin = Admin.create(cfg.kafkaProperties())) {
                TopicAdmin.ensure(admin, Topics.all(cfg.getInt(DatelineConfig.PARTITIONS), (short) cfg.getInt(DatelineConfig.REPLICATION),
                                cfg.get(DatelineConfig.INPUT_TOPIC), cfg.get(DatelineConfig.OUTPUT_SUFFIX, "")))
                        .forEach(w -> System.err.println("warning: " + w));
            }
        }
        TimelineApp app = new TimelineApp(cfg, engine);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "dateline-serve-shutdown"));
        app.start();
        System.out.println("Dateline app '" + app.applicationId() + "' serving http://" + cfg.get(DatelineConfig.ADVERTISED_HOST)
                + ":" + app.httpPort() + " (Kafka " + cfg.bootstrapServers() + "); Ctrl-C stops it.");
        stopped.await();
        return 0;
    }

    /**
     * The extraction engine, with the user's gazetteer directory when {@code dateline.gazetteer.dir} names one and
     * the fine-tuned reader after the rules when {@code dateline.reader} asks for it (its model stays loaded for the
     * life of the process).
     */
    static Extractor engine(DatelineConfig cfg) {
        String dir = cfg.get(DatelineConfig.GAZETTEER_DIR);
        Extractor rules;
        if (dir == null || dir.isBlank()) {
            rules = Extractor.create();
        } else {
            java.nio.file.Path path = java.nio.file.Path.of(dir);
            if (!java.nio.file.Files.isDirectory(path)) {
                throw new IllegalArgumentException("dateline.gazetteer.dir '" + dir + "' is not a directory");
            }
            rules = Extractor.create(path);
        }
        dev.dateline.reader.EventReader reader = Readers.fromConfig(cfg);
        return reader == null ? rules : rules.withRefiner(reader);
    }

    private Map<String, String> flags() {
        Map<String, String> f = new LinkedHashMap<>();
        if (httpPort != null) {
            f.put(DatelineConfig.HTTP_PORT, httpPort.toString());
        }
        if (advertisedHost != null) {
            f.put(DatelineConfig.ADVERTISED_HOST, advertisedHost);
        }
        if (stateDir != null) {
            f.put(DatelineConfig.STATE_DIR, stateDir);
        }
        if (applicationId != null) {
            f.put(DatelineConfig.APPLICATION_ID, applicationId);
        }
        if (threads != null) {
            f.put(DatelineConfig.STREAM_THREADS, threads.toString());
        }
        if (gazetteerDir != null) {
            f.put(DatelineConfig.GAZETTEER_DIR, gazetteerDir);
        }
        Readers.flag(f, reader, readerModel);
        return f;
    }
}

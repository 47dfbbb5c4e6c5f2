package dev.dateline.bench;

import dev.dateline.bench.corpus.CorpusGenerator;
import dev.dateline.bench.e2e.CatchUpTimer;
import dev.dateline.bench.e2e.CorpusPublisher;
import dev.dateline.bench.e2e.CpuMeter;
import dev.dateline.bench.e2e.ExtractionCeiling;
import dev.dateline.bench.e2e.LatencyProbe;
import dev.dateline.bench.e2e.Machine;
import dev.dateline.bench.e2e.PassThrough;
import dev.dateline.bench.e2e.Percentiles;
import dev.dateline.bench.e2e.Profile;
import dev.dateline.bench.e2e.RestoreWatch;
import dev.dateline.bench.e2e.ResultsDoc;
import dev.dateline.config.DatelineConfig;
import dev.dateline.extraction.Extractor;
import dev.dateline.reader.EventReader;
import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.TopicSpec;
import dev.dateline.kafka.Topics;
import dev.dateline.kafka.local.LocalKafka;
import dev.dateline.streams.app.TimelineApp;
import dev.dateline.streams.ops.Replay;
import dev.dateline.streams.topology.TimelineTopology;
import dev.dateline.streams.topology.TopologyMetrics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline bench}: end-to-end throughput and latency of Dateline on a local broker, beside
 * two ceilings measured in the same run (a pass-through Kafka Streams app, and extraction without
 * Kafka), then replay speed and the restore time of a stopped instance; the figures are printed
 * with the machine they were measured on and appended to {@code docs/benchmarks.md}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Dateline end to end on a local Kafka broker: throughput beside a pass-through ceiling and an "
            + "extraction-only ceiling (same run, corpus and threads), latency at half the peak rate, replay speed and "
            + "the restore time of a stopped instance. Results are printed with the machine and appended to docs/benchmarks.md.")
public final class BenchCommand implements Callable<Integer> {

    static final String APP_ID = "dateline-bench";
    static final String PASSTHROUGH_APP_ID = "dateline-bench-passthrough";
    private static final int DEFAULT_ARTICLES = 100_000;
    static final List<String> PHASES = List.of("extraction", "passthrough", "throughput", "latency", "replay", "restore", "profile");

    @Option(names = "--articles", defaultValue = "100000", paramLabel = "N",
            description = "Articles in the generated corpus before --scale (default: ${DEFAULT-VALUE}; on a 2-core machine that "
                    + "takes hours, --scale 0.1 about 10 minutes).")
    int articles = DEFAULT_ARTICLES;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "F",
            description = "Multiplies --articles: 0.1 for 10,000 articles, 0.01 for a quick check (default: ${DEFAULT-VALUE}).")
    double scale = 1;

    @Option(names = "--threads", paramLabel = "T",
            description = "Stream threads of the app, of the pass-through app and of the extraction ceiling (default: the cores).")
    Integer threads;

    @Option(names = "--partitions", defaultValue = "4", paramLabel = "P",
            description = "Partitions of the articles topic and of the app's topics (default: ${DEFAULT-VALUE}).")
    int partitions = 4;

    @Option(names = "--latency-seconds", defaultValue = "60", paramLabel = "S",
            description = "How long the rate-limited latency run publishes (default: ${DEFAULT-VALUE}).")
    int latencySeconds = 60;

    @Option(names = "--skip-seconds", defaultValue = "10", paramLabel = "S",
            description = "Warm-up at the start of the latency run left out of the percentiles (default: ${DEFAULT-VALUE}).")
    int skipSeconds = 10;

    @Option(names = "--latency-rate", paramLabel = "R",
            description = "Articles per second for the latency run (default: half the peak measured on a burst of fresh "
                    + "articles once the corpus is in, i.e. with the history the latency run meets).")
    Double latencyRate;

    @Option(names = "--restore-events", defaultValue = "0", paramLabel = "N",
            description = "Before timing the restore, publish more articles until the events store holds N events; "
                    + "0 restores what the run built (default: ${DEFAULT-VALUE}).")
    long restoreEvents;

    @Option(names = "--skip", split = ",", paramLabel = "PHASE",
            description = "Phases to leave out: extraction, passthrough, throughput, latency, replay, restore, profile.")
    Set<String> skip = Set.of();

    @Option(names = "--only", split = ",", paramLabel = "PHASE",
            description = "Run only these phases (as --skip names them, plus throughput); e.g. --only restore --articles 0 "
                    + "--restore-events 1000000 builds a million events and times their restore.")
    Set<String> only = Set.of();

    @Option(names = "--commit-interval", paramLabel = "MS", description = "commit.interval.ms of both Streams apps (Kafka's default under exactly-once: 100).")
    Integer commitIntervalMs;

    @Option(names = "--cache-mb", paramLabel = "MB", description = "statestore.cache.max.bytes of both Streams apps in MB (Kafka's default: 10).")
    Integer cacheMb;

    @Option(names = "--compression", paramLabel = "TYPE", description = "Compression of the apps' producers (the app's default: lz4).")
    String compression;

    @Option(names = "-X", paramLabel = "KEY=VALUE", description = "Any Dateline or Kafka setting for the apps, e.g. -X dateline.streams.num.standby.replicas=0.")
    Map<String, String> extra = new LinkedHashMap<>();

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--broker-heap", defaultValue = "1g", description = "Heap of the broker JVM (default: ${DEFAULT-VALUE}).")
    String brokerHeap = "1g";

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Broker data and app state; emptied first (default: .dateline/bench).")
    Path workDir;

    @Option(names = "--results", paramLabel = "FILE", description = "Markdown file whose results table gets a row (default: docs/benchmarks.md of this repository).")
    Path results;

    @Option(names = "--no-record", description = "Print the results only; do not append them to the results file.")
    boolean noRecord;

    private final PrintStream out = System.out;
    /** The engine of every app the bench starts: the rules, and the reader when {@code dateline.reader} asks for it. */
    private Extractor engine;

    @Override
    public Integer call() throws Exception {
        if (!only.isEmpty()) {
            Set<String> skipped = new java.util.TreeSet<>(PHASES);
            skipped.removeAll(only);
            skip = skipped;
        }
        int n = (int) Math.round(articles * scale);
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path repo = repository();
        Path dir = (workDir != null ? workDir : home().resolve("bench")).toAbsolutePath();
        Machine machine = Machine.describe(repo);
        String startLoad = Machine.loadAverage();
        String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        out.println("Dateline bench — " + started + " UTC");
        out.println("  machine: " + machine.summary());
        out.println("  load average at start: " + startLoad + (Machine.load1() > 0.5 ? "  (busy: figures will be noisy)" : ""));
        String settings = settings(n, t);
        out.println("  settings: " + settings);
        deleteTree(dir);
        Files.createDirectories(dir);

        CorpusGenerator corpus = new CorpusGenerator(seed, n);
        Results r = new Results();
        r.articles = n;
        try (LocalKafka kafka = LocalKafka.builder(dir.resolve("kafka")).heap(brokerHeap).build().start()) {
            Map<String, Object> client = Map.of("bootstrap.servers", kafka.bootstrapServers());
            Properties clientProps = new Properties();
            clientProps.putAll(client);
            DatelineConfig config = appConfig(kafka.bootstrapServers(), dir.resolve("state"), t);
            // -X dateline.reader=bundled measures the app with the fine-tuned reader after the rules
            EventReader reader = EventReader.forSetting(DatelineConfig.READER, config.get(DatelineConfig.READER, "off"));
            engine = reader == null ? Extractor.create() : reader.on(Extractor.create());
            try (Admin admin = Admin.create(clientProps)) {
                List<TopicSpec> topics = new ArrayList<>(Topics.all(partitions, (short) 1));
                topics.add(new TopicSpec(PassThrough.OUTPUT, partitions, (short) 1, Map.of("max.message.bytes",
                        Integer.toString(Topics.MAX_ARTICLE_RECORD_BYTES))));
                TopicAdmin.ensure(admin, topics);

                if (n > 0) {
                    step("Publishing the corpus: %,d generated articles to '%s' (%d partitions)", n, Topics.ARTICLES, partitions);
                    CorpusPublisher.Published published;
                    try (CorpusPublisher publisher = new CorpusPublisher(client, Topics.ARTICLES)) {
                        published = publisher.publishAll(corpus, 0, n, t);
                    }
                    r.bodyMb = published.bodyBytes() / 1e6;
                    out.printf("      %,d articles, %.1f MB of body text (%.2f KB on average; %.1f MB as Avro records) in %.1f s: %,.0f articles/s; load %s%n",
                            published.articles(), r.bodyMb, published.bodyBytes() / 1024.0 / published.articles(),
                            published.recordBytes() / 1e6, published.seconds(), published.articlesPerSecond(), Machine.loadAverage());
                }

                if (!skip.contains("extraction") && n > 0) {
                    step("Extraction ceiling: the engine alone, no Kafka, %d threads", t);
                    ExtractionCeiling.Result e = ExtractionCeiling.run(engine, corpus, n, t);
                    r.extraction = e.articlesPerSecond();
                    out.printf("      %,.0f articles/s, %.1f MB/s (%.1f s); %,d event mentions (%.1f per article) in %,d buckets, the largest %,d; load %s%n",
                            e.articlesPerSecond(), e.megabytesPerSecond(), e.seconds(), e.mentions(), (double) e.mentions() / n,
                            e.bucketSizes().size(), e.largestBucket(), Machine.loadAverage());
                    printBuckets(e);
                }

                if (!skip.contains("passthrough") && n > 0) {
                    step("Pass-through ceiling: Kafka Streams, exactly-once, consume and produce the articles unchanged, %d threads", t);
                    CpuMeter cpu = new CpuMeter(kafka.pid());
                    double seconds = PassThrough.run(config, PASSTHROUGH_APP_ID, Topics.ARTICLES, admin, clientProps, Duration.ofMinutes(30));
                    r.passThrough = n / seconds;
                    out.printf("      %,.0f articles/s, %.1f MB/s (%.1f s); %s; load %s%n", r.passThrough, r.bodyMb / seconds, seconds,
                            cpu.stop().describe(), Machine.loadAverage());
                }

                boolean timed = !skip.contains("throughput") && n > 0;
                step(timed ? "Dateline end to end: the app from RUNNING until every article's events are in the stores and topics, %d threads"
                        : "Starting the Dateline app (%d threads)", t);
                TimelineApp app = new TimelineApp(config, engine).start();
                try {
                    awaitRunning(app);
                    if (timed) {
                        endToEnd(app, n, t, kafka, admin, clientProps, r);
                    } else if (n > 0) {
                        CatchUpTimer.await(admin, clientProps, APP_ID, app.sourceTopics(), Duration.ofHours(3), out,
                                () -> app.metrics().articlesProcessed());
                    }

                    int next = n;
                    if (!skip.contains("latency") && latencyRate == null) {
                        // each article costs more as the history grows (bigger merge buckets, events with more entities), so
                        // the peak that "half the peak" refers to is measured on fresh articles against the history built so far
                        int burst = Math.max(200, n / 10);
                        step("Peak on fresh articles: %,d more at once, against the history built so far, until caught up", burst);
                        long began = System.nanoTime();
                        try (CorpusPublisher publisher = new CorpusPublisher(client, Topics.ARTICLES)) {
                            publisher.publishAll(corpus, next, next + burst, t);
                        }
                        long done = CatchUpTimer.await(admin, clientProps, APP_ID, app.sourceTopics(), Duration.ofHours(1), out,
                                () -> app.metrics().articlesProcessed());
                        r.freshPeak = burst / ((done - began) / 1e9);
                        next += burst;
                        out.printf("      %,.0f articles/s (%,d articles in %.1f s, publishing included); load %s%n", r.freshPeak, burst,
                                (done - began) / 1e9, Machine.loadAverage());
                    }
                    if (!skip.contains("latency")) {
                        r.rate = latencyRate != null ? latencyRate : Math.max(1, Math.floor(r.freshPeak / 2));
                        step("Latency: fresh articles at %,.0f/s for %d s (first %d s left out), exactly-once, read_committed", r.rate,
                                latencySeconds, skipSeconds);
                        next = latency(corpus, next, client, admin, clientProps, app, r);
                    }

                    TimelineApp current = app;
                    if (!skip.contains("replay")) {
                        step("Replay: stop the app, `dateline replay --all` (StreamsResetter, state and outputs cleared), rebuild");
                        current = replay(current, config, admin, clientProps, dir.resolve("state"), next, r);
                    }
                    if (!skip.contains("restore")) {
                        step("Restore: a stopped instance with its local state deleted, restarted, until RUNNING with nothing left to restore");
                        current = restore(current, config, corpus, client, admin, clientProps, r);
                    }
                    current.close();
                } catch (Exception | Error e) {
                    app.close();
                    throw e;
                }
            }
            kafka.stop();
        }
        String endLoad = Machine.loadAverage();
        out.println();
        out.println("Summary (" + machine.summary() + ")");
        out.println("  load average: " + startLoad + " at start, " + endLoad + " at end");
        String row = r.row(started, machine, settings, startLoad + " → " + endLoad);
        out.println(row);
        if (!noRecord) {
            Path file = results != null ? results : repo.resolve("docs").resolve("benchmarks.md");
            if (results == null && !Files.exists(file)) {
                out.println("  (no docs/benchmarks.md here; pass --results FILE to record the row)");
            } else {
                ResultsDoc.append(file, row);
                out.println("  row appended to " + file);
            }
        }
        deleteTree(dir);
        return 0;
    }

    private void endToEnd(TimelineApp app, int n, int t, LocalKafka kafka, Admin admin, Properties clientProps, Results r)
            throws Exception {
        CpuMeter cpu = new CpuMeter(kafka.pid());
        Profile profile = skip.contains("profile") ? null : new Profile();
        long began = System.nanoTime();
        long done = CatchUpTimer.await(admin, clientProps, APP_ID, app.sourceTopics(), Duration.ofHours(3), out,
                () -> app.metrics().articlesProcessed());
        double seconds = (done - began) / 1e9;
        CpuMeter.Usage usage = cpu.stop();
        r.endToEnd = n / seconds;
        r.events = liveEvents(app);
        out.printf("      %,.0f articles/s, %.1f MB/s (%.1f s); %,d mentions, %,d events; %s; load %s%n",
                r.endToEnd, r.bodyMb / seconds, seconds, app.metrics().mentionsExtracted(), r.events,
                usage.describe(), Machine.loadAverage());
        TopologyMetrics m = app.metrics();
        out.printf("      merge output: %,d events created, %,d updated, %,d removed = %.1f event changes per article (%.1f mentions per article)%n",
                m.eventsCreated(), m.eventsUpdated(), m.eventsRemoved(),
                (m.eventsCreated() + m.eventsUpdated() + m.eventsRemoved()) / (double) Math.max(1, m.articlesProcessed()),
                m.mentionsExtracted() / (double) Math.max(1, m.articlesProcessed()));
        out.printf("      extraction inside the app: %.1f s of stream-thread time (%.0f%% of %d threads × %.1f s)%n",
                app.metrics().extractionNanos() / 1e9, 100 * app.metrics().extractionNanos() / 1e9 / (t * seconds), t, seconds);
        if (profile != null) {
            Profile.Result p = profile.stop();
            profile.close();
            p.print(out);
            r.profile = p.oneLine();
        }
        double ceiling = Math.min(r.passThrough > 0 ? r.passThrough : Double.MAX_VALUE, r.extraction > 0 ? r.extraction : Double.MAX_VALUE);
        if (ceiling < Double.MAX_VALUE) {
            r.ratio = r.endToEnd / ceiling;
            out.printf("      end to end / min(ceilings) = %,.0f / %,.0f = %.2f (target ≥ 0.70: %s)%n", r.endToEnd, ceiling, r.ratio,
                    r.ratio >= 0.7 ? "met" : "NOT met");
        }
    }

    private int latency(CorpusGenerator corpus, int first, Map<String, Object> client, Admin admin, Properties clientProps,
                        TimelineApp app, Results r) throws Exception {
        int next;
        try (LatencyProbe probe = new LatencyProbe(client, Topics.TIMELINE_UPDATES);
             CorpusPublisher publisher = new CorpusPublisher(client, Topics.ARTICLES)) {
            CpuMeter cpu = new CpuMeter(-1);
            probe.countFrom(System.nanoTime() + skipSeconds * 1_000_000_000L);
            next = publisher.publishAtRate(corpus, first, r.rate, latencySeconds);
            double sendSeconds = cpu.stop().wall();
            CatchUpTimer.await(admin, clientProps, APP_ID, app.sourceTopics(), Duration.ofMinutes(30), out, null);
            Thread.sleep(500);
            Percentiles updates = probe.perUpdate();
            Percentiles perArticle = probe.perArticle();
            r.p50 = updates.at(50) / 1000.0;
            r.p95 = updates.at(95) / 1000.0;
            r.p99 = updates.at(99) / 1000.0;
            out.printf("      %,d articles sent in %.1f s (%,.0f/s); %,d timeline updates counted (%,d seen, %.0f per article sent)%n",
                    next - first, sendSeconds, (next - first) / sendSeconds, updates.count(), probe.updatesSeen(),
                    probe.updatesSeen() / (double) Math.max(1, next - first));
            out.printf("      per timeline update: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (target p99 ≤ 1000 ms: %s)%n",
                    r.p50, r.p95, r.p99, updates.max() / 1000.0, r.p99 <= 1000 ? "met" : "NOT met");
            out.printf("      per article (until its last update): p50 %.0f ms, p95 %.0f ms, p99 %.0f ms over %,d articles; load %s%n",
                    perArticle.at(50) / 1000.0, perArticle.at(95) / 1000.0, perArticle.at(99) / 1000.0, perArticle.count(),
                    Machine.loadAverage());
        }
        return next;
    }

    private TimelineApp replay(TimelineApp app, DatelineConfig config, Admin admin, Properties clientProps, Path stateDir,
                               int articlesInTopic, Results r) throws Exception {
        app.close();
        long began = System.nanoTime();
        Replay.Report report = Replay.run(clientProps, APP_ID, Topics.ARTICLES, List.of(Topics.TIMELINE_EVENTS, Topics.TIMELINE_UPDATES),
                stateDir, new Replay.From.All(), false);
        double resetSeconds = (System.nanoTime() - began) / 1e9;
        TimelineApp again = new TimelineApp(config, engine).start();
        awaitRunning(again);
        long running = System.nanoTime();
        long done = CatchUpTimer.await(admin, clientProps, APP_ID, again.sourceTopics(), Duration.ofHours(2), out,
                () -> again.metrics().articlesProcessed());
        double seconds = (done - running) / 1e9;
        r.replay = articlesInTopic / seconds;
        r.events = liveEvents(again);
        out.printf("      reset in %.1f s (tombstones: %s); rebuilt %,d articles in %.1f s: %,.0f articles/s; %,d events; load %s%n",
                resetSeconds, report.tombstones(), articlesInTopic, seconds, r.replay, r.events, Machine.loadAverage());
        return again;
    }

    private TimelineApp restore(TimelineApp app, DatelineConfig config, CorpusGenerator corpus, Map<String, Object> client,
                                Admin admin, Properties clientProps, Results r) throws Exception {
        long events = liveEvents(app);
        if (restoreEvents > 0 && events < restoreEvents) {
            // the state corpus: ~12 events per article, spread over ~22,000 buckets; a little more than needed
            int more = (int) ((restoreEvents - events) / 11.5) + 100;
            out.printf("      %,d events in the stores; publishing %,d state-corpus articles (about 12 events each) to pass %,d%n",
                    events, more, restoreEvents);
            long began = System.nanoTime();
            try (CorpusPublisher publisher = new CorpusPublisher(client, Topics.ARTICLES)) {
                publisher.publishAll(corpus::stateArticle, 0, more, 1);
            }
            CatchUpTimer.await(admin, clientProps, APP_ID, app.sourceTopics(), Duration.ofHours(3), out,
                    () -> app.metrics().articlesProcessed());
            events = liveEvents(app);
            out.printf("      built in %.0f s: %,d events; load %s%n", (System.nanoTime() - began) / 1e9, events, Machine.loadAverage());
        }
        Map<String, Long> entries = storeEntries(app);
        app.close();
        Path state = Path.of(config.get(DatelineConfig.STATE_DIR)).resolve(APP_ID);
        deleteTree(state);
        Map<String, Long> changelogBytes = changelogBytes(admin);
        RestoreWatch watch = new RestoreWatch();
        long began = System.nanoTime();
        TimelineApp again = new TimelineApp(config, engine).observeRestores(watch).start();
        long runningAt = -1;
        long deadline = began + TimeUnit.MINUTES.toNanos(30);
        while (System.nanoTime() < deadline) {
            KafkaStreams.State s = again.streams().state();
            if (s == KafkaStreams.State.RUNNING && runningAt < 0) {
                runningAt = System.nanoTime();
            }
            if (s != KafkaStreams.State.RUNNING) {
                runningAt = -1;
            }
            if (runningAt > 0 && watch.started() > 0 && watch.active() == 0) {
                break;
            }
            if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException("the restarted app failed: " + s);
            }
            Thread.sleep(20);
        }
        long readyAt = Math.max(runningAt, watch.lastEndNanos());
        double seconds = (readyAt - began) / 1e9;
        r.restoreSeconds = seconds;
        r.restoreEvents = events;
        out.printf("      %,d events (%,d timeline entries) restored in %.1f s (target for 1M events: ≤ 60 s); load %s%n", events,
                entries.getOrDefault(TimelineTopology.TIMELINES_STORE, 0L), seconds, Machine.loadAverage());
        out.printf("      %-16s %14s %14s %16s%n", "store", "entries", "records", "changelog MB");
        long bytes = 0;
        for (var e : watch.records().entrySet()) {
            long b = changelogBytes.getOrDefault(e.getKey(), 0L);
            bytes += b;
            out.printf("      %-16s %,14d %,14d %16.1f%n", e.getKey(), entries.getOrDefault(e.getKey(), -1L), e.getValue(), b / 1e6);
        }
        out.printf("      %-16s %14s %,14d %16.1f   (%d changelog partitions)%n", "all", "", watch.totalRecords(), bytes / 1e6,
                watch.changelogs().size());
        r.restoreRecords = watch.totalRecords();
        r.restoreMb = bytes / 1e6;
        return again;
    }

    /** Live events: created minus removed, as the merge step counted them. */
    private static long liveEvents(TimelineApp app) {
        return app.metrics().eventsCreated() - app.metrics().eventsRemoved();
    }

    /** Approximate entries per store (RocksDB's estimate), before the instance is stopped. */
    private static Map<String, Long> storeEntries(TimelineApp app) {
        Map<String, Long> out = new TreeMap<>();
        Set<String> stores = new java.util.TreeSet<>();
        for (TopologyDescription.Subtopology sub : app.topology().describe().subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Processor p) {
                    stores.addAll(p.stores());
                }
            }
        }
        for (String store : stores) {
            try {
                out.put(store, app.streams().store(StoreQueryParameters.fromNameAndType(store,
                        QueryableStoreTypes.<Object, Object>keyValueStore())).approximateNumEntries());
            } catch (RuntimeException e) {
                out.put(store, -1L);
            }
        }
        return out;
    }

    /** Bytes on the broker of each store's changelog topic. */
    private static Map<String, Long> changelogBytes(Admin admin) throws Exception {
        Map<String, Long> out = new HashMap<>();
        Map<Integer, Map<String, LogDirDescription>> dirs = admin.describeLogDirs(List.of(1)).allDescriptions().get(60, TimeUnit.SECONDS);
        String prefix = APP_ID + "-";
        for (Map<String, LogDirDescription> byDir : dirs.values()) {
            for (LogDirDescription d : byDir.values()) {
                for (Map.Entry<TopicPartition, ReplicaInfo> e : d.replicaInfos().entrySet()) {
                    String topic = e.getKey().topic();
                    if (topic.startsWith(prefix) && topic.endsWith("-changelog")) {
                        String store = topic.substring(prefix.length(), topic.length() - "-changelog".length());
                        out.merge(store, e.getValue().size(), Long::sum);
                    }
                }
            }
        }
        return out;
    }

    private static void awaitRunning(TimelineApp app) throws InterruptedException {
        if (!app.awaitRunning(Duration.ofMinutes(5))) {
            throw new IllegalStateException("the app did not reach RUNNING: " + app.streams().state());
        }
    }

    private DatelineConfig appConfig(String bootstrap, Path stateDir, int t) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(DatelineConfig.BOOTSTRAP_SERVERS, bootstrap);
        c.put(DatelineConfig.APPLICATION_ID, APP_ID);
        c.put(DatelineConfig.STATE_DIR, stateDir.toString());
        c.put(DatelineConfig.HTTP_HOST, "localhost");
        c.put(DatelineConfig.HTTP_PORT, "0");
        c.put(DatelineConfig.STREAM_THREADS, Integer.toString(t));
        c.put(DatelineConfig.PARTITIONS, Integer.toString(partitions));
        if (commitIntervalMs != null) {
            c.put("dateline.streams.commit.interval.ms", commitIntervalMs.toString());
        }
        if (cacheMb != null) {
            c.put("dateline.streams.statestore.cache.max.bytes", Long.toString(cacheMb * 1024L * 1024L));
        }
        if (compression != null) {
            c.put("dateline.streams.producer.compression.type", compression);
        }
        c.putAll(extra);
        return DatelineConfig.of(c);
    }

    private String settings(int n, int t) {
        List<String> s = new ArrayList<>();
        s.add(String.format(Locale.ROOT, "%,d articles", n));
        s.add(t + " threads");
        s.add(partitions + " partitions");
        s.add("commit " + (commitIntervalMs == null ? "100 ms (default)" : commitIntervalMs + " ms"));
        s.add("cache " + (cacheMb == null ? "10 MB (default)" : cacheMb + " MB"));
        s.add(compression == null ? "lz4" : compression);
        extra.forEach((k, v) -> s.add(k + "=" + v));
        if (!skip.isEmpty()) {
            s.add("skipped: " + String.join("/", skip.stream().sorted().toList()));
        }
        return String.join(", ", s);
    }

    private void printBuckets(ExtractionCeiling.Result e) {
        List<Integer> sizes = e.bucketSizes().values().stream().sorted(Comparator.reverseOrder()).toList();
        if (sizes.isEmpty()) {
            return;
        }
        out.printf("      bucket sizes (mentions per type|year): median %,d, 90th %,d, 99th %,d, max %,d%n",
                sizes.get(sizes.size() / 2), sizes.get(sizes.size() / 10), sizes.get(sizes.size() / 100), sizes.get(0));
    }

    private void step(String format, Object... args) {
        out.printf("%n[%s] " + format + "%n", Stream.concat(Stream.of(ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("HH:mm:ss"))), Stream.of(args)).toArray());
    }

    /** The figures of one run, and their row in the results table. */
    static final class Results {
        int articles;
        double bodyMb;
        double extraction;
        double passThrough;
        double endToEnd;
        double ratio = Double.NaN;
        double rate;
        double freshPeak;
        double p50 = -1;
        double p95 = -1;
        double p99 = -1;
        double replay;
        long events;
        double restoreSeconds = -1;
        long restoreEvents;
        long restoreRecords;
        double restoreMb;
        String profile = "";

        String row(String date, Machine m, String settings, String load) {
            return String.join(" | ", List.of("| " + date, m.commit(), settings + "; " + m.cores() + " cores, " + m.jvm(), load,
                    endToEnd <= 0 ? "—" : String.format(Locale.ROOT, "%,.0f art/s (%.1f MB/s)%s", endToEnd,
                            endToEnd * bodyMb / Math.max(1, articles), profile.isEmpty() ? "" : "; CPU: " + profile),
                    passThrough > 0 ? String.format(Locale.ROOT, "%,.0f art/s", passThrough) : "—",
                    extraction > 0 ? String.format(Locale.ROOT, "%,.0f art/s", extraction) : "—",
                    Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.2f", ratio),
                    p99 >= 0 ? String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms (%,.0f art/s%s)", p50, p95, p99, rate,
                            freshPeak > 0 ? String.format(Locale.ROOT, "; fresh peak %,.0f art/s", freshPeak) : "") : "—",
                    replay > 0 ? String.format(Locale.ROOT, "%,.0f art/s", replay) : "—",
                    restoreSeconds >= 0 ? String.format(Locale.ROOT, "%,d events (%,d records, %.0f MB) in %.1f s", restoreEvents,
                            restoreRecords, restoreMb, restoreSeconds) : "—")) + " |";
        }

    }

    /** The repository the bench runs in: the parent of {@code dateline.home}, else the working directory. */
    static Path repository() {
        String home = System.getProperty("dateline.home");
        if (home != null) {
            Path parent = Path.of(home).toAbsolutePath().normalize().getParent();
            if (parent != null && Files.isDirectory(parent.resolve("docs"))) {
                return parent;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    static Path home() {
        return Path.of(System.getProperty("dateline.home", ".dateline")).toAbsolutePath().normalize();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package dev.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dateline.config.DatelineConfig;
import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.Topics;
import dev.dateline.kafka.local.LocalKafka;
import dev.dateline.producer.ArticlePublisher;
import dev.dateline.producer.ArticleValidator;
import dev.dateline.producer.JsonLinesReader;
import dev.dateline.producer.PublishReport;
import dev.dateline.streams.app.TimelineApp;
import dev.dateline.streams.ops.CatchUp;
import dev.dateline.streams.ops.ConsumerLag;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline demo}: the whole pipeline on this machine — a real Kafka broker, the sample
 * articles published, the streams app run until it has caught up, the timelines printed — then
 * everything stopped (or left running with {@code --keep-running}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline locally: start a Kafka broker, publish the bundled sample articles, "
            + "run the streams app until it has caught up, print the timelines, and stop everything.")
public final class DemoCommand implements Callable<Integer> {

    static final String BUNDLED_SAMPLES = "/dev/dateline/samples/articles.jsonl";

    @Option(names = "--keep-running", description = "Leave the broker and the app running (Ctrl-C stops them).")
    boolean keepRunning;

    @Option(names = "--articles", paramLabel = "FILE", description = "JSON Lines articles to use instead of the bundled samples.")
    Path articles;

    @Option(names = "--entities", split = ",", paramLabel = "NAME",
            description = "Entities whose timelines to print (default: the ${DEFAULT-VALUE} with most events).")
    List<String> entities = new ArrayList<>();

    @Option(names = "--top", defaultValue = "6", description = "How many entities to print when --entities is not given (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the demo topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--http-port", defaultValue = "7070", description = "HTTP port of the app, if free (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--reader", description = "Refine the rules' events with the bundled fine-tuned reader.")
    boolean reader;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        long begin = System.nanoTime();
        Path dir = Dateline.home().resolve("demo");
        Files.deleteTree(dir);
        out.println("Dateline demo — everything runs on this machine; state in " + dir);

        step(1, "Starting a Kafka broker (KRaft, single node, its own JVM)");
        LocalKafka kafka = LocalKafka.builder(dir.resolve("kafka")).shutdownHook(false).build();
        TimelineApp[] app = new TimelineApp[1];
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopAll(app[0], kafka);
            done.countDown();
        }, "dateline-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        kafka.start();
        out.printf("      ready at %s in %.1f s%n", kafka.bootstrapServers(), seconds(kafka.lastStartTime()));

        step(2, "Creating topics");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            TopicAdmin.ensure(admin, Topics.all(partitions, (short) 1));
        }
        out.printf("      %s, %s (%d partitions); %s, %s (compacted)%n", Topics.ARTICLES, Topics.ARTICLES_DLQ, partitions,
                Topics.TIMELINE_EVENTS, Topics.TIMELINE_UPDATES);

        step(3, "Publishing " + (articles == null ? "the bundled sample articles" : articles));
        PublishReport report;
        try (ArticlePublisher publisher = new ArticlePublisher(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                Topics.ARTICLES, ArticleValidator.DEFAULT_MAX_BODY_BYTES);
             JsonLinesReader reader = new JsonLinesReader(new BufferedReader(new InputStreamReader(openArticles(),
                     StandardCharsets.UTF_8)), articles == null ? "samples/articles.jsonl" : articles.toString())) {
            report = publisher.publish(reader, r -> out.println("      skipped " + r.message()));
        }
        out.println("      " + report.summary());

        step(4, "Running the streams app until it has caught up");
        DatelineConfig config = DatelineConfig.of(Map.of(
                DatelineConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                DatelineConfig.APPLICATION_ID, "dateline-demo",
                DatelineConfig.STATE_DIR, dir.resolve("state").toString(),
                DatelineConfig.HTTP_PORT, Integer.toString(free(httpPort) ? httpPort : 0),
                DatelineConfig.HTTP_HOST, "localhost",
                DatelineConfig.READER, reader ? "bundled" : "off"));
        long appBegin = System.nanoTime();
        app[0] = new TimelineApp(config, ServeCommand.engine(config)).start();
        if (!app[0].awaitRunning(Duration.ofSeconds(120))) {
            throw new IllegalStateException("the streams app did not reach RUNNING (state " + app[0].streams().state() + ")");
        }
        Properties clientProps = new Properties();
        clientProps.put("bootstrap.servers", kafka.bootstrapServers());
        List<ConsumerLag.PartitionLag> lag;
        try (Admin admin = Admin.create(clientProps)) {
            lag = CatchUp.await(admin, clientProps, app[0].applicationId(), Duration.ofMinutes(3));
        }
        if (ConsumerLag.total(lag) > 0) {
            throw new IllegalStateException("the app did not catch up within 3 minutes; " + ConsumerLag.total(lag) + " records left");
        }
        out.printf("      caught up in %.1f s: %d articles read, %d event mentions extracted, %d events%n",
                (System.nanoTime() - appBegin) / 1e9, app[0].metrics().articlesProcessed(),
                app[0].metrics().mentionsExtracted(), app[0].metrics().eventsCreated() - app[0].metrics().eventsRemoved());

        step(5, "Timelines, from the app's HTTP API at http://localhost:" + app[0].httpPort());
        printTimelines(new ApiClient("http://localhost:" + app[0].httpPort()));

        if (keepRunning) {
            out.printf("%nThe broker (%s) and the app (http://localhost:%d) keep running.%n", kafka.bootstrapServers(),
                    app[0].httpPort());
            out.printf("Open the timelines in a browser: http://localhost:%d/%n", app[0].httpPort());
            out.println("Or try:");
            out.printf("  ./dateline timeline 'North Korea' --url http://localhost:%d%n", app[0].httpPort());
            out.printf("  curl 'http://localhost:%d/entities?q=korea'%n", app[0].httpPort());
            out.println("Ctrl-C stops both.");
            done.await();
            return 0;
        }
        out.println();
        out.print("Stopping the app and the broker… ");
        Runtime.getRuntime().removeShutdownHook(hook);
        stopAll(app[0], kafka);
        out.printf("done. The demo took %.1f s.%n", (System.nanoTime() - begin) / 1e9);
        return 0;
    }

    private void printTimelines(ApiClient api) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>(entities);
        if (names.isEmpty()) {
            JsonNode list = api.get("/entities?limit=" + top);
            list.path("entities").forEach(e -> names.add(e.path("name").asText()));
        }
        for (String name : names) {
            TimelinePrinter.print(out, api.get("/timelines/" + ApiClient.encode(name)));
        }
    }

    private InputStream openArticles() throws IOException {
        if (articles != null) {
            return java.nio.file.Files.newInputStream(articles);
        }
        InputStream in = DemoCommand.class.getResourceAsStream(BUNDLED_SAMPLES);
        if (in == null) {
            throw new IOException("the bundled sample articles are missing from this build");
        }
        return in;
    }

    private static void stopAll(TimelineApp app, LocalKafka kafka) {
        if (app != null) {
            app.close();
        }
        kafka.stop();
    }

    private void step(int n, String what) {
        out.printf("[%d/5] %s%n", n, what);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static boolean free(int port) {
        try {
            new ServerSocket(port).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

package dev.dateline.streams.web;

import dev.dateline.kafka.TopicAdmin;
import dev.dateline.kafka.Topics;
import dev.dateline.kafka.local.LocalKafka;
import dev.dateline.producer.PublishReport;
import dev.dateline.streams.app.TimelineApp;
import dev.dateline.streams.it.AppHarness;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/** The web view's test fixture: the local child-JVM broker, the sample articles published, one app instance caught up with them. */
final class WebHarness implements AutoCloseable {

    final LocalKafka kafka;
    final TimelineApp app;

    private WebHarness(LocalKafka kafka, TimelineApp app) {
        this.kafka = kafka;
        this.app = app;
    }

    /** Starts a broker in {@code dir}, publishes the samples and starts an app that has read them. */
    static WebHarness start(Path dir, Map<String, String> extraConfig) throws Exception {
        LocalKafka kafka = LocalKafka.builder(dir.resolve("kafka")).build().start();
        try {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                TopicAdmin.ensure(admin, Topics.all(3, (short) 1));
            }
            AppHarness.publish(kafka.bootstrapServers(), Topics.ARTICLES, AppHarness.sampleLines());
            TimelineApp app = startApp(kafka.bootstrapServers(), dir.resolve("state"), extraConfig);
            WebHarness h = new WebHarness(kafka, app);
            if (!app.awaitRunning(Duration.ofSeconds(120))) {
                h.close();
                throw new AssertionError("the app did not reach RUNNING: " + app.streams().state());
            }
            h.awaitCaughtUp();
            return h;
        } catch (Exception | AssertionError e) {
            kafka.close();
            throw e;
        }
    }

    static TimelineApp startApp(String bootstrap, Path stateDir, Map<String, String> extraConfig) throws IOException {
        return AppHarness.startApp(bootstrap, "web-it", stateDir, extraConfig);
    }

    String baseUrl() {
        return "http://localhost:" + app.httpPort();
    }

    PublishReport publish(List<String> jsonLines) throws IOException {
        return AppHarness.publish(kafka.bootstrapServers(), Topics.ARTICLES, jsonLines);
    }

    void awaitCaughtUp() throws InterruptedException {
        AppHarness.awaitCaughtUp(kafka.bootstrapServers(), app);
    }

    @Override
    public void close() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            kafka.close();
        }
    }
}

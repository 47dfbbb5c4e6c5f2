package dev.dateline.streams.it;

import static dev.dateline.streams.it.AppHarness.encode;
import static dev.dateline.streams.it.AppHarness.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dateline.kafka.Topics;
import dev.dateline.producer.PublishReport;
import dev.dateline.streams.app.TimelineApp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.processor.TaskId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app on a real broker with the sample articles. Run against the local child-JVM broker
 * ({@link TimelineAppIT}) and, where Docker exists, against a Testcontainers broker.
 */
abstract class TimelineScenarios {

    @TempDir
    Path dir;

    /** Bootstrap servers of the broker under test. */
    abstract String bootstrap();

    @Test
    void twoInstancesShareTheWorkAnswerForEachOtherAndARestartedOneRestoresItsStores() throws Exception {
        AppHarness.createTopics(bootstrap(), 3, Topics.ARTICLES, "");
        PublishReport report = AppHarness.publish(bootstrap(), Topics.ARTICLES, AppHarness.sampleLines());
        assertThat(report.failed()).isZero();

        TimelineApp a = AppHarness.startApp(bootstrap(), "it-pair", dir.resolve("a"), Topics.ARTICLES, "");
        TimelineApp b = AppHarness.startApp(bootstrap(), "it-pair", dir.resolve("b"), Topics.ARTICLES, "");
        try {
            awaitRunning(a, b);
            AppHarness.awaitCaughtUp(bootstrap(), a);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !tasks(a).isEmpty() && !tasks(b).isEmpty());
            assertThat(tasks(a)).as("the instances split the partitions").doesNotContainAnyElementsOf(tasks(b));

            JsonNode entities = get(a, "/entities?limit=1000").body();
            assertThat(entities.path("partial").asBoolean()).isFalse();
            assertThat(get(b, "/entities?limit=1000").body()).isEqualTo(entities);

            Map<String, JsonNode> snapshot = timelines(a, entities);
            assertThat(snapshot).hasSizeGreaterThan(5);
            assertThat(timelines(b, entities)).as("each instance answers for keys the other owns").isEqualTo(snapshot);

            JsonNode northKorea = get(b, "/timelines/" + encode("dprk")).body();
            assertThat(northKorea.path("entity").path("name").asText()).isEqualTo("North Korea");
            Set<String> years = new TreeSet<>();
            northKorea.path("events").forEach(e -> years.add(e.path("startDay").asText().substring(0, 4)));
            assertThat(years).as("the Korean-peninsula story's 2006, 2018 and 2019 events").contains("2006", "2018", "2019");
            String someEvent = northKorea.path("events").get(0).path("id").asText();
            assertThat(get(a, "/events/" + someEvent).body()).isEqualTo(get(b, "/events/" + someEvent).body());

            a.close();
            Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> b.streams().state() == KafkaStreams.State.RUNNING
                    && tasks(b).size() == tasks(b).size() + 0 && get(b, "/health/ready").status() == 200);
            assertThat(timelines(b, entities)).as("the survivor took over every partition").isEqualTo(snapshot);

            TimelineApp a2 = AppHarness.startApp(bootstrap(), "it-pair", dir.resolve("a"), Topics.ARTICLES, "");
            try {
                awaitRunning(a2, b);
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !tasks(a2).isEmpty());
                assertThat(timelines(a2, entities)).as("restored from the changelogs").isEqualTo(snapshot);
                assertThat(timelines(b, entities)).isEqualTo(snapshot);
            } finally {
                a2.close();
            }
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void shuffledDeliveryWithDuplicatesGivesTheSameTimelinesAsInOrderDelivery() throws Exception {
        AppHarness.createTopics(bootstrap(), 3, "ordered-articles", "-ordered");
        AppHarness.createTopics(bootstrap(), 3, "shuffled-articles", "-shuffled");
        List<String> lines = AppHarness.sampleLines();
        AppHarness.publish(bootstrap(), "ordered-articles", lines);
        List<String> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(2024));
        shuffled.addAll(shuffled.subList(0, 4));
        for (String line : shuffled) {
            AppHarness.publish(bootstrap(), "shuffled-articles", List.of(line));
        }

        TimelineApp ordered = AppHarness.startApp(bootstrap(), "it-ordered", dir.resolve("o"), "ordered-articles", "-ordered");
        TimelineApp mixed = AppHarness.startApp(bootstrap(), "it-shuffled", dir.resolve("s"), "shuffled-articles", "-shuffled");
        try {
            awaitRunning(ordered, mixed);
            AppHarness.awaitCaughtUp(bootstrap(), ordered);
            AppHarness.awaitCaughtUp(bootstrap(), mixed);
            JsonNode entities = get(ordered, "/entities?limit=1000").body();
            assertThat(get(mixed, "/entities?limit=1000").body()).isEqualTo(entities);
            assertThat(timelines(mixed, entities)).isEqualTo(timelines(ordered, entities));
        } finally {
            ordered.close();
            mixed.close();
        }
    }

    private static void awaitRunning(TimelineApp... apps) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            for (TimelineApp app : apps) {
                if (app.streams().state() != KafkaStreams.State.RUNNING) {
                    return false;
                }
            }
            return true;
        });
    }

    private static Set<TaskId> tasks(TimelineApp app) {
        Set<TaskId> ids = new TreeSet<>();
        app.streams().metadataForLocalThreads().forEach(t -> t.activeTasks().forEach(task -> ids.add(task.taskId())));
        return ids;
    }

    private static Map<String, JsonNode> timelines(TimelineApp app, JsonNode entities) throws Exception {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode e : entities.path("entities")) {
            String name = e.path("name").asText();
            AppHarness.Reply r = get(app, "/timelines/" + encode(name));
            assertThat(r.status()).as("timeline of %s: %s", name, r.body()).isEqualTo(200);
            out.put(name, r.body());
        }
        return out;
    }
}

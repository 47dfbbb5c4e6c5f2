package dev.dateline.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.kafka.Topics;
import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.ChangeKind;
import dev.dateline.schema.Entity;
import dev.dateline.schema.EntitySummary;
import dev.dateline.schema.SourceRef;
import dev.dateline.schema.TimelineEvent;
import dev.dateline.schema.TimelineUpdate;
import dev.dateline.schema.serde.AvroSerde;
import dev.dateline.schema.serde.DatelineSerdes;
import dev.dateline.streams.app.DeadLetterDeserializationHandler;
import dev.dateline.streams.app.DeadLetterProcessingHandler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimelineTopologyTest {

    private static final AvroSerde<ArticleEvent> ARTICLES = DatelineSerdes.articleEvent();
    private static final AvroSerde<TimelineEvent> EVENTS = DatelineSerdes.timelineEvent();
    private static final AvroSerde<TimelineUpdate> UPDATES = DatelineSerdes.timelineUpdate();

    private TopologyTestDriver driver;
    private TestInputTopic<String, ArticleEvent> articles;
    private TestOutputTopic<String, TimelineEvent> timelineEvents;
    private TestOutputTopic<String, TimelineUpdate> timelineUpdates;

    @BeforeEach
    void start() {
        driver = newDriver();
        articles = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), ARTICLES.serializer());
        timelineEvents = driver.createOutputTopic(Topics.TIMELINE_EVENTS, new StringDeserializer(), EVENTS.deserializer());
        timelineUpdates = driver.createOutputTopic(Topics.TIMELINE_UPDATES, new StringDeserializer(), UPDATES.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    static TopologyTestDriver newDriver() {
        TimelineTopology.Settings settings = new TimelineTopology.Settings(new ScriptedMentions(), new TopologyMetrics(),
                Topics.ARTICLES, "");
        return new TopologyTestDriver(TimelineTopology.build(settings), driverProperties());
    }

    /** The app's settings as the test driver needs them: exactly named resources, the dead-letter handlers, a fresh state dir. */
    static Properties driverProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dateline-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.ARTICLES_DLQ);
        try {
            // under target/, not the system temp dir: the driver deletes its stores on close but not this folder
            java.nio.file.Path parent = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "ttd"));
            props.put(StreamsConfig.STATE_DIR_CONFIG, java.nio.file.Files.createTempDirectory(parent, "state").toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return props;
    }

    static ArticleEvent article(String id, String published, String body) {
        return article(id, published, 0, body);
    }

    static ArticleEvent article(String id, String published, long revision, String body) {
        return ArticleEvent.newBuilder()
                .setId(id).setUrl("https://news.example/" + id).setSource("Test Wire").setTitle("Article " + id)
                .setBody(body).setPublished(Instant.parse(published)).setRevision(revision).setTimezone("Z")
                .build();
    }

    private void publish(ArticleEvent a) {
        articles.pipeInput(a.getId(), a, a.getPublished());
    }

    private List<TimelineEvent> events() {
        KeyValueStore<String, TimelineEvent> store = driver.getKeyValueStore(TimelineTopology.EVENTS_STORE);
        List<TimelineEvent> out = new ArrayList<>();
        try (KeyValueIterator<String, TimelineEvent> it = store.all()) {
            it.forEachRemaining(kv -> out.add(kv.value));
        }
        out.sort((a, b) -> a.getStartDay().compareTo(b.getStartDay()) != 0
                ? a.getStartDay().compareTo(b.getStartDay()) : a.getId().compareTo(b.getId()));
        return out;
    }

    private static List<String> sourceIds(TimelineEvent e) {
        return e.getSources().stream().map(SourceRef::getArticleId).toList();
    }

    @Test
    void mergesOneEventReportedByThreeArticlesAndTheFinestDateWins() {
        publish(article("a", "2023-11-22T00:00:00Z", "SUMMIT 2018 Donald_Trump,Kim_Jong-un"));
        publish(article("b", "2023-12-05T00:00:00Z", "SUMMIT 2018-06-12 Kim_Jong-un @Singapore"));
        publish(article("c", "2024-01-10T00:00:00Z", "SUMMIT 2018-06 Donald_Trump @Singapore"));

        assertThat(events()).singleElement().satisfies(e -> {
            assertThat(e.getDate()).isEqualTo("2018-06-12");
            assertThat(e.getStartDay()).isEqualTo(LocalDate.of(2018, 6, 12));
            assertThat(sourceIds(e)).containsExactly("a", "b", "c");
            assertThat(e.getActors()).as("equally frequent actors keep the order of the finest mention first")
                    .extracting(Entity::getName).containsExactly("Kim Jong-un", "Donald Trump");
            assertThat(e.getLocation().getName()).isEqualTo("Singapore");
            assertThat(e.getFirstSeen()).isEqualTo(Instant.parse("2023-11-22T00:00:00Z"));
            assertThat(e.getLastSeen()).isEqualTo(Instant.parse("2024-01-10T00:00:00Z"));
            assertThat(e.getConfidence()).isEqualTo(0.936);
        });
    }

    @Test
    void keepsApartEventsOnOtherDaysInOtherPlacesWithoutSharedActorsOrOfAnotherModality() {
        publish(article("a", "2023-11-22T00:00:00Z", String.join("\n",
                "SUMMIT 2018-06-12 Kim_Jong-un @Singapore",
                "SUMMIT 2018-04-27 Kim_Jong-un,Moon_Jae-in @Panmunjom",
                "SUMMIT 2018-06-12 Justin_Trudeau",
                "SUMMIT 2018-06-12 Kim_Jong-un HYPOTHETICAL")));
        publish(article("b", "2023-11-23T00:00:00Z", "SUMMIT 2018 Kim_Jong-un,Moon_Jae-in"));

        List<TimelineEvent> events = events();
        assertThat(events).hasSize(4);
        assertThat(events).filteredOn(e -> e.getLocation() != null && e.getLocation().getName().equals("Panmunjom"))
                .singleElement().satisfies(e -> assertThat(sourceIds(e)).as("joins the event it shares most actors with")
                        .containsExactly("a", "b"));
    }

    @Test
    void eventIdStaysWhenLaterArticlesRefineTheEvent() {
        publish(article("a", "2023-11-22T00:00:00Z", "NUCLEAR_TEST 2006 North_Korea"));
        String id = events().get(0).getId();
        publish(article("b", "2023-12-01T00:00:00Z", "NUCLEAR_TEST 2006-10-09 North_Korea @Punggye-ri"));

        assertThat(events()).singleElement().satisfies(e -> {
            assertThat(e.getId()).isEqualTo(id);
            assertThat(e.getDate()).isEqualTo("2006-10-09");
        });
        List<KeyValue<String, TimelineEvent>> out = timelineEvents.readKeyValuesToList();
        assertThat(out).extracting(kv -> kv.key).containsOnly(id);
        assertThat(out.get(out.size() - 1).value.getDate()).isEqualTo("2006-10-09");
    }

    @Test
    void anEarlierPublishedArticleReKeysTheEventWithATombstoneForTheOldId() {
        publish(article("late", "2024-01-01T00:00:00Z", "NUCLEAR_TEST 2006 North_Korea"));
        String oldId = events().get(0).getId();
        publish(article("early", "2006-10-09T12:00:00Z", "NUCLEAR_TEST 2006-10-09 North_Korea"));

        TimelineEvent merged = events().get(0);
        assertThat(merged.getId()).isNotEqualTo(oldId);
        assertThat(sourceIds(merged)).containsExactly("early", "late");
        Map<String, TimelineEvent> latest = latestByKey(timelineEvents.readRecordsToList());
        assertThat(latest).containsEntry(oldId, null).containsEntry(merged.getId(), merged);
    }

    @Test
    void aNewRevisionRetractsWhatTheEarlierRevisionContributed() {
        publish(article("a", "2023-11-22T00:00:00Z", "SUMMIT 2018-06-12 Kim_Jong-un @Singapore"));
        publish(article("b", "2023-11-23T00:00:00Z", "SUMMIT 2018 Kim_Jong-un"));
        publish(article("b", "2023-11-23T00:00:00Z", 1, "SUMMIT 2019-02-27 Kim_Jong-un @Hanoi"));

        List<TimelineEvent> events = events();
        assertThat(events).hasSize(2);
        assertThat(sourceIds(events.get(0))).containsExactly("a");
        assertThat(events.get(1).getDate()).isEqualTo("2019-02-27");
        assertThat(sourceIds(events.get(1))).containsExactly("b");
    }

    @Test
    void anOlderRevisionArrivingLateIsIgnored() {
        publish(article("a", "2023-11-22T00:00:00Z", 2, "SUMMIT 2019-02-27 Kim_Jong-un @Hanoi"));
        publish(article("a", "2023-11-22T00:00:00Z", 1, "SUMMIT 2018-06-12 Kim_Jong-un @Singapore"));

        assertThat(events()).singleElement().extracting(TimelineEvent::getDate).isEqualTo("2019-02-27");
    }

    @Test
    void deliveringTheSameArticleTwiceChangesNothing() {
        ArticleEvent a = article("a", "2023-11-22T00:00:00Z", "SUMMIT 2018-06-12 Kim_Jong-un @Singapore");
        publish(a);
        List<TimelineEvent> before = events();
        timelineEvents.readRecordsToList();
        timelineUpdates.readRecordsToList();

        publish(a);

        assertThat(events()).isEqualTo(before);
        assertThat(timelineEvents.isEmpty()).isTrue();
        assertThat(timelineUpdates.isEmpty()).isTrue();
    }

    @Test
    void anEventLeftWithoutSourcesIsDeletedDownstream() {
        publish(article("a", "2023-11-22T00:00:00Z", "NUCLEAR_TEST 2006-10-09 North_Korea"));
        String id = events().get(0).getId();
        timelineUpdates.readRecordsToList();

        articles.pipeInput("a", null, Instant.parse("2023-12-01T00:00:00Z"));

        assertThat(events()).isEmpty();
        assertThat(latestByKey(timelineEvents.readRecordsToList())).containsEntry(id, null);
        List<TestRecord<String, TimelineUpdate>> updates = timelineUpdates.readRecordsToList();
        assertThat(updates).hasSize(2);
        assertThat(updates.get(0).value().getChange()).isEqualTo(ChangeKind.REMOVED);
        assertThat(updates.get(0).key()).isEqualTo("north korea|" + id);
        assertThat(updates.get(1).value()).as("tombstone after REMOVED").isNull();
        KeyValueStore<String, EntitySummary> entities = driver.getKeyValueStore(TimelineTopology.ENTITIES_STORE);
        assertThat(entities.get("north korea")).isNull();
    }

    @Test
    void timelinesAreSortedByDateAndRangeScannablePerEntity() {
        publish(article("a", "2023-11-22T00:00:00Z", String.join("\n",
                "SUMMIT 2019-02-27 Kim_Jong-un @Hanoi",
                "NUCLEAR_TEST 2006-10-09 Kim_Jong-un",
                "SUMMIT 2018-06-12 Kim_Jong-un @Singapore",
                "SUMMIT 2018-06-12 Someone_Else @Ottawa")));
        KeyValueStore<String, TimelineEvent> timelines = driver.getKeyValueStore(TimelineTopology.TIMELINES_STORE);
        List<String> all = new ArrayList<>();
        try (KeyValueIterator<String, TimelineEvent> it = timelines.range(TimelineKeys.first("kim jong-un"), TimelineKeys.last("kim jong-un"))) {
            it.forEachRemaining(kv -> all.add(kv.value.getDate()));
        }
        assertThat(all).containsExactly("2006-10-09", "2018-06-12", "2019-02-27");
        List<String> slice = new ArrayList<>();
        try (KeyValueIterator<String, TimelineEvent> it = timelines.range(
                TimelineKeys.from("kim jong-un", LocalDate.of(2018, 1, 1)), TimelineKeys.to("kim jong-un", LocalDate.of(2018, 12, 31)))) {
            it.forEachRemaining(kv -> slice.add(kv.value.getDate()));
        }
        assertThat(slice).containsExactly("2018-06-12");
        KeyValueStore<String, EntitySummary> entities = driver.getKeyValueStore(TimelineTopology.ENTITIES_STORE);
        assertThat(entities.get("kim jong-un").getEventCount()).isEqualTo(3);
        assertThat(entities.get("kim jong-un").getFirstDay()).isEqualTo(LocalDate.of(2006, 10, 9));
    }

    @Test
    void anEventCarriesAtMostTwentySourcesAndTheStoreKeepsEveryOne() {
        for (int i = 0; i < 30; i++) {
            publish(article(String.format("s%02d", i), String.format("2024-01-%02dT00:00:00Z", i + 1),
                    i == 17 ? "SUMMIT 2018-06-12 Kim_Jong-un @Singapore" : "SUMMIT 2018-06 Kim_Jong-un @Singapore"));
        }
        TimelineEvent e = events().get(0);
        assertThat(e.getSourceCount()).isEqualTo(30);
        assertThat(e.getDate()).as("the finest date, from s17").isEqualTo("2018-06-12");
        assertThat(sourceIds(e)).as("the 12 earliest, the one with the finest date, the latest").hasSize(20)
                .startsWith("s00", "s01", "s02").contains("s17", "s29").doesNotContain("s12", "s22");
        assertThat(allSources(e)).hasSize(30);

        for (int i = 0; i < 5; i++) {
            articles.pipeInput(String.format("s%02d", i), null, Instant.parse("2024-03-01T00:00:00Z"));
        }
        TimelineEvent after = events().get(0);
        assertThat(after.getSourceCount()).isEqualTo(25);
        assertThat(sourceIds(after)).startsWith("s05");
        assertThat(allSources(after)).hasSize(25).noneMatch(s -> s.startsWith("s00"));
    }

    private List<String> allSources(TimelineEvent e) {
        KeyValueStore<String, SourceRef> store = driver.getKeyValueStore(TimelineTopology.EVENT_SOURCES_STORE);
        List<String> out = new ArrayList<>();
        String prefix = Mentions.bucket(e.getType(), e.getGranularity(), e.getStartDay()) + "\u0000" + e.getId() + "\u0000";
        try (KeyValueIterator<String, SourceRef> it = store.prefixScan(prefix, new StringSerializer())) {
            it.forEachRemaining(kv -> out.add(kv.value.getArticleId()));
        }
        return out;
    }

    @Test
    void outputTimestampsArePublicationTimesNotArrivalTimes() {
        ArticleEvent a = article("a", "2023-11-22T00:00:00Z", "NUCLEAR_TEST 2006-10-09 North_Korea");
        articles.pipeInput(a.getId(), a, Instant.parse("2025-01-01T00:00:00Z"));

        assertThat(timelineUpdates.readRecordsToList()).allSatisfy(r ->
                assertThat(r.timestamp()).isEqualTo(Instant.parse("2023-11-22T00:00:00Z").toEpochMilli()));
    }

    @Test
    void shuffledDeliveryEndsInTheSameTimelineAsInOrderDelivery() {
        List<ArticleEvent> corpus = List.of(
                article("a", "2023-11-22T00:00:00Z", "SUMMIT 2018 Donald_Trump,Kim_Jong-un\nNUCLEAR_TEST 2006 North_Korea"),
                article("b", "2023-12-05T00:00:00Z", "SUMMIT 2018-06-12 Kim_Jong-un @Singapore\nSUMMIT 2019 Kim_Jong-un @Hanoi"),
                article("c", "2024-01-10T00:00:00Z", "SUMMIT 2018-06 Donald_Trump @Singapore\nNUCLEAR_TEST 2006-10-09 North_Korea"),
                article("d", "2024-02-01T00:00:00Z", "SUMMIT 2019-02-27 Donald_Trump,Kim_Jong-un @Hanoi\nSUMMIT 2018-04-27 Kim_Jong-un @Panmunjom"),
                article("b", "2023-12-05T00:00:00Z", 1, "SUMMIT 2018-06-12 Kim_Jong-un @Singapore"),
                article("e", "2024-03-01T00:00:00Z", "SUMMIT 2018 Kim_Jong-un,Moon_Jae-in"));
        for (ArticleEvent a : corpus) {
            publish(a);
        }
        List<TimelineEvent> inOrder = events();
        // the 2006 test; Singapore and Panmunjom in 2018; Hanoi in 2019 (b's Hanoi line was revised away)
        assertThat(inOrder).extracting(TimelineEvent::getDate).containsExactly("2006-10-09", "2018-04-27", "2018-06-12", "2019-02-27");

        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<ArticleEvent> shuffled = new ArrayList<>(corpus);
            Collections.shuffle(shuffled, random);
            try (TopologyTestDriver other = newDriver()) {
                TestInputTopic<String, ArticleEvent> in = other.createInputTopic(Topics.ARTICLES, new StringSerializer(), ARTICLES.serializer());
                shuffled.forEach(a -> in.pipeInput(a.getId(), a, a.getPublished()));
                KeyValueStore<String, TimelineEvent> store = other.getKeyValueStore(TimelineTopology.EVENTS_STORE);
                Map<String, TimelineEvent> byId = new TreeMap<>();
                try (KeyValueIterator<String, TimelineEvent> it = store.all()) {
                    it.forEachRemaining(kv -> byId.put(kv.key, kv.value));
                }
                assertThat(byId.values()).as("round %d: %s", round, shuffled.stream().map(ArticleEvent::getId).toList())
                        .containsExactlyInAnyOrderElementsOf(inOrder);
            }
        }
    }

    @Test
    void undecodableAndInvalidArticlesGoToTheDeadLetterTopicAndProcessingContinues() {
        TestInputTopic<String, byte[]> raw = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(), new ByteArraySerializer());
        raw.pipeInput("junk", "not avro at all".getBytes(StandardCharsets.UTF_8));
        publish(article("empty", "2023-11-22T00:00:00Z", "   "));
        ArticleEvent wrongKey = article("real-id", "2023-11-22T00:00:00Z", "NUCLEAR_TEST 2006 North_Korea");
        articles.pipeInput("other-id", wrongKey);
        publish(article("fine", "2023-11-22T00:00:00Z", "NUCLEAR_TEST 2006-10-09 North_Korea"));

        TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(Topics.ARTICLES_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).hasSize(3);
        assertThat(header(dead.get(0), "__streams.errors.exception")).isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(header(dead.get(0), "__streams.errors.message")).contains("not Avro single-object encoding");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).as("the record as it came").isEqualTo("not avro at all");
        assertThat(header(dead.get(1), "__streams.errors.message")).isEqualTo("article 'empty' has an empty body");
        assertThat(header(dead.get(2), "__streams.errors.message")).isEqualTo("record key 'other-id' is not the article id 'real-id'");
        assertThat(header(dead.get(2), "__streams.errors.topic")).isEqualTo(Topics.ARTICLES);
        assertThat(events()).singleElement().extracting(TimelineEvent::getDate).isEqualTo("2006-10-09");
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static <V> Map<String, V> latestByKey(List<TestRecord<String, V>> records) {
        Map<String, V> latest = new LinkedHashMap<>();
        records.forEach(r -> latest.put(r.key(), r.value()));
        return latest;
    }
}

package dev.dateline.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.extraction.Extractor;
import dev.dateline.kafka.Topics;
import dev.dateline.reader.EventReader;
import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.SourceRef;
import dev.dateline.schema.TimelineEvent;
import dev.dateline.schema.serde.DatelineSerdes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The topology with the fine-tuned reader after the rules, as {@code dateline serve --reader} runs it. */
class ReaderTopologyTest {

    private static final String CAMP_DAVID = "President Biden hosted the leaders of Japan and South Korea at Camp David "
            + "on 18 August 2023, where the three agreed to hold joint drills every year.";
    private static final String EARTHQUAKE = "A magnitude 6.2 earthquake struck central Italy on 24 August 2016, "
            + "killing nearly 300 people. Rescue teams searched the rubble of Amatrice for days.";

    private static EventReader reader;

    @BeforeAll
    static void load() {
        reader = EventReader.bundled();
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    private static Map<String, TimelineEvent> run(Extractor extractor, List<ArticleEvent> articles) {
        try (TopologyTestDriver driver = new TopologyTestDriver(
                TimelineTopology.build(TimelineTopology.Settings.of(extractor)), TimelineTopologyTest.driverProperties())) {
            TestInputTopic<String, ArticleEvent> in = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(),
                    DatelineSerdes.articleEvent().serializer());
            articles.forEach(a -> in.pipeInput(a.getId(), a, a.getPublished()));
            KeyValueStore<String, TimelineEvent> store = driver.getKeyValueStore(TimelineTopology.EVENTS_STORE);
            Map<String, TimelineEvent> byId = new TreeMap<>();
            try (KeyValueIterator<String, TimelineEvent> it = store.all()) {
                it.forEachRemaining(kv -> byId.put(kv.key, kv.value));
            }
            return byId;
        }
    }

    @Test
    void theReadersTypeReachesTheTimelineWhereTheRulesChoseAnother() {
        List<ArticleEvent> one = List.of(TimelineTopologyTest.article("camp-david", "2024-06-10T08:00:00Z", CAMP_DAVID));

        Map<String, TimelineEvent> rules = run(Extractor.create(), one);
        Map<String, TimelineEvent> read = run(reader.on(Extractor.create()), one);

        assertThat(rules.values()).extracting(TimelineEvent::getType).containsExactly("MEETING");
        // the reader may see more than one event in the sentence; the rules' type it doubts is gone, its own is there
        assertThat(read.values()).extracting(TimelineEvent::getType).contains("SUMMIT").doesNotContain("MEETING");
        assertThat(read.values()).filteredOn(e -> e.getType().equals("SUMMIT")).singleElement().satisfies(e -> {
            assertThat(e.getDate()).isEqualTo("2023-08-18");
            assertThat(e.getTitle()).contains("summit");
            assertThat(e.getActors()).extracting(dev.dateline.schema.Entity::getName).contains("Japan", "South Korea");
        });
    }

    @Test
    void aReplayInAnotherOrderWithOtherArticlesGivesTheSameEvents() {
        ArticleEvent a = TimelineTopologyTest.article("camp-david", "2024-06-10T08:00:00Z", CAMP_DAVID);
        ArticleEvent b = TimelineTopologyTest.article("amatrice", "2024-06-11T08:00:00Z", EARTHQUAKE);
        ArticleEvent c = TimelineTopologyTest.article("both", "2024-06-12T08:00:00Z", EARTHQUAKE + " " + CAMP_DAVID);
        Extractor extractor = reader.on(Extractor.create());

        Map<String, TimelineEvent> first = run(extractor, List.of(a, b, c));
        Map<String, TimelineEvent> again = run(extractor, List.of(c, b, a, c, a));

        assertThat(first).isNotEmpty();
        assertThat(again).isEqualTo(first);
        assertThat(first.values()).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo("SUMMIT");
            assertThat(e.getSources()).extracting(SourceRef::getArticleId).containsExactlyInAnyOrder("camp-david", "both");
        });
    }
}

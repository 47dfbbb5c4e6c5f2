package dev.dateline.bench.e2e;

import dev.dateline.bench.corpus.CorpusGenerator;
import dev.dateline.extraction.Extractor;
import dev.dateline.kafka.Topics;
import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.EventMention;
import dev.dateline.schema.serde.AvroSerde;
import dev.dateline.streams.topology.Mentions;
import dev.dateline.streams.topology.TimelineTopology;
import dev.dateline.streams.topology.TopologyMetrics;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The topology's own work after extraction, without brokers, network or transactions: the corpus's
 * mentions are extracted first, then every article goes through the real topology in Kafka
 * Streams' {@code TopologyTestDriver} (real serdes, RocksDB stores, repartitions as in-memory
 * hops) with extraction replaced by a lookup of those mentions. It prints the thread CPU per
 * article and the records written per article to each output, so a change to the merge step or the
 * fan-out can be compared on one core in a minute, unaffected by what else the machine runs:
 * {@code java -cp 'bench/target/classes:bench/target/lib/*' dev.dateline.bench.e2e.TopologyReplay 3000}.
 */
public final class TopologyReplay {

    private TopologyReplay() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length == 0 ? 3000 : Integer.parseInt(args[0]);
        CorpusGenerator corpus = new CorpusGenerator(7, n);
        Mentions engine = new Mentions(Extractor.create());
        List<ArticleEvent> articles = new ArrayList<>(n);
        Map<String, List<EventMention>> mentions = new HashMap<>();
        long mentionCount = 0;
        for (int i = 0; i < n; i++) {
            ArticleEvent a = corpus.article(i);
            articles.add(a);
            List<EventMention> found = engine.mentionsOf(a);
            mentions.put(a.getId(), found);
            mentionCount += found.size();
        }
        System.out.printf("%,d articles, %,d mentions (%.1f per article)%n", n, mentionCount, mentionCount / (double) n);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 2; round++) {
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dateline-topology-replay");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("dateline-replay").toString());
            TimelineTopology.Settings settings = new TimelineTopology.Settings(a -> mentions.get(a.getId()),
                    new TopologyMetrics(), Topics.ARTICLES, "");
            try (TopologyTestDriver driver = new TopologyTestDriver(TimelineTopology.build(settings), props)) {
                TestInputTopic<String, ArticleEvent> in = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(),
                        new AvroSerde<>(ArticleEvent.class).serializer());
                TestOutputTopic<byte[], byte[]> events = driver.createOutputTopic(Topics.TIMELINE_EVENTS,
                        new ByteArrayDeserializer(), new ByteArrayDeserializer());
                TestOutputTopic<byte[], byte[]> updates = driver.createOutputTopic(Topics.TIMELINE_UPDATES,
                        new ByteArrayDeserializer(), new ByteArrayDeserializer());
                long eventRecords = 0;
                long updateRecords = 0;
                long updateBytes = 0;
                long cpu = 0;
                for (int i = 0; i < n; i++) {
                    ArticleEvent a = articles.get(i);
                    long began = threads.getCurrentThreadCpuTime();
                    in.pipeInput(a.getId(), a, a.getPublished());
                    cpu += threads.getCurrentThreadCpuTime() - began;
                    eventRecords += events.readValuesToList().size();
                    for (byte[] v : updates.readValuesToList()) {
                        updateRecords++;
                        updateBytes += v == null ? 0 : v.length;
                    }
                }
                System.out.printf("round %d%s: %.2f ms of CPU per article after extraction; per article %.1f timeline-events records, "
                                + "%.1f timeline-updates records (%.1f KB); load %s%n",
                        round, round == 1 ? " (JIT warming)" : "", cpu / 1e6 / n, eventRecords / (double) n,
                        updateRecords / (double) n, updateBytes / 1024.0 / n, Machine.loadAverage());
            }
        }
    }
}

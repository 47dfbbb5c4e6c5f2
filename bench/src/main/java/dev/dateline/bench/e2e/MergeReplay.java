package dev.dateline.bench.e2e;

import dev.dateline.bench.corpus.CorpusGenerator;
import dev.dateline.extraction.Extractor;
import dev.dateline.schema.EventMention;
import dev.dateline.streams.topology.EventMerger;
import dev.dateline.streams.topology.Mentions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The merge step's own work, without Kafka or stores: the corpus's mentions are extracted first,
 * then after each article every bucket it touched is merged again in full, as
 * {@code merge-mentions} does per batch. Shows how merge time per article grows with history:
 * {@code java -cp 'bench/target/classes:bench/target/lib/*' dev.dateline.bench.e2e.MergeReplay 3000 10000}.
 */
public final class MergeReplay {

    private MergeReplay() {
    }

    public static void main(String[] args) {
        Mentions mentions = new Mentions(Extractor.create());
        for (String arg : args.length == 0 ? new String[] {"3000"} : args) {
            int n = Integer.parseInt(arg);
            CorpusGenerator corpus = new CorpusGenerator(7, n);
            List<List<EventMention>> perArticle = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                perArticle.add(mentions.mentionsOf(corpus.article(i)));
            }
            for (int round = 1; round <= 4; round++) {
                // rounds 3 and 4 hand each bucket its last merge, as merge-mentions does, so untouched groups are reused
                boolean reuse = round > 2;
                Map<String, Map<String, EventMerger.Merged>> last = new HashMap<>();
                Map<String, List<EventMention>> buckets = new HashMap<>();
                long merges = 0;
                long merged = 0;
                long began = System.nanoTime();
                for (List<EventMention> article : perArticle) {
                    Set<String> touched = new TreeSet<>();
                    for (EventMention m : article) {
                        String bucket = Mentions.bucketOf(m);
                        buckets.computeIfAbsent(bucket, b -> new ArrayList<>()).add(m);
                        touched.add(bucket);
                    }
                    for (String bucket : touched) {
                        List<EventMention> all = buckets.get(bucket);
                        merged += all.size();
                        merges++;
                        Map<String, EventMerger.Merged> result = EventMerger.mergeWithMembers(all,
                                reuse ? last.getOrDefault(bucket, Map.of()) : Map.of());
                        if (reuse) {
                            last.put(bucket, result);
                        }
                    }
                }
                double seconds = (System.nanoTime() - began) / 1e9;
                System.out.printf("%,d articles (round %d%s): %,d merges of %.0f mentions on average, %.1f s, %.2f ms per article; load %s%n",
                        n, round, (round % 2 == 1 ? ", JIT warming" : "") + (reuse ? ", reusing unchanged groups" : ""), merges, merged / (double) merges, seconds, seconds * 1000 / n,
                        Machine.loadAverage());
            }
        }
    }
}

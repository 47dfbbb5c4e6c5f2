package dev.dateline.bench.e2e;

import dev.dateline.bench.corpus.CorpusGenerator;
import dev.dateline.extraction.Extractor;
import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.EventMention;
import dev.dateline.streams.topology.Mentions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extraction alone, no Kafka: the topology's own {@link Mentions} (engine plus the mapping to
 * {@code EventMention}s) over the whole corpus with the same number of threads as the app. The
 * corpus is regenerated in blocks outside the timed part, so memory stays bounded at any scale.
 */
public final class ExtractionCeiling {

    private static final int BLOCK = 2_000;

    /** Throughput and what the corpus yields: mentions and the sizes of the merge buckets. */
    public record Result(long articles, long bodyBytes, long mentions, double seconds, Map<String, Integer> bucketSizes) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double megabytesPerSecond() {
            return bodyBytes / seconds / 1e6;
        }

        public int largestBucket() {
            return bucketSizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    private ExtractionCeiling() {
    }

    /** The mentions of {@code articles} generated articles by {@code engine} (the app's, its reader included), timed. */
    public static Result run(Extractor engine, CorpusGenerator corpus, int articles, int threads) throws Exception {
        Mentions mentions = new Mentions(engine);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long timedNanos = 0;
            long bodyBytes = 0;
            long mentionCount = 0;
            Map<String, Integer> buckets = new HashMap<>();
            for (int start = 0; start < articles; start += BLOCK) {
                int end = Math.min(articles, start + BLOCK);
                List<ArticleEvent> block = generate(pool, corpus, start, end, threads);
                for (ArticleEvent a : block) {
                    bodyBytes += CorpusPublisher.utf8Length(a.getBody());
                }
                AtomicInteger next = new AtomicInteger();
                List<Future<List<List<EventMention>>>> parts = new ArrayList<>();
                long began = System.nanoTime();
                for (int t = 0; t < threads; t++) {
                    parts.add(pool.submit(() -> {
                        List<List<EventMention>> out = new ArrayList<>();
                        for (int k = next.getAndIncrement(); k < block.size(); k = next.getAndIncrement()) {
                            out.add(mentions.mentionsOf(block.get(k)));
                        }
                        return out;
                    }));
                }
                List<List<List<EventMention>>> results = new ArrayList<>();
                for (Future<List<List<EventMention>>> f : parts) {
                    results.add(f.get());
                }
                timedNanos += System.nanoTime() - began;
                for (List<List<EventMention>> part : results) {
                    for (List<EventMention> ms : part) {
                        mentionCount += ms.size();
                        for (EventMention m : ms) {
                            buckets.merge(Mentions.bucketOf(m), 1, Integer::sum);
                        }
                    }
                }
            }
            return new Result(articles, bodyBytes, mentionCount, timedNanos / 1e9, buckets);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ArticleEvent> generate(ExecutorService pool, CorpusGenerator corpus, int start, int end, int threads)
            throws Exception {
        ArticleEvent[] out = new ArticleEvent[end - start];
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = start + t;
            parts.add(pool.submit(() -> {
                for (int i = first; i < end; i += threads) {
                    out[i - start] = corpus.article(i);
                }
            }));
        }
        for (Future<?> f : parts) {
            f.get();
        }
        return List.of(out);
    }
}

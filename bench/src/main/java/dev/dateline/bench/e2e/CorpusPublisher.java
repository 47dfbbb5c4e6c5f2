package dev.dateline.bench.e2e;

import dev.dateline.bench.corpus.CorpusGenerator;
import dev.dateline.producer.ArticlePublisher;
import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.serde.AvroSerde;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes generated articles as {@code dateline publish} does (same producer settings: idempotent,
 * acks=all, lz4, key = article id, record time = publication time), either as fast as it can or at a
 * fixed rate with the send time in a header, for latency.
 */
public final class CorpusPublisher implements AutoCloseable {

    /** Header with the {@link System#nanoTime()} at which the bench handed the article to the producer. */
    public static final String SENT_HEADER = "dateline-bench-sent-nanos";
    /** Header with the article's index in the corpus. */
    public static final String ARTICLE_HEADER = "dateline-bench-article";

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final AvroSerde<ArticleEvent> serde = new AvroSerde<>(ArticleEvent.class);

    public CorpusPublisher(Map<String, Object> kafkaProperties, String topic) {
        Map<String, Object> config = new HashMap<>(ArticlePublisher.producerConfig(kafkaProperties));
        config.put("client.id", "dateline-bench-publisher");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    /** What was published: articles and body bytes (UTF-8 characters of the bodies). */
    public record Published(long articles, long bodyBytes, long recordBytes, double seconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    /** Articles {@code from} (inclusive) to {@code to} (exclusive), as fast as {@code threads} generators go. */
    public Published publishAll(CorpusGenerator corpus, int from, int to, int threads) throws InterruptedException {
        return publishAll(corpus::article, from, to, threads);
    }

    /** Articles {@code from} (inclusive) to {@code to} (exclusive) of any generated series. */
    public Published publishAll(java.util.function.IntFunction<ArticleEvent> articles, int from, int to, int threads)
            throws InterruptedException {
        long began = System.nanoTime();
        AtomicLong bodyBytes = new AtomicLong();
        AtomicLong recordBytes = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = from + t;
            Thread w = new Thread(() -> {
                for (int i = first; i < to && failure.get() == null; i += threads) {
                    ArticleEvent a = articles.apply(i);
                    byte[] value = serde.encode(topic, a);
                    bodyBytes.addAndGet(utf8Length(a.getBody()));
                    recordBytes.addAndGet(value.length);
                    producer.send(new ProducerRecord<>(topic, null, a.getPublished().toEpochMilli(), a.getId(), value),
                            (md, e) -> {
                                if (e != null) {
                                    failure.compareAndSet(null, e);
                                }
                            });
                }
            }, "bench-publisher-" + t);
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            w.join();
        }
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("publishing the corpus failed: " + failure.get().getMessage(), failure.get());
        }
        return new Published(to - from, bodyBytes.get(), recordBytes.get(), (System.nanoTime() - began) / 1e9);
    }

    /**
     * Articles from {@code from} on at {@code perSecond}, each with the send time in a header, until
     * {@code seconds} have passed; sends are paced on a fixed schedule, so a slow send is followed
     * by catch-up sends rather than a lower rate.
     *
     * @return the index after the last article sent
     */
    public int publishAtRate(CorpusGenerator corpus, int from, double perSecond, double seconds)
            throws InterruptedException, ExecutionException {
        long interval = (long) (1e9 / perSecond);
        long began = System.nanoTime();
        long end = began + (long) (seconds * 1e9);
        int i = from;
        Future<?> last = null;
        for (long next = began; next < end; next += interval, i++) {
            ArticleEvent a = corpus.article(i);
            byte[] value = serde.encode(topic, a);
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            RecordHeaders headers = new RecordHeaders();
            headers.add(ARTICLE_HEADER, ByteBuffer.allocate(4).putInt(i).array());
            headers.add(SENT_HEADER, ByteBuffer.allocate(8).putLong(System.nanoTime()).array());
            last = producer.send(new ProducerRecord<>(topic, null, a.getPublished().toEpochMilli(), a.getId(), value, headers));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        producer.flush();
        if (last != null) {
            last.get();
        }
        return i;
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                k++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    @Override
    public void close() {
        producer.close();
    }
}

package dev.dateline.bench.producer;

import dev.dateline.producer.ArticleInputs;
import dev.dateline.producer.ArticlePublisher;
import dev.dateline.producer.ArticleValidator;
import dev.dateline.producer.PublishReport;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Dateline publish of a file, in a JVM of its own (started by {@link ProducerBenchmark}), as
 * {@code dateline publish} does it: the same inputs, validator and publisher. Prints one
 * {@code RESULT} line with the throughput, the peak heap in use and the peak resident set.
 *
 * <p>Usage: {@code PublishRun BOOTSTRAP TOPIC FILE [key=value producer settings...]}
 */
public final class PublishRun {

    private PublishRun() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String topic = args[1];
        Path file = Path.of(args[2]);
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        props.put("bootstrap.servers", bootstrap);
        for (int i = 3; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            props.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakLive = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long used = 0;
                long live = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        used += pool.getUsage().getUsed();
                        // what the pool held right after its last collection: the live data, not
                        // the garbage a large young generation accumulates between collections
                        if (pool.getCollectionUsage() != null) {
                            live += pool.getCollectionUsage().getUsed();
                        }
                    }
                }
                peakHeap.accumulateAndGet(used, Math::max);
                peakLive.accumulateAndGet(live, Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        List<String> rejected = new java.util.ArrayList<>();
        PublishReport report;
        try (ArticlePublisher publisher = new ArticlePublisher(props, topic, ArticleValidator.DEFAULT_MAX_BODY_BYTES);
             ArticleInputs inputs = ArticleInputs.open(List.of(file.toString()), ArticleInputs.Format.AUTO,
                     InputStream.nullInputStream(), ArticleValidator.DEFAULT_MAX_BODY_BYTES, s -> { })) {
            report = publisher.publish(inputs, r -> rejected.add(r.message()));
        }
        sampler.interrupt();
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.println("summary: " + report.summary());
        if (!rejected.isEmpty() || report.failed() > 0) {
            System.out.println("PROBLEM rejected=" + rejected.size() + " failed=" + report.failed()
                    + (rejected.isEmpty() ? "" : " first=" + rejected.get(0)));
        }
        System.out.printf(Locale.ROOT, "RESULT records=%d seconds=%.3f rps=%.1f valueMBps=%.2f inputMB=%.1f "
                        + "peakHeapMB=%.1f peakAfterGcMB=%.1f maxHeapMB=%.0f peakRssMB=%.1f cpuSeconds=%.3f%n",
                report.published(), report.elapsed().toNanos() / 1e9, report.recordsPerSecond(),
                report.bytes() / 1e6 / (report.elapsed().toNanos() / 1e9), Files.size(file) / 1e6,
                peakHeap.get() / 1048576.0, peakLive.get() / 1048576.0, maxHeap / 1048576.0, peakRssKb() / 1024.0, PerfRun.cpuSeconds());
    }

    /** VmHWM: the most resident memory this process has had (Linux). */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}

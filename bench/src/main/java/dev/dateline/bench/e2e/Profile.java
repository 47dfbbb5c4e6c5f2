package dev.dateline.bench.e2e;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the stream threads spend their CPU, by processor and by what the processor was doing:
 * Java Flight Recorder's execution samples (every 10 ms per running thread), plus its native
 * samples that are inside RocksDB (store work done in C++). Waiting threads are not sampled.
 */
public final class Profile implements AutoCloseable {

    private static final String[][] PROCESSORS = {
        {"ExtractMentionsProcessor", "extract-mentions"},
        {"MergeMentionsProcessor", "merge-mentions"},
        {"ApplyTimelinesProcessor", "apply-timelines"},
        {"KTableSource", "events-table"},
    };
    private static final String[][] ACTIVITIES = {
        {"dev.dateline.extraction.", "extraction engine"},
        {"dev.dateline.streams.topology.EventMerger", "EventMerger.merge"},
        {"org.rocksdb.", "RocksDB"},
        {"org.apache.avro.", "Avro (de)serialisation"},
        {"dev.dateline.schema.", "Avro (de)serialisation"},
        {"net.jpountz.", "lz4"},
        {"org.apache.kafka.common.compress", "lz4"},
        {"org.apache.kafka.clients.producer", "producer"},
        {"org.apache.kafka.clients.consumer", "consumer"},
        {"java.security.", "SHA-256"},
        {"sun.security.", "SHA-256"},
        {"org.apache.kafka.streams.state.", "stores (caching, changelog, serdes)"},
    };

    private final Recording recording = new Recording();

    public Profile() {
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(10));
        recording.start();
    }

    /** Samples per processor, and per processor what it was doing. */
    public record Result(long samples, Map<String, Long> byProcessor, Map<String, Map<String, Long>> byActivity) {

        public void print(PrintStream out) {
            if (samples == 0) {
                out.println("      (no profile samples)");
                return;
            }
            out.printf("      stream-thread CPU profile (%,d JFR samples):%n", samples);
            byProcessor.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(p -> {
                String detail = byActivity.get(p.getKey()).entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                        .map(a -> String.format("%s %.0f%%", a.getKey(), 100.0 * a.getValue() / samples))
                        .reduce((a, b) -> a + ", " + b).orElse("");
                out.printf("        %-40s %5.1f%%   (%s)%n", p.getKey(), 100.0 * p.getValue() / samples, detail);
            });
        }

        /** "merge-mentions 61%, extract-mentions 25%, …" for the results table. */
        public String oneLine() {
            return byProcessor.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                    .map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / Math.max(1, samples)))
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
    }

    public Result stop() throws IOException {
        recording.stop();
        Path file = Files.createTempFile("dateline-bench", ".jfr");
        try {
            recording.dump(file);
            Map<String, Long> byProcessor = new HashMap<>();
            Map<String, Map<String, Long>> byActivity = new HashMap<>();
            long samples = 0;
            for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
                boolean nativeSample = e.getEventType().getName().equals("jdk.NativeMethodSample");
                if (!nativeSample && !e.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedThread thread = e.getThread("sampledThread");
                RecordedStackTrace stack = e.getStackTrace();
                if (thread == null || stack == null || thread.getJavaName() == null || !thread.getJavaName().contains("StreamThread")) {
                    continue;
                }
                List<RecordedFrame> frames = stack.getFrames();
                if (frames.isEmpty() || (nativeSample && !className(frames.get(0)).startsWith("org.rocksdb."))) {
                    continue;
                }
                String processor = processorOf(frames);
                String activity = activityOf(frames);
                samples++;
                byProcessor.merge(processor, 1L, Long::sum);
                byActivity.computeIfAbsent(processor, p -> new HashMap<>()).merge(activity, 1L, Long::sum);
            }
            return new Result(samples, byProcessor, byActivity);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String processorOf(List<RecordedFrame> frames) {
        for (int k = frames.size() - 1; k >= 0; k--) {
            String c = className(frames.get(k));
            for (String[] p : PROCESSORS) {
                if (c.endsWith(p[0])) {
                    return p[1];
                }
            }
        }
        boolean committing = frames.stream().map(Profile::methodName).anyMatch(m -> m.contains("commit") || m.contains("Commit"));
        return committing ? "Kafka Streams: commit (flush, transactions)" : "Kafka Streams: poll, route, other";
    }

    private static String activityOf(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String c = className(f);
            for (String[] a : ACTIVITIES) {
                if (c.startsWith(a[0])) {
                    return a[1];
                }
            }
        }
        return "other";
    }

    private static String className(RecordedFrame f) {
        return f.getMethod() == null || f.getMethod().getType() == null ? "" : f.getMethod().getType().getName();
    }

    private static String methodName(RecordedFrame f) {
        return f.getMethod() == null ? "" : f.getMethod().getName();
    }

    @Override
    public void close() {
        recording.close();
    }
}

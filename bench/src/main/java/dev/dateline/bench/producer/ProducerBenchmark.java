package dev.dateline.bench.producer;

import dev.dateline.kafka.Topics;
import dev.dateline.kafka.local.LocalKafka;
import dev.dateline.producer.ArticlePublisher;
import dev.dateline.producer.ArticleValidator;
import dev.dateline.producer.InputRecord;
import dev.dateline.producer.JsonLinesReader;
import dev.dateline.schema.serde.DatelineSerdes;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The producer benchmark: Dateline's publisher against Kafka's own {@code ProducerPerformance}, on
 * the same local broker in the same run, with the same record size and content, keys, batch,
 * linger, compression, acks and idempotence.
 *
 * <ol>
 *   <li>generates a JSON Lines file of N ~5 KB articles (fixed seed) and a payload file of the first
 *       2,000 of them for ProducerPerformance, so that both send text of the same size that
 *       compresses alike;</li>
 *   <li>starts a local broker and, for each round, runs ProducerPerformance and then Dateline's
 *       publish of the file, each in a fresh JVM with the default heap, onto a new topic each;</li>
 *   <li>prints both throughputs and their ratio (best round of each);</li>
 *   <li>with {@code --memory-mb M}, also publishes a generated gzip file of M MB uncompressed and
 *       compares the peak heap and resident set with those of the N-article run.</li>
 * </ol>
 *
 * <p>Usage: {@code ProducerBenchmark [--articles N] [--rounds R] [--partitions P] [--work DIR] [--memory-mb M]
 * [--compression lz4|zstd|...] [--memory-heap 256m]}; the producer settings are Dateline's defaults (the compression may be
 * overridden), given to both.
 */
public final class ProducerBenchmark {

    private static final Pattern PERF = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\)");
    private static final Pattern RESULT = Pattern.compile("RESULT (.*)");

    private ProducerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        long articles = Long.parseLong(opts.getOrDefault("articles", "100000"));
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "3"));
        int partitions = Integer.parseInt(opts.getOrDefault("partitions", "3"));
        long memoryMb = Long.parseLong(opts.getOrDefault("memory-mb", "0"));
        Path work = Path.of(opts.getOrDefault("work", "bench/target/producer-bench")).toAbsolutePath();
        Files.createDirectories(work);
        // the bench module has no logging configuration of its own, and logback's default (DEBUG
        // on the console) would measure the logging, not the producers: WARN, for every JVM here
        Path logback = work.resolve("logback-bench.xml");
        Files.writeString(logback, "<configuration><appender name=\"ERR\" class=\"ch.qos.logback.core.ConsoleAppender\">"
                + "<target>System.err</target><encoder><pattern>%d{HH:mm:ss} %-5level %logger{36} - %msg%n</pattern></encoder>"
                + "</appender><root level=\"WARN\"><appender-ref ref=\"ERR\"/></root></configuration>\n");
        System.setProperty("logback.configurationFile", logback.toString());
        String logging = "-Dlogback.configurationFile=" + logback;

        Path file = work.resolve("articles-" + articles + ".jsonl");
        if (!Files.exists(file)) {
            System.out.printf("Generating %,d articles into %s …%n", articles, file);
            ArticleGenerator.write(file, articles, 0, 42);
        }
        Path payload = work.resolve("payload-2000.jsonl");
        List<String> sample;
        try (Stream<String> lines = Files.lines(file)) {
            sample = lines.limit(2000).toList();
        }
        Files.write(payload, sample, StandardCharsets.UTF_8);
        int recordSize = averageEncodedSize(sample);
        double lineSize = sample.stream().mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
        System.out.printf(Locale.ROOT, "Input: %,d articles, %.1f MB; average line %.0f bytes, average encoded record %d bytes%n",
                articles, Files.size(file) / 1e6, lineSize, recordSize);

        Map<String, String> producer = new LinkedHashMap<>();
        ArticlePublisher.producerConfig(Map.of()).forEach((k, v) -> producer.put(k, String.valueOf(v)));
        producer.remove("client.id");
        producer.remove("delivery.timeout.ms");
        producer.remove("max.block.ms");
        if (opts.containsKey("compression")) {
            producer.put("compression.type", opts.get("compression"));
        }
        System.out.println("Producer settings (both): " + producer);

        Path kafkaDir = work.resolve("kafka");
        deleteTree(kafkaDir);
        String classpath = System.getProperty("java.class.path");
        List<double[]> perf = new ArrayList<>();
        List<Map<String, String>> dateline = new ArrayList<>();
        List<Double> perfCpuPerK = new ArrayList<>();
        List<Double> datelineCpuPerK = new ArrayList<>();
        try (LocalKafka kafka = LocalKafka.builder(kafkaDir).heap("1g").build().start()) {
            String bootstrap = kafka.bootstrapServers();
            System.out.println("Broker: " + bootstrap + " (local, one node, heap 1g, data " + kafkaDir + ")");
            for (int round = 1; round <= rounds; round++) {
                String perfTopic = "perf-" + round;
                String datelineTopic = "dateline-" + round;
                createTopics(bootstrap, partitions, perfTopic, datelineTopic);

                List<String> perfCommand = new ArrayList<>(List.of(java(), logging, "-cp", classpath,
                        PerfRun.class.getName(), "--bootstrap-server", bootstrap,
                        "--topic", perfTopic, "--num-records", Long.toString(articles), "--throughput", "-1",
                        "--payload-file", payload.toString(), "--key-distribution", "range",
                        "--record-key-range", Long.toString(articles), "--reporting-interval", "60000",
                        "--command-property"));
                producer.forEach((k, v) -> perfCommand.add(k + "=" + v));
                String perfOut = run(perfCommand);
                Matcher m = PERF.matcher(perfOut);
                double[] last = null;
                while (m.find()) {
                    last = new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))};
                }
                if (last == null) {
                    throw new IllegalStateException("no result from ProducerPerformance:\n" + perfOut);
                }
                Matcher cpu = Pattern.compile("CPU cpuSeconds=([\\d.]+)").matcher(perfOut);
                double perfCpu = cpu.find() ? Double.parseDouble(cpu.group(1)) : -1;
                perf.add(last);
                perfCpuPerK.add(perfCpu * 1000 / articles * 1000);
                String loadBefore = loadAverage();

                List<String> datelineCommand = new ArrayList<>(List.of(java(), logging, "-cp", classpath,
                        PublishRun.class.getName(), bootstrap, datelineTopic, file.toString()));
                producer.forEach((k, v) -> datelineCommand.add(k + "=" + v));
                String out = run(datelineCommand);
                Map<String, String> result = result(out);
                dateline.add(result);
                double datelineCpu = Double.parseDouble(result.get("cpuSeconds")) * 1000 / articles * 1000;
                datelineCpuPerK.add(datelineCpu);
                System.out.printf(Locale.ROOT, "Round %d: ProducerPerformance %,.0f records/s (%.1f MB/s, %.0f CPU ms per "
                                + "1000 records); dateline publish %,.0f records/s (%s MB/s, %.0f CPU ms per 1000 records); "
                                + "ratio %.2f; load average %s%n",
                        round, last[0], last[1], perfCpuPerK.get(perfCpuPerK.size() - 1),
                        Double.parseDouble(result.get("rps")), result.get("valueMBps"), datelineCpu,
                        Double.parseDouble(result.get("rps")) / last[0], loadBefore);
            }

            double bestPerf = perf.stream().mapToDouble(p -> p[0]).max().orElseThrow();
            double bestDateline = dateline.stream().mapToDouble(r -> Double.parseDouble(r.get("rps"))).max().orElseThrow();
            System.out.printf(Locale.ROOT, "%nBEST ProducerPerformance %,.0f records/s; dateline publish %,.0f records/s; "
                    + "ratio %.2f (target >= 0.70)%n", bestPerf, bestDateline, bestDateline / bestPerf);
            System.out.printf(Locale.ROOT, "MEDIAN ratio of rounds %.2f%n", medianRatio(perf, dateline));
            System.out.printf(Locale.ROOT, "MEDIAN CPU ms per 1000 records: ProducerPerformance %.0f, dateline publish %.0f%n",
                    median(perfCpuPerK), median(datelineCpuPerK));
            System.out.println("Dateline run of " + file.getFileName() + ": " + dateline.get(dateline.size() - 1));

            if (memoryMb > 0) {
                Path big = work.resolve("articles-" + memoryMb + "MB.jsonl.gz");
                if (!Files.exists(big)) {
                    System.out.printf("Generating %,d MB of articles (gzip) into %s …%n", memoryMb, big);
                    ArticleGenerator.write(big, 0, memoryMb * 1_000_000, 7);
                }
                createTopics(bootstrap, partitions, "dateline-memory");
                Map<String, String> bigRun = result(run(List.of(java(), logging, "-cp", classpath, PublishRun.class.getName(),
                        bootstrap, "dateline-memory", big.toString())));
                String smallHeap = opts.getOrDefault("memory-heap", "256m");
                createTopics(bootstrap, partitions, "dateline-memory-small-heap");
                Map<String, String> bigSmallHeap = result(run(List.of(java(), "-Xmx" + smallHeap, logging, "-cp", classpath,
                        PublishRun.class.getName(), bootstrap, "dateline-memory-small-heap", big.toString())));
                System.out.println("MEMORY small (" + file.getFileName() + ", default heap): " + dateline.get(dateline.size() - 1));
                System.out.println("MEMORY large (" + big.getFileName() + ", " + memoryMb + " MB uncompressed, default heap): " + bigRun);
                System.out.println("MEMORY large (" + big.getFileName() + ", -Xmx" + smallHeap + "): " + bigSmallHeap);
            }
        }
    }

    private static double medianRatio(List<double[]> perf, List<Map<String, String>> dateline) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < perf.size(); i++) {
            ratios.add(Double.parseDouble(dateline.get(i).get("rps")) / perf.get(i)[0]);
        }
        ratios.sort(Comparator.naturalOrder());
        return ratios.get(ratios.size() / 2);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
    }

    /** The 1-minute load average: this machine may be shared, and the figures mean little without it. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int averageEncodedSize(List<String> lines) {
        ArticleValidator validator = new ArticleValidator(ArticleValidator.DEFAULT_MAX_BODY_BYTES);
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            InputRecord r = new JsonLinesReader(new BufferedReader(new java.io.StringReader(lines.get(i))), "sample").next();
            var article = validator.validate(((InputRecord.Parsed) r).article()).article();
            total += DatelineSerdes.articleEvent().encode(Topics.ARTICLES, article).length;
        }
        return (int) (total / lines.size());
    }

    private static void createTopics(String bootstrap, int partitions, String... names) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String name : names) {
                topics.add(new NewTopic(name, partitions, (short) 1).configs(Map.of(
                        "max.message.bytes", Integer.toString(Topics.MAX_ARTICLE_RECORD_BYTES))));
            }
            admin.createTopics(topics).all().get();
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("exit " + exit + " from " + command.get(4) + ":\n" + out);
        }
        return out;
    }

    private static Map<String, String> result(String out) {
        Matcher m = RESULT.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no RESULT line:\n" + out);
        }
        if (out.contains("PROBLEM")) {
            throw new IllegalStateException("the publish was not clean:\n" + out);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : m.group(1).trim().split(" ")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return values;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}

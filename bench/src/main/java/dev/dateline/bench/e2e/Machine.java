package dev.dateline.bench.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on: cores, memory, JVM, Kafka, commit, and how busy the machine was. */
public record Machine(int cores, long memoryMb, String jvm, String kafka, String commit, String os) {

    public static Machine describe(Path repository) {
        return new Machine(Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                kafkaVersionOnClasspath(), commit(repository),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    /** The 1, 5 and 15 minute load averages as {@code /proc/loadavg} gives them, or "n/a". */
    public static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** The 1-minute load average, NaN where unknown. */
    public static double load1() {
        try {
            return Double.parseDouble(loadAverage().split(" ")[0]);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public String summary() {
        return String.format("%d cores, %,d MB RAM, %s, %s, Kafka %s, commit %s", cores, memoryMb, os, jvm, kafka, commit);
    }

    private static String kafkaVersionOnClasspath() {
        try (java.io.InputStream in = org.apache.kafka.clients.admin.Admin.class.getResourceAsStream("/kafka/kafka-version.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long totalMemoryMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through to the JVM's view
        }
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getTotalMemorySize() / (1024 * 1024);
        }
        return -1;
    }

    /** Short commit id of the repository, with "+dirty" when its code has uncommitted changes; "unknown" outside git. */
    static String commit(Path repository) {
        String head = git(repository, "rev-parse", "--short=10", "HEAD");
        if (head == null || head.isBlank()) {
            return "unknown";
        }
        // the results table itself changes with every run; it does not make the measured code dirty
        String status = git(repository, "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)docs/benchmarks.md");
        return head.strip() + (status != null && !status.isBlank() ? "+dirty" : "");
    }

    private static String git(Path repository, String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repository.toString()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}

package dev.dateline.bench.producer;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Kafka's {@code ProducerPerformance}, run as it is, followed by one line with the CPU time the
 * process used: CPU per record is the figure that other work on a shared machine does not move.
 */
public final class PerfRun {

    private PerfRun() {
    }

    public static void main(String[] args) throws Exception {
        org.apache.kafka.tools.ProducerPerformance.main(args);
        System.out.printf(Locale.ROOT, "CPU cpuSeconds=%.3f%n", cpuSeconds());
    }

    static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return -1;
    }
}

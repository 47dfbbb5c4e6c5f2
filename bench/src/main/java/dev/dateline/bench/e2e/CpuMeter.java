package dev.dateline.bench.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time spent by this JVM (app, producer, probes) and by the broker's JVM over a phase, so that
 * a result says where the two cores went.
 */
public final class CpuMeter {

    private static final long TICKS_PER_SECOND = 100;

    private final long brokerPid;
    private final long selfStart;
    private final long brokerStart;
    private final long wallStart = System.nanoTime();

    public CpuMeter(long brokerPid) {
        this.brokerPid = brokerPid;
        this.selfStart = selfNanos();
        this.brokerStart = processNanos(brokerPid);
    }

    /** CPU seconds of this JVM and of the broker since construction, and the wall seconds. */
    public Usage stop() {
        return new Usage((selfNanos() - selfStart) / 1e9, (processNanos(brokerPid) - brokerStart) / 1e9,
                (System.nanoTime() - wallStart) / 1e9);
    }

    /** CPU seconds used by the bench JVM and the broker over {@code wall} seconds. */
    public record Usage(double selfCpu, double brokerCpu, double wall) {
        /** Cores kept busy on average, e.g. "app 1.62 + broker 0.31 cores". */
        public String describe() {
            return String.format("app JVM %.2f + broker %.2f cores busy", selfCpu / wall, brokerCpu / wall);
        }
    }

    private static long selfNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** utime + stime of a process from /proc, in nanoseconds; 0 where unknown. */
    static long processNanos(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 1_000_000_000L / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
        }
    }
}

package dev.dateline.cli.publish;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Shows how a long publish (or export) is going: on a terminal, a bar redrawn in place with the
 * rate and the time left; elsewhere (a log, CI), a plain line now and then. It only reads counters
 * that the working thread updates, on a daemon thread of its own.
 */
public final class Progress implements AutoCloseable {

    /** How to show progress. */
    public enum Mode {
        /** a bar on a terminal, lines otherwise */
        AUTO,
        BAR,
        LINES,
        OFF
    }

    /** What the work has done so far. {@code totalBytes} is -1 when unknown (standard input). */
    public record Snapshot(long records, long done, long skipped, long failed, long bytesRead, long totalBytes) {
    }

    private final PrintStream out;
    private final Supplier<Snapshot> source;
    private final boolean bar;
    private final String label;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private int lastWidth;

    private Progress(PrintStream out, Supplier<Snapshot> source, boolean bar, String label, Duration interval) {
        this.out = out;
        this.source = source;
        this.bar = bar;
        this.label = label;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dateline-progress");
            t.setDaemon(true);
            return t;
        });
        long period = interval.toMillis();
        timer.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
    }

    /** Starts showing progress, or returns null when {@code mode} says not to. */
    public static Progress start(Mode mode, PrintStream out, String label, Supplier<Snapshot> source, Duration interval) {
        Mode m = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.LINES) : mode;
        return switch (m) {
            case OFF, AUTO -> null;
            case BAR -> new Progress(out, source, true, label, Duration.ofMillis(250));
            case LINES -> new Progress(out, source, false, label, interval);
        };
    }

    private synchronized void show() {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Snapshot s = source.get();
        if (bar) {
            String text = bar(label, s, elapsed, 30);
            out.print('\r' + text + " ".repeat(Math.max(0, lastWidth - text.length())));
            out.flush();
            lastWidth = text.length();
        } else {
            out.println(line(label, s, elapsed));
        }
    }

    /** Prints a message on a line of its own; the bar is drawn again below it at the next tick. */
    public synchronized void message(String text) {
        if (bar && lastWidth > 0) {
            out.print('\r' + " ".repeat(lastWidth) + '\r');
            lastWidth = 0;
        }
        out.println(text);
    }

    /** Stops, and clears the bar so that the summary starts on a clean line. */
    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (bar && lastWidth > 0) {
            out.print('\r' + " ".repeat(lastWidth) + '\r');
            out.flush();
        }
    }

    /** {@code publish [#########-----------]  45%  12.3/27.0 MB  2,345 articles  1,234/s  ETA 0:12} */
    static String bar(String label, Snapshot s, Duration elapsed, int width) {
        StringBuilder b = new StringBuilder(label).append(' ');
        double fraction = fraction(s);
        if (fraction >= 0) {
            int filled = (int) Math.round(fraction * width);
            b.append('[').append("#".repeat(filled)).append("-".repeat(width - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%%  %s/%s MB  ", (int) Math.floor(fraction * 100),
                            mb(s.bytesRead()), mb(s.totalBytes())));
        } else {
            b.append(mb(s.bytesRead())).append(" MB  ");
        }
        b.append(String.format(Locale.ROOT, "%,d articles  %,.0f/s", s.done(), rate(s.done(), elapsed)));
        if (s.skipped() > 0) {
            b.append(String.format(Locale.ROOT, "  %,d skipped", s.skipped()));
        }
        if (s.failed() > 0) {
            b.append(String.format(Locale.ROOT, "  %,d FAILED", s.failed()));
        }
        eta(s, elapsed, b, "  ");
        return b.toString();
    }

    /** {@code publish: read 12000, published 11990, skipped 10, failed 0; 1234 articles/s; 45% of 27.0 MB, ETA 0:12} */
    static String line(String label, Snapshot s, Duration elapsed) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%s: read %d, done %d, skipped %d, failed %d; %.0f articles/s", label, s.records(), s.done(),
                s.skipped(), s.failed(), rate(s.done(), elapsed)));
        double fraction = fraction(s);
        if (fraction >= 0) {
            b.append(String.format(Locale.ROOT, "; %d%% of %s MB", (int) Math.floor(fraction * 100), mb(s.totalBytes())));
        } else {
            b.append("; ").append(mb(s.bytesRead())).append(" MB read");
        }
        eta(s, elapsed, b, ", ");
        return b.toString();
    }

    private static void eta(Snapshot s, Duration elapsed, StringBuilder b, String separator) {
        double fraction = fraction(s);
        if (fraction > 0 && fraction < 1) {
            long left = Math.round(elapsed.toMillis() / fraction * (1 - fraction) / 1000);
            b.append(separator).append("ETA ").append(clock(left));
        }
    }

    private static double fraction(Snapshot s) {
        if (s.totalBytes() <= 0) {
            return -1;
        }
        return Math.min(1.0, (double) s.bytesRead() / s.totalBytes());
    }

    private static double rate(long count, Duration elapsed) {
        return count / Math.max(elapsed.toNanos() / 1e9, 1e-3);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }

    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long sec = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec) : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }
}

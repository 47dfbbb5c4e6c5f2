package dev.dateline.streams.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the app does when a stream thread dies. A broker that restarts can fail a transaction's commit with an
 * error the client does not retry (an EndTxn "unexpected server error" was seen in FaultIT); under exactly-once
 * the open transaction is aborted and a new thread resumes from the last committed one, so nothing is lost or
 * written twice. The thread is therefore replaced, up to {@link #MAX} times within {@link #WINDOW}; past that the
 * failure is not transient, and the instance shuts down so that its supervisor restarts it (and alerts).
 */
final class ThreadFailures implements StreamsUncaughtExceptionHandler {

    static final int MAX = 3;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(ThreadFailures.class);

    private final Clock clock;
    private final Deque<Instant> recent = new ArrayDeque<>();

    ThreadFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(Throwable e) {
        Instant now = clock.instant();
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
            recent.removeFirst();
        }
        if (recent.size() >= MAX) {
            LOG.error("stream thread failed, the {}th time within {}; shutting this instance down so that it can be"
                    + " restarted", MAX + 1, WINDOW, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        recent.addLast(now);
        LOG.warn("stream thread failed ({} of {} allowed within {}); replacing it: its tasks resume from the last"
                + " committed transaction", recent.size(), MAX, WINDOW, e);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}

package dev.dateline.producer;

import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Reads, parses, validates and encodes records on a thread of its own, a bounded distance ahead of
 * the thread that sends them. Sending is not free (the Kafka producer compresses each record into
 * its batch on the calling thread), so doing both on one thread would leave a second core idle
 * while the other alternates between them.
 *
 * <p>The distance ahead is bounded by count and by encoded size (16 MB), so memory stays flat
 * whatever the size of the articles. Outcomes come out in input order, which keeps the rejection
 * messages and the per-key order of the records as they were in the input.
 */
final class ScreeningThread implements AutoCloseable {

    private static final int MAX_AHEAD = 512;
    private static final int MAX_AHEAD_KB = 16 * 1024;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(MAX_AHEAD);
    private final Semaphore budgetKb = new Semaphore(MAX_AHEAD_KB);
    private final Thread thread;
    private volatile boolean stopped;
    private boolean ended;

    ScreeningThread(Iterator<InputRecord> records, ArticleScreen screen) {
        this.thread = new Thread(() -> run(records, screen), "dateline-screening");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run(Iterator<InputRecord> records, ArticleScreen screen) {
        try {
            while (!stopped && records.hasNext()) {
                ArticleScreen.Outcome outcome = screen.screen(records.next());
                budgetKb.acquire(kb(outcome));
                queue.put(outcome);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            // closed: the sender stopped taking
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Failed(e));
            } catch (InterruptedException ignored) {
                // closed meanwhile
            }
        }
    }

    /** The next outcome in input order, or null when the input is exhausted. */
    ArticleScreen.Outcome take() {
        if (ended) {
            return null;
        }
        Object next;
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the input", e);
        }
        if (next == END) {
            ended = true;
            return null;
        }
        if (next instanceof Failed f) {
            ended = true;
            if (f.error instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) f.error;
        }
        ArticleScreen.Outcome outcome = (ArticleScreen.Outcome) next;
        budgetKb.release(kb(outcome));
        return outcome;
    }

    /** Whether anything is left to take: true until {@link #take} has returned the end. */
    boolean hasMore() {
        if (ended) {
            return false;
        }
        Object head = queue.peek();
        return head != END;
    }

    private static int kb(ArticleScreen.Outcome outcome) {
        int bytes = outcome instanceof ArticleScreen.Accepted a ? a.value().length : 1024;
        return Math.min(MAX_AHEAD_KB, bytes / 1024 + 1);
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Failed(Throwable error) {
    }
}

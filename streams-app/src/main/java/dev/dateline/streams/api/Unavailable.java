package dev.dateline.streams.api;

/** The answer cannot be given right now (rebalance, restoring, owner unreachable): 503 with a retry hint. */
final class Unavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
        super(message);
    }

    Unavailable(String message, Throwable cause) {
        super(message, cause);
    }
}

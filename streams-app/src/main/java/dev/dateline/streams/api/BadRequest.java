package dev.dateline.streams.api;

/** A client error: answered with 400 and this message. */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
        super(message);
    }
}

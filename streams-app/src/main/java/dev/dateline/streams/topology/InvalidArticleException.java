package dev.dateline.streams.topology;

/**
 * A decodable article that cannot be used (no body, a key that is not its id). Thrown inside the
 * topology so that Kafka Streams' processing exception handler sends the record to the
 * dead-letter topic with this message in its headers, and processing continues.
 */
public final class InvalidArticleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidArticleException(String message) {
        super(message);
    }
}

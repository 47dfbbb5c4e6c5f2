package dev.dateline.streams.app;

import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Kafka's log-and-continue processing handler: a record whose processing throws (an invalid
 * article, an extraction failure) goes to the dead-letter topic with the exception in its headers
 * and the app moves on; this subclass only counts them for {@code /metrics}.
 */
public final class DeadLetterProcessingHandler extends LogAndContinueProcessingExceptionHandler {

    static final LongAdder COUNT = new LongAdder();

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        COUNT.increment();
        return super.handleError(context, record, exception);
    }

    public static long count() {
        return COUNT.sum();
    }
}

package dev.dateline.streams.app;

import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * Kafka's log-and-continue deserialization handler, which with
 * {@code errors.dead.letter.queue.topic.name} set writes the undecodable record to the dead-letter
 * topic with the reason in its headers; this subclass only counts them for {@code /metrics}.
 */
public final class DeadLetterDeserializationHandler extends LogAndContinueExceptionHandler {

    static final LongAdder COUNT = new LongAdder();

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        COUNT.increment();
        return super.handleError(context, record, exception);
    }

    public static long count() {
        return COUNT.sum();
    }
}

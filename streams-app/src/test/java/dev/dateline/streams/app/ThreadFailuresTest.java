package dev.dateline.streams.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ThreadFailuresTest {

    private Instant now = Instant.parse("2026-11-29T16:00:00Z");

    private final ThreadFailures failures = new ThreadFailures(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private StreamThreadExceptionResponse fail() {
        return failures.handle(new KafkaException("Unhandled error in EndTxnResponse"));
    }

    @Test
    void aTransientFailureReplacesTheThread() {
        assertThat(fail()).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void repeatedFailuresWithinTheWindowShutTheInstanceDown() {
        for (int i = 0; i < ThreadFailures.MAX; i++) {
            assertThat(fail()).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
            now = now.plusSeconds(10);
        }
        assertThat(fail()).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < ThreadFailures.MAX; i++) {
            assertThat(fail()).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        }
        now = now.plus(ThreadFailures.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(fail()).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }
}

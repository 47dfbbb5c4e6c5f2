package dev.dateline.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void theBarShowsShareRateAndTimeLeft() {
        Progress.Snapshot s = new Progress.Snapshot(2500, 2400, 100, 0, 25_000_000, 100_000_000);
        assertThat(Progress.bar("publish", s, Duration.ofSeconds(10), 20)).isEqualTo(
                "publish [#####---------------]  25%  25.0/100.0 MB  2,400 articles  240/s  100 skipped  ETA 0:30");
    }

    @Test
    void withoutATotalThereIsNoShareAndNoEta() {
        Progress.Snapshot s = new Progress.Snapshot(500, 500, 0, 3, 4_200_000, -1);
        assertThat(Progress.bar("publish", s, Duration.ofSeconds(2), 20))
                .isEqualTo("publish 4.2 MB  500 articles  250/s  3 FAILED");
        assertThat(Progress.line("publish", s, Duration.ofSeconds(2)))
                .isEqualTo("publish: read 500, done 500, skipped 0, failed 3; 250 articles/s; 4.2 MB read");
    }

    @Test
    void plainLinesSayTheShareOfTheInputAndTheTimeLeft() {
        Progress.Snapshot s = new Progress.Snapshot(1000, 990, 10, 0, 50_000_000, 200_000_000);
        assertThat(Progress.line("publish", s, Duration.ofMinutes(1)))
                .isEqualTo("publish: read 1000, done 990, skipped 10, failed 0; 17 articles/s; 25% of 200.0 MB, ETA 3:00");
        assertThat(Progress.clock(3 * 3600 + 61)).isEqualTo("3:01:01");
    }
}

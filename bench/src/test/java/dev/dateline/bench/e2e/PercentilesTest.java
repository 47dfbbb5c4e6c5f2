package dev.dateline.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOnOneToAHundred() {
        Percentiles p = new Percentiles();
        for (int i = 100; i >= 1; i--) {
            p.add(i);
        }
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.at(50)).isEqualTo(50);
        assertThat(p.at(95)).isEqualTo(95);
        assertThat(p.at(99)).isEqualTo(99);
        assertThat(p.at(100)).isEqualTo(100);
        assertThat(p.at(0.1)).isEqualTo(1);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void fewValuesAndNone() {
        Percentiles p = new Percentiles();
        assertThat(p.at(99)).isEqualTo(-1);
        p.add(7);
        p.add(3);
        assertThat(p.at(50)).isEqualTo(3);
        assertThat(p.at(99)).isEqualTo(7);
        assertThatThrownBy(() -> p.at(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void growsPastItsFirstArray() {
        Percentiles p = new Percentiles();
        for (int i = 0; i < 10_000; i++) {
            p.add(i % 1000);
        }
        assertThat(p.at(50)).isEqualTo(499);
    }
}

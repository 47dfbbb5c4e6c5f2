package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2006-10-09, DAY, 2006-10-09, 2006-10-09",
            "2023-12-01TEV, DAY, 2023-12-01, 2023-12-01",
            "2022-W44, WEEK, 2022-10-31, 2022-11-06",
            "2024-Q2, QUARTER, 2024-04-01, 2024-06-30",
            "2023-WI, SEASON, 2023-12-01, 2024-02-29",
            "199X, DECADE, 1990-01-01, 1999-12-31",
            "19XX, CENTURY, 1900-01-01, 1999-12-31",
            // TimeML 1.2 writes decades and centuries without the X; they still read
            "199, DECADE, 1990-01-01, 1999-12-31",
            "19, CENTURY, 1900-01-01, 1999-12-31",
    })
    void readsTheSpanOfAValue(String value, Granularity granularity, LocalDate start, LocalDate end) {
        DateValue v = DateValues.parse(value);
        assertThat(v.granularity()).isEqualTo(granularity);
        assertThat(v.startDay()).isEqualTo(start);
        assertThat(v.endDay()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "1994-06-30, DECADE, 199X",
            "2023-05-01, CENTURY, 20XX",
    })
    void writesDecadesAndCenturiesWithX(LocalDate day, Granularity granularity, String value) {
        DateValue v = DateValues.at(day, granularity);
        assertThat(v.value()).isEqualTo(value);
        assertThat(DateValues.parse(v.value())).isEqualTo(v);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"PRESENT_REF", "XXXX-07", "P3Y", "''"})
    void hasNoSpanForValuesThatAreNotDates(String value) {
        assertThat(DateValues.parse(value)).isNull();
    }
}

package dev.dateline.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    @Test
    void readsObjectsAndReportsBrokenLinesWithTheirNumbers() throws Exception {
        String input = """
                {"id":"a","published":"2023-11-22","body":"one"}

                {"id":"b","published":"2023-11-22","body":"two"
                [1,2]
                {"id":"c","published":"2023-11-22","body":"three","revision":2}
                """;
        List<InputRecord> records = new ArrayList<>();
        try (JsonLinesReader reader = new JsonLinesReader(new BufferedReader(new StringReader(input)), "x.jsonl")) {
            reader.forEachRemaining(records::add);
        }
        assertThat(records).hasSize(4);
        assertThat(records.get(0)).isInstanceOfSatisfying(InputRecord.Parsed.class,
                p -> assertThat(p.article().id()).isEqualTo("a"));
        assertThat(records.get(1)).isInstanceOfSatisfying(InputRecord.Unreadable.class, u -> {
            assertThat(u.origin().toString()).isEqualTo("x.jsonl:3");
            assertThat(u.reason()).isEqualTo("not valid JSON at column 48: Unexpected end-of-input: expected close marker for Object");
            assertThat(u.verbatim()).startsWith("{\"id\":\"b\"");
        });
        assertThat(records.get(2)).isInstanceOfSatisfying(InputRecord.Unreadable.class,
                u -> assertThat(u.reason()).isEqualTo("expected a JSON object, found array"));
        assertThat(records.get(3)).isInstanceOfSatisfying(InputRecord.Parsed.class, p -> {
            assertThat(p.article().revision()).isEqualTo("2");
            assertThat(p.origin().line()).isEqualTo(5);
        });
    }
}

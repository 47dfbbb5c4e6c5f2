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

    private static List<InputRecord> readBytes(byte[] bytes) throws Exception {
        List<InputRecord> records = new ArrayList<>();
        try (JsonLinesReader reader = new JsonLinesReader(new java.io.ByteArrayInputStream(bytes), "b.jsonl")) {
            reader.forEachRemaining(records::add);
        }
        return records;
    }

    @Test
    void theByteReaderHandlesCrLfBlankLinesAMissingLastBreakAndLinesLongerThanItsBuffer() throws Exception {
        String longBody = "word ".repeat(200_000); // 1 MB, four times the first buffer
        String input = "{\"id\":\"a\",\"body\":\"one\"}\r\n\r\n   \n{\"id\":\"b\",\"body\":\"" + longBody + "\"}\n"
                + "{\"id\":\"c\",\"body\":\"caf\u00e9 \ud83d\udcf0\"}";
        List<InputRecord> records = readBytes(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(records).extracting(r -> r.origin().toString()).containsExactly("b.jsonl:1", "b.jsonl:4", "b.jsonl:5");
        assertThat(((InputRecord.Parsed) records.get(0)).article().verbatim()).isEqualTo("{\"id\":\"a\",\"body\":\"one\"}");
        assertThat(((InputRecord.Parsed) records.get(1)).article().body()).isEqualTo(longBody);
        assertThat(((InputRecord.Parsed) records.get(2)).article().body()).isEqualTo("caf\u00e9 \ud83d\udcf0");
    }

    @Test
    void theByteReaderGivesTheSameRecordsAsTheTextReader() throws Exception {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            input.append(i % 97 == 0 ? "{\"id\":\"broken" : "{\"id\":\"n" + i + "\",\"published\":\"2024-01-01\",\"body\":\""
                    + "x".repeat(i % 500) + "\"}").append(i % 13 == 0 ? "\r\n" : "\n");
        }
        List<InputRecord> fromBytes = readBytes(input.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<InputRecord> fromText = new ArrayList<>();
        try (JsonLinesReader reader = new JsonLinesReader(new BufferedReader(new StringReader(input.toString())), "b.jsonl")) {
            reader.forEachRemaining(fromText::add);
        }
        assertThat(fromBytes).isEqualTo(fromText);
    }

    @Test
    void fieldsThatAreNotTextOrAreGivenTwiceAreReportedByName() {
        assertThat(((InputRecord.Unreadable) JsonLinesReader.parse("{\"id\":\"a\",\"body\":{\"p\":1}}", new Origin("x", 1)))
                .rejection().message()).isEqualTo("x:1: field 'body': expected a string, found object");
        assertThat(((InputRecord.Unreadable) JsonLinesReader.parse("{\"id\":\"a\",\"id\":\"b\"}", new Origin("x", 2)))
                .rejection().message()).startsWith("x:2: not valid JSON at column").contains("Duplicate field 'id'");
        assertThat(((InputRecord.Unreadable) JsonLinesReader.parse("{\"id\":\"a\"} {\"id\":\"b\"}", new Origin("x", 3)))
                .rejection().message()).isEqualTo("x:3: not valid JSON at column 12: more content after the object (one article per line)");
        RawArticle explicitNone = ((InputRecord.Parsed) JsonLinesReader.parse("{\"id\":\"a\",\"timezone\":null,\"revision\":3}",
                new Origin("x", 4))).article();
        assertThat(explicitNone.timezone()).isEmpty();
        assertThat(explicitNone.revision()).isEqualTo("3");
    }
}

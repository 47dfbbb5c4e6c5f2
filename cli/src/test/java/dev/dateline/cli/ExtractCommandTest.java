package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    /** An article written for this test. */
    private static final String BODY = "North Korea conducted a nuclear test on Sept. 3, 2017. "
            + "Kim Jong-un met Donald Trump in Singapore the following year.";

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new ExtractCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsTheJsonShapeWithOffsetsIntoTheBody(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path article = dir.resolve("a.json");
        Files.writeString(article, json.writeValueAsString(java.util.Map.of("id", "a-1", "url", "https://x.example/a",
                "source", "Test", "title", "Test", "published", "2024-03-14T09:00:00+09:00", "body", BODY)));
        Run r = run("--format", "json", article.toString());
        assertThat(r.code()).isZero();
        JsonNode root = json.readTree(r.out());
        assertThat(root.path("articleId").asText()).isEqualTo("a-1");
        assertThat(root.path("published").asText()).isEqualTo("2024-03-14T09:00:00+09:00");
        JsonNode t = root.path("timexes").get(0);
        assertThat(BODY.substring(t.path("start").asInt(), t.path("end").asInt())).isEqualTo(t.path("text").asText());
        JsonNode events = root.path("events");
        assertThat(events).hasSize(2);
        JsonNode test = events.get(0);
        assertThat(test.path("date").asText()).isEqualTo("2017-09-03");
        assertThat(test.path("granularity").asText()).isEqualTo("DAY");
        assertThat(test.path("type").asText()).isEqualTo("NUCLEAR_TEST");
        assertThat(test.path("actors").get(0).asText()).isEqualTo("North Korea");
        assertThat(test.path("modality").asText()).isEqualTo("ASSERTED");
        assertThat(BODY.substring(test.path("start").asInt(), test.path("end").asInt()))
                .isEqualTo(test.path("evidence").asText());
        JsonNode meeting = events.get(1);
        assertThat(meeting.path("date").asText()).isEqualTo("2018");
        assertThat(meeting.path("location").asText()).isEqualTo("Singapore");
        for (String field : new String[] {"date", "dateText", "granularity", "type", "title", "actors", "location",
                "evidence", "start", "end", "confidence", "modality"}) {
            assertThat(meeting.has(field)).as(field).isTrue();
        }
    }

    @Test
    void readsPlainTextWithAPublicationDate(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "The ferry sank yesterday off the coast.");
        Run r = run("--published", "2024-03-14", "--format", "text", text.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("2024-03-13").contains("yesterday");
    }

    @Test
    void refusesABadPublicationDate(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "Nothing here.");
        Run r = run("--published", "last Tuesday", text.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad publication date");
    }

    @Test
    void theReaderRefinesTheEvents(@TempDir Path dir) throws Exception {
        String body = "Voters in Portugal chose a new parliament in a snap general election on March 10. "
                + "A magnitude 7.4 earthquake struck eastern Taiwan on April 3, damaging hundreds of buildings.";
        Path text = dir.resolve("a.txt");
        Files.writeString(text, body);
        Run r = run("--reader", "--published", "2024-04-05", text.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode events = new ObjectMapper().readTree(r.out()).path("events");
        java.util.List<String> types = new java.util.ArrayList<>();
        for (JsonNode e : events) {
            types.add(e.path("type").asText());
            assertThat(body.substring(e.path("start").asInt(), e.path("end").asInt())).isEqualTo(e.path("evidence").asText());
            assertThat(e.path("title").asText()).isNotBlank();
        }
        assertThat(types).contains("ELECTION", "DISASTER");
    }

    @Test
    void aMissingReaderModelIsNamed(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("a.txt");
        Files.writeString(text, BODY);
        Path model = dir.resolve("missing.onnx");
        Run r = run("--reader-model", model.toString(), text.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(model.toString());
    }
}

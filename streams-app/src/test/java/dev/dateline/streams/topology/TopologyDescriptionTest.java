package dev.dateline.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the topology as Kafka Streams describes it; this keeps the two in step. */
class TopologyDescriptionTest {

    private static final String BEGIN = "<!-- topology:begin (kept equal to TimelineTopology.build(...).describe() by TopologyDescriptionTest) -->";
    private static final String END = "<!-- topology:end -->";

    @Test
    void readmeShowsTheCurrentTopology() throws Exception {
        String described = TimelineTopology.build(new TimelineTopology.Settings(a -> java.util.List.of(), new TopologyMetrics(),
                Topics.ARTICLES, "")).describe().toString().strip();
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as("README.md has the topology markers").isNotNegative();
        String shown = text.substring(begin + BEGIN.length(), end).strip();
        String expected = "```\n" + described + "\n```";
        if (Boolean.getBoolean("dateline.update.readme")) {
            // ./mvnw -pl streams-app -am test -Dtest=TopologyDescriptionTest -Ddateline.update.readme=true
            Files.writeString(readme, text.substring(0, begin + BEGIN.length()) + "\n" + expected + "\n" + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(shown).as("README.md's topology is out of date; run this test with -Ddateline.update.readme=true")
                .isEqualTo(expected);
    }
}

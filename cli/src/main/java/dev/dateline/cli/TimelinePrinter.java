package dev.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;

/** Renders timelines as plain-text tables. */
final class TimelinePrinter {

    private static final int TITLE_WIDTH = 58;

    private TimelinePrinter() {
    }

    static void print(PrintStream out, JsonNode timeline) {
        JsonNode entity = timeline.path("entity");
        out.printf("%n%s (%s) — %d event%s%n", entity.path("name").asText(), entity.path("kind").asText().toLowerCase(),
                timeline.path("count").asInt(), timeline.path("count").asInt() == 1 ? "" : "s");
        out.printf("  %-12s %-16s %-" + TITLE_WIDTH + "s %s%n", "DATE", "TYPE", "EVENT", "SOURCES");
        for (JsonNode e : timeline.path("events")) {
            String date = e.path("date").asText();
            String modality = e.path("modality").asText();
            String title = e.path("title").asText();
            if (!modality.equals("ASSERTED")) {
                title = "(" + modality.toLowerCase() + ") " + title;
            }
            out.printf("  %-12s %-16s %-" + TITLE_WIDTH + "s %d%n", date, e.path("type").asText(), clip(title, TITLE_WIDTH),
                    e.path("sourceCount").asInt());
        }
    }

    static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}

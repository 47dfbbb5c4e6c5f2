package dev.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline events ID}: one event with all its sources and evidence. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Show one event with its sources and evidence.")
public final class EventsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "Event id (ev-…), as shown by `dateline timeline --format json`.")
    String id;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--url", defaultValue = "${DATELINE_URL:-http://localhost:7070}",
            description = "Base URL of a Dateline app (default: ${DEFAULT-VALUE}).")
    String url;

    @Override
    public Integer call() throws Exception {
        ApiClient api = new ApiClient(url);
        String path = "/events/" + ApiClient.encode(id);
        if (format.equals("json")) {
            System.out.println(api.rawGet(path));
            return 0;
        }
        JsonNode e = api.get(path);
        System.out.printf("%s  %s  %s (%s, %s)%n", e.path("date").asText(), e.path("type").asText(), e.path("title").asText(),
                e.path("modality").asText().toLowerCase(), "confidence " + e.path("confidence").asText());
        StringBuilder actors = new StringBuilder();
        e.path("actors").forEach(a -> actors.append(actors.length() == 0 ? "" : ", ").append(a.path("name").asText()));
        System.out.println("actors: " + actors + (e.path("location").isObject() ? "   place: " + e.path("location").path("name").asText() : ""));
        for (JsonNode s : e.path("sources")) {
            System.out.printf("%n  %s — %s (%s)%n", s.path("source").asText("?"), s.path("title").asText(""), s.path("published").asText());
            System.out.printf("    \"%s\"%n", s.path("evidence").asText());
            System.out.printf("    date from \"%s\" → %s%n", s.path("dateText").asText(), s.path("date").asText());
        }
        return 0;
    }
}

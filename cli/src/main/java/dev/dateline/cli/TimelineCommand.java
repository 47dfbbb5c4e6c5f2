package dev.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline timeline ENTITY}: an entity's timeline from a running app. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Show an entity's timeline (names and aliases work: 'North Korea', 'DPRK', 'north korea').")
public final class TimelineCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ENTITY", description = "Entity name or alias.")
    String entity;

    @Option(names = "--from", description = "Start: a year, month or day (2018, 2018-06, 2018-06-12).")
    String from;

    @Option(names = "--to", description = "End: a year, month or day.")
    String to;

    @Option(names = "--type", description = "Event types, comma-separated (SUMMIT,NUCLEAR_TEST).")
    String type;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--url", defaultValue = "${DATELINE_URL:-http://localhost:7070}",
            description = "Base URL of a Dateline app (default: ${DEFAULT-VALUE}).")
    String url;

    @Override
    public Integer call() throws Exception {
        StringBuilder path = new StringBuilder("/timelines/").append(ApiClient.encode(entity)).append('?');
        if (from != null) {
            path.append("from=").append(ApiClient.encode(from)).append('&');
        }
        if (to != null) {
            path.append("to=").append(ApiClient.encode(to)).append('&');
        }
        if (type != null) {
            path.append("type=").append(ApiClient.encode(type)).append('&');
        }
        ApiClient api = new ApiClient(url);
        if (format.equals("json")) {
            System.out.println(api.rawGet(path.toString()));
        } else if (format.equals("table")) {
            JsonNode timeline = api.get(path.toString());
            TimelinePrinter.print(System.out, timeline);
        } else {
            throw new IllegalArgumentException("--format must be table or json, not '" + format + "'");
        }
        return 0;
    }
}

package dev.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dateline.extraction.Entity;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.ExtractionResult;
import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.Timex;
import dev.dateline.reader.EventReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline extract}: time expressions and dated events of one article (a JSON article with
 * {@code id, url, source, title, published, body}, or plain text) as JSON or as readable text.
 * Offsets are Java String indices into the text exactly as given (the JSON article's body).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract time expressions and dated events from one article (JSON or plain text).")
public final class ExtractCommand implements Callable<Integer> {

    enum Format { json, text }

    @Option(names = "--published", paramLabel = "ISO-8601",
            description = "Publication date or date-time (2023-12-05 or 2023-12-05T08:00:00+09:00); "
                    + "overrides the article's own. Plain text without it is read as published today (UTC).")
    String published;

    @Option(names = "--format", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "A folder of extra gazetteer .tsv files.")
    Path gazetteer;

    @Option(names = "--reader", description = "Refine the rules' events with the bundled fine-tuned reader (retype, "
            + "drop, add).")
    boolean reader;

    @Option(names = "--reader-model", paramLabel = "FILE", description = "Refine the events with this reader model "
            + "(ONNX, as exported by lab/reader/export_onnx.py) instead of the bundled one; implies --reader.")
    Path readerModel;

    @Option(names = "--participant-model", paramLabel = "FILE|off", description = "The reader's participant step: this"
            + " model (ONNX, as exported by lab/reader/participants.py) instead of the bundled one, or off; implies"
            + " --reader.")
    String participantModel;

    @Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE|-",
            description = "The article; - or nothing reads standard input.")
    String file;

    @Spec
    CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String input;
        if (file.equals("-")) {
            try (InputStream in = System.in) {
                input = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } else {
            input = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        }
        String articleId = null;
        String text = input;
        String publishedText = null;
        if (input.stripLeading().startsWith("{")) {
            JsonNode a;
            try {
                a = JSON.readTree(input);
            } catch (IOException e) {
                err.println("not a JSON article: " + e.getMessage());
                return 2;
            }
            if (!a.path("body").isTextual()) {
                err.println("a JSON article needs a \"body\" string");
                return 2;
            }
            text = a.path("body").asText();
            articleId = a.path("id").isTextual() ? a.path("id").asText() : null;
            publishedText = a.path("published").isTextual() ? a.path("published").asText() : null;
        }
        if (published != null) {
            publishedText = published;
        }
        LocalDate day;
        if (publishedText == null) {
            day = LocalDate.now(ZoneOffset.UTC);
            publishedText = day.toString();
        } else {
            try {
                day = publishedDay(publishedText);
            } catch (DateTimeParseException e) {
                err.println("bad publication date '" + publishedText + "': use ISO-8601 such as 2023-12-05 or "
                        + "2023-12-05T08:00:00+09:00");
                return 2;
            }
        }
        Extractor extractor = Extractor.create(gazetteer);
        EventReader r;
        try {
            r = Readers.open(reader, readerModel, participantModel);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println(e.getMessage());
            return 2;
        }
        ExtractionResult result;
        try (r) {
            result = extractor.withRefiner(r).extract(text, day);
        }
        if (format == Format.json) {
            out.println(JSON.writeValueAsString(toJson(articleId, publishedText, result)));
        } else {
            printText(out, articleId, day, result);
        }
        out.flush();
        return 0;
    }

    static LocalDate publishedDay(String s) {
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            return LocalDate.parse(s);
        }
    }

    static Map<String, Object> toJson(String articleId, String published, ExtractionResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("articleId", articleId);
        root.put("published", published);
        List<Map<String, Object>> timexes = new ArrayList<>();
        for (Timex t : r.timexes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", t.text());
            m.put("start", t.start());
            m.put("end", t.end());
            m.put("type", t.type().name());
            m.put("value", t.value());
            timexes.add(m);
        }
        root.put("timexes", timexes);
        List<Map<String, Object>> events = new ArrayList<>();
        for (ExtractedEvent e : r.events()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", e.date().value());
            m.put("dateText", e.dateText());
            m.put("dateStart", e.dateStart());
            m.put("dateEnd", e.dateEnd());
            m.put("granularity", e.date().granularity().name());
            m.put("type", e.type().name());
            m.put("trigger", e.trigger());
            m.put("title", e.title());
            m.put("actors", e.actors().stream().map(Entity::name).toList());
            m.put("actorKinds", e.actors().stream().map(a -> a.kind().name()).toList());
            m.put("location", e.location() == null ? null : e.location().name());
            m.put("evidence", e.evidence());
            m.put("start", e.start());
            m.put("end", e.end());
            m.put("confidence", e.confidence());
            m.put("modality", e.modality().name());
            events.add(m);
        }
        root.put("events", events);
        return root;
    }

    private static void printText(PrintWriter out, String articleId, LocalDate day, ExtractionResult r) {
        if (articleId != null) {
            out.println("article " + articleId + ", published " + day);
        }
        out.println("time expressions:");
        for (Timex t : r.timexes()) {
            out.printf(Locale.ROOT, "  %6d-%-6d %-9s %-14s %s%n", t.start(), t.end(), t.type(), t.value(), t.text());
        }
        out.println("events:");
        for (ExtractedEvent e : r.events()) {
            out.printf(Locale.ROOT, "  %-12s %-16s %-12s %s%n", e.date().value(), e.type(), e.modality(), e.title());
            out.printf(Locale.ROOT, "  %12s actors %s%s; \"%s\" (%.2f)%n", "",
                    e.actors().stream().map(Entity::name).toList(),
                    e.location() == null ? "" : ", in " + e.location().name(), e.dateText(), e.confidence());
        }
    }
}

package dev.dateline.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.extraction.Entity;
import dev.dateline.extraction.EntityKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of the project's sample articles ({@code samples/articles.jsonl}) turned into
 * templates: every gazetteer name becomes a slot of its kind and every year a slot holding its
 * distance from the article's publication year, so that a generated article can reuse the sentence
 * with its own actors and its own years.
 */
final class SampleSentences {

    static final String RESOURCE = "/dev/dateline/bench/samples/articles.jsonl";

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20[0-4]\\d)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”]?)\\s+(?=[\"“A-Z])");

    /** A piece of a sentence: literal text, a name slot of a kind, or a year slot (years before publication). */
    record Part(String text, EntityKind kind, int yearsBack, boolean isYear) {
    }

    /** One sample sentence as parts; {@code names} is how many distinct names it had. */
    record Template(List<Part> parts) {
    }

    private SampleSentences() {
    }

    static List<Template> load(List<Entity> gazetteer) {
        try (InputStream in = Objects.requireNonNull(SampleSentences.class.getResourceAsStream(RESOURCE),
                "the sample articles are missing from this build (" + RESOURCE + ")");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            ObjectMapper json = new ObjectMapper();
            Pattern names = namePattern(gazetteer);
            Map<String, EntityKind> kinds = new java.util.HashMap<>();
            for (Entity e : gazetteer) {
                kinds.putIfAbsent(e.name(), e.kind());
            }
            List<Template> out = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = json.readTree(line);
                int year = OffsetDateTime.parse(article.path("published").asText()).getYear();
                for (String paragraph : article.path("body").asText().split("\n+")) {
                    for (String sentence : SENTENCE_END.split(paragraph.strip())) {
                        if (sentence.length() >= 40) {
                            out.add(template(sentence, year, names, kinds));
                        }
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Canonical names of four letters or more, longest first so that "North Korea" wins over "Korea". */
    private static Pattern namePattern(List<Entity> gazetteer) {
        List<String> names = gazetteer.stream()
                .filter(e -> e.kind() == EntityKind.COUNTRY || e.kind() == EntityKind.PERSON
                        || e.kind() == EntityKind.ORGANIZATION || e.kind() == EntityKind.PLACE)
                .map(Entity::name)
                .filter(n -> n.length() >= 4)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .toList();
        return Pattern.compile("\\b(?:" + String.join("|", names) + ")\\b");
    }

    private static Template template(String sentence, int publishedYear, Pattern names, Map<String, EntityKind> kinds) {
        List<Part> parts = new ArrayList<>();
        Matcher m = names.matcher(sentence);
        int at = 0;
        while (m.find()) {
            literal(parts, sentence.substring(at, m.start()), publishedYear);
            parts.add(new Part(m.group(), kinds.get(m.group()), 0, false));
            at = m.end();
        }
        literal(parts, sentence.substring(at), publishedYear);
        return new Template(List.copyOf(parts));
    }

    private static void literal(List<Part> parts, String text, int publishedYear) {
        Matcher y = YEAR.matcher(text);
        int at = 0;
        while (y.find()) {
            if (y.start() > at) {
                parts.add(new Part(text.substring(at, y.start()), null, 0, false));
            }
            parts.add(new Part(null, null, Math.max(0, publishedYear - Integer.parseInt(y.group())), true));
            at = y.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), null, 0, false));
        }
    }
}

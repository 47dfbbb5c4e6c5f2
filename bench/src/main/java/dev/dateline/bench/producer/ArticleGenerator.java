package dev.dateline.bench.producer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Realistic news articles of about 5 KB for the producer benchmark, written from the project's own
 * sentence templates with a fixed seed, so that every run publishes the same file. The text varies
 * enough (places, people, numbers, dates, sentence order) that it compresses like real news, not
 * like a repeated string.
 */
final class ArticleGenerator {

    private static final String[] PLACES = {"Harbourton", "the northern valley", "Port Selden", "the capital",
        "Lakeside county", "the eastern provinces", "Marrow Bay", "the river delta", "Ostrava Heights", "the border towns",
        "Kettering Cross", "the island chain", "Vale of Amber", "the coastal plain", "Norhold", "the old quarter"};
    private static final String[] PEOPLE = {"Mayor Ana Ribeiro", "Minister Tomas Kell", "Dr. Priya Anand",
        "council leader Jonah Marsh", "engineer Lina Okafor", "spokeswoman Greta Holm", "Judge Samuel Ortiz",
        "union leader Marek Novak", "Governor Elise Tran", "economist Hugo Brandt", "coach Amara Diallo",
        "chief executive Rui Santos", "Senator Clara Voss", "historian Ilya Petrov"};
    private static final String[] ORGS = {"the water authority", "the regional council", "the transport ministry",
        "the port operator", "the national weather service", "the electoral commission", "the health board",
        "the central bank", "the teachers' union", "the coast guard", "the planning office", "the football federation"};
    private static final String[] THINGS = {"the new bridge", "the flood barrier", "the rail link", "the budget",
        "the vaccination drive", "the wind farm", "the harbour expansion", "the school reform", "the trade agreement",
        "the ceasefire talks", "the museum renovation", "the housing plan", "the satellite launch", "the election"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] SOURCES = {"Harbour Post", "Valley Courier", "Northern Ledger", "Coastal Gazette",
        "Capital Wire", "Delta Times", "Island Review", "Plains Herald"};
    private static final String[] OFFSETS = {"+09:00", "Z", "-05:00", "+01:00", "+05:30", "-03:00", "+02:00", "-08:00"};

    /** Sentence templates: {P} place, {W} person, {O} organisation, {T} thing, {M} month, {D} day, {N} number, {Y} year. */
    private static final String[] SENTENCES = {
        "{W} said on {D} that work on {T} in {P} would resume in {M} after a pause of {N} weeks.",
        "Officials from {O} met residents of {P} on {D} evening to explain why {T} had fallen behind schedule.",
        "The plan was first announced in {M} {Y}, when {W} promised that {T} would be finished within {N} months.",
        "According to figures published by {O}, about {N},000 people in {P} were affected last year.",
        "Critics argue that {T} has cost far more than expected, while supporters say it will pay for itself by {Y}.",
        "{W} told reporters that the decision had not been easy, but that {O} could not wait any longer.",
        "A spokesperson for {O} declined to comment on the report, saying a full statement would follow on {D}.",
        "Heavy rain in {M} flooded several streets in {P}, and repairs are still under way {N} weeks later.",
        "The agreement signed in {Y} set out a timetable that both sides now admit was too ambitious.",
        "In an interview on {D}, {W} described {T} as the most important project for {P} in a generation.",
        "Local businesses in {P} reported a {N} percent fall in trade during the closure, according to a survey.",
        "{O} said it had received more than {N} complaints since the start of {M} and was reviewing each one.",
        "The first phase of {T} was completed in {M} {Y}, two years after the original deadline.",
        "Residents gathered outside the offices of {O} on {D} to demand a public inquiry into {T}.",
        "{W} is expected to present a revised proposal to {O} next month, aides said.",
        "Engineers warned in {Y} that the old structure in {P} would not survive another severe winter.",
        "The vote, held on {D}, passed by {N} votes, a narrower margin than {W} had predicted.",
        "Independent analysts estimate that {T} will create around {N}00 jobs across {P} over the next decade.",
        "Neither {O} nor {W} has said when the final report will be made public.",
        "The last comparable project in {P}, completed in {Y}, took almost {N} years from approval to opening.",
    };

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final JsonFactory JSON = new JsonFactory();

    private final SplittableRandom random;

    ArticleGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Writes {@code count} articles, or articles until {@code minBytes} (uncompressed) when count is 0; gzip when the name ends in .gz. */
    static long write(Path file, long count, long minBytes, long seed) throws IOException {
        ArticleGenerator g = new ArticleGenerator(seed);
        long written = 0;
        long bytes = 0;
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream data = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
             Writer out = new OutputStreamWriter(new java.io.BufferedOutputStream(data, 1 << 16), StandardCharsets.UTF_8)) {
            while (count > 0 ? written < count : bytes < minBytes) {
                String line = g.article(written);
                out.write(line);
                out.write('\n');
                bytes += line.length() + 1;
                written++;
            }
        }
        return written;
    }

    String article(long n) throws IOException {
        String place = pick(PLACES);
        String thing = pick(THINGS);
        StringBuilder body = new StringBuilder(5600);
        while (body.length() < 4600 + random.nextInt(800)) {
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                String template = SENTENCES[random.nextInt(SENTENCES.length)];
                body.append(fill(template.replace("{P}", random.nextInt(3) == 0 ? pick(PLACES) : place)
                        .replace("{T}", random.nextInt(3) == 0 ? pick(THINGS) : thing)));
                body.append(' ');
            }
            body.setLength(body.length() - 1);
            body.append("\n\n");
        }
        body.setLength(body.length() - 2);
        String source = pick(SOURCES);
        String offset = pick(OFFSETS);
        Instant published = Instant.parse("2015-01-01T00:00:00Z").plusSeconds(random.nextLong(10L * 365 * 24 * 3600));
        String slug = thing.replace("the ", "").replace(' ', '-').replace("'", "") + "-" + n;
        StringWriter w = new StringWriter(body.length() + 400);
        try (JsonGenerator j = JSON.createGenerator(w)) {
            j.writeStartObject();
            j.writeStringField("id", "bench-" + n);
            j.writeStringField("url", "https://news.example/" + source.toLowerCase().replace(' ', '-') + "/" + slug);
            j.writeStringField("source", source);
            j.writeStringField("title", capitalise(fill("{T} in {P}: what comes next".replace("{T}", thing).replace("{P}", place))));
            j.writeStringField("published", ISO.format(published.atOffset(ZoneOffset.of(offset))));
            j.writeStringField("language", "en");
            j.writeStringField("body", body.toString());
            j.writeEndObject();
        }
        return w.toString();
    }

    private String fill(String template) {
        return template.replace("{W}", pick(PEOPLE)).replace("{O}", pick(ORGS)).replace("{M}", pick(MONTHS))
                .replace("{D}", pick(DAYS)).replace("{N}", Integer.toString(2 + random.nextInt(97)))
                .replace("{Y}", Integer.toString(1995 + random.nextInt(30)))
                .replace("{P}", pick(PLACES)).replace("{T}", pick(THINGS));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

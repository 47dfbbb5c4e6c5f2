package dev.dateline.cli;

import dev.dateline.config.DatelineConfig;
import dev.dateline.kafka.Topics;
import dev.dateline.producer.ArticleExporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline export}: write a topic's articles out as JSON Lines that {@code dateline publish} reads back. */
@Command(name = "export", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = PublishCommand.EXIT_USAGE,
        description = {"Write the articles of a topic as JSON Lines (gzip-compressed when FILE ends in .gz), for "
                + "backups and for backfilling another cluster: `dateline publish FILE` reproduces every record's key, "
                + "timestamp and value.",
            "Exit status: 0 every record exported; 2 some records were not articles (each is reported); "
                + "1 the export could not be made; 64 bad usage."})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Option(names = "--topic", defaultValue = Topics.ARTICLES, description = "Topic to export (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--from", paramLabel = "DATE|TIME",
            description = "Only articles published at or after this (2023-01-01 = 00:00 UTC that day, or an ISO-8601 time).")
    String from;

    @Option(names = "--to", paramLabel = "DATE|TIME",
            description = "Only articles published before this time, or up to the end of this day (2023-12-31 includes that day).")
    String to;

    @Option(names = "--consumer-config", paramLabel = "FILE",
            description = "Kafka consumer properties (TLS, SASL), under -X and -b flags.")
    Path consumerConfig;

    @Parameters(paramLabel = "FILE", arity = "1",
            description = "Where to write: FILE.jsonl, FILE.jsonl.gz (compressed), or - for standard output.")
    String output;

    /** Standard output; a field so that tests can capture it. */
    PrintStream stdout = System.out;

    @Override
    public Integer call() throws Exception {
        Instant fromTime = from == null ? null : parseTime(from, "--from", false);
        Instant toTime = to == null ? null : parseTime(to, "--to", true);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            throw new IllegalArgumentException("--from " + from + " is not before --to " + to);
        }
        DatelineConfig cfg = config.resolve();
        Map<String, Object> kafka = consumerProperties(cfg);
        PublishCommand.requireTopic(kafka, cfg.bootstrapServers(), topic);
        PrintStream err = System.err;
        ArticleExporter exporter = new ArticleExporter(kafka);
        ArticleExporter.Report report;
        if (output.equals("-")) {
            Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
            report = exporter.export(topic, fromTime, toTime, out, p -> err.println("export: " + p));
        } else {
            Path target = Path.of(output).toAbsolutePath();
            // written beside the target and moved into place at the end, so that a failed export
            // never leaves a truncated archive that looks complete
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try {
                try (OutputStream file = java.nio.file.Files.newOutputStream(partial);
                     OutputStream data = output.endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
                     Writer out = new BufferedWriter(new OutputStreamWriter(data, StandardCharsets.UTF_8), 1 << 16)) {
                    report = exporter.export(topic, fromTime, toTime, out, p -> err.println("export: " + p));
                }
                java.nio.file.Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                java.nio.file.Files.deleteIfExists(partial);
            }
        }
        err.println("export: " + report.summary());
        return report.problems() > 0 ? PublishCommand.EXIT_INVALID : 0;
    }

    private Map<String, Object> consumerProperties(DatelineConfig cfg) throws IOException {
        return config.clientProperties(cfg, consumerConfig, "consumer");
    }

    /** A date is midnight UTC (for {@code --to}, the midnight that ends it); a time needs its offset. */
    static Instant parseTime(String text, String option, boolean endOfDay) {
        String s = text.trim();
        try {
            LocalDate day = LocalDate.parse(s);
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            // a full time, then
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is neither a date (2023-11-22) nor a time with "
                    + "an offset (2023-11-22T09:30:00+09:00)");
        }
    }
}

package dev.dateline.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleInputsTest {

    @TempDir
    Path dir;

    static final String LINE = "{\"id\":\"a%d\",\"url\":\"https://news.example/a%d\",\"published\":\"2024-01-0%dT10:00:00Z\",\"body\":\"Body %d.\"}";

    private List<InputRecord> readAll(List<String> names, ArticleInputs.Format format, InputStream stdin,
                                      List<String> notices) throws Exception {
        List<InputRecord> out = new ArrayList<>();
        try (ArticleInputs inputs = ArticleInputs.open(names, format, stdin, 1 << 20, notices::add)) {
            inputs.forEachRemaining(out::add);
        }
        return out;
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void readsEveryKindInTurnAndRecognisesGzipByItsContent() throws Exception {
        Path jsonl = dir.resolve("a.jsonl");
        Files.writeString(jsonl, LINE.formatted(1, 1, 1, 1) + "\n" + LINE.formatted(2, 2, 2, 2) + "\n");
        Path gz = dir.resolve("b.jsonl.gz");
        Files.write(gz, gzip(LINE.formatted(3, 3, 3, 3) + "\n"));
        Path gzWithoutSuffix = dir.resolve("c.data");
        Files.write(gzWithoutSuffix, gzip(LINE.formatted(4, 4, 4, 4) + "\n"));
        Path feed = dir.resolve("feed.rss.gz");
        Files.write(feed, gzip(FeedReaderTest.RSS));
        Path texts = Files.createDirectories(dir.resolve("texts/2024"));
        Files.writeString(texts.resolve("one.md"), "---\nurl: https://news.example/t1\npublished: 2024-02-01\n---\nOne.\n");
        Files.writeString(texts.resolve("two.txt"), "---\nurl: https://news.example/t2\npublished: 2024-02-02\n---\nTwo.\n");
        Files.writeString(texts.resolve("notes.pdf"), "not an article");
        Files.writeString(texts.resolve(".hidden.md"), "editor swap file");
        List<String> notices = new ArrayList<>();

        List<InputRecord> records = readAll(List.of(jsonl.toString(), gz.toString(), gzWithoutSuffix.toString(),
                feed.toString(), dir.resolve("texts").toString()), ArticleInputs.Format.AUTO, InputStream.nullInputStream(), notices);

        assertThat(records).extracting(r -> r.origin().toString()).containsExactly(
                jsonl + ":1", jsonl + ":2", gz + ":1", gzWithoutSuffix + ":1", feed + ":8", feed + ":16",
                texts.resolve("one.md") + ":1", texts.resolve("two.txt") + ":1");
        assertThat(records).allMatch(r -> r instanceof InputRecord.Parsed);
        assertThat(notices).containsExactly(dir.resolve("texts") + ": ignored 2 files that are not .txt or .md articles");
    }

    @Test
    void standardInputIsRecognisedByItsFirstCharacter() throws Exception {
        List<InputRecord> jsonl = readAll(List.of("-"), ArticleInputs.Format.AUTO,
                new ByteArrayInputStream((" \n" + LINE.formatted(1, 1, 1, 1)).getBytes(StandardCharsets.UTF_8)), new ArrayList<>());
        assertThat(jsonl).extracting(r -> r.origin().toString()).containsExactly("stdin:2");

        List<InputRecord> feed = readAll(List.of("-"), ArticleInputs.Format.AUTO,
                new ByteArrayInputStream(gzip(FeedReaderTest.ATOM)), new ArrayList<>());
        assertThat(((InputRecord.Parsed) feed.get(0)).article().id()).isEqualTo("urn:example:orbit-notes:probe");

        List<InputRecord> text = readAll(List.of("-"), ArticleInputs.Format.AUTO, new ByteArrayInputStream(
                "---\nurl: https://news.example/t\npublished: 2024-02-01\n---\nBody.\n".getBytes(StandardCharsets.UTF_8)),
                new ArrayList<>());
        assertThat(((InputRecord.Parsed) text.get(0)).article().body()).isEqualTo("Body.");
    }

    @Test
    void aMissingInputFailsBeforeAnythingIsRead() {
        assertThatThrownBy(() -> ArticleInputs.open(List.of(dir.resolve("nope.jsonl").toString()), ArticleInputs.Format.AUTO,
                InputStream.nullInputStream(), 1000, s -> { }))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nope.jsonl");
    }

    @Test
    void aTruncatedGzipFileIsReportedWhereReadingStoppedAndTheNextInputIsRead() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            many.append(LINE.formatted(i, i, 1 + i % 9, i)).append('\n');
        }
        byte[] whole = gzip(many.toString());
        Path truncated = dir.resolve("cut.jsonl.gz");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        Path next = dir.resolve("next.jsonl");
        Files.writeString(next, LINE.formatted(1, 1, 1, 1) + "\n");

        List<InputRecord> records = readAll(List.of(truncated.toString(), next.toString()), ArticleInputs.Format.AUTO,
                InputStream.nullInputStream(), new ArrayList<>());

        InputRecord.Unreadable cut = records.stream().filter(r -> r instanceof InputRecord.Unreadable)
                .map(r -> (InputRecord.Unreadable) r).findFirst().orElseThrow();
        assertThat(cut.rejection().message()).startsWith(truncated + ":").contains("cannot read on after line")
                .endsWith("; the rest of this input was not read");
        assertThat(records.get(records.size() - 1).origin().toString()).isEqualTo(next + ":1");
    }

    @Test
    void aLineWhoseBytesAreNotUtf8IsRejectedAndTheNextIsRead() throws Exception {
        Path bad = dir.resolve("latin1.jsonl");
        Files.write(bad, ("{\"id\":\"x\",\"body\":\"caf" + (char) 0 + "\"}\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Files.readAllBytes(bad);
        bytes[bytes.length - 4] = (byte) 0xE9; // é in Latin-1
        Files.write(bad, bytes);
        Files.write(bad, (new String(bytes, StandardCharsets.ISO_8859_1) + LINE.formatted(2, 2, 2, 2) + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        List<InputRecord> records = readAll(List.of(bad.toString()), ArticleInputs.Format.AUTO, InputStream.nullInputStream(),
                new ArrayList<>());
        assertThat(((InputRecord.Unreadable) records.get(0)).rejection().message())
                .startsWith(bad + ":1: not UTF-8 text at column ").contains("Invalid UTF-8");
        assertThat(records.get(1)).as("the next line is read").isInstanceOf(InputRecord.Parsed.class);
    }

    @Test
    void progressCountsTheBytesOfTheFilesAsStored() throws Exception {
        Path jsonl = dir.resolve("a.jsonl");
        Files.writeString(jsonl, LINE.formatted(1, 1, 1, 1) + "\n");
        try (ArticleInputs inputs = ArticleInputs.open(List.of(jsonl.toString()), ArticleInputs.Format.AUTO,
                InputStream.nullInputStream(), 1000, s -> { })) {
            assertThat(inputs.totalBytes()).isEqualTo(Files.size(jsonl));
            inputs.forEachRemaining(r -> { });
            assertThat(inputs.bytesRead()).isEqualTo(Files.size(jsonl));
        }
    }
}

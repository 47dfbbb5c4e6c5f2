package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new EvalCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void scoresTimeMl(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("d.tml"), """
                <?xml version="1.0" ?>
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
                <TEXT>Shares fell <TIMEX3 tid="t1" type="DATE" value="1998-02-12">yesterday</TIMEX3>.</TEXT></TimeML>
                """);
        String[] r = run("timeml", "--errors", dir.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("strict extent   P 1.0000  R 1.0000  F1 1.0000").contains("value");
    }

    @Test
    void scoresGoldEvents(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), """
                {"id": "a", "published": "2024-03-14T09:00:00Z",
                 "body": "North Korea conducted a nuclear test on Sept. 3, 2017.",
                 "events": [{"date": "2017-09-03", "type": "NUCLEAR_TEST", "participants": ["North Korea"],
                             "modality": "ASSERTED", "dateText": "Sept. 3, 2017", "evidence": "x"}]}
                """);
        String[] r = run("events", "--errors", dir.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("events     P 1.0000  R 1.0000  F1 1.0000").contains("modality accuracy");
    }

    @Test
    void scoresGoldEventsWithTheReader(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), """
                {"id": "a", "published": "2024-03-14T09:00:00Z",
                 "body": "North Korea conducted a nuclear test on Sept. 3, 2017.",
                 "events": [{"date": "2017-09-03", "type": "NUCLEAR_TEST", "participants": ["North Korea"],
                             "modality": "ASSERTED", "dateText": "Sept. 3, 2017", "evidence": "x"}]}
                """);
        String[] r = run("events", "--reader", dir.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("events     P 1.0000  R 1.0000  F1 1.0000");
        Path model = dir.resolve("missing.onnx");
        r = run("events", "--reader-model", model.toString(), dir.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains(model.toString());
    }

    @Test
    void saysWhenThereIsNothingToScore(@TempDir Path dir) {
        String[] r = run("events", dir.toString());
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("no gold articles");
    }

    private static void goldArticle(Path dir, String id, String body, String date, String type, String dateText)
            throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(id + ".json"), """
                {"id": "%s", "published": "2024-03-14T09:00:00Z", "body": "%s",
                 "events": [{"date": "%s", "type": "%s", "participants": ["North Korea"],
                             "modality": "ASSERTED", "dateText": "%s", "evidence": "%s"}]}
                """.formatted(id, body, date, type, dateText, body));
    }

    @Test
    void trainsTheAttachmentModelHoldingOutEachFolderAndScoresWithIt(@TempDir Path dir) throws Exception {
        goldArticle(dir.resolve("one"), "a", "North Korea conducted a nuclear test on Sept. 3, 2017.", "2017-09-03",
                "NUCLEAR_TEST", "Sept. 3, 2017");
        goldArticle(dir.resolve("two"), "b", "North Korea fired a missile on Tuesday.", "2024-03-12", "MISSILE_LAUNCH",
                "Tuesday");
        Path model = dir.resolve("model.tsv");

        String[] r = run("attachment", "--learning-curve", "--out", model.toString(), dir.resolve("one").toString(),
                dir.resolve("two").toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("1 dates labelled (1 of them a gold event's), the rules' choice right for 1 of them")
                .contains("held out").contains("typing").contains("written to " + model)
                .contains("learning curve, two held out:").contains("trained on   1 articles");
        assertThat(Files.readString(model)).startsWith("# Attachment model").contains("bias\t");

        String[] scored = run("events", "--attachment", model.toString(), dir.resolve("one").toString());
        assertThat(scored[0]).isEqualTo("0");
        assertThat(scored[1]).contains("gold events 1");
        String[] missing = run("events", "--attachment", dir.resolve("none.tsv").toString(), dir.resolve("one").toString());
        assertThat(missing[0]).isEqualTo("2");
        assertThat(missing[2]).contains("no such file");
    }

    @Test
    void measuresAgreementBetweenAnnotationsAndTheEngine(@TempDir Path dir) throws Exception {
        goldArticle(dir.resolve("set"), "a", "North Korea conducted a nuclear test on Sept. 3, 2017.", "2017-09-03",
                "NUCLEAR_TEST", "Sept. 3, 2017");
        goldArticle(dir.resolve("other"), "a", "North Korea conducted a nuclear test on Sept. 3, 2017.", "2017-09-03",
                "MISSILE_LAUNCH", "Sept. 3, 2017");

        String[] r = run("agreement", "--engine", "--disagreements", dir.resolve("set").toString(),
                dir.resolve("other").toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).containsPattern("set ~ other +0.000 +1.000 ")
                .contains("MISSILE_LAUNCH / NUCLEAR_TEST")
                .contains("ONLY-2 a  2017-09-03 MISSILE_LAUNCH")
                .contains("engine against");
        String[] missing = run("agreement", dir.resolve("set").toString(), dir.resolve("none.json").toString());
        assertThat(missing[0]).isEqualTo("2");
        assertThat(missing[2]).contains("no such file or folder");
    }
}

package dev.dateline.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.Timex;
import dev.dateline.extraction.TimexType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TempEvalScorerTest {

    /** A TimeML document written for this test. */
    private static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>T1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" temporalFunction="false" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
            <TEXT>
            The board met <TIMEX3 tid="t1" type="DATE" value="1998-02-12">yesterday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3> and will meet again <TIMEX3 tid="t3" type="DATE" value="1998-W08">next week</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    private static AnnotatedDocument doc() throws IOException {
        return TimeMlReader.read("t1.tml", new ByteArrayInputStream(TML.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTextOffsetsAndCreationTime() throws IOException {
        AnnotatedDocument d = doc();
        assertThat(d.creationDate()).isEqualTo(LocalDate.of(1998, 2, 13));
        assertThat(d.timexes()).hasSize(3);
        AnnotatedDocument.GoldTimex first = d.timexes().get(0);
        assertThat(d.text().substring(first.start(), first.end())).isEqualTo("yesterday");
        assertThat(first.type()).isEqualTo(TimexType.DATE);
    }

    @Test
    void scoresStrictRelaxedValueAndType() throws IOException {
        AnnotatedDocument d = doc();
        int y = d.text().indexOf("yesterday");
        int h = d.text().indexOf("three hours");
        int w = d.text().indexOf("next week");
        List<Timex> system = List.of(
                new Timex("yesterday", y, y + 9, TimexType.DATE, "1998-02-12"),        // right
                new Timex("for three hours", h - 4, h + 11, TimexType.DURATION, "PT3H"), // relaxed only
                new Timex("week", w + 5, w + 9, TimexType.DURATION, "P1W"),            // wrong value and type
                new Timex("board", d.text().indexOf("board"), d.text().indexOf("board") + 5, TimexType.DATE, "X"));
        List<TempEvalScorer.Error> errors = new ArrayList<>();
        TempEvalScorer.Score s = TempEvalScorer.score(d, system, errors);
        assertThat(s.strict()).isEqualTo(new Prf(1, 4, 3));
        assertThat(s.relaxed()).isEqualTo(new Prf(3, 4, 3));
        assertThat(s.value()).isEqualTo(new Prf(2, 4, 3));
        assertThat(s.type()).isEqualTo(new Prf(2, 4, 3));
        assertThat(errors).extracting(TempEvalScorer.Error::kind).containsExactly("EXTENT", "VALUE", "SPURIOUS");
    }

    @Test
    void theEngineGetsThisDocumentRight() throws IOException {
        AnnotatedDocument d = doc();
        TempEvalScorer.Score s = TempEvalScorer.score(d, Extractor.create().tag(d.text(), d.creationDate()), null);
        assertThat(s.strict().f1()).isEqualTo(1.0);
        assertThat(s.value().f1()).isEqualTo(1.0);
    }

    @Test
    void comparesDecadesAndCenturiesAsTimeMlWritesThem() {
        assertThat(TempEvalScorer.timeMlValue("199X")).isEqualTo("199");
        assertThat(TempEvalScorer.timeMlValue("19XX")).isEqualTo("19");
        assertThat(TempEvalScorer.timeMlValue("1998")).isEqualTo("1998");
        assertThat(TempEvalScorer.timeMlValue("XXXX-07")).isEqualTo("XXXX-07");
        assertThat(TempEvalScorer.timeMlValue("PXY")).isEqualTo("PXY");
    }

    @Test
    void aDecadeAWeekOrAnHourMatchesHoweverTheGoldWritesIt() {
        assertThat(TempEvalScorer.sameValue("199", "199X")).isTrue();
        assertThat(TempEvalScorer.sameValue("199X", "199X")).isTrue();
        assertThat(TempEvalScorer.sameValue("19XX", "19XX")).isTrue();
        assertThat(TempEvalScorer.sameValue("2000-W7", "2000-W07")).isTrue();
        assertThat(TempEvalScorer.sameValue("2000-W7-WE", "2000-W07-WE")).isTrue();
        assertThat(TempEvalScorer.sameValue("2000-W17", "2000-W07")).isFalse();
        assertThat(TempEvalScorer.sameValue("1989-WXX", "1989-W43")).isFalse();
        assertThat(TempEvalScorer.sameValue("1998", "199X")).isFalse();
        assertThat(TempEvalScorer.sameValue("1989-11-06T17", "1989-11-06T17:00")).isTrue();
        assertThat(TempEvalScorer.sameValue("1989-11-06T17", "1989-11-06T17:30")).isFalse();
        assertThat(TempEvalScorer.sameValue("1989-11-06TEV", "1989-11-06")).isFalse();
        assertThat(TempEvalScorer.sameValue("P2Q", "P6M")).isTrue();
        assertThat(TempEvalScorer.sameValue("PXQ", "PXM")).isFalse();
        assertThat(TempEvalScorer.sameValue("P1Q", "1989-Q1")).isFalse();
    }

    @Test
    void unspecifiedFieldsAtTheEndAddNothing() {
        assertThat(TempEvalScorer.sameValue("1949-XX", "1949")).isTrue();
        assertThat(TempEvalScorer.sameValue("1994-XX-XX", "1994")).isTrue();
        assertThat(TempEvalScorer.sameValue("1998-10-XX", "1998-10")).isTrue();
        assertThat(TempEvalScorer.sameValue("1989-QX", "1989")).isTrue();
        assertThat(TempEvalScorer.sameValue("1989-QX", "1989-Q3")).isFalse();
        assertThat(TempEvalScorer.sameValue("1998-10-XX", "1998-W43")).isFalse();
        assertThat(TempEvalScorer.sameValue("XXXX-XX-XX", "P1D")).isFalse();
        assertThat(TempEvalScorer.sameValue("XXXX-WXX-1", "1998-02-16")).isFalse();
    }
}

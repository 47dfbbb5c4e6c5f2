package dev.dateline.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.extraction.Modality;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatorAgreementTest {

    private static GoldArticle.GoldEvent event(String date, String type, Modality modality, String... participants) {
        return new GoldArticle.GoldEvent(date, type, List.of(participants), modality, "on the day", "A sentence.");
    }

    @Test
    void agreementIsTheScorersMatchBetweenTwoAnnotations() {
        List<GoldArticle.GoldEvent> first = List.of(
                event("2019-02-27", "SUMMIT", Modality.ASSERTED, "Hanoi", "Kim Jong-un"),
                event("2019-03", "STATEMENT", Modality.ASSERTED, "North Korea"),
                event("2019-04-11", "MEETING", Modality.PLANNED, "Moon Jae-in"),
                event("2018", "VISIT", Modality.ASSERTED, "Singapore"));
        List<GoldArticle.GoldEvent> second = List.of(
                event("2019-02-27", "SUMMIT", Modality.ASSERTED, "kim jong-un"),
                event("2019-03", "REPORT", Modality.ASSERTED, "North Korea", "Pyongyang"),
                event("2019-04-11", "MEETING", Modality.ASSERTED, "Moon Jae-in"),
                event("2019-04-12", "MEETING", Modality.PLANNED, "Donald Trump"));
        List<String> listed = new ArrayList<>();

        AnnotatorAgreement.Pair p = AnnotatorAgreement.compare("a-1", first, second, listed);

        // the summit (names compared case-insensitively) and the April meeting agree on date, type and a name
        assertThat(p.events()).isEqualTo(new Prf(2, 4, 4));
        assertThat(p.dateOnly().correct()).isEqualTo(3);
        assertThat(p.typeOnly().correct()).isEqualTo(2);
        assertThat(p.modalityAgreed()).isEqualTo(1);
        assertThat(p.typeDifferences()).containsExactly(Map.entry("REPORT / STATEMENT", 1));
        assertThat(listed).hasSize(4)
                .anyMatch(l -> l.startsWith("ONLY-1 a-1  2018 VISIT"))
                .anyMatch(l -> l.startsWith("ONLY-2 a-1  2019-04-12 MEETING"));
        // the measure is symmetric: swapping the sides swaps precision and recall only
        AnnotatorAgreement.Pair back = AnnotatorAgreement.compare("a-1", second, first, null);
        assertThat(back.events().f1()).isEqualTo(p.events().f1());
        assertThat(back.typeDifferences()).isEqualTo(p.typeDifferences());
    }

    @Test
    void readsAnEventsFileAndComparesOnlyArticlesEveryAnnotationCovers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("second.json");
        Files.writeString(file, """
                {"annotator": "second", "set": "t", "articles": {
                  "t-1": [{"date": "2021-05-03", "type": "LAUNCH", "participants": ["SpaceX"], "modality": "ASSERTED",
                           "dateText": "on Monday", "evidence": "SpaceX flew a rocket on Monday."}]}}
                """);
        GoldArticle one = new GoldArticle("t-1", "One", java.time.LocalDate.of(2021, 5, 5),
                "SpaceX flew a rocket on Monday.", List.of(event("2021-05-03", "LAUNCH", Modality.ASSERTED, "SpaceX")));
        GoldArticle two = new GoldArticle("t-2", "Two", java.time.LocalDate.of(2021, 5, 5),
                "Nothing happened.", List.of(event("2021", "OTHER", Modality.ASSERTED, "Nobody")));
        AnnotatorAgreement.Annotation second = AnnotatorAgreement.Annotation.read(file);
        assertThat(second.name()).isEqualTo("second");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AnnotatorAgreement.run(List.of(one, two), List.of(AnnotatorAgreement.Annotation.of("gold", List.of(one, two)),
                second), null, true, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("second       1 of 2 articles annotated, 1 events on the 1 all share")
                .containsPattern("gold ~ second +1.000 ")
                .doesNotContain("ONLY-");
    }

    @Test
    void saysWhereAnEventsFileIsWrong(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"annotator": "x", "articles": {"t-9": [{"date": "2020", "type": "OTHER", "modality": "MAYBE"}]}}
                """);
        assertThatThrownBy(() -> AnnotatorAgreement.Annotation.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.json, article t-9: event 1: unknown modality 'MAYBE'");
        Files.writeString(file, "{\"events\": []}");
        assertThatThrownBy(() -> AnnotatorAgreement.Annotation.read(file)).hasMessageContaining("expected {\"annotator\"");
    }
}

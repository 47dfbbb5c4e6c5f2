package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trained attachment model: learning, its file, and how the engine uses it; texts written for this test. */
class AttachmentModelTest {

    private static final Extractor EXTRACTOR = Extractor.create();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 14);
    private static final String TEXT = "The two prime ministers met in Oslo on Tuesday, a week after the flood. "
            + "Parliament will vote on the budget next month.";

    private static AttachmentModel.Candidate cand(String... features) {
        return new AttachmentModel.Candidate("MEETING", List.of(features), false);
    }

    @Test
    void learnsWhichCandidateIsRightAndWhenNoneIs() {
        List<AttachmentModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // the right trigger is the one in the date's own clause, wherever it stands in the list
            examples.add(new AttachmentModel.Example(List.of(cand("bias", "other-clause"), cand("bias", "own-clause")),
                    Set.of(1)));
            examples.add(new AttachmentModel.Example(List.of(cand("bias", "own-clause"), cand("bias", "other-clause")),
                    Set.of(0)));
            // a date in an aside dates nothing
            examples.add(new AttachmentModel.Example(List.of(cand("bias", "aside")), Set.of()));
        }
        AttachmentModel m = AttachmentModel.train(examples, 10, 0.001, 1L, Set.of());

        assertThat(m.choose(List.of(List.of("bias", "other-clause"), List.of("bias", "own-clause")))).isEqualTo(1);
        assertThat(m.choose(List.of(List.of("bias", "own-clause"), List.of("bias", "other-clause")))).isEqualTo(0);
        assertThat(m.choose(List.of(List.of("bias", "aside")))).isEqualTo(-1);
        // dropped features are never learned
        AttachmentModel blind = AttachmentModel.train(examples, 10, 0.001, 1L, Set.of("own", "other"));
        assertThat(blind.score(List.of("own-clause"))).isZero();
    }

    @Test
    void aWrittenModelReadsBackTheSame(@TempDir Path dir) {
        List<AttachmentModel.Example> examples = List.of(
                new AttachmentModel.Example(List.of(cand("bias", "near"), cand("bias", "far")), Set.of(0)));
        AttachmentModel m = AttachmentModel.train(examples, 5, 0.01, 7L, Set.of());
        Path file = dir.resolve("weights.tsv");
        m.write(file, "two lines\nof header");

        AttachmentModel back = AttachmentModel.read(file);
        assertThat(back.size()).isEqualTo(m.size());
        assertThat(back.score(List.of("bias", "near"))).isCloseTo(m.score(List.of("bias", "near")),
                org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void aBadLineIsNamedWithItsFileAndNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "# header\nbias\t0.5\nnear\tmuch\n");
        assertThatThrownBy(() -> AttachmentModel.read(file)).hasMessageContaining("bad.tsv").hasMessageContaining("3")
                .hasMessageContaining("much");
    }

    @Test
    void theEngineGivesEveryChoiceWithTheRulesPick() {
        List<AttachmentModel.Choice> choices = EXTRACTOR.attachmentChoices(TEXT, PUBLISHED);
        assertThat(choices).isNotEmpty();
        AttachmentModel.Choice tuesday = choices.stream()
                .filter(c -> TEXT.substring(c.dateStart(), c.dateEnd()).contains("Tuesday")).findFirst().orElseThrow();
        assertThat(tuesday.value()).isEqualTo("2024-03-12");
        assertThat(TEXT.substring(tuesday.sentenceStart(), tuesday.sentenceEnd())).startsWith("The two prime ministers");
        assertThat(tuesday.candidates()).anySatisfy(c -> {
            assertThat(c.ruleChoice()).isTrue();
            assertThat(c.features()).contains("bias", "rule");
        });
    }

    @Test
    void aModelThatCopiesTheRulesFindsTheirEventsAndOneThatAttachesNothingFindsNone() {
        List<Resources.Line> copy = List.of(new Resources.Line("test", 1, "rule\t1.0"));
        List<Resources.Line> nothing = List.of(new Resources.Line("test", 1, "bias\t-1.0"));
        List<ExtractedEvent> rules = EXTRACTOR.extract(TEXT, PUBLISHED).events();

        assertThat(rules).isNotEmpty();
        assertThat(EXTRACTOR.withAttachment(AttachmentModel.read(copy)).extract(TEXT, PUBLISHED).events())
                .isEqualTo(rules);
        assertThat(EXTRACTOR.withAttachment(AttachmentModel.read(nothing)).extract(TEXT, PUBLISHED).events()).isEmpty();
    }
}

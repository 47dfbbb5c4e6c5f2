package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.extraction.eval.GoldArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * gold/validate.py checks that each event's evidence is a whole sentence by its own copy of this splitter's rules;
 * this test checks the same evidence against the splitter itself, so the two cannot drift apart unnoticed. Tuning
 * sets only: a failure message quotes the evidence, and the held-out sets stay unread.
 */
class GoldSentencesTest {

    @Test
    void everyEvidenceOfTheTuningSetsIsOneWholeSentenceOfTheSplitter() throws IOException {
        Path gold = Path.of("../gold");
        List<Path> sets;
        try (Stream<Path> s = Files.list(gold)) {
            sets = s.filter(p -> p.getFileName().toString().matches("dev\\d*") && Files.isDirectory(p))
                    .sorted().toList();
        }
        assertThat(sets).hasSizeGreaterThan(10);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path set : sets) {
            for (GoldArticle a : GoldArticle.loadAll(set)) {
                Tokens t = Tokens.of(a.body());
                List<Sentences.Span> spans = Sentences.split(t);
                Set<String> sentences = new HashSet<>();
                for (Sentences.Span s : spans) {
                    sentences.add(t.surface(s.from(), s.to()));
                }
                for (GoldArticle.GoldEvent e : a.events()) {
                    checked++;
                    if (!sentences.contains(e.evidence())) {
                        int at = a.body().indexOf(e.evidence());
                        String engine = spans.stream().filter(s -> t.start[s.from()] <= at && at < t.end[s.to() - 1])
                                .map(s -> t.surface(s.from(), s.to())).findFirst()
                                .orElse("(none)");
                        wrong.add(a.id() + ": " + e.evidence() + "\n    the splitter's: " + engine);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(wrong).isEmpty();
    }
}

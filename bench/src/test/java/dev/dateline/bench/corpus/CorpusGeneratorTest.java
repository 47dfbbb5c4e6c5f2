package dev.dateline.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.schema.ArticleEvent;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private final CorpusGenerator corpus = new CorpusGenerator(7, 1_000);

    @Test
    void theSameSeedGivesTheSameArticles() {
        CorpusGenerator again = new CorpusGenerator(7, 1_000);
        for (int i : new int[] {0, 1, 499, 999}) {
            assertThat(again.article(i)).isEqualTo(corpus.article(i));
        }
        assertThat(new CorpusGenerator(8, 1_000).article(3).getBody()).isNotEqualTo(corpus.article(3).getBody());
    }

    @Test
    void bodiesAreOneToTenKilobytesAndAboutFourOnAverage() {
        long total = 0;
        for (int i = 0; i < 1_000; i++) {
            int bytes = corpus.article(i).getBody().getBytes(StandardCharsets.UTF_8).length;
            assertThat(bytes).as("article %d", i).isBetween(1_024, 10_240 + 400);
            total += bytes;
        }
        assertThat(total / 1_000).isBetween(3_000L, 5_500L);
    }

    @Test
    void articlesArePublishedInOrderOverTheArchiveYearsWithUniqueIds() {
        Set<String> ids = new HashSet<>();
        ArticleEvent previous = null;
        for (int i = 0; i < 1_000; i += 7) {
            ArticleEvent a = corpus.article(i);
            assertThat(ids.add(a.getId())).isTrue();
            if (previous != null) {
                assertThat(a.getPublished()).isAfterOrEqualTo(previous.getPublished());
            }
            previous = a;
        }
        assertThat(corpus.article(0).getPublished().toString()).startsWith("2000-");
        assertThat(corpus.article(999).getPublished().toString()).startsWith("2025-");
    }

    @Test
    void neighbouringArticlesShareAStoryAndRecallSharedHistory() {
        // articles 3k..3k+2 mostly cover one story: same headline, same actor leading the first sentence
        long same = IntStream.range(0, 100).filter(k -> corpus.article(3 * k).getTitle().equals(corpus.article(3 * k + 1).getTitle())
                && lead(3 * k).regionMatches(0, lead(3 * k + 1), 0, 12)).count();
        assertThat(same).isGreaterThan(50);
    }

    @Test
    void sampleSentencesAreReusedWithOtherNamesAndYears() {
        String all = String.join("\n", IntStream.range(0, 200).mapToObj(i -> corpus.article(i).getBody()).toList());
        // a sentence of the sample articles, recognisable by its fixed words, appears with its names swapped
        assertThat(all).contains("aired a 04:33 clip of the liftoff");
        assertThat(all).doesNotContain("{A}").doesNotContain("{P}").doesNotContain("{D}");
    }

    @Test
    void stateArticlesAreDenseInEvents() {
        ArticleEvent a = corpus.stateArticle(5);
        assertThat(a.getId()).isEqualTo("s-5");
        assertThat(a.getBody().split("\\. ").length).isBetween(10, 14);
        assertThat(a.getBody().length()).isBetween(800, 2_500);
    }

    private String lead(int i) {
        String body = corpus.article(i).getBody();
        return body.substring(0, body.indexOf('.'));
    }
}

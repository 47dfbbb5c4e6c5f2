package dev.dateline.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleScreenTest {

    private static List<ArticleScreen.Outcome> screen(String... lines) {
        ArticleScreen screen = new ArticleScreen(new ArticleValidator(1000), "articles");
        List<ArticleScreen.Outcome> out = new ArrayList<>();
        new JsonLinesReader(new BufferedReader(new StringReader(String.join("\n", lines))), "in.jsonl")
                .forEachRemaining(r -> out.add(screen.screen(r)));
        return out;
    }

    private static final String A = "{\"id\":\"a\",\"published\":\"2024-01-01T00:00:00Z\",\"body\":\"First.\"}";

    @Test
    void anExactRepeatIsADuplicateNotARejection() {
        List<ArticleScreen.Outcome> out = screen(A, A);
        assertThat(out.get(0)).isInstanceOf(ArticleScreen.Accepted.class);
        assertThat(out.get(1)).isEqualTo(new ArticleScreen.Duplicate(new Origin("in.jsonl", 2), new Origin("in.jsonl", 1)));
    }

    @Test
    void theSameIdAndRevisionWithOtherContentIsRejectedNamingTheFirst() {
        List<ArticleScreen.Outcome> out = screen(A, A.replace("First.", "Changed."));
        assertThat(((ArticleScreen.Rejected) out.get(1)).rejection().message()).isEqualTo(
                "in.jsonl:2: field 'id': duplicate id 'a' with different content (first at in.jsonl:1, same revision 0); "
                        + "give a higher revision to replace an article");
    }

    @Test
    void anotherRevisionOrFetchTimeIsAnotherVersionOfTheArticle() {
        List<ArticleScreen.Outcome> out = screen(A,
                A.replace("First.", "Second.").replace("}", ",\"revision\":1}"),
                A.replace("First.", "Third.").replace("}", ",\"revision\":1,\"fetched\":\"2024-01-02T00:00:00Z\"}"));
        assertThat(out).allMatch(o -> o instanceof ArticleScreen.Accepted);
    }

    @Test
    void theEncodingIsTheSerdesByteForByte() {
        ArticleScreen screen = new ArticleScreen(new ArticleValidator(1000), "articles");
        dev.dateline.schema.ArticleEvent big = dev.dateline.schema.ArticleEvent.newBuilder().setId("a").setBody("x".repeat(40_000))
                .setPublished(java.time.Instant.parse("2024-01-01T00:00:00Z")).setTimezone("+09:00").setUrl("https://news.example/a")
                .setLanguage("en").setRevision(2).setFetched(java.time.Instant.parse("2024-01-02T00:00:00Z")).build();
        dev.dateline.schema.ArticleEvent small = dev.dateline.schema.ArticleEvent.newBuilder(big).setBody("short").setUrl(null).build();
        for (dev.dateline.schema.ArticleEvent a : List.of(big, small, big)) {
            assertThat(screen.encode(a)).isEqualTo(dev.dateline.schema.serde.DatelineSerdes.articleEvent().encode("articles", a));
        }
    }
}

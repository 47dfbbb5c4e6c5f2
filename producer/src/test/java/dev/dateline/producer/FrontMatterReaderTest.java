package dev.dateline.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {

    private static final String ARTICLE = """
            ---
            title: "Ferry service resumes across the strait"
            published: 2024-03-02T07:15:00+01:00
            url: https://news.example/coastal-gazette/2024/03/02/ferry
            source: Coastal Gazette
            tags: [transport]
            ---

            The ferry between the two ports sailed again on Friday, three weeks after a storm damaged the pier.

            Operators said the timetable would be back to normal by April.
            """;

    @Test
    void readsTheFrontMatterAndKeepsTheBodyWithoutTheBlankLinesAroundIt() {
        InputRecord r = FrontMatterReader.parse(ARTICLE, "news/ferry.md");
        assertThat(r).isInstanceOf(InputRecord.Parsed.class);
        RawArticle a = ((InputRecord.Parsed) r).article();
        assertThat(a.title()).isEqualTo("Ferry service resumes across the strait");
        assertThat(a.source()).isEqualTo("Coastal Gazette");
        assertThat(a.body()).startsWith("The ferry between").endsWith("by April.").contains("pier.\n\nOperators");
        assertThat(a.origin().toString()).isEqualTo("news/ferry.md:1");

        ArticleValidator.Result valid = new ArticleValidator(ArticleValidator.DEFAULT_MAX_BODY_BYTES).validate(a);
        assertThat(valid.article().getPublished()).isEqualTo(Instant.parse("2024-03-02T06:15:00Z"));
        assertThat(valid.article().getTimezone()).isEqualTo("+01:00");
        assertThat(valid.article().getId()).isEqualTo(ArticleValidator.idFromUrl("https://news.example/coastal-gazette/2024/03/02/ferry"));
    }

    @Test
    void aBadValueIsReportedAtTheLineOfItsKey() {
        String text = ARTICLE.replace("2024-03-02T07:15:00+01:00", "early March");
        RawArticle a = ((InputRecord.Parsed) FrontMatterReader.parse(text, "ferry.md")).article();
        Rejection r = new ArticleValidator(1000).validate(a).rejection();
        assertThat(r.message()).startsWith("ferry.md:3: field 'published': cannot parse 'early March'; accepted formats: ISO-8601");
    }

    @Test
    void anEmptyBodyIsReportedAtTheLineWhereItShouldStart() {
        String text = "---\ntitle: T\npublished: 2024-03-02\nurl: https://news.example/a\n---\n\n   \n";
        RawArticle a = ((InputRecord.Parsed) FrontMatterReader.parse(text, "empty.txt")).article();
        assertThat(new ArticleValidator(1000).validate(a).rejection().message()).isEqualTo("empty.txt:6: field 'body': empty");
    }

    @Test
    void dateIsTakenForPublishedAsStaticSiteGeneratorsWriteIt() {
        String text = "---\ndate: 2024-03-02T07:15:00Z\nurl: https://news.example/a\n---\nBody.\n";
        assertThat(((InputRecord.Parsed) FrontMatterReader.parse(text, "a.md")).article().published())
                .isEqualTo("2024-03-02T07:15:00Z");
    }

    @Test
    void malformedFrontMatterIsUnreadableWithItsLine() {
        assertThat(unreadable("Just a body.\n", "a.txt"))
                .isEqualTo("a.txt:1: no front matter: " + FrontMatterReader.FORMAT_HINT);
        assertThat(unreadable("---\ntitle: T\nBody without a closing line.\n", "b.txt"))
                .isEqualTo("b.txt:3: expected 'key: value' in the front matter, found 'Body without a closing line.'");
        assertThat(unreadable("---\ntitle: T\n", "c.txt"))
                .isEqualTo("c.txt:1: the front matter opened at line 1 is not closed by a '---' line");
        assertThat(unreadable("---\ntitle: T\ntitle: U\n---\nBody\n", "d.txt"))
                .isEqualTo("d.txt:3: field 'title': given twice in the front matter (first at line 2)");
    }

    private static String unreadable(String text, String name) {
        InputRecord r = FrontMatterReader.parse(text, name);
        assertThat(r).isInstanceOf(InputRecord.Unreadable.class);
        return ((InputRecord.Unreadable) r).rejection().message();
    }
}

package dev.dateline.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.schema.ArticleEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Valley Courier</title>
                <link>https://news.example/valley-courier</link>
                <description>Local news</description>
                <language>en</language>
                <item>
                  <title>Bridge reopens after repairs</title>
                  <link>https://news.example/valley-courier/2024/05/14/bridge</link>
                  <guid isPermaLink="false">vc-2024-05-14-bridge</guid>
                  <pubDate>Tue, 14 May 2024 18:30:00 -0500</pubDate>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>The river bridge reopened on <b>Monday</b> after eight months.</p><p>It was closed in September.</p>]]></content:encoded>
                </item>
                <item>
                  <title>School board votes on budget</title>
                  <link>https://news.example/valley-courier/2024/05/15/budget</link>
                  <description>&lt;p&gt;The board approved the budget.&lt;/p&gt;</description>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title>Orbit Notes</title>
              <id>urn:example:orbit-notes</id>
              <updated>2024-06-01T12:00:00Z</updated>
              <entry>
                <title>Probe enters orbit</title>
                <id>urn:example:orbit-notes:probe</id>
                <link rel="alternate" href="https://news.example/orbit-notes/probe"/>
                <published>2024-06-01T09:00:00+09:00</published>
                <updated>2024-06-01T10:00:00+09:00</updated>
                <content type="text">The probe entered orbit on Saturday.</content>
              </entry>
            </feed>
            """;

    private static List<InputRecord> read(String xml, String name) throws Exception {
        List<InputRecord> out = new ArrayList<>();
        try (FeedReader reader = FeedReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), name)) {
            reader.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void rssItemsBecomeArticlesWithTheirOwnOffsetAndPlainTextBodies() throws Exception {
        List<InputRecord> records = read(RSS, "valley.xml");
        assertThat(records).hasSize(2);
        RawArticle first = ((InputRecord.Parsed) records.get(0)).article();
        assertThat(first.origin().toString()).isEqualTo("valley.xml:8");
        assertThat(first.id()).isEqualTo("vc-2024-05-14-bridge");
        assertThat(first.url()).isEqualTo("https://news.example/valley-courier/2024/05/14/bridge");
        assertThat(first.source()).isEqualTo("Valley Courier");
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.body()).isEqualTo("The river bridge reopened on Monday after eight months.\n\nIt was closed in September.");
        assertThat(first.verbatim()).startsWith("<item>").contains("vc-2024-05-14-bridge");

        ArticleEvent a = new ArticleValidator(10_000).validate(first).article();
        assertThat(a.getPublished()).isEqualTo(Instant.parse("2024-05-14T23:30:00Z"));
        assertThat(a.getTimezone()).as("the offset ROME's Date would drop").isEqualTo("-05:00");
    }

    @Test
    void anItemWithoutADateIsRejectedAtItsLine() throws Exception {
        RawArticle second = ((InputRecord.Parsed) read(RSS, "valley.xml").get(1)).article();
        assertThat(second.id()).as("no guid: the id comes from the url").isNull();
        assertThat(second.body()).isEqualTo("The board approved the budget.");
        assertThat(new ArticleValidator(10_000).validate(second).rejection().message())
                .startsWith("valley.xml:16: field 'published': missing; accepted formats:");
    }

    @Test
    void atomEntriesUseTheirPublishedTimeAndId() throws Exception {
        RawArticle entry = ((InputRecord.Parsed) read(ATOM, "orbit.atom").get(0)).article();
        assertThat(entry.id()).isEqualTo("urn:example:orbit-notes:probe");
        assertThat(entry.url()).isEqualTo("https://news.example/orbit-notes/probe");
        assertThat(entry.published()).isEqualTo("2024-06-01T09:00:00+09:00");
        assertThat(entry.body()).isEqualTo("The probe entered orbit on Saturday.");
        assertThat(entry.origin().line()).isEqualTo(6);
        assertThat(entry.origin("published").line()).isEqualTo(10);
    }

    @Test
    void brokenXmlIsOneUnreadableRecordWithItsLine() throws Exception {
        List<InputRecord> records = read(RSS.replace("<title>School board votes on budget</title>",
                "<title>School board votes on budget"), "broken.xml");
        assertThat(records).hasSize(1);
        assertThat(((InputRecord.Unreadable) records.get(0)).rejection().message())
                .isEqualTo("broken.xml:20: not a well-formed XML feed: The element type \"title\" must be terminated by "
                        + "the matching end-tag \"</title>\".");
    }

    @Test
    void xmlThatIsNotAFeedIsSaidSo() throws Exception {
        List<InputRecord> records = read("<?xml version=\"1.0\"?><catalog><book/></catalog>", "books.xml");
        assertThat(((InputRecord.Unreadable) records.get(0)).rejection().message())
                .startsWith("books.xml:1: not an RSS or Atom feed");
    }

    @Test
    void externalEntitiesAreNotResolved() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>T</title><link>https://news.example</link><description>d</description>
                <item><title>&secret;</title><link>https://news.example/a</link><pubDate>Tue, 14 May 2024 18:30:00 GMT</pubDate>
                <description>Body</description></item></channel></rss>
                """;
        List<InputRecord> records = read(xxe, "xxe.xml");
        String title = records.get(0) instanceof InputRecord.Parsed p ? p.article().title() : "";
        assertThat(title == null ? "" : title).doesNotContain(java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).strip());
    }
}

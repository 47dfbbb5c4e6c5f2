package dev.dateline.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.schema.ArticleEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {

    private static ArticleEvent roundTrip(ArticleEvent a) {
        String line = ArticleJson.line(a);
        InputRecord r = JsonLinesReader.parse(line, new Origin("export.jsonl", 1));
        ArticleValidator.Result result = new ArticleValidator(ArticleValidator.DEFAULT_MAX_BODY_BYTES)
                .validate(((InputRecord.Parsed) r).article());
        assertThat(result.rejection()).isNull();
        return result.article();
    }

    private static ArticleEvent.Builder article() {
        return ArticleEvent.newBuilder().setId("k-1").setUrl("https://news.example/k1").setSource("Harbour Post")
                .setTitle("A \"quoted\" title").setBody("  Line one.\n\nLine two, with \u00e9 and \uD83D\uDCF0.  ")
                .setPublished(Instant.parse("2023-12-04T23:00:00.123Z")).setLanguage("en").setRevision(3)
                .setFetched(Instant.parse("2023-12-05T01:02:03.456Z")).setTimezone("+09:00");
    }

    @Test
    void everyFieldSurvivesIncludingMillisecondsAndTheOffset() {
        ArticleEvent a = article().build();
        assertThat(ArticleJson.line(a)).contains("\"published\":\"2023-12-05T08:00:00.123+09:00\"");
        assertThat(roundTrip(a)).isEqualTo(a);
    }

    @Test
    void aZoneIdAndUtcSurvive() {
        ArticleEvent zoned = article().setTimezone("Asia/Seoul").build();
        assertThat(roundTrip(zoned)).isEqualTo(zoned);
        ArticleEvent utc = article().setTimezone("Z").setFetched(null).setLanguage(null).setUrl(null).build();
        assertThat(roundTrip(utc)).isEqualTo(utc);
    }

    @Test
    void anArticleWithoutTimezoneStaysWithout() {
        ArticleEvent none = article().setTimezone(null).setSource(null).setTitle(null).setRevision(0).build();
        assertThat(ArticleJson.line(none)).contains("\"timezone\":null");
        assertThat(roundTrip(none)).isEqualTo(none);
    }
}

package dev.dateline.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.schema.ArticleEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {

    private final ArticleValidator validator = new ArticleValidator(100);

    private static RawArticle raw(String id, String url, String published, String body) {
        return new RawArticle(id, url, "Harbour Post", "A title", published, body, null, null, null,
                new Origin("in.jsonl", 7), "{...}");
    }

    @Test
    void aValidArticleKeepsItsFieldsAndItsTimezone() {
        ArticleValidator.Result r = validator.validate(raw("a1", "https://news.example/a1",
                "2023-12-05T08:00:00+09:00", "  Body kept exactly, spaces too.  "));
        assertThat(r.isValid()).isTrue();
        ArticleEvent a = r.article();
        assertThat(a.getId()).isEqualTo("a1");
        assertThat(a.getPublished()).isEqualTo(Instant.parse("2023-12-04T23:00:00Z"));
        assertThat(a.getTimezone()).isEqualTo("+09:00");
        assertThat(a.getBody()).isEqualTo("  Body kept exactly, spaces too.  ");
    }

    @Test
    void everyAcceptedTimeFormatParses() {
        assertThat(PublishedTime.parse("2023-11-22T00:30:00Z")).get().extracting(PublishedTime::timezone).isEqualTo("Z");
        assertThat(PublishedTime.parse("2023-11-22T09:30:00+09:00[Asia/Seoul]")).get()
                .extracting(PublishedTime::timezone).isEqualTo("Asia/Seoul");
        assertThat(PublishedTime.parse("Wed, 22 Nov 2023 09:30:00 +0900")).get()
                .extracting(PublishedTime::instant).isEqualTo(Instant.parse("2023-11-22T00:30:00Z"));
        assertThat(PublishedTime.parse("2023-11-22")).get()
                .extracting(PublishedTime::instant).isEqualTo(Instant.parse("2023-11-22T00:00:00Z"));
        assertThat(PublishedTime.parse("2023-11-22T09:30:00")).as("no offset: refused, not guessed").isEmpty();
    }

    @Test
    void missingPublishedNamesTheOriginFieldAndAcceptedFormats() {
        Rejection r = validator.validate(raw("a1", null, null, "body")).rejection();
        assertThat(r.message()).startsWith("in.jsonl:7: field 'published': missing; accepted formats: ISO-8601");
    }

    @Test
    void unparsablePublishedQuotesTheValue() {
        Rejection r = validator.validate(raw("a1", null, "last Tuesday", "body")).rejection();
        assertThat(r.message()).contains("field 'published': cannot parse 'last Tuesday'; accepted formats:");
    }

    @Test
    void emptyAndOversizedBodiesAreRejected() {
        assertThat(validator.validate(raw("a1", null, "2023-11-22", "   ")).rejection().message())
                .isEqualTo("in.jsonl:7: field 'body': empty");
        assertThat(validator.validate(raw("a1", null, "2023-11-22", "é".repeat(60))).rejection().message())
                .isEqualTo("in.jsonl:7: field 'body': is 120 bytes, over the limit of 100 bytes (raise it with --max-body-bytes)");
    }

    @Test
    void badUrlsAreRejected() {
        assertThat(validator.validate(raw("a1", "ftp://x.example/a", "2023-11-22", "b")).rejection().message())
                .contains("field 'url': 'ftp://x.example/a' is not an http(s) URL");
        assertThat(validator.validate(raw("a1", "https://bad host/a", "2023-11-22", "b")).rejection().message())
                .contains("field 'url': 'https://bad host/a' is not a valid URL: Illegal character in authority at index 8");
    }

    @Test
    void aMissingIdIsAStableHashOfTheUrl() {
        ArticleEvent a = validator.validate(raw(null, "https://news.example/x", "2023-11-22", "b")).article();
        ArticleEvent b = validator.validate(raw(" ", "https://news.example/x", "2023-11-23", "c")).article();
        assertThat(a.getId()).startsWith("url-").hasSize(36).isEqualTo(b.getId());
        assertThat(validator.validate(raw(null, null, "2023-11-22", "b")).rejection().message())
                .contains("field 'id': missing, and there is no url to derive a stable id from");
    }

    @Test
    void revisionMustBeAWholeNonNegativeNumber() {
        RawArticle bad = new RawArticle("a1", null, null, null, "2023-11-22", "b", null, "two", null,
                new Origin("in.jsonl", 3), "{}");
        assertThat(validator.validate(bad).rejection().message()).isEqualTo("in.jsonl:3: field 'revision': 'two' is not a whole number");
    }

    @Test
    void feedStyleDatesWithZoneNamesAndNoSecondsParse() {
        assertThat(PublishedTime.parse("Tue, 14 May 2024 18:30:00 GMT")).get()
                .isEqualTo(new PublishedTime(Instant.parse("2024-05-14T18:30:00Z"), "Z"));
        assertThat(PublishedTime.parse("14 May 2024 18:30 EST")).get()
                .isEqualTo(new PublishedTime(Instant.parse("2024-05-14T23:30:00Z"), "-05:00"));
        assertThat(PublishedTime.parse("Tue, 14 May 24 18:30:00 +0530")).get()
                .isEqualTo(new PublishedTime(Instant.parse("2024-05-14T13:00:00Z"), "+05:30"));
        assertThat(PublishedTime.parse("Tue, 14 Foo 2024 18:30:00 GMT")).isEmpty();
        assertThat(PublishedTime.parse("Tue, 31 Feb 2024 18:30:00 GMT")).isEmpty();
    }

    @Test
    void anExplicitTimezoneIsValidatedAndAnEmptyOneMeansNone() {
        RawArticle given = new RawArticle("a1", null, null, null, "2023-11-22T10:00:00Z", "b", null, null, null,
                "Europe/Lisbon", new Origin("in.jsonl", 4), "{}", null);
        assertThat(validator.validate(given).article().getTimezone()).isEqualTo("Europe/Lisbon");
        RawArticle none = new RawArticle("a1", null, null, null, "2023-11-22T10:00:00Z", "b", null, null, null,
                "", new Origin("in.jsonl", 4), "{}", null);
        assertThat(validator.validate(none).article().getTimezone()).isNull();
        RawArticle bad = new RawArticle("a1", null, null, null, "2023-11-22T10:00:00Z", "b", null, null, null,
                "Mars/Olympus", new Origin("in.jsonl", 4), "{}", null);
        assertThat(validator.validate(bad).rejection().message()).isEqualTo(
                "in.jsonl:4: field 'timezone': 'Mars/Olympus' is not a UTC offset (+09:00, Z) or a zone id (Asia/Seoul)");
    }

    @Test
    void theBodyLimitCountsUtf8BytesAsTheEncoderDoes() {
        for (String s : new String[] {"plain", "caf\u00e9", "\uD83D\uDCF0 news", "\uD83D lone", "\u4e2d\u6587"}) {
            assertThat(ArticleValidator.utf8Length(s)).isEqualTo(s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void theFastPathForCommonTimesAgreesWithTheIsoFormatter() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        String[] offsets = {"Z", "+09:00", "-05:30", "+00:00", "-00:00", "+14:00", "+18:00", "+19:00", "+09:60", "z", "+0900"};
        for (int i = 0; i < 20_000; i++) {
            String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d%s%s",
                    1990 + random.nextInt(60), random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(61),
                    random.nextInt(61), random.nextInt(3) == 0 ? "." + "123456789".substring(0, 1 + random.nextInt(9)) : "",
                    offsets[random.nextInt(offsets.length)]);
            java.util.Optional<PublishedTime> expected;
            try {
                java.time.OffsetDateTime o = java.time.OffsetDateTime.parse(text, java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                expected = java.util.Optional.of(new PublishedTime(o.toInstant(), o.getOffset().getId()));
            } catch (java.time.format.DateTimeParseException e) {
                expected = PublishedTime.parse(text).filter(p -> false); // not ISO: only the other formats may accept it
            }
            if (expected.isPresent()) {
                assertThat(PublishedTime.parse(text)).as(text).isEqualTo(expected);
            } else {
                assertThat(PublishedTime.parse(text)).as(text).isEmpty();
            }
        }
    }
}

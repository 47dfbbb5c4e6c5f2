package dev.dateline.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.Entity;
import dev.dateline.schema.Granularity;
import dev.dateline.schema.Modality;
import dev.dateline.schema.SourceRef;
import dev.dateline.schema.TimelineEvent;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private final AvroSerde<ArticleEvent> articles = DatelineSerdes.articleEvent();

    static ArticleEvent article() {
        return ArticleEvent.newBuilder()
                .setId("a-1")
                .setUrl("https://news.example/a-1")
                .setSource("Harbour Post")
                .setTitle("Launch recalled")
                .setBody("North Korea launched a satellite last month.")
                .setPublished(Instant.parse("2023-12-05T00:00:00Z"))
                .setRevision(2)
                .setTimezone("+09:00")
                .build();
    }

    @Test
    void roundTripsEveryField() {
        ArticleEvent original = article();
        byte[] bytes = articles.serializer().serialize("articles", original);
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(articles.deserializer().deserialize("articles", bytes)).isEqualTo(original);
    }

    @Test
    void roundTripsANestedTimelineEvent() {
        AvroSerde<TimelineEvent> serde = DatelineSerdes.timelineEvent();
        TimelineEvent event = TimelineEvent.newBuilder()
                .setId("ev-1").setDate("2018-06-12").setGranularity(Granularity.DAY)
                .setStartDay(LocalDate.of(2018, 6, 12)).setEndDay(LocalDate.of(2018, 6, 12))
                .setType("SUMMIT").setTitle("Trump and Kim meet in Singapore")
                .setActors(List.of(new Entity("North Korea", "COUNTRY"), new Entity("United States", "COUNTRY")))
                .setLocation(new Entity("Singapore", "PLACE"))
                .setConfidence(0.9).setModality(Modality.ASSERTED)
                .setSources(List.of(SourceRef.newBuilder().setArticleId("a-1").setPublished(Instant.EPOCH)
                        .setEvidence("They met in Singapore.").setEvidenceStart(0).setEvidenceEnd(22)
                        .setDateText("June 12, 2018").setDate("2018-06-12").setConfidence(0.9).build()))
                .setFirstSeen(Instant.EPOCH).setLastSeen(Instant.EPOCH)
                .build();
        assertThat(serde.decode("t", serde.encode("t", event))).isEqualTo(event);
    }

    @Test
    void nullIsATombstoneBothWays() {
        assertThat(articles.serializer().serialize("articles", null)).isNull();
        assertThat(articles.deserializer().deserialize("articles", null)).isNull();
    }

    @Test
    void readsARecordWrittenWithTheFirstReleasedVersion() throws Exception {
        Schema v1;
        try (InputStream in = getClass().getResourceAsStream("/dev/dateline/schema/history/ArticleEvent-v1.avsc")) {
            v1 = new Schema.Parser().parse(in);
        }
        assertThat(v1.getField("revision")).as("v1 predates revisions").isNull();
        GenericRecord old = new GenericData.Record(v1);
        old.put("id", "old-1");
        old.put("url", null);
        old.put("source", "Meridian Wire");
        old.put("title", "An article from before revisions");
        old.put("body", "Written by a v1 producer.");
        old.put("published", 1_500_000_000_000L);
        old.put("language", "en");
        byte[] bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old).array();

        ArticleEvent read = articles.deserializer().deserialize("articles", bytes);

        assertThat(read.getId()).isEqualTo("old-1");
        assertThat(read.getSource()).isEqualTo("Meridian Wire");
        assertThat(read.getPublished()).isEqualTo(Instant.ofEpochMilli(1_500_000_000_000L));
        assertThat(read.getRevision()).as("default of the field added in v2").isZero();
        assertThat(read.getFetched()).isNull();
    }

    @Test
    void garbageBytesRaiseASerializationExceptionThatSaysWhatAndWhere() {
        byte[] garbage = "{\"id\": \"not avro\"}".getBytes();
        assertThatThrownBy(() -> articles.deserializer().deserialize("articles", garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("ArticleEvent")
                .hasMessageContaining("topic articles")
                .hasMessageContaining("not Avro single-object encoding")
                .hasMessageContaining("7b 22 69 64");
    }

    @Test
    void anUnknownWriterSchemaIsReportedAsSuch() {
        byte[] bytes = articles.serializer().serialize("articles", article());
        bytes[5] ^= 0x5A; // corrupt the fingerprint
        assertThatThrownBy(() -> articles.deserializer().deserialize("articles", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema this version does not know");
    }

    @Test
    void aTruncatedBodyIsReportedAsCorrupt() {
        byte[] bytes = articles.serializer().serialize("articles", article());
        byte[] truncated = Arrays.copyOf(bytes, 14);
        assertThatThrownBy(() -> articles.deserializer().deserialize("articles", truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("corrupt record body");
    }

    @Test
    void randomBytesNeverEscapeAsAnythingButSerializationException() {
        java.util.Random random = new java.util.Random(42);
        byte[] header = Arrays.copyOf(articles.serializer().serialize("articles", article()), 10);
        for (int i = 0; i < 2_000; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(header);
            byte[] tail = new byte[random.nextInt(64)];
            random.nextBytes(tail);
            out.writeBytes(tail);
            byte[] bytes = out.toByteArray();
            try {
                articles.deserializer().deserialize("articles", bytes);
            } catch (SerializationException expected) {
                assertThat(expected).hasMessageContaining("cannot decode ArticleEvent");
            }
        }
    }

    @Test
    void anAbsurdLengthPrefixIsRefusedWithoutAllocatingIt() {
        byte[] header = Arrays.copyOf(articles.serializer().serialize("articles", article()), 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header);
        // zig-zag varint of 1,500,000,000: the id string claims to be 1.5 GB long
        long n = 1_500_000_000L << 1;
        while ((n & ~0x7FL) != 0) {
            out.write((int) ((n & 0x7F) | 0x80));
            n >>>= 7;
        }
        out.write((int) n);
        byte[] bytes = out.toByteArray();
        assertThatThrownBy(() -> articles.deserializer().deserialize("articles", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("corrupt record body")
                .hasMessageContaining("exceeds maximum allowed");
    }

    @Test
    void everyCurrentSchemaIsAReleasedVersion() {
        for (Schema current : List.of(ArticleEvent.getClassSchema(), TimelineEvent.getClassSchema(),
                dev.dateline.schema.TimelineUpdate.getClassSchema(), dev.dateline.schema.EventMention.getClassSchema(),
                dev.dateline.schema.MentionBatch.getClassSchema(), dev.dateline.schema.ArticleState.getClassSchema(),
                dev.dateline.schema.EntityChange.getClassSchema(), dev.dateline.schema.EntitySummary.getClassSchema())) {
            assertThat(SchemaHistory.isReleased(current))
                    .as("%s changed without a new file in schemas/src/main/resources/dev/dateline/schema/history "
                            + "(fingerprint %x); add it there and to index.txt:%n%s", current.getFullName(),
                            SchemaNormalization.parsingFingerprint64(current), org.apache.avro.SchemaFormatter.format("json/pretty", current))
                    .isTrue();
        }
    }
}

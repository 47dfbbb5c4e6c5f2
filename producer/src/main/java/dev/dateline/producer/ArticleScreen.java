package dev.dateline.producer;

import dev.dateline.schema.ArticleEvent;
import org.apache.avro.message.BinaryMessageEncoder;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Decides, record by record, what one publish run does with its input: publish it (validated and
 * encoded), skip it as invalid, or drop it as an exact repeat of an article already in the run.
 *
 * <p>Within a run, an article id may appear again only as another revision (a different
 * {@code revision} or {@code fetched}) or as an exact copy; the same id and revision with different
 * content is two articles claiming one identity, and the later one is rejected. The run remembers a
 * few dozen bytes per distinct id (never the articles themselves), so memory grows with the number
 * of ids, not with the size of the input.
 */
public final class ArticleScreen {

    /** What to do with one input record. */
    public sealed interface Outcome {
        Origin origin();
    }

    /** Valid: publish {@code value} (the encoded {@code article}). */
    public record Accepted(ArticleEvent article, byte[] value, Origin origin) implements Outcome {
    }

    /** Invalid: skip it and report {@code rejection}. */
    public record Rejected(Rejection rejection) implements Outcome {
        @Override
        public Origin origin() {
            return rejection.origin();
        }
    }

    /** An exact copy of the article first read at {@code first}: nothing to publish. */
    public record Duplicate(Origin origin, Origin first) implements Outcome {
    }

    private final ArticleValidator validator;
    private final String topic;
    /**
     * The same single-object encoding as {@code DatelineSerdes.articleEvent()} (tested), written
     * into one reused buffer: the serde's {@code encode} copies every record twice more, which a
     * backfill of millions of articles pays for in allocation and collection.
     */
    private final BinaryMessageEncoder<ArticleEvent> encoder = ArticleEvent.getEncoder();
    private final Buffer buffer = new Buffer();
    private final Map<String, Seen> seen = new HashMap<>();
    private final CRC32C crc32c = new CRC32C();
    private final CRC32 crc32 = new CRC32();

    public ArticleScreen(ArticleValidator validator, String topic) {
        this.validator = Objects.requireNonNull(validator);
        this.topic = Objects.requireNonNull(topic);
    }

    public Outcome screen(InputRecord record) {
        if (record instanceof InputRecord.Unreadable u) {
            return new Rejected(u.rejection());
        }
        RawArticle raw = ((InputRecord.Parsed) record).article();
        ArticleValidator.Result result = validator.validate(raw);
        if (!result.isValid()) {
            return new Rejected(result.rejection());
        }
        ArticleEvent article = result.article();
        byte[] value = encode(article);
        long fingerprint = fingerprint(value);
        Seen first = seen.get(article.getId());
        if (first != null) {
            if (first.fingerprint == fingerprint && first.length == value.length) {
                return new Duplicate(raw.origin(), first.origin);
            }
            if (first.revision == article.getRevision() && Objects.equals(first.fetched, fetchedMillis(article))) {
                return new Rejected(new Rejection(raw.origin("id"), "id", "duplicate id '" + article.getId()
                        + "' with different content (first at " + first.origin + ", same revision "
                        + article.getRevision() + "); give a higher revision to replace an article", raw.verbatim()));
            }
        }
        seen.put(article.getId(), new Seen(raw.origin(), fingerprint, value.length, article.getRevision(),
                fetchedMillis(article)));
        return new Accepted(article, value, raw.origin());
    }

    byte[] encode(ArticleEvent article) {
        buffer.reset();
        try {
            encoder.encode(article, buffer);
        } catch (java.io.IOException | RuntimeException e) {
            throw new org.apache.kafka.common.errors.SerializationException("cannot encode ArticleEvent for topic " + topic
                    + ": " + e.getMessage(), e);
        }
        return buffer.toByteArray();
    }

    /**
     * A byte stream whose buffer is kept between records; unlike {@code ByteArrayOutputStream} it
     * does not synchronize each of the many small writes the Avro encoder makes.
     */
    private static final class Buffer extends java.io.OutputStream {
        private byte[] bytes = new byte[16 * 1024];
        private int count;

        void reset() {
            count = 0;
        }

        @Override
        public void write(int b) {
            if (count == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (count + len > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + len));
            }
            System.arraycopy(b, off, bytes, count, len);
            count += len;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(bytes, count);
        }
    }

    /** Number of distinct article ids seen so far. */
    public int distinctIds() {
        return seen.size();
    }

    private static Long fetchedMillis(ArticleEvent a) {
        return a.getFetched() == null ? null : a.getFetched().toEpochMilli();
    }

    /**
     * 64 bits from two different CRC polynomials over the encoded article: both are hardware
     * accelerated, so this costs far less than the encoding, and two different articles agreeing on
     * both (and on their length) is not a risk worth a stronger hash.
     */
    private long fingerprint(byte[] value) {
        crc32c.reset();
        crc32c.update(value);
        crc32.reset();
        crc32.update(value);
        return (crc32c.getValue() << 32) | crc32.getValue();
    }

    private record Seen(Origin origin, long fingerprint, int length, long revision, Long fetched) {
    }
}

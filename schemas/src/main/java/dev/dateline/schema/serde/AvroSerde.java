package dev.dateline.schema.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro record using Avro single-object encoding: a two-byte marker,
 * the writer schema's 64-bit fingerprint, then the binary record. No schema registry is involved;
 * the writer schema is looked up in {@link SchemaHistory}. A null value is a tombstone both ways.
 *
 * <p>Undecodable bytes raise a {@link SerializationException} that says what was wrong, which
 * Kafka Streams routes to its deserialization exception handler (and so to the dead-letter topic).
 */
public final class AvroSerde<T extends SpecificRecordBase> implements Serde<T> {

    private static final int PREVIEW_BYTES = 16;

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    public AvroSerde(Class<T> type) {
        AvroGuards.install();
        this.type = type;
        SpecificData model = SpecificData.getForClass(type);
        org.apache.avro.Schema schema = SpecificData.get().getSchema(type);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema, SchemaHistory.store());
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, record) -> record == null ? null : encode(topic, record);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(topic, bytes);
    }

    public byte[] encode(String topic, T record) {
        try {
            ByteBuffer buffer = encoder.encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + type.getSimpleName() + " for topic " + topic
                    + ": " + e.getMessage(), e);
        }
    }

    public T decode(String topic, byte[] bytes) {
        try {
            return decoder.decode(bytes);
        } catch (BadHeaderException e) {
            throw new SerializationException(where(topic, bytes) + ": not Avro single-object encoding ("
                    + e.getMessage() + ")", e);
        } catch (MissingSchemaException e) {
            throw new SerializationException(where(topic, bytes) + ": written with a schema this version does not know ("
                    + e.getMessage() + "); upgrade the reader or add the schema to the history", e);
        } catch (IOException | RuntimeException e) {
            // Avro signals malformed input with a zoo of runtime exceptions (EOF, negative or absurd
            // lengths, bad enum index, unsupported operation); all mean the same to a reader
            throw new SerializationException(where(topic, bytes) + ": corrupt record body (" + e + ")", e);
        }
    }

    private String where(String topic, byte[] bytes) {
        int n = Math.min(PREVIEW_BYTES, bytes.length);
        return "cannot decode " + type.getSimpleName() + " from topic " + topic + " (" + bytes.length
                + " bytes, starting " + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, n) + (bytes.length > n ? " …" : "")
                + ")";
    }
}

package dev.dateline.schema.serde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;

/**
 * Every released version of every Dateline schema, read from the {@code history/} resources listed
 * in {@code history/index.txt}. Decoders resolve a record's writer schema here by the fingerprint in
 * its single-object header, so a record written by any released version stays readable.
 *
 * <p>Releasing a schema change means adding its full JSON to {@code history/} and its name to the
 * index; {@code SchemaHistoryTest} fails while the current generated schema is missing there.
 */
public final class SchemaHistory {

    private static final String DIR = "/dev/dateline/schema/history/";
    private static final List<Schema> RELEASED = load();

    private SchemaHistory() {
    }

    /** All released schemas, in index order. */
    public static List<Schema> released() {
        return RELEASED;
    }

    /** A schema store knowing every released version. */
    public static SchemaStore.Cache store() {
        SchemaStore.Cache cache = new SchemaStore.Cache();
        RELEASED.forEach(cache::addSchema);
        return cache;
    }

    /** True when {@code schema} (compared by its parsing canonical form) is a released version. */
    public static boolean isReleased(Schema schema) {
        long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
        return RELEASED.stream().anyMatch(s -> SchemaNormalization.parsingFingerprint64(s) == fingerprint);
    }

    private static List<Schema> load() {
        List<Schema> schemas = new ArrayList<>();
        for (String name : readLines(DIR + "index.txt")) {
            try (InputStream in = open(DIR + name)) {
                schemas.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read released schema " + name, e);
            }
        }
        return List.copyOf(schemas);
    }

    private static List<String> readLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static InputStream open(String resource) {
        return Objects.requireNonNull(SchemaHistory.class.getResourceAsStream(resource), "missing resource " + resource);
    }
}

package dev.dateline.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Dateline's configuration, resolved in one place with this precedence (later wins):
 * built-in defaults → a properties file → environment variables → command-line flags.
 *
 * <p>Keys starting with {@code dateline.} are Dateline's own; every other key is passed through to
 * the Kafka clients untouched, so security settings ({@code security.protocol},
 * {@code sasl.jaas.config}, {@code ssl.truststore.location}, …) work without Dateline knowing them.
 * Environment variables map by lower-casing and turning {@code _} into {@code .}:
 * {@code DATELINE_HTTP_PORT} → {@code dateline.http.port}, {@code KAFKA_BOOTSTRAP_SERVERS} →
 * {@code bootstrap.servers}, {@code KAFKA_SASL_JAAS_CONFIG} → {@code sasl.jaas.config}.
 */
public final class DatelineConfig {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String APPLICATION_ID = "dateline.application.id";
    public static final String HTTP_HOST = "dateline.http.host";
    public static final String HTTP_PORT = "dateline.http.port";
    public static final String ADVERTISED_HOST = "dateline.http.advertised.host";
    public static final String STATE_DIR = "dateline.state.dir";
    public static final String PARTITIONS = "dateline.topic.partitions";
    public static final String REPLICATION = "dateline.topic.replication";
    public static final String STREAM_THREADS = "dateline.stream.threads";
    public static final String GAZETTEER_DIR = "dateline.gazetteer.dir";
    public static final String OUTPUT_SUFFIX = "dateline.output.suffix";
    public static final String INPUT_TOPIC = "dateline.input.topic";
    public static final String MAX_BODY_BYTES = "dateline.max.body.bytes";
    /**
     * The second reader after the rules: {@code off} (the rules' events), {@code bundled} (the fine-tuned reader
     * that ships in the reader module), or the path of another reader model (ONNX).
     */
    public static final String READER = "dateline.reader";
    /**
     * The reader's participant step (when the reader is on): {@code bundled} (the participant model that ships in the
     * reader module), {@code off} (the type reader alone, about twice as fast), or the path of another participant
     * model (ONNX).
     */
    public static final String READER_PARTICIPANTS = "dateline.reader.participants";

    private static final String DATELINE_PREFIX = "dateline.";

    private final Map<String, String> values;

    private DatelineConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(BOOTSTRAP_SERVERS, "localhost:9092");
        d.put(APPLICATION_ID, "dateline-timelines");
        d.put(HTTP_HOST, "0.0.0.0");
        d.put(HTTP_PORT, "7070");
        d.put(ADVERTISED_HOST, "localhost");
        d.put(STATE_DIR, Path.of(System.getProperty("java.io.tmpdir"), "dateline-state").toString());
        d.put(PARTITIONS, "6");
        d.put(REPLICATION, "1");
        d.put(STREAM_THREADS, "1");
        d.put(OUTPUT_SUFFIX, "");
        d.put(INPUT_TOPIC, "articles");
        d.put(MAX_BODY_BYTES, Integer.toString(1024 * 1024));
        d.put(READER, "off");
        d.put(READER_PARTICIPANTS, "bundled");
        return d;
    }

    /** Resolves the configuration; {@code file} and {@code flags} may be null. */
    public static DatelineConfig resolve(Path file, Map<String, String> env, Map<String, String> flags) throws IOException {
        Map<String, String> merged = new LinkedHashMap<>(defaults());
        if (file != null) {
            merged.putAll(readFile(file));
        }
        merged.putAll(fromEnvironment(env));
        if (flags != null) {
            flags.forEach((k, v) -> {
                if (v != null) {
                    merged.put(k, v);
                }
            });
        }
        return new DatelineConfig(merged);
    }

    public static DatelineConfig of(Map<String, String> values) {
        Map<String, String> merged = new LinkedHashMap<>(defaults());
        merged.putAll(values);
        return new DatelineConfig(merged);
    }

    static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : env.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("DATELINE_")) {
                out.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), e.getValue());
            } else if (name.startsWith("KAFKA_") && name.length() > "KAFKA_".length()) {
                out.put(name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), e.getValue());
            }
        }
        return out;
    }

    private static Map<String, String> readFile(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "configuration file not found");
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).trim()));
        return out;
    }

    /** A copy with {@code key} set. */
    public DatelineConfig with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new DatelineConfig(copy);
    }

    public String get(String key) {
        return values.get(key);
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public int getInt(String key) {
        String v = values.get(key);
        try {
            return Integer.parseInt(v.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("configuration " + key + " must be an integer, got '" + v + "'", e);
        }
    }

    public String bootstrapServers() {
        return values.get(BOOTSTRAP_SERVERS);
    }

    /** Every non-Dateline key: the Kafka client properties, including security settings. */
    public Map<String, Object> kafkaProperties() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!k.startsWith(DATELINE_PREFIX)) {
                out.put(k, v);
            }
        });
        return out;
    }

    public Map<String, String> asMap() {
        return values;
    }

    /** The values with anything that looks secret masked, for logs and {@code --print-config}. */
    public Map<String, String> redacted() {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k, isSecret(k) ? "[hidden]" : v));
        return out;
    }

    private static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("jaas") || k.contains("secret") || k.endsWith(".key");
    }
}

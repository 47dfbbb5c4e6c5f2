package dev.dateline.cli;

import dev.dateline.config.DatelineConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Connection and configuration options shared by the commands that talk to Kafka. Precedence:
 * defaults, then {@code --config} file, then {@code DATELINE_*}/{@code KAFKA_*} environment
 * variables, then these flags.
 */
public final class ConfigOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Properties file with Dateline (dateline.*) and Kafka client settings.")
    Path configFile;

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (default: the local broker started by `dateline kafka start`, else localhost:9092).")
    String bootstrapServers;

    @Option(names = "-X", paramLabel = "KEY=VALUE",
            description = "Any Kafka client or Dateline setting, e.g. -X security.protocol=SASL_SSL. Repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    public DatelineConfig resolve() throws IOException {
        return resolve(Map.of());
    }

    /** Resolves the configuration; {@code commandFlags} are the command's own options, applied last. */
    public DatelineConfig resolve(Map<String, String> commandFlags) throws IOException {
        Map<String, String> flags = new LinkedHashMap<>(settings);
        flags.putAll(commandFlags);
        if (bootstrapServers != null) {
            flags.put(DatelineConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        DatelineConfig config = DatelineConfig.resolve(configFile, System.getenv(), flags);
        boolean explicit = bootstrapServers != null || flags.containsKey(DatelineConfig.BOOTSTRAP_SERVERS)
                || System.getenv("KAFKA_BOOTSTRAP_SERVERS") != null
                || (configFile != null && !DatelineConfig.resolve(configFile, Map.of(), Map.of()).bootstrapServers()
                        .equals(DatelineConfig.defaults().get(DatelineConfig.BOOTSTRAP_SERVERS)));
        if (!explicit) {
            String local = dev.dateline.kafka.local.LocalKafka.runningBootstrap(KafkaCommand.dataDir());
            if (local != null) {
                config = config.with(DatelineConfig.BOOTSTRAP_SERVERS, local);
            }
        }
        return config;
    }

    /**
     * Kafka client properties for one kind of client: the resolved configuration, then the client's
     * own properties file ({@code --producer-config}, {@code --consumer-config}; null for none), then
     * {@code -X} and {@code -b} again on top, so that flags win over the file.
     */
    Map<String, Object> clientProperties(DatelineConfig resolved, Path clientConfig, String what) throws IOException {
        Map<String, Object> props = new LinkedHashMap<>(resolved.kafkaProperties());
        if (clientConfig != null) {
            java.util.Properties file = new java.util.Properties();
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(clientConfig)) {
                file.load(in);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new java.nio.file.NoSuchFileException(clientConfig.toString(), null, what + " configuration not found");
            }
            file.stringPropertyNames().forEach(k -> props.put(k, file.getProperty(k).trim()));
            settings.forEach((k, v) -> {
                if (!k.startsWith("dateline.")) {
                    props.put(k, v);
                }
            });
            if (bootstrapServers != null) {
                props.put(DatelineConfig.BOOTSTRAP_SERVERS, bootstrapServers);
            }
        }
        return props;
    }
}

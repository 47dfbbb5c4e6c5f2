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
}

package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.config.DatelineConfig;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a client's Kafka properties are layered: configuration, then its own file, then the flags. */
class ConfigOptionsTest {

    @TempDir
    Path dir;

    @Test
    void theClientFileOverridesTheConfigurationAndTheFlagsOverrideTheFile() throws Exception {
        Path file = dir.resolve("producer.properties");
        Files.writeString(file, "compression.type = zstd \nlinger.ms=50\nbootstrap.servers=file-host:9092\n");
        ConfigOptions options = new ConfigOptions();
        options.settings.put("linger.ms", "5");
        options.settings.put("dateline.http.port", "7777");
        options.bootstrapServers = "flag-host:9092";
        DatelineConfig resolved = DatelineConfig.of(Map.of(DatelineConfig.BOOTSTRAP_SERVERS, "config-host:9092", "acks", "all"));

        Map<String, Object> props = options.clientProperties(resolved, file, "producer");

        assertThat(props).containsEntry("acks", "all")
                .containsEntry("compression.type", "zstd")
                .containsEntry("linger.ms", "5")
                .containsEntry("bootstrap.servers", "flag-host:9092")
                .doesNotContainKey("dateline.http.port");
    }

    @Test
    void withoutAClientFileTheResolvedConfigurationIsUsedAsItIs() throws Exception {
        DatelineConfig resolved = DatelineConfig.of(Map.of(DatelineConfig.BOOTSTRAP_SERVERS, "config-host:9092"));
        assertThat(new ConfigOptions().clientProperties(resolved, null, "consumer")).isEqualTo(resolved.kafkaProperties());
    }

    @Test
    void aMissingClientFileIsNamedWithWhatItWasFor() {
        Path missing = dir.resolve("absent.properties");
        assertThatThrownBy(() -> new ConfigOptions().clientProperties(DatelineConfig.of(Map.of()), missing, "consumer"))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("consumer configuration not found");
    }
}

package dev.dateline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatelineConfigTest {

    @TempDir
    Path dir;

    @Test
    void laterSourcesWinDefaultsThenFileThenEnvironmentThenFlags() throws Exception {
        Path file = dir.resolve("dateline.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\ndateline.http.port=8000\ndateline.topic.partitions=12\n");
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", "env:9092", "DATELINE_HTTP_PORT", "8100", "PATH", "/bin");
        Map<String, String> flags = Map.of("bootstrap.servers", "flag:9092");

        DatelineConfig config = DatelineConfig.resolve(file, env, flags);

        assertThat(config.bootstrapServers()).isEqualTo("flag:9092");
        assertThat(config.getInt(DatelineConfig.HTTP_PORT)).isEqualTo(8100);
        assertThat(config.getInt(DatelineConfig.PARTITIONS)).isEqualTo(12);
        assertThat(config.get(DatelineConfig.APPLICATION_ID)).isEqualTo("dateline-timelines");
        assertThat(config.asMap()).doesNotContainKey("path");
    }

    @Test
    void everyNonDatelineKeyPassesThroughToKafkaIncludingSecuritySettings() throws Exception {
        Map<String, String> env = Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_SASL_JAAS_CONFIG", "secret-stuff");
        DatelineConfig config = DatelineConfig.resolve(null, env, Map.of("ssl.truststore.location", "/tmp/t.jks"));

        assertThat(config.kafkaProperties())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.jaas.config", "secret-stuff")
                .containsEntry("ssl.truststore.location", "/tmp/t.jks")
                .doesNotContainKey(DatelineConfig.HTTP_PORT);
        assertThat(config.redacted()).containsEntry("sasl.jaas.config", "[hidden]");
    }

    @Test
    void aMissingFileAndABadNumberAreClearErrors() {
        assertThatThrownBy(() -> DatelineConfig.resolve(dir.resolve("nope.properties"), Map.of(), Map.of()))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nope.properties");
        DatelineConfig config = DatelineConfig.of(Map.of(DatelineConfig.HTTP_PORT, "seventy"));
        assertThatThrownBy(() -> config.getInt(DatelineConfig.HTTP_PORT))
                .hasMessageContaining("dateline.http.port must be an integer, got 'seventy'");
    }
}

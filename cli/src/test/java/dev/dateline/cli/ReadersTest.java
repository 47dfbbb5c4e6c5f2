package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.config.DatelineConfig;
import dev.dateline.reader.EventReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

    @Test
    void theReaderIsOffUnlessAskedFor() {
        assertThat(Readers.fromConfig(DatelineConfig.of(Map.of()))).isNull();
        assertThat(Readers.fromConfig(DatelineConfig.of(Map.of(DatelineConfig.READER, " OFF ")))).isNull();
    }

    @Test
    void bundledLoadsTheModelThatShipsWithTheReaderModule() {
        try (EventReader r = Readers.fromConfig(DatelineConfig.of(Map.of(DatelineConfig.READER, "bundled")))) {
            assertThat(r).isNotNull();
            assertThat(r.policy()).isEqualTo(dev.dateline.reader.Policy.DEFAULT);
            assertThat(r.participants()).as("the participant step is on with the reader by default").isNotNull();
        }
    }

    @Test
    void theParticipantStepCanBeTurnedOffOrGivenAnotherModel(@TempDir Path dir) {
        try (EventReader r = Readers.fromConfig(DatelineConfig.of(Map.of(DatelineConfig.READER, "bundled",
                DatelineConfig.READER_PARTICIPANTS, "off")))) {
            assertThat(r.participants()).isNull();
        }
        assertThat(Readers.fromConfig(DatelineConfig.of(Map.of(DatelineConfig.READER_PARTICIPANTS, "bundled"))))
                .as("no reader, whatever its participant step").isNull();
        Path missing = dir.resolve("no-such-participants.onnx");
        assertThatThrownBy(() -> Readers.fromConfig(DatelineConfig.of(Map.of(DatelineConfig.READER, "bundled",
                DatelineConfig.READER_PARTICIPANTS, missing.toString()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dateline.reader.participants").hasMessageContaining(missing.toString());
    }

    @Test
    void aMissingModelFileFailsNamingTheSettingAndThePath(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-model.onnx");
        assertThatThrownBy(() -> Readers.fromConfig(DatelineConfig.of(Map.of(DatelineConfig.READER, missing.toString()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dateline.reader").hasMessageContaining(missing.toString());
    }

    @Test
    void theOptionsBecomeTheSetting() {
        Map<String, String> none = new LinkedHashMap<>();
        Readers.flag(none, false, null);
        assertThat(none).isEmpty();

        Map<String, String> bundled = new LinkedHashMap<>();
        Readers.flag(bundled, true, null);
        assertThat(bundled).containsEntry(DatelineConfig.READER, "bundled");

        Map<String, String> model = new LinkedHashMap<>();
        Readers.flag(model, false, Path.of("models/mine.onnx"));
        assertThat(model).containsEntry(DatelineConfig.READER, Path.of("models/mine.onnx").toString());
    }
}

package dev.dateline.cli;

import dev.dateline.config.DatelineConfig;
import dev.dateline.reader.EventReader;
import java.nio.file.Path;
import java.util.Map;

/** The fine-tuned reader the commands' {@code --reader} and {@code --reader-model} options, or {@code dateline.reader}, ask for. */
final class Readers {

    private Readers() {
    }

    /** The model at {@code model}, or the bundled one when null; fails with a message naming what is wrong. */
    static EventReader open(Path model) {
        return model == null ? EventReader.bundled() : EventReader.load(model);
    }

    /** Puts {@code dateline.reader} into {@code flags} as the options ask: the model's path, {@code bundled}, or nothing. */
    static void flag(Map<String, String> flags, boolean reader, Path model) {
        if (model != null) {
            flags.put(DatelineConfig.READER, model.toString());
        } else if (reader) {
            flags.put(DatelineConfig.READER, "bundled");
        }
    }

    /** The reader {@code dateline.reader} names (see {@link EventReader#forSetting}); null when it is off. */
    static EventReader fromConfig(DatelineConfig cfg) {
        return EventReader.forSetting(DatelineConfig.READER, cfg.get(DatelineConfig.READER, "off"));
    }
}

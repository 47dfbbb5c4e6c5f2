package dev.dateline.cli;

import dev.dateline.config.DatelineConfig;
import dev.dateline.reader.EventReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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

    /**
     * The reader {@code dateline.reader} names: null for {@code off} (or empty), the bundled one for {@code bundled},
     * else the model at that path.
     */
    static EventReader fromConfig(DatelineConfig cfg) {
        String value = cfg.get(DatelineConfig.READER, "off").strip();
        switch (value.toLowerCase(Locale.ROOT)) {
            case "", "off", "false", "none" -> {
                return null;
            }
            case "bundled", "on", "true" -> {
                return EventReader.bundled();
            }
            default -> {
                Path path = Path.of(value);
                if (!Files.isRegularFile(path)) {
                    throw new IllegalArgumentException(DatelineConfig.READER + " '" + value
                            + "' is neither off, bundled, nor a readable model file");
                }
                return EventReader.load(path);
            }
        }
    }
}

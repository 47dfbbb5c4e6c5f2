package dev.dateline.cli;

import dev.dateline.config.DatelineConfig;
import dev.dateline.reader.EventReader;
import dev.dateline.reader.Participants;
import dev.dateline.reader.Policy;
import dev.dateline.reader.ReaderModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** The fine-tuned reader the commands' {@code --reader} and {@code --reader-model} options, or {@code dateline.reader}, ask for. */
final class Readers {

    private Readers() {
    }

    /**
     * The reader the options ask for: the model at {@code model}, else the bundled one when {@code reader}, else none
     * (null, which {@code Extractor.withRefiner} and try-with-resources both take); fails with a message naming what
     * is wrong.
     */
    static EventReader open(boolean reader, Path model) {
        return open(reader, model, null);
    }

    /**
     * As {@link #open(boolean, Path)}, with the participant step {@code participants} names: {@code off}, a model
     * file, or null for the bundled one; naming one implies the reader.
     */
    static EventReader open(boolean reader, Path model, String participants) {
        if (participants == null) {
            return model != null ? EventReader.load(model) : reader ? EventReader.bundled() : null;
        }
        Supplier<Participants> step;
        if (participants.strip().equalsIgnoreCase("off")) {
            step = () -> null;
        } else {
            Path file = Path.of(participants.strip());
            step = () -> Participants.load(file);
        }
        return EventReader.of(model != null ? ReaderModel.load(model) : ReaderModel.bundled(), Policy.DEFAULT, step);
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
     * The reader {@code dateline.reader} and {@code dateline.reader.participants} name (see
     * {@link EventReader#forSetting(String, String, String, String)}); null when it is off.
     */
    static EventReader fromConfig(DatelineConfig cfg) {
        return EventReader.forSetting(DatelineConfig.READER, cfg.get(DatelineConfig.READER, "off"),
                DatelineConfig.READER_PARTICIPANTS, cfg.get(DatelineConfig.READER_PARTICIPANTS, "bundled"));
    }
}

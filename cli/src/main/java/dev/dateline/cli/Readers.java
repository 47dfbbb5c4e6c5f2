package dev.dateline.cli;

import dev.dateline.reader.EventReader;
import java.nio.file.Path;

/** The fine-tuned reader the commands' {@code --reader} and {@code --reader-model} options ask for. */
final class Readers {

    private Readers() {
    }

    /** The model at {@code model}, or the bundled one when null; fails with a message naming what is wrong. */
    static EventReader open(Path model) {
        return model == null ? EventReader.bundled() : EventReader.load(model);
    }
}

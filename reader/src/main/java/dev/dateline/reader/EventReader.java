package dev.dateline.reader;

import dev.dateline.extraction.EventRefiner;
import dev.dateline.extraction.EventTitles;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.Reading;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fine-tuned reader as the engine's second reader: it reads every (sentence, date expression) unit of a text
 * with {@link ReaderModel} and retypes, drops and adds the rules' events by a {@link Policy}. Use it as
 * {@code Extractor.create().withRefiner(reader)}; close it when done (the model's native memory).
 * <p>
 * Deterministic: one text's units are read in text order, in groups of {@link ReaderModel#MAX_BATCH}, apart from
 * any other text, so a text gives the same events whenever and wherever it is read. Thread-safe.
 */
public final class EventReader implements EventRefiner, AutoCloseable {

    private final ReaderModel model;
    private final Policy policy;
    private final EventTitles titles;

    private EventReader(ReaderModel model, Policy policy, EventTitles titles) {
        this.model = model;
        this.policy = policy;
        this.titles = titles;
    }

    /** The bundled model with the chosen policy ({@link Policy#DEFAULT}). */
    public static EventReader bundled() {
        return bundled(Policy.DEFAULT);
    }

    /** The bundled model with another policy. */
    public static EventReader bundled(Policy policy) {
        return new EventReader(ReaderModel.bundled(), Objects.requireNonNull(policy, "policy"), EventTitles.bundled());
    }

    /** A model exported by {@code lab/reader/export_onnx.py} with the chosen policy. */
    public static EventReader load(Path model) {
        return load(model, Policy.DEFAULT);
    }

    /** A model exported by {@code lab/reader/export_onnx.py} with another policy. */
    public static EventReader load(Path model, Policy policy) {
        Objects.requireNonNull(policy, "policy");
        return new EventReader(ReaderModel.load(model), policy, EventTitles.bundled());
    }

    /**
     * The reader a setting such as {@code dateline.reader} names: none (null) for {@code off} (or empty, {@code false},
     * {@code none}), the bundled one for {@code bundled} (or {@code on}, {@code true}), else the model file at that
     * path; {@code name} is the setting's name, for the error when the value is none of these.
     */
    public static EventReader forSetting(String name, String value) {
        String v = value == null ? "" : value.strip();
        switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "", "off", "false", "none" -> {
                return null;
            }
            case "bundled", "on", "true" -> {
                return bundled();
            }
            default -> {
                Path path = Path.of(v);
                if (!java.nio.file.Files.isRegularFile(path)) {
                    throw new IllegalArgumentException(name + " '" + v + "' is neither off, bundled, nor a readable model file");
                }
                return load(path);
            }
        }
    }

    /** The model this reader reads with. */
    public ReaderModel model() {
        return model;
    }

    public Policy policy() {
        return policy;
    }

    /** {@code extractor} with this reader after its rules. */
    public Extractor on(Extractor extractor) {
        return extractor.withRefiner(this);
    }

    @Override
    public List<ExtractedEvent> refine(String text, Reading reading, List<ExtractedEvent> events) {
        if (reading.units().isEmpty()) {
            return events;
        }
        return policy.apply(text, reading, events, probabilities(text, reading), titles);
    }

    /** The model's probabilities for each unit of {@code reading}, {@code [unit][type.ordinal()]}. */
    public double[][] probabilities(String text, Reading reading) {
        List<ReaderModel.Unit> units = new ArrayList<>(reading.units().size());
        for (Reading.Unit u : reading.units()) {
            Reading.Sentence s = reading.sentences().get(u.sentence());
            String sentence = text.substring(s.start(), s.end());
            // an engine-made date lies in its event's sentence; kept inside it should it ever not
            int a = Math.max(0, Math.min(sentence.length(), u.start() - s.start()));
            int b = Math.max(a, Math.min(sentence.length(), u.end() - s.start()));
            units.add(new ReaderModel.Unit(sentence, a, b));
        }
        return model.probabilities(units);
    }

    @Override
    public void close() {
        model.close();
    }
}

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
    /** The participant step after the policy, or null for none. */
    private final Participants participants;

    private EventReader(ReaderModel model, Policy policy, EventTitles titles, Participants participants) {
        this.model = model;
        this.policy = policy;
        this.titles = titles;
        this.participants = participants;
    }

    /** The bundled models with the chosen policy ({@link Policy#DEFAULT}) and participant step. */
    public static EventReader bundled() {
        return bundled(Policy.DEFAULT);
    }

    /** The bundled models with another policy. */
    public static EventReader bundled(Policy policy) {
        return of(ReaderModel.bundled(), Objects.requireNonNull(policy, "policy"), Participants::bundled);
    }

    /** A model exported by {@code lab/reader/export_onnx.py} with the chosen policy and the bundled participant step. */
    public static EventReader load(Path model) {
        return load(model, Policy.DEFAULT);
    }

    /** A model exported by {@code lab/reader/export_onnx.py} with another policy and the bundled participant step. */
    public static EventReader load(Path model, Policy policy) {
        Objects.requireNonNull(policy, "policy");
        return of(ReaderModel.load(model), policy, Participants::bundled);
    }

    /**
     * A type model and a participant step of one's choice ({@code participants} may give null: no participant
     * step); the reader owns both models and closes them, or closes the type model when the second cannot be had.
     */
    public static EventReader of(ReaderModel model, Policy policy, java.util.function.Supplier<Participants> participants) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(policy, "policy");
        try {
            return new EventReader(model, policy, EventTitles.bundled(), participants.get());
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /**
     * The reader a setting such as {@code dateline.reader} names: none (null) for {@code off} (or empty, {@code false},
     * {@code none}), the bundled one for {@code bundled} (or {@code on}, {@code true}), else the model file at that
     * path; {@code name} is the setting's name, for the error when the value is none of these. Its participant step
     * is the bundled one.
     */
    public static EventReader forSetting(String name, String value) {
        return forSetting(name, value, "participants", "bundled");
    }

    /**
     * As {@link #forSetting(String, String)}, with the participant step a second setting names
     * ({@code dateline.reader.participants}): {@code bundled} (or empty, {@code on}, {@code true}), {@code off} (or
     * {@code false}, {@code none}: the type reader alone, about twice as fast), or a participant model file.
     */
    public static EventReader forSetting(String name, String value, String participantsName, String participants) {
        Path types = modelSetting(name, value);
        if (types == null) {
            return null;
        }
        Path step = modelSetting(participantsName, participants == null || participants.isBlank() ? "bundled" : participants);
        java.util.function.Supplier<Participants> p = step == null ? () -> null
                : step == BUNDLED ? Participants::bundled : () -> Participants.load(step);
        return of(types == BUNDLED ? ReaderModel.bundled() : ReaderModel.load(types), Policy.DEFAULT, p);
    }

    /** Marks the bundled model in {@link #modelSetting}. */
    private static final Path BUNDLED = Path.of("bundled");

    /** Null for off, {@link #BUNDLED} for the bundled model, else a model file that exists. */
    private static Path modelSetting(String name, String value) {
        String v = value == null ? "" : value.strip();
        switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "", "off", "false", "none" -> {
                return null;
            }
            case "bundled", "on", "true" -> {
                return BUNDLED;
            }
            default -> {
                Path path = Path.of(v);
                if (!java.nio.file.Files.isRegularFile(path)) {
                    throw new IllegalArgumentException(name + " '" + v + "' is neither off, bundled, nor a readable model file");
                }
                return path;
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

    /** The participant step, or null when this reader has none. */
    public Participants participants() {
        return participants;
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
        List<ExtractedEvent> typed = policy.apply(text, reading, events, probabilities(text, reading), titles);
        return participants == null ? typed : participants.apply(text, reading, typed, titles);
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
        try {
            model.close();
        } finally {
            if (participants != null) {
                participants.model().close();
            }
        }
    }
}

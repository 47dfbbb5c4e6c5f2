package dev.dateline.reader;

import dev.dateline.extraction.Entity;
import dev.dateline.extraction.EventTitles;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.Reading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The participant reader's step: at each unit that dates an event, the {@link ParticipantModel} scores the names
 * the engine has recognised so far (the unit's sentence's actors and place, then earlier sentences', most recent
 * first, each name once), and each event of the unit gains those of the {@code most} most probable whose
 * probability reaches {@code threshold} and that it does not name already; then it loses the actors the model gives
 * less than {@code drop} (names it did not score, such as a candidate beyond the first twelve, stay). An event whose
 * actors change is retitled for them. Every other field stays as it was.
 *
 * @param threshold the probability a candidate needs to join an event
 * @param most      how many candidates at most join one event
 * @param drop      below this probability an actor leaves the event (0: none leaves)
 */
public record Participants(ParticipantModel model, double threshold, int most, double drop) {

    public Participants {
        Objects.requireNonNull(model, "model");
        for (double x : new double[] {threshold, drop}) {
            if (!(x >= 0 && x <= 1)) {
                throw new IllegalArgumentException("thresholds must be between 0 and 1, not " + x);
            }
        }
        if (most < 1) {
            throw new IllegalArgumentException("most must be 1 or more, not " + most);
        }
    }

    /** The chosen probability to join an event (lab/reader/README.md, chosen on gold dev9 and dev10). */
    public static final double THRESHOLD = 0.5;
    /**
     * The chosen number of candidates that may join one event: the two most probable (stop 38; the most probable only
     * from stop 19). Chosen by lab/reader/README.md's rule, the best events F1 among settings whose actors are right at
     * least 0.02 more often than without the step, on dev36..dev47 and dev51 (docs/quality.md, stop 38).
     */
    public static final int MOST = 2;
    /** The chosen probability below which an actor leaves its event (chosen with the threshold). */
    public static final double DROP = 0.03;

    /** The bundled participant model with the chosen threshold. */
    public static Participants bundled() {
        return new Participants(ParticipantModel.bundled(), THRESHOLD, MOST, DROP);
    }

    /** A participant model exported by {@code lab/reader/participants.py export}, with the chosen threshold. */
    public static Participants load(java.nio.file.Path model) {
        return new Participants(ParticipantModel.load(model), THRESHOLD, MOST, DROP);
    }

    /** A candidate: a name and how many sentences before the unit's it was last named. */
    record Candidate(Entity entity, int distance) {
    }

    /** The candidates of the unit in sentence {@code sentence}: its names, then earlier sentences', most recent first. */
    static List<Candidate> candidates(Reading reading, int sentence, int max) {
        List<Candidate> out = new ArrayList<>();
        for (int s = sentence; s >= 0 && out.size() < max; s--) {
            Reading.Sentence x = reading.sentences().get(s);
            List<Entity> names = new ArrayList<>(x.actors());
            if (x.place() != null) {
                names.add(x.place());
            }
            for (Entity e : names) {
                if (out.size() < max && out.stream().noneMatch(k -> k.entity().name().equalsIgnoreCase(e.name()))) {
                    out.add(new Candidate(e, sentence - s));
                }
            }
        }
        return out;
    }

    /** The events with the names the model adds and removes; every other field as it was, the order kept. */
    List<ExtractedEvent> apply(String text, Reading reading, List<ExtractedEvent> events, EventTitles titles) {
        Set<Integer> dateStarts = new HashSet<>();
        events.forEach(e -> dateStarts.add(e.dateStart()));
        List<Integer> dated = new ArrayList<>();
        Map<Integer, Integer> slot = new HashMap<>(); // a dated unit's start -> its index in dated
        for (int k = 0; k < reading.units().size(); k++) {
            int start = reading.units().get(k).start();
            if (dateStarts.contains(start) && !slot.containsKey(start)) {
                slot.put(start, dated.size());
                dated.add(k);
            }
        }
        if (dated.isEmpty()) {
            return events;
        }
        List<List<Candidate>> candidates = new ArrayList<>(dated.size());
        List<ParticipantModel.Unit> units = new ArrayList<>(dated.size());
        for (int k : dated) {
            Reading.Unit u = reading.units().get(k);
            Reading.Sentence s = reading.sentences().get(u.sentence());
            String sentence = text.substring(s.start(), s.end());
            String previous = u.sentence() == 0 ? "" : text.substring(reading.sentences().get(u.sentence() - 1).start(),
                    reading.sentences().get(u.sentence() - 1).end());
            List<Candidate> names = candidates(reading, u.sentence(), model.maxCandidates());
            List<ParticipantModel.Candidate> cs = new ArrayList<>(names.size());
            for (Candidate c : names) {
                cs.add(new ParticipantModel.Candidate(c.entity().name(), c.distance()));
            }
            int a = Math.max(0, Math.min(sentence.length(), u.start() - s.start()));
            int b = Math.max(a, Math.min(sentence.length(), u.end() - s.start()));
            candidates.add(names);
            units.add(new ParticipantModel.Unit(previous, sentence, a, b, cs));
        }
        double[][] probs = model.probabilities(units);
        List<ExtractedEvent> out = new ArrayList<>(events.size());
        for (ExtractedEvent e : events) {
            Integer j = slot.get(e.dateStart());
            out.add(j == null ? e : joined(e, candidates.get(j), probs[j], titles));
        }
        return out;
    }

    /**
     * The event with those of its unit's {@code most} best candidates that reach the threshold and it lacks, less the
     * actors below {@code drop}.
     */
    private ExtractedEvent joined(ExtractedEvent e, List<Candidate> names, double[] p, EventTitles titles) {
        Integer[] order = new Integer[names.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> i));
        List<Entity> actors = new ArrayList<>(e.actors());
        for (int r = 0; r < Math.min(most, order.length) && p[order[r]] >= threshold; r++) {
            Entity c = names.get(order[r]).entity();
            String n = c.name().toLowerCase(Locale.ROOT);
            if (actors.stream().noneMatch(x -> x.name().toLowerCase(Locale.ROOT).equals(n))) {
                actors.add(c);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (p[i] < drop) { // false for a candidate the model did not read (NaN)
                String n = names.get(i).entity().name();
                actors.removeIf(x -> x.name().equalsIgnoreCase(n));
            }
        }
        if (actors.equals(e.actors())) {
            return e;
        }
        return new ExtractedEvent(e.date(), e.dateText(), e.dateStart(), e.dateEnd(), e.type(), e.trigger(),
                titles.title(e.type(), actors, e.location(), e.modality(), null), actors, e.location(), e.evidence(),
                e.start(), e.end(), e.confidence(), e.modality());
    }
}

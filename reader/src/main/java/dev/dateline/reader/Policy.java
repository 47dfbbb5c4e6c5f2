package dev.dateline.reader;

import dev.dateline.extraction.Entity;
import dev.dateline.extraction.EventTitles;
import dev.dateline.extraction.EventType;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.Modality;
import dev.dateline.extraction.Reading;
import java.util.ArrayList;
import java.util.List;

/**
 * How the reader's probabilities change the rules' events at each unit (policy TAD of lab/reader, chosen on gold
 * dev7 and dev8), in the order retype, drop, add:
 * <ul>
 * <li>retype: an event whose type has p &lt; 0.5 takes the unit's most probable type t* when p(t*) &ge;
 * {@code retype} and no event of the unit has t* already;</li>
 * <li>drop: an event whose type has p &lt; {@code drop} is dropped when no type reaches 0.5;</li>
 * <li>add: each type with p &ge; {@code add} that no event of the unit has becomes a new event, dated by the unit,
 * its participants those of the rules' events of the sentence, or else the names the engine found in it.</li>
 * </ul>
 * A {@code retype} or {@code add} above 1 turns that step off, a {@code drop} of 0 turns dropping off.
 *
 * @param retype θr, the probability the most probable type needs to replace an unlikely one
 * @param add    θa, the probability a type needs to become a new event
 * @param drop   θd, below which an event's own type drops it (when no type is likely)
 */
public record Policy(double retype, double add, double drop) {

    /** The chosen setting: retype at 0.7, add at 0.6, drop below 0.05. */
    public static final Policy DEFAULT = new Policy(0.7, 0.6, 0.05);
    /** The trigger of the events the reader adds. */
    public static final String TRIGGER = "reader";

    private static final EventType[] TYPES = EventType.values();
    private static final double LIKELY = 0.5;

    public Policy {
        for (double x : new double[] {retype, add, drop}) {
            if (!(x >= 0)) {
                throw new IllegalArgumentException("thresholds must be 0 or more, not " + x);
            }
        }
    }

    /**
     * The events of a text after the reader: the rules' events, retyped or dropped, in their order, then the added
     * ones in the order of their units and of the types.
     *
     * @param probs for each unit of {@code reading}, {@code [type.ordinal()]}; a null row leaves the unit as it is
     */
    List<ExtractedEvent> apply(String text, Reading reading, List<ExtractedEvent> rules, double[][] probs,
                               EventTitles titles) {
        ExtractedEvent[] events = rules.toArray(new ExtractedEvent[0]);
        List<ExtractedEvent> added = new ArrayList<>();
        for (int k = 0; k < reading.units().size(); k++) {
            double[] p = probs[k];
            if (p == null) {
                continue;
            }
            Reading.Unit u = reading.units().get(k);
            EventType best = TYPES[0];
            for (EventType t : TYPES) {
                best = p[t.ordinal()] > p[best.ordinal()] ? t : best;
            }
            double top = p[best.ordinal()];
            for (int i : u.events()) {
                double own = p[events[i].type().ordinal()];
                if (top < LIKELY && own < drop) {
                    events[i] = null;
                } else if (own < LIKELY && top >= retype && !has(events, u, best)) {
                    events[i] = retyped(events[i], best, titles);
                }
            }
            for (EventType t : TYPES) {
                if (p[t.ordinal()] >= add && !has(events, u, t)) {
                    added.add(added(text, reading, rules, u, t, p[t.ordinal()], titles));
                }
            }
        }
        List<ExtractedEvent> out = new ArrayList<>(events.length + added.size());
        for (ExtractedEvent e : events) {
            if (e != null) {
                out.add(e);
            }
        }
        out.addAll(added);
        return out;
    }

    private static boolean has(ExtractedEvent[] events, Reading.Unit u, EventType t) {
        for (int i : u.events()) {
            if (events[i] != null && events[i].type() == t) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event as it was, of another type and titled for it: by its type when it names no one, since its trigger is
     * the word of the type the rules gave it ("Talks" would not title an earthquake).
     */
    private static ExtractedEvent retyped(ExtractedEvent e, EventType t, EventTitles titles) {
        return new ExtractedEvent(e.date(), e.dateText(), e.dateStart(), e.dateEnd(), t, e.trigger(),
                titles.title(t, e.actors(), e.location(), e.modality(), null), e.actors(), e.location(),
                e.evidence(), e.start(), e.end(), e.confidence(), e.modality());
    }

    /**
     * A new event of type {@code t} at unit {@code u}: the participants and place of the rules' events of its
     * sentence, or else the actors and the place the engine named in it; the modality of the unit's first event that
     * is not asserted, or else the sentence's; the reader's probability as its confidence.
     */
    private static ExtractedEvent added(String text, Reading reading, List<ExtractedEvent> rules, Reading.Unit u,
                                        EventType t, double p, EventTitles titles) {
        Reading.Sentence s = reading.sentences().get(u.sentence());
        List<Entity> actors = new ArrayList<>();
        Entity location = null;
        Modality modality = Modality.ASSERTED;
        Modality unitModality = null;
        for (int i = 0; i < rules.size(); i++) {
            ExtractedEvent e = rules.get(i);
            if (e.start() != s.start()) {
                continue;
            }
            for (Entity x : e.actors()) {
                if (!actors.contains(x)) {
                    actors.add(x);
                }
            }
            location = location == null ? e.location() : location;
            if (e.modality() != Modality.ASSERTED) {
                modality = modality == Modality.ASSERTED ? e.modality() : modality;
                unitModality = unitModality == null && u.events().contains(i) ? e.modality() : unitModality;
            }
        }
        if (actors.isEmpty() && location == null) {
            actors.addAll(s.actors());
            location = s.place();
        }
        Modality m = unitModality != null ? unitModality : modality;
        double confidence = Math.round(p * 100) / 100.0;
        return new ExtractedEvent(u.date(), u.text(), u.start(), u.end(), t, TRIGGER,
                titles.title(t, actors, location, m, null), actors, location, text.substring(s.start(), s.end()),
                s.start(), s.end(), confidence, m);
    }
}

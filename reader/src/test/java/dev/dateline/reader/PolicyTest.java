package dev.dateline.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.extraction.DateValue;
import dev.dateline.extraction.Entity;
import dev.dateline.extraction.EntityKind;
import dev.dateline.extraction.EventTitles;
import dev.dateline.extraction.EventType;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.Granularity;
import dev.dateline.extraction.Modality;
import dev.dateline.extraction.Reading;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy on a hand-made reading and synthetic probabilities. */
class PolicyTest {

    private static final EventTitles TITLES = EventTitles.bundled();
    private static final String S0 = "Hamas shelled the town on Monday.";
    private static final String S1 = "Ministers will meet in Geneva on Friday.";
    private static final String S2 = "Voters in Peru went to the polls in 2021.";
    private static final String TEXT = S0 + " " + S1 + " " + S2;
    private static final int START1 = S0.length() + 1;
    private static final int START2 = START1 + S1.length() + 1;

    private static final Entity REBELS = new Entity("Hamas", EntityKind.GROUP);
    private static final Entity MINISTERS = new Entity("Ministers", EntityKind.PERSON);
    private static final Entity GENEVA = new Entity("Geneva", EntityKind.PLACE);
    private static final Entity PERU = new Entity("Peru", EntityKind.COUNTRY);

    private static final DateValue MONDAY = new DateValue("2024-03-11", Granularity.DAY, LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 11));
    private static final DateValue FRIDAY = new DateValue("2024-03-15", Granularity.DAY, LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 15));
    private static final DateValue YEAR = new DateValue("2021", Granularity.YEAR, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));

    private static final ExtractedEvent SHELLING = event(EventType.ATTACK, "shelled", S0, 0, "Monday", MONDAY,
            List.of(REBELS), null, Modality.ASSERTED);
    private static final ExtractedEvent MEETING = event(EventType.MEETING, "meet", S1, START1, "Friday", FRIDAY,
            List.of(MINISTERS), GENEVA, Modality.PLANNED);
    private static final List<ExtractedEvent> RULES = List.of(SHELLING, MEETING);

    private static final Reading READING = new Reading(
            List.of(new Reading.Sentence(0, S0.length(), List.of(REBELS), null),
                    new Reading.Sentence(START1, START1 + S1.length(), List.of(MINISTERS, GENEVA), GENEVA),
                    new Reading.Sentence(START2, START2 + S2.length(), List.of(PERU), PERU)),
            List.of(unit(0, 0, "Monday", MONDAY, List.of(0)), unit(1, START1, "Friday", FRIDAY, List.of(1)),
                    unit(2, START2, "2021", YEAR, List.of())));

    private static ExtractedEvent event(EventType type, String trigger, String sentence, int start, String date,
                                        DateValue value, List<Entity> actors, Entity location, Modality modality) {
        int d = start + sentence.indexOf(date);
        return new ExtractedEvent(value, date, d, d + date.length(), type, trigger,
                TITLES.title(type, actors, location, modality, trigger), actors, location, sentence, start,
                start + sentence.length(), 0.8, modality);
    }

    private static Reading.Unit unit(int sentence, int sentenceStart, String date, DateValue value, List<Integer> events) {
        String s = List.of(S0, S1, S2).get(sentence);
        int d = sentenceStart + s.indexOf(date);
        return new Reading.Unit(sentence, d, d + date.length(), date, value, events);
    }

    /** Probabilities with the given types set and every other type at {@code rest}. */
    private static double[] probs(double rest, Object... typeAndP) {
        double[] p = new double[EventType.values().length];
        java.util.Arrays.fill(p, rest);
        for (int i = 0; i < typeAndP.length; i += 2) {
            p[((EventType) typeAndP[i]).ordinal()] = (Double) typeAndP[i + 1];
        }
        return p;
    }

    /** The reader agrees with the rules at the two events' units and sees nothing at the third. */
    private static double[][] agreeing() {
        return new double[][] {probs(0.01, EventType.ATTACK, 0.9), probs(0.01, EventType.MEETING, 0.8),
                probs(0.01)};
    }

    private static List<ExtractedEvent> apply(Policy policy, double[][] p) {
        return policy.apply(TEXT, READING, RULES, p, TITLES);
    }

    @Test
    void unitsTheReaderAgreesWithKeepTheRulesEvents() {
        assertThat(apply(Policy.DEFAULT, agreeing())).containsExactly(SHELLING, MEETING);
        // no probabilities for a unit: it stays as it is, whatever they would have been
        assertThat(apply(Policy.DEFAULT, new double[][] {null, null, null})).containsExactly(SHELLING, MEETING);
    }

    @Test
    void aRetypedEventThatNamesNoOneIsTitledByItsNewTypeNotByTheOldTrigger() {
        ExtractedEvent talks = event(EventType.MEETING, "talks", S0, 0, "Monday", MONDAY, List.of(), null,
                Modality.ASSERTED);
        assertThat(talks.title()).isEqualTo("Meeting");
        double[][] p = agreeing();
        p[0] = probs(0.01, EventType.MEETING, 0.2, EventType.DISASTER, 0.8);

        List<ExtractedEvent> out = Policy.DEFAULT.apply(TEXT, READING, List.of(talks, MEETING), p, TITLES);

        assertThat(out.get(0).type()).isEqualTo(EventType.DISASTER);
        assertThat(out.get(0).title()).isEqualTo("Disaster");
        assertThat(out.get(0).trigger()).isEqualTo("talks");
    }

    @Test
    void retypeAnUnlikelyTypeToALikelyOne() {
        double[][] p = agreeing();
        p[0] = probs(0.01, EventType.ATTACK, 0.3, EventType.AIR_STRIKE, 0.75);
        List<ExtractedEvent> out = apply(Policy.DEFAULT, p);
        assertThat(out).hasSize(2).element(1).isEqualTo(MEETING);
        ExtractedEvent retyped = out.get(0);
        assertThat(retyped.type()).isEqualTo(EventType.AIR_STRIKE);
        assertThat(retyped.title()).isEqualTo("Hamas carries out air strike");
        assertThat(retyped).usingRecursiveComparison().ignoringFields("type", "title").isEqualTo(SHELLING);
        // not when the top type is below θr (and θa, so that it is not added either), nor when the event's own
        // type is likely enough
        p[0] = probs(0.01, EventType.ATTACK, 0.3, EventType.AIR_STRIKE, 0.55);
        assertThat(apply(Policy.DEFAULT, p)).containsExactly(SHELLING, MEETING);
        p[0] = probs(0.01, EventType.ATTACK, 0.5, EventType.AIR_STRIKE, 0.75);
        assertThat(apply(Policy.DEFAULT, p).get(0)).isEqualTo(SHELLING);
    }

    @Test
    void dropAnEventTheReaderFindsNothingLikeWhenNothingIsLikely() {
        double[][] p = agreeing();
        p[1] = probs(0.01, EventType.MEETING, 0.04, EventType.SUMMIT, 0.45);
        assertThat(apply(Policy.DEFAULT, p)).containsExactly(SHELLING);
        p[1] = probs(0.01, EventType.MEETING, 0.06, EventType.SUMMIT, 0.45); // above θd
        assertThat(apply(Policy.DEFAULT, p)).containsExactly(SHELLING, MEETING);
        p[1] = probs(0.01, EventType.MEETING, 0.04, EventType.SUMMIT, 0.55); // a type is likely: retype would, not drop
        assertThat(apply(Policy.DEFAULT, p)).containsExactly(SHELLING, MEETING);
        assertThat(apply(new Policy(0.7, 0.6, 0), new double[][] {probs(0.01, EventType.ATTACK, 0.001), probs(0.01),
                probs(0.01)})).containsExactly(SHELLING, MEETING); // θd 0: dropping off
    }

    @Test
    void addALikelyTypeNoEventOfTheUnitHas() {
        double[][] p = agreeing();
        p[2] = probs(0.01, EventType.ELECTION, 0.934);
        List<ExtractedEvent> out = apply(Policy.DEFAULT, p);
        assertThat(out).hasSize(3).startsWith(SHELLING, MEETING);
        ExtractedEvent e = out.get(2);
        assertThat(e.type()).isEqualTo(EventType.ELECTION);
        assertThat(TEXT.substring(e.dateStart(), e.dateEnd())).isEqualTo("2021").isEqualTo(e.dateText());
        assertThat(e.date()).isEqualTo(YEAR);
        assertThat(e.evidence()).isEqualTo(S2);
        assertThat(e.start()).isEqualTo(START2);
        assertThat(e.end()).isEqualTo(START2 + S2.length());
        // no rules' event in the sentence: the names the engine found there
        assertThat(e.actors()).containsExactly(PERU);
        assertThat(e.location()).isEqualTo(PERU);
        assertThat(e.trigger()).isEqualTo(Policy.TRIGGER);
        assertThat(e.confidence()).isEqualTo(0.93);
        assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(e.title()).isEqualTo("Peru holds election in Peru");
    }

    @Test
    void anAddedEventTakesTheParticipantsAndModalityOfTheSentencesEvents() {
        double[][] p = agreeing();
        p[1] = probs(0.01, EventType.MEETING, 0.8, EventType.SUMMIT, 0.7, EventType.VISIT, 0.61);
        List<ExtractedEvent> out = apply(Policy.DEFAULT, p);
        assertThat(out).extracting(ExtractedEvent::type).containsExactly(EventType.ATTACK, EventType.MEETING,
                EventType.SUMMIT, EventType.VISIT); // in the types' order
        ExtractedEvent summit = out.get(2);
        assertThat(summit.actors()).containsExactly(MINISTERS);
        assertThat(summit.location()).isEqualTo(GENEVA);
        assertThat(summit.modality()).isEqualTo(Modality.PLANNED);
        assertThat(summit.title()).isEqualTo("Ministers to hold summit in Geneva");
        assertThat(summit.dateText()).isEqualTo("Friday");
        // a type one of the unit's events has is not added again
        p[1] = probs(0.01, EventType.MEETING, 0.95);
        assertThat(apply(Policy.DEFAULT, p)).hasSize(2);
        // θa above 1: adding off
        p[1] = probs(0.01, EventType.MEETING, 0.8, EventType.SUMMIT, 0.99);
        assertThat(apply(new Policy(0.7, 1.01, 0.05), p)).containsExactly(SHELLING, MEETING);
    }

    @Test
    void retypeDropAndAddTogether() {
        double[][] p = {probs(0.01, EventType.ATTACK, 0.2, EventType.AIR_STRIKE, 0.72, EventType.PROTEST, 0.66),
                probs(0.01, EventType.MEETING, 0.02), probs(0.01, EventType.ELECTION, 0.6)};
        List<ExtractedEvent> out = apply(Policy.DEFAULT, p);
        // the shelling retyped (no longer AIR_STRIKE-less, so no AIR_STRIKE is added), the meeting dropped,
        // a protest added at Monday with Hamas, an election at 2021
        assertThat(out).extracting(ExtractedEvent::type).containsExactly(EventType.AIR_STRIKE, EventType.PROTEST,
                EventType.ELECTION);
        assertThat(out.get(1).actors()).containsExactly(REBELS);
        assertThat(out.get(1).confidence()).isEqualTo(0.66);
    }

    @Test
    void thresholdsMustBeNumbers() {
        assertThatThrownBy(() -> new Policy(Double.NaN, 0.6, 0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Policy(0.7, -1, 0.05)).isInstanceOf(IllegalArgumentException.class);
    }
}

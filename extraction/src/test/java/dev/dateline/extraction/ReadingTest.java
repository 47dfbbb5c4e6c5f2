package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.EXTRACTOR;
import static dev.dateline.extraction.EventFixture.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an {@link EventRefiner} is given: sentences, units and the rules' events; sentences written for this test. */
class ReadingTest {

    /** What one extraction handed its refiner. */
    private record Seen(String text, Reading reading, List<ExtractedEvent> events, List<ExtractedEvent> result) {
    }

    private static Seen read(String text) {
        List<Seen> seen = new ArrayList<>();
        Extractor x = EXTRACTOR.withRefiner((t, r, events) -> {
            seen.add(new Seen(t, r, events, null));
            return events;
        });
        List<ExtractedEvent> result = x.extract(text, PUBLISHED).events();
        assertThat(seen).hasSize(1);
        Seen s = seen.get(0);
        return new Seen(s.text(), s.reading(), s.events(), result);
    }

    private static List<String> unitTexts(Reading r) {
        return r.units().stream().map(Reading.Unit::text).toList();
    }

    @Test
    void unitsAreTheDatesThatCanDateAnEventNotReferencesNorClockTimes() {
        String text = "Floods hit the north of Italy on Sunday, and the rain is now easing.\n\n"
                + "The dam, built in 1962, held at 10:15 on Monday, engineers said.\n\n"
                + "Prices fell in 2019.";
        Seen s = read(text);
        List<String> tagged = EXTRACTOR.tag(text, PUBLISHED).stream().map(Timex::text).toList();
        assertThat(tagged).contains("now", "10:15"); // the tagger finds them ...
        assertThat(unitTexts(s.reading())).containsExactly("Sunday", "1962", "Monday", "2019"); // ... no unit has them
        for (Reading.Unit u : s.reading().units()) {
            assertThat(text.substring(u.start(), u.end())).isEqualTo(u.text());
            Reading.Sentence sentence = s.reading().sentences().get(u.sentence());
            assertThat(u.start()).isBetween(sentence.start(), sentence.end() - 1);
        }
        assertThat(s.reading().units().stream().map(Reading.Unit::sentence).toList()).containsExactly(0, 1, 1, 2);
    }

    @Test
    void everyEventIsInTheUnitOfItsDateAndUnitsWithoutEventsStay() {
        String text = "Floods hit the north of Italy on Sunday, and the rain is now easing.\n\n"
                + "Prices fell in 2019.\n\n"
                + "President Emmanuel Macron met Olaf Scholz in Berlin on Monday.";
        Seen s = read(text);
        assertThat(s.events()).isNotEmpty();
        List<Integer> all = new ArrayList<>();
        for (Reading.Unit u : s.reading().units()) {
            for (int i : u.events()) {
                ExtractedEvent e = s.events().get(i);
                assertThat(e.dateStart()).isEqualTo(u.start());
                assertThat(e.date()).isEqualTo(u.date());
                assertThat(e.start()).isEqualTo(s.reading().sentences().get(u.sentence()).start());
            }
            all.addAll(u.events());
        }
        // each event exactly once, in ascending order within a unit
        assertThat(all).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, s.events().size()).boxed().toList());
        for (Reading.Unit u : s.reading().units()) {
            assertThat(u.events()).isSorted();
        }
        Reading.Unit prices = s.reading().units().stream().filter(u -> u.text().equals("2019")).findFirst().orElseThrow();
        boolean priceEvent = s.events().stream().anyMatch(e -> e.dateStart() == prices.start());
        assertThat(prices.events().isEmpty()).isEqualTo(!priceEvent);
    }

    @Test
    void aDateTheEngineMadeItselfIsAUnitOfItsOwn() {
        String text = "A fire destroyed the old theatre in Lyon on February 2, 2021, and the city mourned.\n\n"
                + "The mayor promised the day after the fire that the theatre would be rebuilt.";
        Seen s = read(text);
        int made = s.text().indexOf("the day after the fire");
        assertThat(EXTRACTOR.tag(text, PUBLISHED)).noneMatch(t -> t.start() == made); // not the tagger's
        Reading.Unit u = s.reading().units().stream().filter(x -> x.start() == made).findFirst().orElseThrow();
        assertThat(u.text()).isEqualTo("the day after the fire");
        assertThat(u.sentence()).isEqualTo(1);
        assertThat(u.events()).isNotEmpty();
        ExtractedEvent e = s.events().get(u.events().get(0));
        assertThat(e.dateText()).isEqualTo("the day after the fire");
        assertThat(u.date().value()).isEqualTo("2021-02-03").isEqualTo(e.date().value());
        assertThat(unitTexts(s.reading())).containsExactly("February 2, 2021", "the day after the fire");
    }

    @Test
    void sentencesNameTheirActorsOnceInOrderAndTheirFirstPlace() {
        String text = "Emmanuel Macron met Olaf Scholz in Berlin on Monday, and Macron thanked Scholz.\n\n"
                + "Prices fell in 2019.";
        Reading r = read(text).reading();
        assertThat(r.sentences()).hasSize(2);
        Reading.Sentence first = r.sentences().get(0);
        assertThat(text.substring(first.start(), first.end())).startsWith("Emmanuel Macron").endsWith("Scholz.");
        List<String> names = first.actors().stream().map(Entity::name).toList();
        assertThat(names).startsWith("Emmanuel Macron", "Olaf Scholz").doesNotHaveDuplicates();
        assertThat(first.place()).isNotNull();
        assertThat(first.place().name()).isEqualTo("Berlin");
        assertThat(r.sentences().get(1).actors()).isEmpty();
        assertThat(r.sentences().get(1).place()).isNull();
    }

    @Test
    void theRefinersEventsAreTheResultAndWithoutOneNothingChanges() {
        String text = "Floods hit the north of Italy on Sunday.\n\nEmmanuel Macron met Olaf Scholz in Berlin on Monday.";
        ExtractionResult rules = EXTRACTOR.extract(text, PUBLISHED);
        assertThat(EXTRACTOR.withRefiner(null).extract(text, PUBLISHED)).isEqualTo(rules);
        assertThat(read(text).result()).isEqualTo(rules.events());
        ExtractionResult dropped = EXTRACTOR.withRefiner((t, r, events) -> events.subList(1, events.size()))
                .extract(text, PUBLISHED);
        assertThat(dropped.events()).isEqualTo(rules.events().subList(1, rules.events().size()));
        assertThat(dropped.timexes()).isEqualTo(rules.timexes());
        assertThatThrownBy(() -> EXTRACTOR.withRefiner((t, r, events) -> null).extract(text, PUBLISHED))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("refiner");
    }

    @Test
    void theRefinerReadsTheTextAsCut() {
        String text = "Floods hit the north of Italy on Sunday.";
        assertThat(read(text).text()).isEqualTo(text);
    }

    @Test
    void titlesReadAsTheEnginesOwn() {
        EventTitles titles = EventTitles.bundled();
        Entity macron = new Entity("Emmanuel Macron", EntityKind.PERSON);
        Entity scholz = new Entity("Olaf Scholz", EntityKind.PERSON);
        Entity berlin = new Entity("Berlin", EntityKind.PLACE);
        assertThat(titles.title(EventType.SUMMIT, List.of(macron, scholz), berlin, Modality.ASSERTED, "met"))
                .isEqualTo("Emmanuel Macron and Olaf Scholz hold summit in Berlin");
        assertThat(titles.title(EventType.VISIT, List.of(macron), berlin, Modality.PLANNED, "visit"))
                .isEqualTo("Emmanuel Macron to make visit in Berlin");
        assertThat(titles.title(EventType.DISASTER, List.of(), berlin, Modality.ASSERTED, "earthquake"))
                .isEqualTo("Earthquake in Berlin");
        assertThat(titles.title(EventType.DISASTER, List.of(), null, Modality.ASSERTED, null)).isEqualTo("Disaster");
        ExtractedEvent summit = EXTRACTOR.extract("Emmanuel Macron met Olaf Scholz in Berlin on Monday.", PUBLISHED)
                .events().get(0);
        assertThat(titles.title(summit.type(), summit.actors(), summit.location(), summit.modality(), summit.trigger()))
                .isEqualTo(summit.title());
    }
}

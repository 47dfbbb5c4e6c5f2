package dev.dateline.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dateline.extraction.DateValue;
import dev.dateline.extraction.Entity;
import dev.dateline.extraction.EntityKind;
import dev.dateline.extraction.ExtractedEvent;
import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.Granularity;
import dev.dateline.extraction.Reading;
import dev.dateline.extraction.eval.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The participant step: the bundled model on texts written for this test, its encoding, and what it may change. */
class ParticipantsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 20);
    private static EventReader withStep;
    private static EventReader withoutStep;

    @BeforeAll
    static void load() {
        withStep = EventReader.bundled();
        withoutStep = EventReader.of(ReaderModel.bundled(), Policy.DEFAULT, () -> null);
    }

    @AfterAll
    static void close() {
        withStep.close();
        withoutStep.close();
    }

    private static List<ExtractedEvent> events(EventReader reader, String text) {
        return Extractor.create().withRefiner(reader).extract(text, PUBLISHED).events();
    }

    @Test
    void encodesUnitsAsTheTrainingCodeDoes() throws IOException {
        // participant-encoding.jsonl: units and the pieces lab/reader/participants.py's PEncoder gives them,
        // including a unit whose names, previous sentence and sentence all overflow their room
        ParticipantModel model = withStep.participants().model();
        int n = 0;
        try (InputStream in = getClass().getResourceAsStream("participant-encoding.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Map<?, ?> u = (Map<?, ?>) Json.parse(line);
                List<ParticipantModel.Candidate> cs = new ArrayList<>();
                for (Object c : (List<?>) u.get("candidates")) {
                    Map<?, ?> m = (Map<?, ?>) c;
                    cs.add(new ParticipantModel.Candidate((String) m.get("name"), ((Number) m.get("distance")).intValue()));
                }
                ParticipantModel.Input x = model.encode(new ParticipantModel.Unit((String) u.get("prev"),
                        (String) u.get("sentence"), ((Number) u.get("tStart")).intValue(),
                        ((Number) u.get("tEnd")).intValue(), cs));
                assertThat(x.ids()).as("pieces of unit %d", n).containsExactly(ints(u.get("ids")));
                assertThat(x.types()).as("token types of unit %d", n).containsExactly(ints(u.get("types")));
                assertThat(x.marker()).isEqualTo(((Number) u.get("marker")).intValue());
                assertThat(x.candidates()).as("candidate markers of unit %d", n).containsExactly(ints(u.get("marks")));
                assertThat(x.buckets()).containsExactly(ints(u.get("buckets")));
                n++;
            }
        }
        assertThat(n).isEqualTo(3);
    }

    private static int[] ints(Object list) {
        return ((List<?>) list).stream().mapToInt(o -> ((Number) o).intValue()).toArray();
    }

    @Test
    void candidatesAreTheSentencesNamesThenEarlierOnesMostRecentFirstEachOnce() {
        Entity ghana = new Entity("Ghana", EntityKind.COUNTRY);
        Entity accra = new Entity("Accra", EntityKind.PLACE);
        Entity mahama = new Entity("John Mahama", EntityKind.PERSON);
        Entity ecowas = new Entity("ECOWAS", EntityKind.ORGANIZATION);
        Reading reading = new Reading(List.of(
                new Reading.Sentence(0, 10, List.of(ecowas, ghana), null),
                new Reading.Sentence(11, 20, List.of(mahama), accra),
                new Reading.Sentence(21, 30, List.of(), null),
                new Reading.Sentence(31, 40, List.of(new Entity("GHANA", EntityKind.COUNTRY)), null)),
                List.of(new Reading.Unit(3, 32, 36, "2024", new DateValue("2024", Granularity.YEAR,
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), List.of())));
        List<Participants.Candidate> c = Participants.candidates(reading, 3, 12);
        assertThat(c).extracting(x -> x.entity().name()).containsExactly("GHANA", "John Mahama", "Accra", "ECOWAS");
        assertThat(c).extracting(Participants.Candidate::distance).containsExactly(0, 2, 2, 3);
        assertThat(Participants.candidates(reading, 3, 2)).hasSize(2);
        assertThat(Participants.candidates(reading, 2, 12)).extracting(x -> x.entity().name())
                .containsExactly("John Mahama", "Accra", "ECOWAS", "Ghana");
    }

    @Test
    void aSentenceThatSaysOnlyHeGetsItsActorFromTheSentenceBefore() {
        String text = "Chile's president Gabriel Boric named a new finance minister on Friday. He had reshuffled his "
                + "cabinet in March after a run of poor polls.";
        assertThat(march(withoutStep, text).actors()).as("the rules and the type reader alone").isEmpty();
        assertThat(march(withStep, text).actors()).extracting(Entity::name).containsAnyOf("Gabriel Boric", "Chile");
    }

    private static ExtractedEvent march(EventReader reader, String text) {
        return events(reader, text).stream().filter(e -> e.date().value().equals("2024-03")).findFirst().orElseThrow();
    }

    @Test
    void changesOnlyTheActorsAddingAtMostOneName() {
        String text = "Kenya's president met the leaders of Uganda and Tanzania in Arusha on Monday to talk about a "
                + "railway. He had visited Kampala in March, when the two governments signed a pipeline deal. "
                + "The East African Community said on Tuesday that the heads of state would meet again in July.";
        List<ExtractedEvent> with = events(withStep, text);
        List<ExtractedEvent> without = events(withoutStep, text);
        assertThat(with).hasSameSizeAs(without);
        for (int i = 0; i < with.size(); i++) {
            ExtractedEvent a = with.get(i);
            ExtractedEvent b = without.get(i);
            assertThat(a.date()).isEqualTo(b.date());
            assertThat(a.type()).isEqualTo(b.type());
            assertThat(a.location()).isEqualTo(b.location());
            assertThat(a.start()).isEqualTo(b.start());
            assertThat(a.dateStart()).isEqualTo(b.dateStart());
            assertThat(a.modality()).isEqualTo(b.modality());
            assertThat(a.evidence()).isEqualTo(b.evidence());
            List<Entity> added = new ArrayList<>(a.actors());
            added.removeAll(b.actors());
            assertThat(added).as("names added to %s", b).hasSizeLessThanOrEqualTo(Participants.MOST);
            List<Entity> kept = new ArrayList<>(a.actors());
            kept.removeAll(added);
            assertThat(b.actors()).as("the rules' names keep their order").containsSubsequence(kept);
        }
        assertThat(events(withStep, text)).isEqualTo(with);
    }

    @Test
    void refusesAFileThatIsNotAParticipantModel(@TempDir Path dir) throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.onnx"), "not a model");
        assertThatThrownBy(() -> ParticipantModel.load(junk)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(junk.toString());
        assertThatThrownBy(() -> ParticipantModel.load(dir.resolve("missing.onnx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.onnx");
        Path types = dir.resolve("types.onnx");
        try (InputStream in = ReaderModel.class.getResourceAsStream(ReaderModel.BUNDLED_MODEL)) {
            Files.write(types, in.readAllBytes());
        }
        assertThatThrownBy(() -> ParticipantModel.load(types)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a participant model");
        assertThatThrownBy(() -> new Participants(withStep.participants().model(), 1.5, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

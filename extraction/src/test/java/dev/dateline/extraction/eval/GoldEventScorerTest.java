package dev.dateline.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.extraction.Extractor;
import dev.dateline.extraction.Modality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldEventScorerTest {

    /** A gold article written for this test. */
    private static final String GOLD = """
            {"id": "test-1", "url": "https://news.example/1", "source": "Test Wire", "title": "Test",
             "published": "2024-03-14T09:00:00+09:00",
             "body": "Veridia's parliament was dissolved last week. North Korea conducted a nuclear test on Sept. 3, 2017. Kim Jong-un met Donald Trump in Singapore in June 2018.",
             "events": [
               {"date": "2017-09-03", "type": "NUCLEAR_TEST", "participants": ["North Korea", "Kim Jong-un"], "modality": "ASSERTED", "dateText": "Sept. 3, 2017", "evidence": "North Korea conducted a nuclear test on Sept. 3, 2017."},
               {"date": "2018-06", "type": "SUMMIT", "participants": ["Singapore"], "modality": "ASSERTED", "dateText": "June 2018", "evidence": "Kim Jong-un met Donald Trump in Singapore in June 2018."},
               {"date": "2024-W10", "type": "OTHER", "participants": ["Veridia"], "modality": "ASSERTED", "dateText": "last week", "evidence": "Veridia's parliament was dissolved last week."}
             ]}
            """;

    @Test
    void readsTheGoldFormat() {
        GoldArticle a = GoldArticle.parse(GOLD, "test-1.json");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(a.events()).hasSize(3);
        assertThat(a.events().get(0).participants()).containsExactly("North Korea", "Kim Jong-un");
        assertThat(a.events().get(0).modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void matchesOnDateTypeAndAParticipant() {
        GoldArticle a = GoldArticle.parse(GOLD, "test-1.json");
        var system = Extractor.create().extract(a.body(), a.published()).events();
        List<String> errors = new ArrayList<>();
        GoldEventScorer.Result r = GoldEventScorer.score(a, system, errors);
        assertThat(r.events().gold()).isEqualTo(3);
        assertThat(r.events().predicted()).isEqualTo(system.size());
        // the nuclear test matches exactly; the meeting matches on date and place, its type decides the rest
        assertThat(r.dateOnly().correct()).isGreaterThanOrEqualTo(2);
        assertThat(r.events().correct()).isGreaterThanOrEqualTo(1);
        assertThat(errors).anyMatch(e -> e.startsWith("MISS") && e.contains("2024-W10"));
        assertThat(r.modalityAccuracy()).isEqualTo(1.0);
    }

    @Test
    void countsTheActorsAtGoldEventsAndThoseThatAreGoldParticipants() {
        GoldArticle a = GoldArticle.parse(GOLD, "test-1.json");
        var system = Extractor.create().extract(a.body(), a.published()).events();
        GoldEventScorer.Result r = GoldEventScorer.score(a, system, null);
        // the nuclear test's actors sit at its gold event, and North Korea is a gold participant there
        assertThat(r.actors()).isGreaterThan(0);
        assertThat(r.actorsRight()).isBetween(1, r.actors());
        // the same events against gold that names no one the text names: the same actors, none right
        GoldArticle nobody = GoldArticle.parse(GOLD.replace("[\"North Korea\", \"Kim Jong-un\"]", "[\"Atlantis\"]")
                .replace("[\"Singapore\"]", "[\"Atlantis\"]").replace("[\"Veridia\"]", "[\"Atlantis\"]"),
                "test-1.json");
        GoldEventScorer.Result none = GoldEventScorer.score(nobody, system, null);
        assertThat(none.actors()).isEqualTo(r.actors());
        assertThat(none.actorsRight()).isZero();
        assertThat(r.plus(none).actorsRightShare()).isEqualTo((double) r.actorsRight() / (2 * r.actors()));
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.actors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The participant round of stop 27: names the rules used to cut, keep a title in, or give to the wrong entity.
 * Sentences written for this test.
 */
class ParticipantNamesRound27Test {

    @Test
    void aPortfolioOrAPartyBeforeATitleIsNoPartOfTheName() {
        assertThat(actors("Fisheries Minister Tamsin Orrel approved the quota on Tuesday.", EventType.STATEMENT))
                .contains("Tamsin Orrel").noneMatch(a -> a.contains("Minister"));
        assertThat(actors("Labour MP Rhodri Vance resigned on Tuesday.", EventType.RESIGNATION))
                .contains("Rhodri Vance").noneMatch(a -> a.contains("MP"));
        assertThat(actors("Air Chief Marshal Bayu Santoso said on Tuesday that the search would go on.",
                EventType.STATEMENT)).contains("Bayu Santoso").noneMatch(a -> a.contains("Marshal"));
        // the same words with no title after them still open a name
        assertThat(actors("Green Harbour Energy said on Tuesday that it would build a second plant.",
                EventType.STATEMENT)).contains("Green Harbour Energy");
    }

    @Test
    void lowerCaseParticlesStayInsideAName() {
        assertThat(actors("On Tuesday the Banca Rossi dei Colli cut rates.", EventType.MARKET_MOVE))
                .contains("Banca Rossi dei Colli");
        assertThat(actors("The Bangko Sentral ng Pilipinas cut its key rate on Tuesday.", EventType.MARKET_MOVE))
                .contains("Bangko Sentral ng Pilipinas");
    }

    @Test
    void aBodysNameGoesOnAfterOfTheOrForThe() {
        assertThat(actors("The Tribunal for the Law of the Rivers ruled on Tuesday that the dam was unlawful.",
                EventType.VERDICT)).contains("Tribunal for the Law of the Rivers");
        assertThat(actors("The University of the Western Isles said on Tuesday that it would close a campus.",
                EventType.STATEMENT)).contains("University of the Western Isles");
        // a person's name does not run on into "of the"
        assertThat(actors("Nadia Forsk of the Harbour Party resigned on Tuesday.", EventType.RESIGNATION))
                .doesNotContain("Nadia Forsk of the Harbour Party");
    }

    @Test
    void theMiddleWordOfAThreeWordNameLaterStandsForThePerson() {
        assertThat(actors("Ansel Kaboré Diallo won the presidency with 80 per cent of the vote. "
                + "Kaboré was sworn in on Tuesday.", EventType.APPOINTMENT)).contains("Ansel Kaboré Diallo");
    }

    @Test
    void aSurnameThatIsAlsoACountryIsThePersonWhenTheCountryWasNeverNamed() {
        assertThat(actors("The prime minister, Tomás Montenegro, leads a minority government in Lisbon. "
                + "Montenegro said on Tuesday that he would call an early election.", EventType.STATEMENT))
                .contains("Tomás Montenegro").doesNotContain("Montenegro");
        // once the article has named the country, the word is the country's
        assertThat(actors("Montenegro applied to join the bloc in 2008. Its ambassador, Ivo Montenegro, "
                + "arrived in Brussels in March. Montenegro said on Tuesday that talks would open next year.",
                EventType.STATEMENT)).contains("Montenegro");
    }

    @Test
    void twoNamesOpeningASentenceBeforeAnAppositionAreAPerson() {
        // "Rasheed" looks like a participle opening the sentence; the apposition after the name says it is a name
        assertThat(actors("Rasheed Tolani, the mayor of the city, declared the search over on Tuesday.",
                EventType.STATEMENT)).contains("Rasheed Tolani");
    }

    @Test
    void anElectionIsTheCountryTheArticleIsAboutEvenWhenTheSentenceNamesAnother() {
        String text = "Gunmen fired rockets at the prime minister's house in Baghdad yesterday. Iraq's government "
                + "blamed the attack on militias, and Iraqi officials said three guards were hurt. Suspicion fell on "
                + "groups backed by Iran, whose allies did badly in the parliamentary election on October 10.";
        assertThat(actors(text, EventType.ELECTION)).contains("Iraq");
    }

    @Test
    void aNationalCentralBankBringsItsCountry() {
        assertThat(actors("The Bank of Korea raised its key rate by half a point on Tuesday.", EventType.MARKET_MOVE))
                .contains("Bank of Korea", "South Korea");
        assertThat(actors("Bank Indonesia cut its benchmark rate on Tuesday.", EventType.MARKET_MOVE))
                .contains("Bank Indonesia", "Indonesia");
    }
}

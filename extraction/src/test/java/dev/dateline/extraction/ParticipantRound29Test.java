package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.actors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The participant round of stop 29: a subject across a relative clause, irregular plurals of demonyms, a company's
 * board and a country's central bank. Sentences written for this test.
 */
class ParticipantRound29Test {

    @Test
    void aRelativeClauseWithTwoPredicatesEndsAtItsCommaAndTheSubjectSpeaks() {
        String text = "Donald Trump, who hosted the carmaker's bosses at the White House in March last year and "
                + "called the firm a national treasure, wrote on Twitter yesterday that he was disappointed.";
        assertThat(actors(text, EventType.STATEMENT)).contains("Donald Trump").doesNotContain("White House");
    }

    @Test
    void aCoordinateClauseAfterTheRelativeClausesCommaIsTheMainClausesOwn() {
        // ", and his successor, ..., was ousted": the relative clause ended at its comma; its subject is the successor
        String text = "Crowds stormed the offices of President Arman Sadykov, who fled abroad, and his successor, "
                + "Daniyar Kemelov, was ousted in April 2010.";
        assertThat(actors(text, EventType.RESIGNATION)).contains("Daniyar Kemelov");
    }

    @Test
    void irregularPluralsOfDemonymsAreTheirCountries() {
        assertThat(actors("Danes voted against joining the euro in 2000.", EventType.ELECTION))
                .contains("Denmark").doesNotContain("Danes");
        assertThat(actors("Swedes voted on Sunday in a general election that the opposition expects to win.",
                EventType.ELECTION)).contains("Sweden");
    }

    @Test
    void theBoardAsASubjectIsTheCompanysButNotAsAnObject() {
        String text = "Vellora Systems named a new chief executive on Monday. Vellora Systems shares rose. "
                + "Ana Ruiz, an analyst at Dunmore Capital, said the choice was safe. "
                + "The board will meet tomorrow to consider a buyback.";
        assertThat(actors(text, EventType.MEETING)).contains("Vellora Systems").doesNotContain("Ana Ruiz");
        String placed = "The Reserve Bank of Australia left rates on hold today. Governor Pia Lund said inflation "
                + "was easing. The Australian board meets next on March 31.";
        assertThat(actors(placed, EventType.MEETING)).contains("Reserve Bank of Australia");
        String leaving = "Vellora Systems named a new chief executive on Monday. Vellora Systems shares rose. "
                + "Its founder, Marta Quill, will leave the board next year, when her term ends.";
        assertThat(actors(leaving, EventType.RESIGNATION)).contains("Marta Quill");
    }

    @Test
    void aCountrysCentralBankIsTheBankByItsName() {
        String text = "Egypt's central bank raised interest rates today. "
                + "The committee will not hold its regular meeting on Thursday, the bank said.";
        assertThat(actors(text, EventType.MEETING)).contains("Central Bank of Egypt");
        assertThat(actors("Egypt's central bank raised interest rates today.", EventType.MARKET_MOVE))
                .contains("Central Bank of Egypt", "Egypt");
    }

    @Test
    void theBankOfACountryIsANameNotTheBankNamedBefore() {
        String text = "New Zealand's central bank held rates last week. "
                + "Investors now await the Bank of Korea's next policy meeting on October 12.";
        assertThat(actors(text, EventType.MEETING)).contains("Bank of Korea")
                .doesNotContain("Reserve Bank of New Zealand");
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.actors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Stop 33: a bare "Congress" (India's Congress party, Peru's congress) no longer makes the United States the country
 * an article is about, so "the Supreme Court" of an Indian article is India's; a demonym before a body the gazetteer
 * knows for the same country is that body ("the American Food and Drug Administration"); "the state" in an article
 * that names a place and no country is that place. Published on Thursday 2024-03-14 (the fixture's day). Sentences
 * written for this test.
 */
class Round33Test {

    @Test
    void aBareCongressDoesNotMakeTheArticleAmerican() {
        String text = "The Congress party and its allies won the vote in India's northern hill state of Dharali. "
                + "The Congress leader Asha Verma said the result vindicated the party. "
                + "The Supreme Court had ordered the vote on Monday after the Congress complained.";
        assertThat(actors(text, EventType.VERDICT)).contains("Supreme Court of India")
                .doesNotContain("Supreme Court of the United States", "United States");
    }

    @Test
    void aDemonymBeforeABodyOfItsCountryIsThatBody() {
        assertThat(actors("The American Food and Drug Administration approved the vaccine on Tuesday.",
                EventType.STATEMENT)).contains("Food and Drug Administration")
                .doesNotContain("American Food and Drug Administration");
    }

    @Test
    void theStateIsThePlaceWhenNoCountryIsNamed() {
        String text = "Ashok Rana was sworn in as chief minister of Rajasthan on Friday. "
                + "No party won a majority when the state voted on March 2.";
        assertThat(actors(text, EventType.ELECTION)).contains("Rajasthan");
    }
}

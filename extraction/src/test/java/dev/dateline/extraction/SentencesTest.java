package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the splitter ends a sentence after a dot: names with initials and suffixes, abbreviated months. */
class SentencesTest {

    @Test
    void anInitialInsideANameDoesNotEndTheSentence() {
        assertThat(Sentences.texts("George W. Bush met Tony Blair at Camp David in January 2001."))
                .containsExactly("George W. Bush met Tony Blair at Camp David in January 2001.");
        assertThat(Sentences.texts("The company was formed in 1901 by the financier J.P. Morgan. It grew fast."))
                .containsExactly("The company was formed in 1901 by the financier J.P. Morgan.", "It grew fast.");
    }

    @Test
    void aSingleCapitalBeforeAWordThatOpensSentencesEndsTheSentence() {
        assertThat(Sentences.texts("The game came out today for the Wii U. A new Mario game is due later this year."))
                .containsExactly("The game came out today for the Wii U.", "A new Mario game is due later this year.");
        assertThat(Sentences.texts("The exercises follow a revival under Harry S. In February Manila agreed."))
                .hasSize(2);
    }

    @Test
    void aNameSuffixEndsTheSentenceBeforeACapitalButNotBeforeAComma() {
        assertThat(Sentences.texts("The alliance revived under President Ferdinand Marcos Jr. Manila agreed in February"
                + " to give American forces access to four more bases."))
                .containsExactly("The alliance revived under President Ferdinand Marcos Jr.",
                        "Manila agreed in February to give American forces access to four more bases.");
        assertThat(Sentences.texts("Robert F. Kennedy Jr., the health secretary, spoke yesterday.")).hasSize(1);
    }

    @Test
    void aDotWithAWordRightAfterItIsInsideAName() {
        assertThat(Sentences.texts("The utility said on Monday that E.ON would buy its grid. On Tuesday it denied it."))
                .containsExactly("The utility said on Monday that E.ON would buy its grid.", "On Tuesday it denied it.");
        assertThat(Sentences.texts("E.ON agreed in March to sell the plant. The deal closed in May."))
                .containsExactly("E.ON agreed in March to sell the plant.", "The deal closed in May.");
    }

    @Test
    void aDotWithANumberRightAfterItIsInsideAName() {
        assertThat(Sentences.texts("The cells will go into the Kestrel ID.4 and its sister model. Deliveries start in May."))
                .containsExactly("The cells will go into the Kestrel ID.4 and its sister model.", "Deliveries start in May.");
    }

    @Test
    void titlesAndAbbreviatedMonthsBeforeANumberDoNotEndTheSentence() {
        assertThat(Sentences.texts("Gen. Smith said on Oct. 9 that No. 2 would go. Then he left."))
                .containsExactly("Gen. Smith said on Oct. 9 that No. 2 would go.", "Then he left.");
    }

    @Test
    void aStraightQuoteAfterASpaceOpensTheNextSentence() {
        assertThat(Sentences.texts("He left the room. \"It was over,\" he said. She agreed."))
                .containsExactly("He left the room.", "\"It was over,\" he said.", "She agreed.");
        assertThat(Sentences.texts("He said: \"It was over.\" She agreed."))
                .containsExactly("He said: \"It was over.\"", "She agreed.");
    }

    @Test
    void aDottedAbbreviationEndsTheSentenceBeforeAWordThatOpensSentences() {
        assertThat(Sentences.texts("Cafés in Tarvo must close between 9 p.m. and 6 a.m. The curfew starts on Friday."))
                .containsExactly("Cafés in Tarvo must close between 9 p.m. and 6 a.m.", "The curfew starts on Friday.");
        assertThat(Sentences.texts("Quillon sold its plant in the U.S. It kept the one in Tarvo."))
                .containsExactly("Quillon sold its plant in the U.S.", "It kept the one in Tarvo.");
        // before a name or a weekday it stays inside the sentence
        assertThat(Sentences.texts("The talks resume at 10 a.m. Monday in Tarvo.")).hasSize(1);
        assertThat(Sentences.texts("Shares of U.S. Steel rose on Monday.")).hasSize(1);
    }
}

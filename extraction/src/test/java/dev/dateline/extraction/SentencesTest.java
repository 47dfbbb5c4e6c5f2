package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the splitter ends a sentence after a dot: names with initials and suffixes, abbreviated months. */
class SentencesTest {

    private static List<String> sentences(String text) {
        Tokens t = Tokens.of(text);
        List<String> out = new ArrayList<>();
        for (Sentences.Span s : Sentences.split(t)) {
            out.add(text.substring(t.start[s.from()], t.end[s.to() - 1]));
        }
        return out;
    }

    @Test
    void anInitialInsideANameDoesNotEndTheSentence() {
        assertThat(sentences("George W. Bush met Tony Blair at Camp David in January 2001."))
                .containsExactly("George W. Bush met Tony Blair at Camp David in January 2001.");
        assertThat(sentences("The company was formed in 1901 by the financier J.P. Morgan. It grew fast."))
                .containsExactly("The company was formed in 1901 by the financier J.P. Morgan.", "It grew fast.");
    }

    @Test
    void aSingleCapitalBeforeAWordThatOpensSentencesEndsTheSentence() {
        assertThat(sentences("The game came out today for the Wii U. A new Mario game is due later this year."))
                .containsExactly("The game came out today for the Wii U.", "A new Mario game is due later this year.");
        assertThat(sentences("The exercises follow a revival under Harry S. In February Manila agreed."))
                .hasSize(2);
    }

    @Test
    void aNameSuffixEndsTheSentenceBeforeACapitalButNotBeforeAComma() {
        assertThat(sentences("The alliance revived under President Ferdinand Marcos Jr. Manila agreed in February to"
                + " give American forces access to four more bases."))
                .containsExactly("The alliance revived under President Ferdinand Marcos Jr.",
                        "Manila agreed in February to give American forces access to four more bases.");
        assertThat(sentences("Robert F. Kennedy Jr., the health secretary, spoke yesterday.")).hasSize(1);
    }

    @Test
    void titlesAndAbbreviatedMonthsBeforeANumberDoNotEndTheSentence() {
        assertThat(sentences("Gen. Smith said on Oct. 9 that No. 2 would go. Then he left."))
                .containsExactly("Gen. Smith said on Oct. 9 that No. 2 would go.", "Then he left.");
    }

    @Test
    void aStraightQuoteAfterASpaceOpensTheNextSentence() {
        assertThat(sentences("He left the room. \"It was over,\" he said. She agreed."))
                .containsExactly("He left the room.", "\"It was over,\" he said.", "She agreed.");
        assertThat(sentences("He said: \"It was over.\" She agreed."))
                .containsExactly("He said: \"It was over.\"", "She agreed.");
    }
}

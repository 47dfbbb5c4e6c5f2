package dev.dateline.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The bundled vocabulary and tokenizer against ids from another implementation: every expected array below was
 * written by lab/reader/wordpiece.py (a separate Python port, reading MiniLM's tokenizer.json rather than vocab.txt)
 * for the same sentences, written for this test.
 */
class WordPieceTest {

    private static final WordPiece WP = WordPiece.bundled();

    @Test
    void theVocabularyIsMiniLMs() {
        assertThat(WP.size()).isEqualTo(30522);
        assertThat(WP.id("[PAD]")).isZero();
        assertThat(WP.id("[unused0]")).isEqualTo(1);
        assertThat(WP.id("[unused1]")).isEqualTo(2);
        assertThat(WP.id("[UNK]")).isEqualTo(100);
        assertThat(WP.id("[CLS]")).isEqualTo(101);
        assertThat(WP.id("[SEP]")).isEqualTo(102);
        assertThat(WP.piece(1996)).isEqualTo("the");
    }

    @Test
    void plainNewsSentence() {
        assertThat(WP.ids("North Korea conducted its sixth nuclear test on September 3, 2017."))
                .containsExactly(2167, 4420, 4146, 2049, 4369, 4517, 3231, 2006, 2244, 1017, 1010, 2418, 1012);
    }

    @Test
    void accentsQuotesCurrencyDashesAndClockTimes() {
        assertThat(WP.ids("Président Macron's \u201chistoric\u201d visit to Zürich cost €2.5m \u2014 officials said at 04:30 GMT."))
                .containsExactly(2343, 26632, 2078, 1005, 1055, 1523, 3181, 1524, 3942, 2000, 10204, 3465, 1574, 2475,
                        1012, 1019, 2213, 1517, 4584, 2056, 2012, 5840, 1024, 2382, 13938, 2102, 1012);
    }

    @Test
    void hyphensSemicolonsAndPercentages() {
        assertThat(WP.ids("Taiwan's voters elected Lai Ching-te; turnout was 71.86%."))
                .containsExactly(6629, 1005, 1055, 7206, 2700, 21110, 19992, 1011, 8915, 1025, 15512, 2001, 6390, 1012,
                        6564, 1003, 1012);
    }

    @Test
    void cjkIdeographsAreWordsAndLongWordsArePieces() {
        int[] ids = WP.ids("東京 hosted the summit, and the unaffable envoy left early.");
        assertThat(ids).containsExactly(1879, 1755, 4354, 1996, 6465, 1010, 1998, 1996, 14477, 20961, 3468, 19918, 2187,
                2220, 1012);
        assertThat(Arrays.stream(ids, 8, 11).mapToObj(WP::piece)).containsExactly("una", "##ffa", "##ble");
    }

    @Test
    void controlAndSpaceCharacters() {
        assertThat(WP.ids("Pneumonoultramicroscopicsilicovolcanoconiosis\u200b struck\tagain\u00a0today."))
                .containsExactly(1052, 2638, 2819, 17175, 11314, 6444, 2594, 7352, 26461, 27572, 11261, 6767, 15472,
                        6761, 8663, 10735, 2483, 4930, 2153, 2651, 1012);
    }

    @Test
    void whatCannotBeCutIsUnknown() {
        assertThat(WP.ids("a".repeat(101) + " ok")).containsExactly(100, 7929);
        assertThat(WP.ids("the \u2603 melted")).containsExactly(1996, 100, 12501);
        assertThat(WP.ids("x\uD83D\uDE00y")).containsExactly(100);
        assertThat(WP.ids("")).isEmpty();
        assertThat(WP.ids(" \n\t ")).isEmpty();
    }

    @Test
    void aVocabularyWithoutTheSpecialPiecesIsRefused() {
        byte[] bytes = "hello\nworld\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WordPiece.read(new ByteArrayInputStream(bytes), "tiny.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tiny.txt").hasMessageContaining("[PAD]");
    }
}

package dev.dateline.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultsDocTest {

    @Test
    void rowsGoAboveTheEndOfTheTableInsideTheSection() {
        String doc = "# Benchmarks\n\n" + ResultsDoc.BEGIN + "\n## End to end\n\n" + ResultsDoc.HEADER + "| a |\n"
                + ResultsDoc.ROWS_END + "\n\nnotes\n" + ResultsDoc.END + "\n";
        String after = ResultsDoc.withRow(doc, "| b |");
        assertThat(after).contains("| a |\n| b |\n" + ResultsDoc.ROWS_END + "\n\nnotes\n" + ResultsDoc.END);
        assertThat(after).startsWith("# Benchmarks\n");
    }

    @Test
    void aFileWithoutTheSectionGetsOneAtItsEnd() {
        String after = ResultsDoc.withRow("# Benchmarks\n\nother text", "| b |");
        assertThat(after).startsWith("# Benchmarks\n\nother text\n\n" + ResultsDoc.BEGIN);
        assertThat(after).contains(ResultsDoc.HEADER + "| b |\n" + ResultsDoc.ROWS_END).endsWith(ResultsDoc.END + "\n");
    }

    @Test
    void aSectionWithoutATableGetsOneBeforeItsEnd() {
        String after = ResultsDoc.withRow(ResultsDoc.BEGIN + "\ntext\n" + ResultsDoc.END + "\n", "| b |");
        assertThat(after).isEqualTo(ResultsDoc.BEGIN + "\ntext\n" + ResultsDoc.HEADER + "| b |\n" + ResultsDoc.ROWS_END + "\n"
                + ResultsDoc.END + "\n");
    }
}

package dev.dateline.producer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void paragraphsBecomeBlankLinesAndInlineMarkupDisappears() {
        assertThat(HtmlText.of("<p>The mayor <em>said</em>   on Monday:</p><ul><li>one</li><li>two</li></ul>"
                + "<p>Line<br>break &amp; more</p><script>track()</script>"))
                .isEqualTo("The mayor said on Monday:\n\none\n\ntwo\n\nLine\nbreak & more");
    }

    @Test
    void plainTextPassesThrough() {
        assertThat(HtmlText.of("Just words, no tags.")).isEqualTo("Just words, no tags.");
    }
}

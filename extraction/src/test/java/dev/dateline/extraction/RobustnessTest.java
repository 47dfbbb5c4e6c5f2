package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Random, adversarial and huge inputs: no exception, offsets inside the text, no events from noise. */
class RobustnessTest {

    private static final Extractor EXTRACTOR = Extractor.create();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 15);

    @Property(tries = 300)
    void anyTextIsHandled(@ForAll @StringLength(max = 2000) String text) {
        ExtractionResult r = EXTRACTOR.extract(text, PUBLISHED);
        for (Timex t : r.timexes()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        for (ExtractedEvent e : r.events()) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.evidence());
        }
    }

    @Property(tries = 200)
    void newsLikeTokenSoupIsHandled(@ForAll("soup") String text) {
        ExtractionResult r = EXTRACTOR.extract(text, PUBLISHED);
        for (ExtractedEvent e : r.events()) {
            assertThat(text.substring(e.dateStart(), e.dateEnd())).isEqualTo(e.dateText());
        }
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of("the", "last", "next", "year", "years", "ago", "May", "March", "Friday", "2006", "9",
                        "Oct.", ",", ".", "-", "early", "mid", "quarter", "third", "launched", "met", "Kim", "Trump",
                        "in", "Pyongyang", "said", "will", "not", "if", "a", "day", "later", "following", "the 1990s",
                        "04:33", "5,000", "2.0", "No", "\n\n", "every", "week", "for", "three", "Q2", "Christmas")
                .list().ofMaxSize(400).map(l -> String.join(" ", l));
    }

    /**
     * Every trigger form of the lexicon as the object of the verbs that read their object's type ("ordered a halt",
     * "announced the deal", "agreed to a truce"), and as a sentence's subject: no exception. "ordered a complete halt
     * yesterday" threw until stop 39, where "halt" names no event type.
     */
    @Test
    void everyTriggerFormAfterAGoverningVerbIsHandled() throws IOException {
        List<String> forms = new ArrayList<>();
        try (InputStream in = Extractor.class.getResourceAsStream("triggers.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    for (String form : line.split("\t")[0].split("\\|")) {
                        forms.add(form.replaceAll("[{}\\[\\]]", ""));
                    }
                }
            }
        }
        assertThat(forms).hasSizeGreaterThan(1000);
        String[] frames = {"The council ordered a complete %s yesterday to all work in Marrow.",
            "The ministry announced the %s on Monday.", "Both sides agreed to a %s last week.",
            "Varnland sent a %s to Orrin in May.", "The %s was on March 3, the court said yesterday."};
        for (String form : forms) {
            for (String frame : frames) {
                String text = String.format(frame, form);
                assertThat(EXTRACTOR.extract(text, PUBLISHED).timexes()).as(text).isNotEmpty();
            }
        }
    }

    @Test
    void binaryNoiseYieldsNoEvents() {
        Random random = new Random(42);
        char[] chars = new char[200_000];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) random.nextInt(0x3000);
        }
        assertThat(EXTRACTOR.extract(new String(chars), PUBLISHED).events()).isEmpty();
    }

    @Test
    void nonEnglishTextYieldsNoEvents() {
        String text = "Der Ausschuss tagte gestern in Berlin und beschloss neue Regeln. "
                + "Le comité s'est réuni hier à Paris et a adopté de nouvelles règles. ".repeat(50);
        assertThat(EXTRACTOR.extract(text, PUBLISHED).events()).isEmpty();
    }

    @Test
    void emptyAndBlankTextYieldNothing() {
        assertThat(EXTRACTOR.extract("", PUBLISHED).timexes()).isEmpty();
        assertThat(EXTRACTOR.extract(" \n\t ", PUBLISHED).events()).isEmpty();
    }

    @Test
    void aHugeInputIsHandled() {
        String sentence = "On Friday the ministry said the 2006 test, 5,000 troops and the following year mattered ";
        String huge = sentence.repeat(5 * 1024 * 1024 / sentence.length() + 1);
        ExtractionResult r = EXTRACTOR.extract(huge, PUBLISHED);
        assertThat(r.timexes()).isNotEmpty();
        String runOn = "launched 2006 met 2007 said ".repeat(200_000);
        assertThat(EXTRACTOR.extract(runOn, PUBLISHED).events()).isNotEmpty();
    }
}

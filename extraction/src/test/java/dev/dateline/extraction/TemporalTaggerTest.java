package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalTaggerTest {

    private static final Extractor EXTRACTOR = Extractor.create();
    /** A Tuesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 5);

    private static Timex only(String text) {
        List<Timex> found = EXTRACTOR.tag(text, PUBLISHED);
        assertThat(found).as("time expressions in: %s", text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "The reactor was shut on Oct. 9, 2006, officials said.|Oct. 9, 2006|2006-10-09",
            "The reactor was shut on 9 October 2006.|9 October 2006|2006-10-09",
            "The filing is dated 2006-10-09.|2006-10-09|2006-10-09",
            "The plant opened in October 2006.|October 2006|2006-10",
            "The plant opened in 2006.|2006|2006",
            "Prices climbed through the 1990s.|the 1990s|199",
            "The line opens in mid-2019.|mid-2019|2019",
            "Talks resume early next year.|early next year|2024",
            "The bridge closed in the spring of 2019.|the spring of 2019|2019-SP",
            "Sales fell in the second quarter of 2024.|the second quarter of 2024|2024-Q2",
            "Revenue grew in Q2 2024.|Q2 2024|2024-Q2",
            "Shops stay shut on Christmas Day.|Christmas Day|2023-12-25",
            "The council met last month.|last month|2023-11",
            "The council met on Friday.|Friday|2023-12-01",
            "The council will meet on Friday.|Friday|2023-12-08",
            "The plant closed two years ago.|two years ago|2021",
            "Output rose earlier this month.|this month|2023-12",
            "The ministers meet next week.|next week|2023-W50",
            "The ferry sank yesterday.|yesterday|2023-12-04",
            "The vote takes place tonight.|tonight|2023-12-05",
            "Parliament sits again in January.|January|2024-01",
            "Parliament last sat in September.|September|2023-09",
            "Revenue fell this year.|this year|2023",
    })
    void normalisesAgainstThePublicationDate(String sentence, String text, String value) {
        Timex t = only(sentence);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.value()).isEqualTo(value);
        assertThat(sentence.substring(t.start(), t.end())).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The dam was finished in 2006. The following year it flooded.|2007",
            "The dam was finished in 2006. A year later it flooded.|2007",
            "The dam was finished on March 3, 2006. Three days later it flooded.|2006-03-06",
            "The dam was finished on March 3, 2006. The day before, it rained.|2006-03-02",
            "The dam was finished in 2006. That year it also flooded.|2006",
    })
    void normalisesAgainstTheDateInFocus(String text, String value) {
        List<Timex> found = EXTRACTOR.tag(text, PUBLISHED);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The strike lasted for three years.|three years|DURATION|P3Y",
            "Inspectors visit every week.|every week|SET|P1W",
            "The paper is printed daily.|daily|SET|P1D",
    })
    void recognisesDurationsAndSets(String sentence, String text, TimexType type, String value) {
        Timex t = only(sentence);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.type()).isEqualTo(type);
        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "State television aired a 04:33 clip of the parade.",
            "Some call it Cold War 2.0 on the peninsula.",
            "She slipped to the No 2 position in the rankings.",
            "About 5,000 people marched in the capital.",
            "The airline ordered ten Boeing 787 jets and an A380.",
            "The home side won 3-2 after extra time.",
            "The flat sold for $2,100 a month.",
            "The boy, a 6-year-old, was found safe.",
            "Organisers expected 2019 runners at the start.",
    })
    void rejectsNumbersThatAreNotDates(String sentence) {
        assertThat(EXTRACTOR.tag(sentence, PUBLISHED)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The referendum is expected to take place in May.|May|2024-05",
            "Officials may delay the vote until spring.|spring|2024-SP",
    })
    void readsAmbiguousMonthAndSeasonWordsOnlyAsDates(String sentence, String text, String value) {
        Timex t = only(sentence);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.value()).isEqualTo(value);
    }
}

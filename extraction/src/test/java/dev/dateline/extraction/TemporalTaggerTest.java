package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalTaggerTest {

    private static final Extractor EXTRACTOR = Extractor.create();
    /** A Tuesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 5);

    /** The expression {@code expression} as tagged in {@code text}; fails with every expression found when absent. */
    private static Timex tagged(String text, String expression) {
        return EXTRACTOR.tag(text, PUBLISHED).stream().filter(x -> x.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError(EXTRACTOR.tag(text, PUBLISHED).toString()));
    }

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
            "Prices climbed through the 1990s.|the 1990s|199X",
            "The dynasty ruled in the 11th century.|the 11th century|10XX",
            "The museum bought a 17th-century clock.|17th-century|16XX",
            "The line opens in mid-2019.|mid-2019|2019",
            "Talks resume early next year.|early next year|2024",
            "The bridge closed in the spring of 2019.|the spring of 2019|2019-SP",
            "Sales fell in the second quarter of 2024.|the second quarter of 2024|2024-Q2",
            "Revenue grew in Q2 2024.|Q2 2024|2024-Q2",
            "Margins may slip in the last half of 2024.|the last half of 2024|2024-H2",
            "The phone maker overtook its rival in the second quarter of last year.|the second quarter of last year|2022-Q2",
            "Margins may slip in the first half of next year.|the first half of next year|2024-H1",
            "Demand should recover in the first two quarters of 2024.|the first two quarters of 2024|2024-H1",
            "The trial may open the week of January 8.|the week of January 8|2024-W02",
            "Pilgrims filled the square as Easter week began.|Easter week|2023-W14",
            "Shops stay shut on Christmas Day.|Christmas Day|2023-12-25",
            "The council met last month.|last month|2023-11",
            "The bridge was closed last October.|last October|2023-10",
            "The bridge was closed last November.|last November|2022-11",
            "The mill burned down last Oct. 23 after a storm.|Oct. 23|2023-10-23",
            "Holders may buy shares at the then current price.|then current|PAST_REF",
            "She believes the town will one day host the games.|one day|FUTURE_REF",
            "The council met on Friday.|Friday|2023-12-01",
            "The council will meet on Friday.|Friday|2023-12-08",
            "The plant closed two years ago.|two years ago|2021",
            "The mill closed a few years ago.|a few years ago|PAST_REF",
            "The firm was founded just one year ago.|one year ago|2022",
            "Funds have sold their best bonds in recent weeks and months.|recent weeks and months|PAST_REF",
            "The lower house approved the treaty in early October this year.|early October this year|2023-10",
            "The rest of the fee will be paid at a later date.|a later date|FUTURE_REF",
            "The minister said it would be wrong to resign at this critical moment.|this critical moment|PRESENT_REF",
            "The mayor toured the site the day before last Tuesday's vote.|day before last Tuesday|2023-11-27",
            "The ferry sank the day after Nov. 3, when the storm peaked.|day after Nov. 3|2023-11-04",
            "The upper house votes on it in late March next year.|late March next year|2024-03",
            "Few would have predicted the thaw a decade ago.|a decade ago|2013",
            "Output rose earlier this month.|earlier this month|2023-12",
            "The plant shut down at the start of the month.|the start of the month|2023-12",
            "Output rose earlier this week.|this week|2023-W49",
            "The ministers meet next week.|next week|2023-W50",
            "The ferry sank yesterday.|yesterday|2023-12-04",
            "Today, the ferry sails again.|Today|2023-12-05",
            "Shares were up 2 pence at mid-afternoon yesterday.|mid-afternoon yesterday|2023-12-04TAF",
            "By mid afternoon the road was open again.|mid afternoon|2023-12-05TAF",
            "The vote takes place tonight.|tonight|2023-12-05",
            "It's the third day of the strike at the port.|the third day|2023-12-05",
            "Parliament sits again in January.|January|2024-01",
            "Parliament last sat in September.|September|2023-09",
            "Revenue fell this year.|this year|2023",
            "The company extended its offer to Dec. 20.|Dec. 20|2023-12-20",
            "Holders of record Nov. 30 will be paid.|Nov. 30|2023-11-30",
            "Talks are set to resume Monday in Geneva.|Monday|2023-12-11",
            "The flame, which arrived on Friday, will stay in Fukushima.|Friday|2023-12-01",
            "The team was planning to leave on Thursday.|Thursday|2023-12-07",
            "The blasts next to the embassy shook the city on Friday.|Friday|2023-12-01",
            "The thrift announced the plan Aug. 21.|Aug. 21|2023-08-21",
            "Relatives will appeal Wednesday's ruling.|Wednesday|2023-11-29",
            "The council met Friday evening.|Friday evening|2023-12-01TEV",
            "The council met Friday night.|Friday night|2023-12-01",
            "Atlanta, nineteen ninety-six: a bomb shakes the Games.|nineteen ninety-six|1996",
            "The ferry left at 5 p.m. EST Nov. 9.|5 p.m. EST Nov. 9|2023-11-09T17:00",
            "The tanker ran aground a week ago today.|a week ago today|2023-11-28",
            "The tanker ran aground two weeks ago.|two weeks ago|2023-11-21",
            "The talks broke down six weeks ago.|six weeks ago|2023-W43",
            "The minister signed an order to close the old coal mines of the valley on his first day back in office in March, and the closure is due to take effect soon.|March|2023-03",
            "The tanker ran aground two years ago today.|two years ago today|2021-12-05",
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
            "The dam was finished in 2006. The previous year a smaller one had burst.|2005",
            "The dam was finished on March 8, 2006. The previous week the river rose.|2006-W09",
            "The dam was finished on March 3, 2006. Three days later it flooded.|2006-03-06",
            "The dam was finished on March 3, 2006. The day before, it rained.|2006-03-02",
            "The dam was finished in 2006. That year it also flooded.|2006",
            "The dam was finished on March 3, 2006. Earlier that day, it had rained.|2006-03-03",
            "The dam was finished on March 3, 2006. Later in the day the spillway cracked.|2006-03-03",
            "The dam was finished on March 3, 2006. The river had risen earlier in the day.|2006-03-03",
            "The dam was finished on March 3, 2006. Later that evening, it flooded.|2006-03-03TEV",
            "The dam was finished on March 3, 2006. That evening, it flooded.|2006-03-03TEV",
            "The dam was finished on March 3, 2006. The same morning, it cracked.|2006-03-03",
            "The dam was finished on March 3, 2006. The next day it flooded.|2006-03-04",
            "The dam was finished on March 3, 2006. Two weeks later it flooded.|2006-03-17",
            // March 3, 2006 was a Friday: "that Friday" is the day itself, not the Friday after it
            "The dam was finished on March 3, 2006. The following Thursday it flooded.|2006-03-09",
            "The dam was finished on March 3, 2006. That Friday it also cracked.|2006-03-03",
            "The dam was finished on March 1, 2006. That Friday it flooded.|2006-03-03",
            "The dam was finished on March 3, 2006. At the time, it was the largest.|2006-03-03",
            "The dam was finished in 2006. It flooded in March of that year.|2006-03",
            "The dam was finished in 2006. It flooded in March that year.|2006-03",
            "The dam was finished on March 3, 2006. Hours later it flooded.|2006-03-03",
            "The dam was finished on March 3, 2006. About ten minutes later it cracked.|2006-03-03",
            "The dam was finished in 2006. Three days later it flooded.|2006",
            "The dam was finished on March 3, 2006. The alarm rang at 10 p.m.|2006-03-03T22:00",
            "The offer runs out on March 3, 2006. Until then, holders may sell.|2006-03-03",
            // a target ahead is not where the story is
            "By 2026 the firm hopes to double its sales. It expects a loss for the full year.|2023",
    })
    void normalisesAgainstTheDateInFocus(String text, String value) {
        List<Timex> found = EXTRACTOR.tag(text, PUBLISHED);
        assertThat(found).hasSize(2);
        assertThat(found.get(1).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            "Japan bought yen yesterday, its first purchase since the late 1990s. The bank had decided earlier in the day to hold rates.|earlier in the day|2023-12-04",
            "The bank cut rates yesterday, its first cut since 2019. Shares rose that evening.|that evening|2023-12-04TEV",
            "The bank cut rates yesterday, its first cut since 2019. Shares rose the same day.|the same day|2023-12-04",
    })
    void aDayOfTheStoryUnderACoarserDateInFocusIsTheLatestDayInFocus(String text, String expression, String value) {
        // the decade or year that ends the first sentence is a backdrop: the day the story was at is counted from
        assertThat(tagged(text, expression).value()).isEqualTo(value);
    }

    @Test
    void followingWithoutTheBeforeAWeekdaysNounIsAfterThatDay() {
        // "following Thursday's semi-final" is "after Thursday's semi-final", not "the following Thursday"
        Timex x = only("The singer was thrown out following Thursday's semi-final.");
        assertThat(x.text()).isEqualTo("Thursday");
        assertThat(x.value()).isEqualTo("2023-11-30");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The strike lasted for three years.|three years|DURATION|P3Y",
            "Inspectors visit every week.|every week|SET|P1W",
            "The paper is printed daily.|daily|SET|P1D",
            "Refugees lived in the camps for 2 1/2 years.|2 1/2 years|DURATION|P2Y6M",
            "Nothing will change for a couple of years.|a couple of years|DURATION|P2Y",
            "Aftershocks are likely over the next few days.|the next few days|DURATION|PXD",
            "The boy will stay for two more weeks.|two more weeks|DURATION|P2W",
            "The index fell for eight trading days in a row.|eight trading days|DURATION|P8D",
            "The talks ended after a third day-long session.|day-long|DURATION|P1D",
            "The lease may run for an additional year.|an additional year|DURATION|P1Y",
            "Repairs will take two to three weeks.|two to three weeks|DURATION|P2W",
            "More sales are planned over the next 12 to 18 months.|the next 12 to 18 months|DURATION|P12M",
            "The hostage probably died within weeks or months of his capture.|weeks or months|DURATION|PXW",
            "Net for the year-earlier nine months included a gain.|the year-earlier nine months|DURATION|P9M",
            "The tower cleared him to three thousand. A minute and a half later he called again.|A minute and a half|DURATION|PT1M30S",
            "Results for the fiscal year ending soon were weak.|the fiscal year|DURATION|P1Y",
            "The ferry will sail again in just a few days.|a few days|DURATION|PXD",
            "The valley was ruled from the coast for centuries.|centuries|DURATION|PXC",
            "The village may stay without power for a while.|a while|DURATION|PXX",
            "The crown has ruled the islands for almost a hundred years.|almost a hundred years|DURATION|P100Y",
            "The two firms have been rivals for a dozen years.|a dozen years|DURATION|P12Y",
            "Most prisoners were taken in the first hours of the war.|the first hours|DURATION|PTXH",
            "Exports made up half of its sales in the latest nine months.|the latest nine months|DURATION|P9M",
            "The valley was ruled from the coast for two centuries.|two centuries|DURATION|P200Y",
            "Sales of the toy maker peak in the fourth quarters, the company says.|fourth quarters|SET|XXXX-Q4",
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
            "Baker spoke on ABC's This Week about the crisis.",
            "The studio was sold to 21st Century Fox for a record sum.",
            "The ministers, among them Jan Kavan, signed the accord.",
            "He moved to Texas when he was in his 30s.",
            "The quarter-to-quarter comparison was flattering.",
            "The officials said previously that they would soon act on quarterly figures.",
            "The exchange's average daily volume held steady.",
            "The mayor said the law fits today's world badly.",
            "The two towns have 24 and 25 councillors.",
            "The soldiers went back to their quarters after the parade.",
            "The airline runs three flights a week to the island.",
            "Clean water matters to the future of the valley.",
            "Pension funds hold more than a quarter of the bonds.",
            "The interview was first printed in USA Today.",
            "Police made the arrest in the early hours of the morning.",
            "The new player holds 40 hours of video and the staff get a bonus of three months of salary.",
            "Banks own about a quarter of the shares and a quarter of the debt.",
            "The singer, in her mid-60s, still records.",
            "He was in his late 40s when he took up rowing.",
            "Tourists toured the restored colonial quarter of the port on foot.",
            "The bomb went off in the old quarter of the city.",
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

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            // a past narrative that has written out its year: October is still ahead in March 2023
            "2023-03-01|In 2006 the dam was finished. In October it flooded.|October|2006-10",
            "2023-03-01|The dam was finished in 2006 and in October it flooded.|October|2006-10",
            // a year that does not frame the story, or a month possible in the publication year
            "2023-03-01|Since 1990 the dam has held. In October it flooded.|October|2022-10",
            "2023-03-01|Its founder, who built the dam in 2006, retired. It flooded in October.|October|2022-10",
            "2023-12-05|In 2006 the dam was finished. In October it flooded.|October|2023-10",
            // a year inside the sentence before dates its own clause and frames nothing after it
            "2023-03-01|The mayor, who opened the dam in 2006, spoke to us. It flooded in October.|October|2022-10",
            "2023-03-01|The ferry last sailed in June 2011. It ran aground in November.|November|2022-11",
            // ahead: the season of the year named, not a March already past
            "2021-12-13|The 2022 season begins in March.|March|2022-03",
            "2023-12-05|Next year's summit will be held in Oslo in November.|November|2024-11",
            // the second day of "April 24 and 25" takes the month before it
            "2023-12-05|The summit will meet on April 24 and 25.|25|2024-04-25",
            // the month closes the year just named
            "2023-10-30|Fund sales were flat this year through August.|August|2023-08",
            "2023-12-05|Fund sales were flat last year through March.|March|2022-03",
    })
    void takesTheYearOfTheStoryOnlyWhereThePublicationYearCannotBeMeant(LocalDate published, String text,
                                                                         String expression, String value) {
        Timex t = EXTRACTOR.tag(text, published).stream().filter(x -> x.text().equals(expression)).findFirst()
                .orElseThrow();
        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Net income rose in the third quarter. Sales rose to $5 million from $4 million a year earlier.|2022-Q3",
            "Net income rose in the third quarter. In 2019 it had fallen. Sales were flat from a year ago.|2022-Q3",
            "Net income rose in the third quarter. In the first nine months, sales rose from a year earlier.|2022",
            "Net income rose in the third quarter. The year-ago period included a gain.|2022-Q3",
            "Net income rose in the third quarter. For the quarter a year ago, it lost money.|2022-Q3",
            "The firm lost money in the third quarter. This quarter's loss includes a charge.|2023-Q3",
            "Profit for the year ended Sept. 30 fell below the year-earlier level. It will cut the dividend for the fiscal year.|2023",
    })
    void comparesQuarterlyResultsWithTheQuarterUnderReport(String text, String value) {
        List<Timex> found = EXTRACTOR.tag(text, PUBLISHED);
        assertThat(found.get(found.size() - 1).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // May to July: mostly the second calendar quarter
            "The retailer lost money in the quarter ended July 31.|2023-Q2",
            // a quarter the text has named keeps its (fiscal) name
            "Its fiscal first quarter was weak. Sales fell in the quarter ended Sept. 30.|2023-Q1",
    })
    void placesAQuarterByTheDateItEnded(String text, String value) {
        List<Timex> found = EXTRACTOR.tag(text, PUBLISHED);
        assertThat(found.stream().filter(x -> x.text().equals("the quarter")).findFirst().orElseThrow().value())
                .isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // a limit the clause looks back on: already past
            "Until Thursday, police had not named the driver.|Thursday|2023-11-30",
            "Only three clubs had paid their fees by Wednesday.|Wednesday|2023-11-29",
            // a limit ahead
            "The clubs must pay their fees by Wednesday.|Wednesday|2023-12-06",
            // a plan named after its noun: the clause's own verb decides
            "A vigil planned at the town hall for Saturday was called off.|Saturday|2023-12-02",
            "The council planned a vigil for Saturday.|Saturday|2023-12-09",
            // a weekday in the present tense is one ahead
            "The two leaders meet separately Thursday with the envoy.|Thursday|2023-12-07",
            // a participle after a determiner describes a noun: 'would' still sets the tense
            "The bonus would be paid on a still unannounced date in January.|January|2024-01",
            // a long clause: the modal is fourteen words before the month
            "Reyes will be named commander of the new orbital station crew for a mission in April.|April|2024-04",
            // an irregular past tense is a past tense like any '-ed' one
            "The insurers will pay for the damage the river tore into the old mill Friday night.|Friday night|2023-12-01",
            // what was agreed lies ahead of the agreement; a weekday dates the agreement itself
            "The group agreed to sell the plant in June.|June|2024-06",
            "The league agreed to change its rules on Friday.|Friday|2023-12-01",
            // a month before what was agreed dates the agreement: 'agreed' is a past tense like any '-ed' word
            "The insurer agreed in March to buy the pharmacy chain, a deal expected to close soon.|March|2023-03",
            "In April the two clubs agreed to share the stadium.|April|2023-04",
            "In May, the mayor agreed to a settlement with the drivers.|May|2023-05",
            "The rebels freed the hostages in August and will negotiate with the army.|August|2023-08",
            // a day a hearing is set for lies ahead of the setting; a day without the setting is read by the tense
            "The judge set sentencing for March 4 after the jury returned its verdict.|March 4|2024-03-04",
            "The court adjourned the hearing for January 9.|January 9|2024-01-09",
            "The shop sold 400 tickets for March 4.|March 4|2023-03-04",
            // 'could not': a failure already met, not a possibility ahead
            "The ferry could not leave the harbour Monday because of the gale.|Monday|2023-12-04",
            // 'had been due': a plan called off before its day, which a day or month mostly still has ahead; a
            // weekday, one just past
            "The singer had been due to perform in Leeds on February 2, but cancelled.|February 2|2024-02-02",
            "The race, which had been scheduled for March, was called off.|March|2024-03",
            "The offer had been due to expire on Friday.|Friday|2023-12-01",
            "The offer was due to expire on March 3.|March 3|2023-03-03",
    })
    void readsTheTenseOfTheClauseAroundADate(String sentence, String text, String value) {
        Timex t = only(sentence);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            // the clause of the date has no verb of its own: the sentence's modal, twenty words back
            "Two new ferries will sail to the islands from March 30, with a third one leaving the harbour every other Thursday from August.|August|2024-08",
            "Two new ferries sailed to the islands from March 30, with a third one leaving the harbour every other Thursday from August.|August|2023-08",
    })
    void readsTheTenseOfTheWholeSentenceWhenTheClauseHasNone(String text, String expression, String value) {
        assertThat(tagged(text, expression).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            // a present tense with a full date announces the coming one, as it does with a weekday
            "The leaders meet next in Oslo on March 11 and 12.|March 11|2024-03-11",
            "The leaders meet next in Oslo on March 11 and 12.|12|2024-03-12",
            // no tense: the last twelve months, or the coming three
            "Leaders in Oslo on March 11: a summit of hope.|March 11|2023-03-11",
    })
    void readsAPresentTenseWithAFullDateAsTheComingOne(String text, String expression, String value) {
        assertThat(tagged(text, expression).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // the hyphenated noun is the closing date of the year; "year end" spaced stays the year
            "The brewer hopes to close the purchase by year-end.|year-end|2023-12-31",
            "The index has gained 4% since year-end.|year-end|2022-12-31",
            "The sale should be completed by year end.|year end|2023",
    })
    void readsTheHyphenatedYearEndAsItsLastDay(String sentence, String text, String value) {
        Timex t = only(sentence);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            // "a great day for": a judgement of the day the story is at, that day
            "The treaty was signed on Friday. The minister said it was a historic day for the valley.|day|2023-12-01",
            "The strike ended on Thursday. \"A proud day for the union,\" its leader said.|day|2023-11-30",
    })
    void readsAJudgedDayAsTheDayInFocus(String text, String expression, String value) {
        assertThat(tagged(text, expression).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // "a matter of days": soon, not a length
            "The mayor said it was only a matter of weeks before the bridge reopened.",
            "Repairs should take a matter of hours, the company said.",
    })
    void rejectsAMatterOfUnitsAsAnIdiom(String sentence) {
        assertThat(EXTRACTOR.tag(sentence, PUBLISHED)).isEmpty();
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            // counted vaguely from the date in focus, no day can be named: the length, not FUTURE_REF
            "The plant closed in 2019. A few weeks later, the town lost its bank.|A few weeks later|PXW",
            "The bank failed in 2008. Several months earlier, its chief had resigned.|Several months earlier|PXM",
    })
    void readsAVagueCountFromTheDateInFocusAsALength(String text, String expression, String value) {
        Timex t = tagged(text, expression);
        assertThat(t.value()).isEqualTo(value);
        assertThat(t.type()).isEqualTo(TimexType.DURATION);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            // a present-tense verb that schedules an event puts a bare month or day ahead (published 2023-12-05)
            "Norway holds local elections on September 14.|September 14|2024-09-14",
            "The port city, which hosts the regatta in August, is preparing.|August|2024-08",
            "Her second term ends in May, and she cannot stand again.|May|2024-05",
            // a copula alone keeps a bare month where it was
            "The peak season is in August.|August|2023-08",
    })
    void readsAPresentThatSchedulesAsAhead(String text, String expression, String value) {
        assertThat(tagged(text, expression).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // a quarter or a half "of the year" is one expression, of the year the story is in
            "The brewer hopes to finish the plant in the second half of the year.|the second half of the year|2023-H2",
            "Orders may slip into the final quarter of the year.|the final quarter of the year|2023-Q4",
            "Sales usually peak in the last quarter of the year.|the last quarter of the year|2023-Q4",
    })
    void readsAQuarterOrAHalfOfTheYearAsOneExpression(String sentence, String text, String value) {
        Timex t = only(sentence);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            // a year before the comma is no count that makes "a month" a rate
            "The plant closed in May 2019, a month after the strike began.|a month|P1M",
            "The mine flooded in 2011, a year before it was sold.|a year|P1Y",
    })
    void readsALengthAfterACommaAndAYearAsALength(String text, String expression, String value) {
        assertThat(tagged(text, expression).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            // a participle after a causative and its object takes the causative's tense (published Tuesday 2023-12-05)
            "The tribunal will hear his appeal to have it quashed on Friday.|Friday|2023-12-08",
            "The tribunal quashed it on Friday.|Friday|2023-12-01",
    })
    void readsAParticipleAfterACausativeAsNoPastTense(String text, String expression, String value) {
        assertThat(tagged(text, expression).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            // a weekday something is called or set for lies ahead (published Tuesday 2023-12-05)
            "The dockers called another stoppage for Thursday.|Thursday|2023-12-07",
            // unless a verb right after it or a past perfect tells otherwise
            "The strike called for Saturday was cancelled.|Saturday|2023-12-02",
            "The union had called a stoppage for Thursday.|Thursday|2023-11-30",
    })
    void readsAWeekdayAfterForAsAhead(String text, String expression, String value) {
        assertThat(tagged(text, expression).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', value = {
            // a possessive weekday one takes part in is ahead (published Tuesday 2023-12-05); others report a day gone
            "The club had invited the miners to attend Saturday's cup final.|Saturday|2023-12-09",
            "Lawyers looked for ways to get around Friday's ruling.|Friday|2023-12-01",
    })
    void readsAPossessiveWeekdayOneTakesPartInAsAhead(String text, String expression, String value) {
        assertThat(tagged(text, expression).value()).isEqualTo(value);
    }
}

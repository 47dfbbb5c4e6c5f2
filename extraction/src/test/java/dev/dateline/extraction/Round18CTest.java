package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round 18 (helper C): confusions between the catch-all types (STATEMENT, REPORT, OTHER) and the event they stand
 * for or against, found on gold/dev8 and confirmed on other sets; sentences written for this test.
 */
class Round18CTest {

    @Test
    void whatSomethingIsCalledInQuotesInAStatementOrAfterAPronounIsSaidNotAPhoneCall() {
        assertThat(types("The mayor called the vote \"a betrayal\" in a radio interview on Sunday evening."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The opposition leader called her a puppet of the generals last night."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The union called the closure shameful in a statement on Monday."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The bishop called yesterday on both camps to respect the count."))
                .containsExactly(EventType.STATEMENT);
        // a call to a person stays a telephone call
        assertThat(types("The chancellor called the Polish president on Tuesday to discuss the pipeline."))
                .containsExactly(EventType.CALL);
    }

    @Test
    void aLetterMessageOrDemandOnePublishesIsAStatementNotAReport() {
        assertThat(types("The health secretary published an open letter on Friday urging the strikers to return."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The hackers posted a demand on Tuesday night for $5m in exchange for the stolen files."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("In a video message released this morning, the founder said the sale would go ahead."))
                .containsExactly(EventType.STATEMENT);
        // a study or its findings published stay a report
        assertThat(types("The findings were published yesterday in the journal Geophysical Research Letters."))
                .containsExactly(EventType.REPORT);
    }

    @Test
    void aFineImposedIsARegulatorsDecisionAStatementAlsoWhenNamedOutsideTheClause() {
        assertThat(types("The previous record, a fine of $900m, was imposed on the carmaker by the competition authority in "
                + "March 2016.")).containsExactly(EventType.STATEMENT);
        assertThat(types("The penalty is twice the $400m that the watchdog imposed on the airline in May 2012."))
                .containsExactly(EventType.STATEMENT);
        // sanctions imposed stay sanctions
        assertThat(types("Washington imposed sanctions on the country's central bank in May 2012."))
                .containsExactly(EventType.SANCTIONS);
    }

    @Test
    void hostingAContestOrTournamentIsThatEventNotAMeeting() {
        assertThat(types("Norway will host next year's contest, although no city has been chosen."))
                .containsExactly(EventType.OTHER);
        assertThat(types("In 1998 the country hosted the tournament and reached the semi-finals."))
                .containsExactly(EventType.OTHER);
        // hosting a delegation stays a meeting
        assertThat(types("The foreign minister hosted a delegation of trade officials on Monday."))
                .containsExactly(EventType.MEETING);
    }

    @Test
    void aVerbOfSayingNearAProtestOrAnAppealIsAStatementNotARuling() {
        assertThat(types("The mayor, whose ratings fell during the protests, said last night that the result was a victory "
                + "for the city.")).containsExactly(EventType.STATEMENT);
        assertThat(types("The minister told reporters on Monday that the complaints were unfounded."))
                .containsExactly(EventType.STATEMENT);
        // a protest rejected stays a ruling
        assertThat(types("The stewards rejected the protest on Sunday."))
                .containsExactly(EventType.VERDICT);
    }
}

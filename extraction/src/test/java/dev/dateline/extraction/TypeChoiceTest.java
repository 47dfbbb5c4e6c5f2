package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which type a trigger gives and which trigger a date goes to (round 11, dev5); sentences written for this test. */
class TypeChoiceTest {

    @Test
    void troopsOrAidSentByACoordinatedVerbShareTheDate() {
        assertThat(types("The governor visited the flooded valley on Monday and ordered 2,000 soldiers into the "
                + "worst-hit towns.")).containsExactlyInAnyOrder(EventType.VISIT, EventType.DEPLOYMENT);
        assertThat(types("The governor visited the flooded valley on Monday and sent tents and blankets to the "
                + "shelters.")).containsExactlyInAnyOrder(EventType.VISIT, EventType.AID);
        // ordering something else is no deployment, and a weak verb after "after" keeps no date of its own
        assertThat(types("The governor visited the flooded valley on Monday and ordered a review of the dams."))
                .containsExactly(EventType.VISIT);
        assertThat(types("The rebels left the town on Monday after the army sent more soldiers into the hills."))
                .doesNotContain(EventType.DEPLOYMENT);
    }

    @Test
    void aPredictionOrAClaimMadeInAPaperIsAReport() {
        assertThat(types("The physicist predicted the effect in 1931.")).containsExactly(EventType.REPORT);
        assertThat(types("The chemist described the compound in a paper in 1952.")).containsExactly(EventType.REPORT);
        assertThat(types("The minister described the plan as reckless on Tuesday."))
                .containsExactly(EventType.STATEMENT);
    }

    @Test
    void whatIsSaidDuringAMeetingIsTheMeeting() {
        assertThat(types("The premier told the regional governors during a video meeting on Monday that the roads "
                + "would reopen.")).containsExactly(EventType.MEETING);
        assertThat(types("The chancellor apologised to lawmakers on Monday for the delays, in three hours of "
                + "testimony.")).containsExactly(EventType.MEETING);
        // an interview stays a statement
        assertThat(types("The minister told reporters in a radio interview on Monday that the roads would reopen."))
                .containsExactly(EventType.STATEMENT);
    }

    @Test
    void watersTurnedIntoTorrentsAreAFlood() {
        assertThat(types("Streams turned into torrents on Sunday night, sweeping away cars in the valley."))
                .containsExactly(EventType.DISASTER);
        assertThat(types("The minister faced a torrent of criticism on Sunday.")).isEmpty();
    }

    @Test
    void aParticipleRightAfterAClauseOfAnUnknownVerbTakesItsDate() {
        assertThat(types("The two sides stepped back from the brink on Monday, agreeing to end the standoff."))
                .containsExactly(EventType.AGREEMENT);
        // a death that follows is its consequence, not the event of the date
        assertThat(types("The rebels stepped back from the town on Monday, killing two guards.")).isEmpty();
    }

    @Test
    void overtakingARivalIsDatedByTheRankingsPeriod() {
        assertThat(types("Lenovo overtook Dell in the third quarter to become the largest laptop seller."))
                .containsExactly(EventType.MARKET_MOVE);
        assertThat(types("Acme overtook its rival in March to take the top spot.")).containsExactly(EventType.MARKET_MOVE);
        // a move measured over a quarter is still no dated event
        assertThat(types("Its sales fell by a fifth in the third quarter.")).isEmpty();
    }

    @Test
    void firstImagesShownOrExpectedAreAReport() {
        assertThat(types("The first images from the telescope are expected next spring."))
                .containsExactly(EventType.REPORT);
        assertThat(types("The agency said it would show the first pictures of the crater on Friday."))
                .containsExactly(EventType.REPORT);
        assertThat(types("The company showed a loss for the quarter to September.")).isEmpty();
    }

    @Test
    void aRaceRunOrARecordSetIsASportsResult() {
        assertThat(types("She ran the marathon in 2:14:04 in Chicago in October 2019."))
                .containsExactly(EventType.OTHER);
        assertThat(types("He broke the mark set by his rival in Tokyo in 2021.")).containsExactly(EventType.OTHER);
        // running a company or a campaign is no race, and a race first run in a year is an origin
        assertThat(types("He ran the company until 2019.")).isEmpty();
        assertThat(types("The candidate ran a campaign in 2019.")).isEmpty();
        assertThat(types("The race, first run in 1950, is flat.")).isEmpty();
    }
}

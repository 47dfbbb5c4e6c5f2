package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static dev.dateline.extraction.EventFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Events the engine used to miss altogether (round 17); sentences written for this test. */
class Round17MissedEventsTest {

    @Test
    void aSpacecraftThatLeavesItsLaunchSiteIsLaunched() {
        ExtractedEvent left = only("The Halcyon probe left Kourou aboard an Ariane 5 rocket in March 2014.");
        assertThat(left.type()).isEqualTo(EventType.SATELLITE_LAUNCH);
        assertThat(left.date().value()).isEqualTo("2014-03");
        assertThat(only("A European telescope that will map dark matter set off from Cape Canaveral this morning.")
                .type()).isEqualTo(EventType.SATELLITE_LAUNCH);
        assertThat(events("The minister left the port on Tuesday.")).isEmpty();
        // away from a launch site "left" is no trigger at all: the date stays with the event named after it
        assertThat(only("The delegation left the talks in Vienna on Tuesday.").type()).isEqualTo(EventType.MEETING);
        assertThat(events("The marchers set off from the main square on Tuesday.")).isEmpty();
    }

    @Test
    void aDiscoveryCreditedToItsFinderOrOfAStarIsDated() {
        ExtractedEvent spotted = only("The comet was first spotted by a Chilean astronomer in 1911.");
        assertThat(spotted.type()).isEqualTo(EventType.OTHER);
        assertThat(spotted.date().value()).isEqualTo("1911");
        assertThat(only("The moon was discovered by an amateur in March 1892.").type()).isEqualTo(EventType.OTHER);
        assertThat(only("Two students discovered a pair of dwarf stars in 1982.").type()).isEqualTo(EventType.OTHER);
        assertThat(only("The bank discovered the intrusion on July 9.").type()).isEqualTo(EventType.OTHER);
        assertThat(events("Auditors discovered that the accounts were false in May.")).isEmpty();
    }

    @Test
    void aPlayerWhoMovesBetweenClubsMakesAnAgreement() {
        ExtractedEvent moved = only("The striker moved to Arsenal from Ajax in 2015 and won two league titles there.");
        assertThat(moved.type()).isEqualTo(EventType.AGREEMENT);
        assertThat(moved.date().value()).isEqualTo("2015");
        assertThat(only("The midfielder first joined Chelsea from Benfica in 2011, three seasons before the final.")
                .type()).isEqualTo(EventType.AGREEMENT);
        assertThat(events("The family moved to Lyon in 2015.")).isEmpty();
        // off without its context, the longer form gives way to the shorter trigger inside it
        assertThat(only("Troops moved to the border on Tuesday.").type()).isEqualTo(EventType.DEPLOYMENT);
    }

    @Test
    void iceThatBreaksApartIsADisaster() {
        ExtractedEvent shelf = only("The Wilkins ice shelf disintegrated in 2008.");
        assertThat(shelf.type()).isEqualTo(EventType.DISASTER);
        assertThat(shelf.date().value()).isEqualTo("2008");
        assertThat(only("A slab of the glacier broke away on Sunday afternoon.").type()).isEqualTo(EventType.DISASTER);
        assertThat(events("The band broke up in 1970.")).isEmpty();
        assertThat(only("The talks broke up on Sunday without a deal.").type()).isEqualTo(EventType.MEETING);
    }

    @Test
    void moreVerbsOfSayingAreStatements() {
        ExtractedEvent replied = only("The foreign ministry replied late yesterday that the decision was unjustified.");
        assertThat(replied.type()).isEqualTo(EventType.STATEMENT);
        assertThat(replied.date().value()).isEqualTo("2024-03-13");
        assertThat(only("The premier invoked the emergency law on Monday.").type()).isEqualTo(EventType.STATEMENT);
        assertThat(only("A former accountant testified in May 2019 that he had paid the bribes.").type())
                .isEqualTo(EventType.STATEMENT);
        assertThat(only("The secretary of state wrote yesterday that the country would respond.").type())
                .isEqualTo(EventType.STATEMENT);
        assertThat(only("The general went on television on Sunday to suggest that the president resign.").type())
                .isEqualTo(EventType.STATEMENT);
        assertThat(events("She wrote a novel in 1990.")).isEmpty();
    }

    @Test
    void aPostIsLeftOrLostInOtherWords() {
        ExtractedEvent forced = only("The same illness forced him out in September 2007.");
        assertThat(forced.type()).isEqualTo(EventType.RESIGNATION);
        assertThat(forced.date().value()).isEqualTo("2007-09");
        assertThat(only("The finance chief left the company last week.").type()).isEqualTo(EventType.RESIGNATION);
        assertThat(events("The chairman, who was pushed out in July after clashes with the unions, sued the board."))
                .extracting(ExtractedEvent::type).contains(EventType.RESIGNATION);
    }

    @Test
    void moreWordsForTheResultOfAContest() {
        ExtractedEvent edged = only("Wales edged Fiji 20-18 in the rain on October 24.");
        assertThat(edged.type()).isEqualTo(EventType.OTHER);
        assertThat(edged.date().value()).isEqualTo("2023-10-24");
        assertThat(events("The singer triumphed in 1980 and again seven years later."))
                .extracting(e -> e.date().value()).containsExactly("1980", "1987");
        assertThat(events("The index edged 0.2% on Tuesday.")).isEmpty();
    }

    @Test
    void aTrainThatHitsSomethingCrashesAndAShipThatHitsAReefHasAnAccident() {
        ExtractedEvent train = only("The night express, carrying 300 people, hit a lorry shortly after 09:00 yesterday.");
        assertThat(train.type()).isEqualTo(EventType.CRASH);
        assertThat(train.date().value()).isEqualTo("2024-03-13");
        assertThat(only("The tanker, which hit a reef in March 1989, leaked its oil.").type())
                .isEqualTo(EventType.ACCIDENT);
        assertThat(only("In May 2019 it hit a concrete quay while leaving the harbour.").type())
                .isEqualTo(EventType.ACCIDENT);
    }
}

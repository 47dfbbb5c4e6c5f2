package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static dev.dateline.extraction.EventFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How an event's type follows from its clause, its object and what was said; sentences written for this test. */
class EventTypingTest {

    @Test
    void sayingThatTroopsAreBeingSentIsTheDeployment() {
        assertThat(only("The defence ministry said yesterday that it was sending 2,000 more soldiers to the border.")
                .type()).isEqualTo(EventType.DEPLOYMENT);
        assertThat(only("The ministry said yesterday that the border would stay closed.").type())
                .isEqualTo(EventType.STATEMENT);
    }

    @Test
    void announcingADealIsTheDeal() {
        assertThat(only("The president announced the Andean trade deal on Tuesday.").type())
                .isEqualTo(EventType.AGREEMENT);
        assertThat(only("Regulators blocked the deal on Tuesday.").type()).isEqualTo(EventType.STATEMENT);
    }

    @Test
    void takingOverWithNoObjectIsTakingOffice() {
        assertThat(only("Maria Olsen, who took over in April 2022, said little.").type())
                .isEqualTo(EventType.APPOINTMENT);
        assertThat(only("Harbour Foods took over its rival in April 2022.").type()).isEqualTo(EventType.ACQUISITION);
    }

    @Test
    void whatACourtDecidesIsAVerdict() {
        assertThat(only("The appeals court in Lyon found on Tuesday that the search was unlawful.").type())
                .isEqualTo(EventType.VERDICT);
        assertThat(only("Judge Anna Berg heard the case. Berg revoked his bail on Tuesday.").type())
                .isEqualTo(EventType.VERDICT);
    }

    @Test
    void leadersNamedByTheirTitleHoldASummit() {
        assertThat(only("President Elena Varga held talks with Prime Minister Tomas Reyes on Tuesday.").type())
                .isEqualTo(EventType.SUMMIT);
    }

    @Test
    void theTwoGovernmentsAreThePairTheArticleIsAbout() {
        ExtractedEvent e = events("Chile and Peru have quarrelled for years. Chile sent a note. Peru replied. "
                + "The two governments signed a border treaty on Tuesday.").get(0);
        assertThat(e.type()).isEqualTo(EventType.AGREEMENT);
        assertThat(e.actors()).extracting(Entity::name).contains("Chile", "Peru");
    }

    @Test
    void aDateRightAfterItsVerbIsNotTheWhenClausesDate() {
        List<ExtractedEvent> events = events("The senator visited Taipei in August 2022, when missiles were fired "
                + "into the sea.");
        assertThat(events).extracting(ExtractedEvent::type).contains(EventType.VISIT);
        assertThat(only("The summit ended on Tuesday, when the leaders signed a pact.").type())
                .isEqualTo(EventType.AGREEMENT);
    }

    @Test
    void aCountedOffsetDatesTheEventAfterIt() {
        List<ExtractedEvent> events = events("The board named Lena Park as chief executive yesterday, two days after "
                + "Omar Dale resigned.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.RESIGNATION);
            assertThat(e.date().value()).isEqualTo("2024-03-11");
            assertThat(e.dateText()).isEqualTo("two days after");
        });
        assertThat(events).anySatisfy(e -> assertThat(e.date().value()).isEqualTo("2024-03-13"));
        // a vague or a spanned count dates nothing
        assertThat(events("The court ruled yesterday, almost two years after the crash."))
                .noneMatch(e -> e.date().value().startsWith("2022"));
    }

    @Test
    void anotherOfTheSameKindIsDatedByTheOffset() {
        List<ExtractedEvent> events = events("Yesterday's march in Lima came a week after another.");
        assertThat(events).extracting(e -> e.type() + " " + e.date().value())
                .contains("PROTEST 2024-03-13", "PROTEST 2024-03-06");
    }

    @Test
    void capturingAPersonIsAnArrestAndCapturingATownAnAttack() {
        assertThat(only("Special forces captured Ramon Ezquerra in a farmhouse on Tuesday.").type())
                .isEqualTo(EventType.ARREST);
        assertThat(only("Rebel fighters captured the town of Kessa on Tuesday.").type())
                .isEqualTo(EventType.ATTACK);
    }

    @Test
    void aCompanyThatCollapsesFailsAndABridgeThatCollapsesIsAnAccident() {
        assertThat(only("Skyline, the budget airline, collapsed into administration on Tuesday.").type())
                .isEqualTo(EventType.MARKET_MOVE);
        assertThat(only("The old road bridge collapsed on Tuesday.").type()).isEqualTo(EventType.ACCIDENT);
    }

    @Test
    void aDroneStrikeThatKillsIsAnAirStrike() {
        assertThat(only("A drone strike killed two commanders near the border on Tuesday.").type())
                .isEqualTo(EventType.AIR_STRIKE);
    }

    @Test
    void policeFiringTearGasIsPartOfAProtest() {
        assertThat(only("Police fired tear gas at the crowds outside parliament on Tuesday.").type())
                .isEqualTo(EventType.PROTEST);
    }

    @Test
    void aMarketValuePassingAMarkIsAMarketMove() {
        assertThat(only("The carmaker's market value passed $500bn in October 2021.").type())
                .isEqualTo(EventType.MARKET_MOVE);
    }

    @Test
    void agreeingToARescuePackageIsAid() {
        assertThat(only("The government agreed to a rescue package for the carrier on Tuesday.").type())
                .isEqualTo(EventType.AID);
    }

    @Test
    void commonNewsVerbsNameTheirEvents() {
        assertThat(only("A fuel depot outside the town exploded on Monday.").type()).isEqualTo(EventType.ACCIDENT);
        assertThat(only("The ministry cancelled the contest on Tuesday.").type()).isEqualTo(EventType.STATEMENT);
        assertThat(only("The agency recommended the vaccine for children in October 2021.").type())
                .isEqualTo(EventType.STATEMENT);
        assertThat(only("The streaming service went live in November 2019.").type())
                .isEqualTo(EventType.PRODUCT_RELEASE);
        assertThat(only("Dock workers walked out on Tuesday.").type()).isEqualTo(EventType.PROTEST);
        assertThat(only("The band played a concert beside the river in June 1987.").type())
                .isEqualTo(EventType.OTHER);
    }

    @Test
    void aDepotThatExplodesIsAnAccidentButARocketThatExplodesIsALaunch() {
        assertThat(only("The rocket exploded on Monday.").type()).isEqualTo(EventType.LAUNCH);
    }

    @Test
    void theyInALaterClauseAreThePairNamedAsTheSubjectBefore() {
        ExtractedEvent e = only("Joe Biden and Xi Jinping agreed to reopen a military hotline when they met yesterday "
                + "at a country house.");
        assertThat(e.actors()).extracting(Entity::name).contains("Joe Biden", "Xi Jinping");
        assertThat(e.type()).isEqualTo(EventType.SUMMIT);
    }

    @Test
    void aPurposeOrACodeNameIsNoEvent() {
        assertThat(only("The agency plans to launch a probe, its first mission to study the Sun, early next month.")
                .type()).isEqualTo(EventType.SATELLITE_LAUNCH);
        assertThat(only("The exercises, code-named Iron Shield, began on Saturday.").type())
                .isEqualTo(EventType.MILITARY_DRILL);
    }

    @Test
    void aDecreeSignedIsAStatementAndParticipationSuspendedAnAgreement() {
        assertThat(only("The regional leader signed a decree yesterday dissolving the council.").type())
                .isEqualTo(EventType.STATEMENT);
        assertThat(only("Moscow suspended its participation in the shipping initiative on Tuesday.").type())
                .isEqualTo(EventType.AGREEMENT);
    }

    @Test
    void theTrialJudgeIsNoTrialAndHerAcquittalIsTheVerdict() {
        assertThat(only("The trial judge, Anna Voss, acquitted the driver in September 2014.").type())
                .isEqualTo(EventType.VERDICT);
    }

    @Test
    void aPersonLandingAtAnAirportArrives() {
        assertThat(only("The champion landed at the city airport late on Monday.").type()).isEqualTo(EventType.VISIT);
    }

    @Test
    void approvalsOfLawsAndByShareholdersAreVotesOnAText() {
        assertThat(only("Shareholders approved the pay package in March 2018.").type())
                .isEqualTo(EventType.RESOLUTION);
        assertThat(only("Ministers gave final approval to the law yesterday.").type())
                .isEqualTo(EventType.RESOLUTION);
    }

    @Test
    void aMoveOrATollMeasuredOverAWholeYearIsNoDatedEvent() {
        assertThat(events("Malaria killed about 600,000 people in 2022.")).isEmpty();
        assertThat(events("The group's sales shrank by almost half in 2021.")).isEmpty();
        assertThat(only("The shares fell 13% yesterday.").type()).isEqualTo(EventType.MARKET_MOVE);
        assertThat(events("Analysts said oil prices could climb to $100 a barrel later this year."))
                .extracting(ExtractedEvent::type).contains(EventType.MARKET_MOVE);
    }

    @Test
    void whatACourtDoesToABanOrSaysIsItsRuling() {
        assertThat(only("The sports tribunal halved the sprinter's ban to one year on Monday.").type())
                .isEqualTo(EventType.VERDICT);
        assertThat(only("An appeals court lifted the export ban on Tuesday.").type()).isEqualTo(EventType.VERDICT);
        assertThat(only("The government lifted the export ban on Tuesday.").type()).isNotEqualTo(EventType.VERDICT);
        assertThat(only("The constitutional court said on Tuesday that the new law was void.").type())
                .isEqualTo(EventType.VERDICT);
        assertThat(only("The judge said on Tuesday that he was tired of the delays.").type())
                .isEqualTo(EventType.STATEMENT);
    }

    @Test
    void aMeetingHeldToChooseSomeoneIsTheElection() {
        assertThat(only("The assembly will meet on Friday to elect a new speaker.").type())
                .isEqualTo(EventType.ELECTION);
        assertThat(only("The party council met to choose a leader on Monday.").type()).isEqualTo(EventType.ELECTION);
        assertThat(only("The council met to discuss the budget on Monday.").type()).isEqualTo(EventType.MEETING);
    }

    @Test
    void aMeetingOfTwoLeadersNamedAnywhereBeforeItOrByTitleAloneIsASummit() {
        assertThat(only("Before the dinner, Olaf Scholz hosted Joe Biden, the American president, and Italy's Prime "
                + "Minister Giorgia Meloni in Berlin on Tuesday for talks on trade.").type()).isEqualTo(EventType.SUMMIT);
        assertThat(events("The new president's first trip abroad will take her to Berlin on Friday to meet Chancellor "
                + "Olaf Scholz.")).extracting(ExtractedEvent::type).contains(EventType.SUMMIT);
        assertThat(events("The former president will travel to Berlin on Friday to meet Chancellor Olaf Scholz."))
                .extracting(ExtractedEvent::type).doesNotContain(EventType.SUMMIT);
        assertThat(events("The president of the bank will travel to Berlin on Friday to meet Chancellor Olaf Scholz."))
                .extracting(ExtractedEvent::type).doesNotContain(EventType.SUMMIT);
    }

    @Test
    void aVerbStandingForTheOneBeforeItRepeatsItsEvent() {
        assertThat(events("The capsule splashed down in the Pacific on Tuesday, as it had on its first flight in May."))
                .extracting(e -> e.type() + " " + e.date().value())
                .containsExactlyInAnyOrder("LANDING 2024-03-12", "LANDING 2023-05");
        assertThat(events("The lander will collect rock and bring it back to Earth, something no country has done "
                + "since the Soviet Union in 1976.")).extracting(e -> e.type() + " " + e.date().value())
                .containsExactly("LANDING 1976");
        assertThat(only("The minister said in May that the government had done everything it could.").type())
                .isEqualTo(EventType.STATEMENT);
    }

    @Test
    void aPersonRemovedLeavesOfficeAndAPersonReplacingAnotherTakesIt() {
        assertThat(only("Maria Keller was removed on Tuesday.").type()).isEqualTo(EventType.RESIGNATION);
        assertThat(only("The board said on Tuesday that Maria Keller had been removed with immediate effect.").type())
                .isEqualTo(EventType.RESIGNATION);
        assertThat(events("The governor resigned in May 2022 and was replaced by Tom Berg."))
                .extracting(ExtractedEvent::type)
                .containsExactlyInAnyOrder(EventType.RESIGNATION, EventType.APPOINTMENT);
        assertThat(events("Workers removed the statue on Tuesday.")).isEmpty();
        assertThat(events("The old bridge was replaced by a tunnel in May 2022.")).isEmpty();
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static dev.dateline.extraction.EventFixture.only;
import static dev.dateline.extraction.EventFixture.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words name an event, which type they give it, and which name none; sentences written for this test. */
class EventTriggersTest {

    @Test
    void wordFamiliesOfStatementsAndOffices() {
        assertThat(type("The general lifted martial law on Tuesday.")).isEqualTo(EventType.STATEMENT);
        assertThat(type("The prime minister called a snap election on Tuesday.")).isEqualTo(EventType.STATEMENT);
        assertThat(type("Regulators ordered the airline to ground its fleet on Tuesday.")).isEqualTo(EventType.STATEMENT);
        assertThat(type("The minister offered her resignation on Tuesday.")).isEqualTo(EventType.RESIGNATION);
        assertThat(type("The court removed the mayor on Tuesday.")).isEqualTo(EventType.VERDICT);
        assertThat(type("The senator dropped out of the race on Tuesday.")).isEqualTo(EventType.OTHER);
        assertThat(type("The senator abandoned her campaign on Tuesday.")).isEqualTo(EventType.OTHER);
        assertThat(type("The army cut off talks with the rebels on Tuesday.")).isEqualTo(EventType.OTHER);
        assertThat(type("The governor was inaugurated on Tuesday.")).isEqualTo(EventType.APPOINTMENT);
        assertThat(events("The governor inaugurated a new bridge on Tuesday.")).isEmpty();
    }

    @Test
    void wordFamiliesOfDisastersAccidentsAndAttacks() {
        assertThat(type("Two dams gave way on Tuesday.")).isEqualTo(EventType.ACCIDENT);
        assertThat(type("The virus spread to the capital on Tuesday.")).isEqualTo(EventType.DISASTER);
        assertThat(type("The research vessel lost contact with its mother ship on Tuesday."))
                .isEqualTo(EventType.ACCIDENT);
        assertThat(type("Rebels sabotaged the pipeline on Tuesday.")).isEqualTo(EventType.ATTACK);
        assertThat(type("Two fishermen were found on a remote island on Tuesday.")).isEqualTo(EventType.OTHER);
    }

    @Test
    void wordFamiliesOfLaunchesLandingsMarketsAndProducts() {
        assertThat(type("The lander set down near the lunar south pole on Tuesday.")).isEqualTo(EventType.LANDING);
        assertThat(type("The navy flew relief supplies to the island on Tuesday.")).isEqualTo(EventType.AID);
        assertThat(type("The new fund began trading on Tuesday.")).isEqualTo(EventType.MARKET_MOVE);
        assertThat(type("The studio opened its chatbot to a few testers on Tuesday."))
                .isEqualTo(EventType.PRODUCT_RELEASE);
        assertThat(type("The variant was first identified in March 2023.")).isEqualTo(EventType.REPORT);
    }

    @Test
    void leadersMeetingAsTheSubjectHoldASummit() {
        assertThat(type("The two leaders met in Geneva on Tuesday.")).isEqualTo(EventType.SUMMIT);
        assertThat(type("Alliance leaders will meet in Oslo on Tuesday.")).isEqualTo(EventType.SUMMIT);
        assertThat(type("Business leaders met in Geneva on Tuesday.")).isEqualTo(EventType.MEETING);
    }

    @Test
    void aDeathCausedByTheEventNamedAsItsSubjectIsThatEvent() {
        assertThat(type("A bomb attack on a crowded market killed nine people on Tuesday.")).isEqualTo(EventType.ATTACK);
        assertThat(type("The crash of a small plane near the coast killed four people on Tuesday."))
                .isEqualTo(EventType.CRASH);
    }

    @Test
    void whatIsAnnouncedByAGerundOrAsResultsIsDone() {
        assertThat(type("The ministry responded on Tuesday by announcing a naval task force."))
                .isEqualTo(EventType.DEPLOYMENT);
        assertThat(type("The drugmaker announced the results of its trial on Tuesday.")).isEqualTo(EventType.REPORT);
        assertThat(type("The minister announced a review of the rules on Tuesday.")).isEqualTo(EventType.STATEMENT);
    }

    @Test
    void failuresToActRequestsAndAbsencesAreNoEvents() {
        assertThat(events("The two sides failed to bridge their differences on Tuesday.")).isEmpty();
        assertThat(type("Police detained the suspect at the request of Interpol on Tuesday."))
                .isEqualTo(EventType.ARREST);
        assertThat(events("The summit broke up without an agreement on Tuesday.")).extracting(ExtractedEvent::type)
                .containsExactly(EventType.SUMMIT);
        assertThat(type("Its maiden flight ended in an explosion in June 2019.")).isEqualTo(EventType.LAUNCH);
    }

    @Test
    void nounsUsedAsModifiersAndSalesCountsAreNoEvents() {
        assertThat(type("The probe landed on the far side with a small rover on Tuesday."))
                .isEqualTo(EventType.LANDING);
        assertThat(events("The final bill arrived on Tuesday.")).isEmpty();
        assertThat(events("Flight controllers cheered on Tuesday.")).isEmpty();
        assertThat(events("The group sold 10,000 cars in 2023.")).isEmpty();
    }

    @Test
    void aDateThatIsTheSubjectOfWasOrAHabitDatesNoEvent() {
        assertThat(events("Last year was the warmest on record, the agency said on Tuesday."))
                .extracting(e -> e.date().value()).containsExactly("2024-03-12");
        assertThat(events("The annual meeting, normally held in May, will be online.")).isEmpty();
        assertThat(events("More than 900 cases have been reported this year.")).isEmpty();
    }

    @Test
    void whatIsTriedOrAppliedForIsNotDone() {
        assertThat(type("Norway applied to join the alliance in May 2023.")).isEqualTo(EventType.STATEMENT);
        assertThat(events("The deal, which he had tried to abandon in May 2022, closed.")).isEmpty();
    }

    @Test
    void aVerbThatCarriesOutBeginsOrEndsAnEventPassesItsDateToIt() {
        assertThat(type("The country carried out its third and largest nuclear test on Tuesday."))
                .isEqualTo(EventType.NUCLEAR_TEST);
        assertThat(type("The navy ended four days of exercises near the strait on Tuesday."))
                .isEqualTo(EventType.MILITARY_DRILL);
        ExtractedEvent drills = events("The rebels could stage fresh drills in May.").get(0);
        assertThat(drills.type()).isEqualTo(EventType.MILITARY_DRILL);
        assertThat(drills.modality()).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(type("In January she became the first serving governor to be arrested."))
                .isEqualTo(EventType.ARREST);
    }

    @Test
    void aClauseThatOpensCompletesOrSchedulesAnEventDatesIt() {
        ExtractedEvent trial = events("The trial, which opened in October 2023, heard from 40 witnesses.").get(0);
        assertThat(trial.type()).isEqualTo(EventType.OTHER);
        assertThat(trial.date().value()).isEqualTo("2023-10");
        ExtractedEvent vote = events("Voters will choose a parliament in elections, which the king has scheduled "
                + "for June 2.").get(0);
        assertThat(vote.type()).isEqualTo(EventType.ELECTION);
        assertThat(vote.date().value()).isEqualTo("2024-06-02");
        ExtractedEvent purchase = events("He paid for his purchase of the club, completed in October 2022, with "
                + "borrowed money.").get(0);
        assertThat(purchase.type()).isEqualTo(EventType.ACQUISITION);
        assertThat(purchase.date().value()).isEqualTo("2022-10");
    }

    @Test
    void moreWordFamiliesFromTheThirdSet() {
        assertThat(events("The summit collapsed on Tuesday.")).extracting(ExtractedEvent::type)
                .doesNotContain(EventType.ACCIDENT);
        assertThat(type("The booster returned to land on Tuesday.")).isEqualTo(EventType.LANDING);
        assertThat(type("Its next robotic mission is scheduled for 2026.")).isEqualTo(EventType.SATELLITE_LAUNCH);
        assertThat(events("Traders sold the June crude contract on Tuesday.")).extracting(ExtractedEvent::type)
                .doesNotContain(EventType.AGREEMENT);
        assertThat(events("Brent settled at $80 a barrel on Tuesday.")).extracting(ExtractedEvent::type)
                .doesNotContain(EventType.VERDICT);
        assertThat(type("She narrowly defeated the opposition leader in 2022.")).isEqualTo(EventType.ELECTION);
        assertThat(type("The first doses will be given to care home residents next week.")).isEqualTo(EventType.LAUNCH);
        assertThat(type("Troops crossed into the province on Tuesday.")).isEqualTo(EventType.ATTACK);
        assertThat(type("Last year was the wettest on record, the weather service said on Tuesday."))
                .isEqualTo(EventType.REPORT);
    }

    @Test
    void whatWasUnderWayWhatAReportIsAboutAndAnExpiryAreNoEventsOfTheirOwn() {
        assertThat(type("A cargo jet crashed while landing at the city airport on Tuesday.")).isEqualTo(EventType.CRASH);
        assertThat(events("Reports of the talks surfaced on Tuesday.")).extracting(ExtractedEvent::type)
                .containsExactly(EventType.REPORT);
        assertThat(events("The coach will leave when his contract ends in June.")).extracting(ExtractedEvent::type)
                .doesNotContain(EventType.AGREEMENT);
    }

    @Test
    void theCauseOfADeathAndATestInATestingArticleKeepTheirType() {
        assertThat(events("Flights stopped after the crash of a small plane killed four people on Tuesday."))
                .extracting(ExtractedEvent::type).contains(EventType.CRASH).doesNotContain(EventType.DEATH);
        List<ExtractedEvent> events = events("In 2016, the country detonated a nuclear device. The yield of its "
                + "test in September was larger.");
        assertThat(events).extracting(e -> e.type() + " " + e.date().value()).contains("NUCLEAR_TEST 2016-09");
    }

    @Test
    void strikesCalledVideosPostedStatementsReleasedAndLeadersGathering() {
        assertThat(type("The unions called a strike for Friday.")).isEqualTo(EventType.PROTEST);
        assertThat(type("The singer posted a video on Tuesday.")).isEqualTo(EventType.STATEMENT);
        assertThat(type("The family paid tribute in a statement released on Tuesday.")).isEqualTo(EventType.STATEMENT);
        assertThat(type("Alliance leaders gather in Rome on Tuesday for two days of talks.")).isEqualTo(EventType.SUMMIT);
        assertThat(type("The last comparable storm, in May 1990, killed 300 people.")).isEqualTo(EventType.DISASTER);
    }

    @Test
    void shipsDockingSignalsCaughtCrowdsDrawnAndSpansAreNoEvents() {
        assertThat(events("The ferry docked at the port on Tuesday.")).extracting(ExtractedEvent::type)
                .doesNotContain(EventType.LANDING);
        assertThat(events("The detectors caught a faint signal on Tuesday.")).isEmpty();
        assertThat(events("The exhibition drew huge crowds on Tuesday.")).isEmpty();
        assertThat(events("It was being called on Tuesday the best final in years.")).extracting(ExtractedEvent::type)
                .doesNotContain(EventType.CALL);
        assertThat(events("Workers picketed the factory for most of the summer.")).isEmpty();
    }

    @Test
    void aMeetingOrCallRightAfterADatedEventTookPlaceThatDay() {
        assertThat(events("The two ministers signed a trade pact on Tuesday after a meeting in Rome."))
                .extracting(ExtractedEvent::type).contains(EventType.AGREEMENT, EventType.MEETING);
        assertThat(events("The workers walked out on Tuesday after talks broke down."))
                .extracting(ExtractedEvent::type).doesNotContain(EventType.MEETING);
    }

    @Test
    void capsulesInterviewsRefloatingDeliveriesAndPricePushes() {
        assertThat(type("The crew launched on Tuesday aboard Boeing's new capsule.")).isEqualTo(EventType.LAUNCH);
        assertThat(type("The minister gave an interview on Tuesday.")).isEqualTo(EventType.STATEMENT);
        assertThat(type("Tugs refloated the tanker on Tuesday.")).isEqualTo(EventType.OTHER);
        assertThat(type("The first cars were handed to customers in November.")).isEqualTo(EventType.PRODUCT_RELEASE);
        assertThat(events("Analysts said the cuts could push prices to $90 a barrel later this year."))
                .extracting(ExtractedEvent::type).contains(EventType.MARKET_MOVE);
    }

    @Test
    void aFigureComparedWithAnEarlierOneDatesNoEvent() {
        assertThat(events("The party won 30% of the vote, down from 41% five years ago."))
                .extracting(e -> e.date().value()).doesNotContain("2019");
    }

    @Test
    void warsWreathsClosingsAndDidSo() {
        assertThat(type("The region changed hands during a six-week war in the autumn of 2020."))
                .isEqualTo(EventType.ATTACK);
        assertThat(events("The trade war escalated in May 2019.")).isEmpty();
        assertThat(type("The country's war cabinet met on Tuesday.")).isEqualTo(EventType.MEETING);
        assertThat(type("The minister will lay a wreath at the memorial tomorrow.")).isEqualTo(EventType.VISIT);
        assertThat(type("Both companies expect the deal to close in the first half of 2025."))
                .isEqualTo(EventType.ACQUISITION);
        assertThat(events("Chile signed the accord in 1979, and Peru did so in 1994."))
                .extracting(e -> e.type() + " " + e.date().value()).contains("AGREEMENT 1994");
    }

    @Test
    void talksThatCollapseAndCoordinatedVerbsOfProtesters() {
        assertThat(events("The leaders met in Oslo in May, shortly after their summit in Rome collapsed."))
                .extracting(ExtractedEvent::type).doesNotContain(EventType.ACCIDENT);
        assertThat(type("The old bridge collapsed on Tuesday.")).isEqualTo(EventType.ACCIDENT);
        assertThat(type("Boeing collapsed on Tuesday.")).isEqualTo(EventType.MARKET_MOVE);
        assertThat(type("Thousands of demonstrators broke through police lines and stormed the parliament on Tuesday."))
                .isEqualTo(EventType.PROTEST);
    }

    @Test
    void theCauseNamedByAContextWordAndALongNamedReportingClause() {
        assertThat(type("The last comparable disaster, in June 1950, killed 900 people.")).isEqualTo(EventType.DISASTER);
        assertThat(type("Last year was the wettest on record, the European Union's Northern Climate Monitoring "
                + "Service said on Tuesday.")).isEqualTo(EventType.REPORT);
    }

    @Test
    void aCancellationReportedAsSuchIsAssertedAndCancelsOnlyWhatItGoverns() {
        ExtractedEvent halt = events("The carmaker halted sales of the model on Sunday.").get(0);
        assertThat(halt.type()).isEqualTo(EventType.STATEMENT);
        assertThat(halt.modality()).isEqualTo(Modality.ASSERTED);
        ExtractedEvent invasion = events("The minister halted the project on March 3, two days before the army invaded "
                + "the province.").stream().filter(e -> e.type() == EventType.ATTACK).findFirst().orElseThrow();
        assertThat(invasion.modality()).isEqualTo(Modality.ASSERTED);
        ExtractedEvent launch = events("The launch was postponed on Tuesday.").get(0);
        assertThat(launch.type()).isEqualTo(EventType.LAUNCH);
        assertThat(launch.modality()).isEqualTo(Modality.NEGATED);
        assertThat(events("The painting, originally a gift, was sold at auction on May 5, 2018.").get(0).modality())
                .isEqualTo(Modality.ASSERTED);
    }

    @Test
    void anEventWhoseLaterClauseSaysItWasCancelledIsNegated() {
        // the main clause resumed after its aside, with or without a dateline before it
        assertThat(visit("The chancellor's state visit to Chile, which was due to begin on Saturday, was postponed "
                + "yesterday after the storms.").modality()).isEqualTo(Modality.NEGATED);
        assertThat(visit("SANTIAGO - The chancellor's state visit to Chile, which was due to begin on Saturday, "
                + "was postponed yesterday after the storms.").modality()).isEqualTo(Modality.NEGATED);
        // a clause whose subject is the same kind of event, or a pronoun for it
        assertThat(visit("The king had hoped to visit Lisbon in the spring of 2005, but the trip was called off "
                + "when the talks failed.").modality()).isEqualTo(Modality.NEGATED);
        // a cancelled thing that is not the event leaves it as it was
        assertThat(events("The rocket lifted off on Monday, but the briefing was cancelled.").stream()
                .filter(e -> e.type() == EventType.LAUNCH).findFirst().orElseThrow().modality())
                .isEqualTo(Modality.ASSERTED);
    }

    private static ExtractedEvent visit(String text) {
        return events(text).stream().filter(e -> e.type() == EventType.VISIT).findFirst().orElseThrow();
    }

    @Test
    void anEventOfThePublicationDayStillAheadIsPlanned() {
        assertThat(events("The two navies begin joint exercises today.").get(0).modality()).isEqualTo(Modality.PLANNED);
        assertThat(events("The navy ended its exercises today.").get(0).modality()).isEqualTo(Modality.ASSERTED);
        assertThat(events("She runs in the city marathon later today.").get(0).modality()).isEqualTo(Modality.PLANNED);
        assertThat(events("The prime minister will name her cabinet this afternoon.").get(0).modality())
                .isEqualTo(Modality.PLANNED);
    }

    @Test
    void whatWasRefusedSkippedOrSurvivedDidNotHappen() {
        assertThat(events("The board had declined to make the announcement in May.").get(0).modality())
                .isEqualTo(Modality.NEGATED);
        assertThat(events("The premier survived an impeachment vote in January.").get(0).modality())
                .isEqualTo(Modality.NEGATED);
        // surviving an attack is still the attack
        assertThat(events("The mayor survived an assassination attempt in January.").get(0).modality())
                .isEqualTo(Modality.ASSERTED);
    }

    @Test
    void laterInAWeekMonthOrYearUnderWayIsPlannedButAPastTenseHappened() {
        assertThat(events("Defence ministers of the alliance meet in Riga later this month.").get(0).modality())
                .isEqualTo(Modality.PLANNED);
        assertThat(events("Later today the pope travelled to the old cathedral.").get(0).modality())
                .isEqualTo(Modality.ASSERTED);
    }

    @Test
    void suspendingAnOfficeHolderAfterImpeachmentRemovesThem() {
        assertThat(type("The governor, who faces impeachment, was suspended by the state assembly on Monday."))
                .isEqualTo(EventType.RESIGNATION);
        assertThat(type("The club suspended its coach from his duties on Monday.")).isEqualTo(EventType.RESIGNATION);
        assertThat(type("The government suspended the export licence on Monday.")).isEqualTo(EventType.STATEMENT);
    }

    @Test
    void placingSomeoneUnderSurveillanceOrInvestigationIsADetention() {
        assertThat(type("The former mayor was placed under police surveillance on Monday."))
                .isEqualTo(EventType.ARREST);
        assertThat(type("The banker was placed under investigation in May.")).isEqualTo(EventType.ARREST);
        assertThat(type("The opposition leader was placed under house arrest last week."))
                .isEqualTo(EventType.ARREST);
    }

    @Test
    void releasingPhotographsOrVideoIsAReport() {
        assertThat(type("The ministry released photographs of the damaged reactor on Monday."))
                .isEqualTo(EventType.REPORT);
        assertThat(type("The police released a video of the suspect on Monday.")).isEqualTo(EventType.REPORT);
        assertThat(type("The company released its new headset on Monday.")).isEqualTo(EventType.PRODUCT_RELEASE);
    }

    @Test
    void winningAnAuctionOrABiddingWarIsAnAcquisition() {
        assertThat(type("The carmaker won the auction for the bankrupt supplier in June."))
                .isEqualTo(EventType.ACQUISITION);
        assertThat(type("The fund won a bidding war for the chain of hotels in June."))
                .isEqualTo(EventType.ACQUISITION);
        assertThat(type("The builder won the contract for the new bridge in June.")).isEqualTo(EventType.AGREEMENT);
    }

    @Test
    void aPanelOrDoorBlowingOutInFlightIsAnAccident() {
        assertThat(type("An emergency exit door blew out of a regional jet over the Alps on Sunday."))
                .isEqualTo(EventType.ACCIDENT);
        assertThat(type("An engine cowling tore off a cargo plane after take-off on Sunday."))
                .isEqualTo(EventType.ACCIDENT);
        assertThat(events("The champion blew out the candles on his cake on Sunday.")).isEmpty();
    }

    @Test
    void finishingAheadOfARivalIsAResult() {
        assertThat(type("The governor finished ahead of her rival in the first round on Sunday."))
                .isEqualTo(EventType.ELECTION);
        assertThat(type("The Kenyan came ahead of the champion in the Berlin marathon on Sunday."))
                .isEqualTo(EventType.OTHER);
    }

    @Test
    void dismantlingOrBustingAGangIsAnArrest() {
        assertThat(type("Police dismantled a smuggling ring in the port on Sunday.")).isEqualTo(EventType.ARREST);
        assertThat(type("Detectives busted a gang of car thieves on Sunday.")).isEqualTo(EventType.ARREST);
        assertThat(events("Workers dismantled the stage on Sunday.")).isEmpty();
    }

    @Test
    void overtakingARivalInTheMarketIsAMarketMove() {
        assertThat(type("The carmaker overtook its rival in March to become the biggest seller of electric cars."))
                .isEqualTo(EventType.MARKET_MOVE);
        assertThat(type("The chipmaker surpassed the oil giant on Monday to become the most valuable listed company."))
                .isEqualTo(EventType.MARKET_MOVE);
        assertThat(events("The lorry overtook a bus on the bridge on Monday.")).isEmpty();
    }

    @Test
    void impeachmentMotionsAndVotesRemoveFromOfficeAndAreNoLawsuit() {
        assertThat(type("The opposition will file a motion to impeach the president on Monday."))
                .isEqualTo(EventType.RESIGNATION);
        assertThat(type("The impeachment motion against the governor goes to a vote on Monday."))
                .isEqualTo(EventType.RESIGNATION);
        assertThat(type("The assembly will vote on the budget on Monday.")).isEqualTo(EventType.RESOLUTION);
        assertThat(type("The judge dismissed the motion on Monday.")).isEqualTo(EventType.VERDICT);
    }

    @Test
    void aTriggerWordInAHyphenatedModifierNamesNoEvent() {
        assertThat(events("Life in the war-torn town returned to normal on Monday.")).isEmpty();
        assertThat(events("The strike-hit airline cut its forecast on Monday."))
                .extracting(ExtractedEvent::type).containsExactly(EventType.REPORT);
        assertThat(events("Mayors of the flood-hit valley met the minister on Monday."))
                .extracting(ExtractedEvent::type).containsExactly(EventType.MEETING);
        assertThat(type("Both sides signed a cease-fire on Monday.")).isEqualTo(EventType.AGREEMENT);
    }

    @Test
    void commonNewsPhrasingsOfDeathsArrestsRulingsAndChangesOfOffice() {
        assertThat(type("The sculptor lost his life in a fall at his home on Monday.")).isEqualTo(EventType.DEATH);
        assertThat(type("Two fishermen drowned off the coast on Monday.")).isEqualTo(EventType.DEATH);
        assertThat(type("The mayor was handcuffed outside his office on Monday.")).isEqualTo(EventType.ARREST);
        assertThat(type("The fugitive handed himself in to police on Monday.")).isEqualTo(EventType.ARREST);
        assertThat(type("The activist was deported to her home country on Monday.")).isEqualTo(EventType.ARREST);
        assertThat(type("The appeals court ruled against the airline on Monday.")).isEqualTo(EventType.VERDICT);
        assertThat(type("A jury found the builder liable on Monday.")).isEqualTo(EventType.VERDICT);
        assertThat(type("The club axed its head coach on Monday.")).isEqualTo(EventType.RESIGNATION);
        assertThat(type("The emperor will abdicate on Monday.")).isEqualTo(EventType.RESIGNATION);
        assertThat(type("The junta leader assumed the presidency on Monday.")).isEqualTo(EventType.APPOINTMENT);
        assertThat(type("The premier carried out a cabinet reshuffle on Monday.")).isEqualTo(EventType.APPOINTMENT);
        assertThat(type("Voters cast their ballots in the mayoral election on Monday.")).isEqualTo(EventType.ELECTION);
    }

    @Test
    void commonNewsPhrasingsOfFightingDisastersAccidentsAndCrashes() {
        assertThat(type("Government troops and rebels fought a gun battle in the hills on Monday."))
                .isEqualTo(EventType.ATTACK);
        assertThat(type("The army launched a counteroffensive in the south on Monday.")).isEqualTo(EventType.ATTACK);
        assertThat(type("The ministry redeployed two brigades to the border on Monday."))
                .isEqualTo(EventType.DEPLOYMENT);
        assertThat(type("A winter storm buried the plains in snow on Monday.")).isEqualTo(EventType.DISASTER);
        assertThat(type("Torrential rain flooded the valley on Monday.")).isEqualTo(EventType.DISASTER);
        assertThat(type("Two workers were hurt in a gas explosion at a bakery on Monday.")).isEqualTo(EventType.ACCIDENT);
        assertThat(type("A delivery van ploughed into a shop front on Monday.")).isEqualTo(EventType.CRASH);
        assertThat(events("China plans to build a research station on the Moon in the 2030s.")).isEmpty();
    }

    @Test
    void commonNewsPhrasingsOfDiplomacyLawmakingAndProtest() {
        assertThat(type("The envoy sat down with rebel commanders on Monday.")).isEqualTo(EventType.MEETING);
        assertThat(type("Agriculture ministers held a video conference on Monday.")).isEqualTo(EventType.MEETING);
        assertThat(type("The foreign minister journeyed to the island on Monday.")).isEqualTo(EventType.VISIT);
        assertThat(type("The two presidents spoke on the phone on Monday.")).isEqualTo(EventType.CALL);
        assertThat(type("The bloc agreed an arms embargo on the junta on Monday.")).isEqualTo(EventType.SANCTIONS);
        assertThat(type("The parliament repealed the press law on Monday.")).isEqualTo(EventType.RESOLUTION);
        assertThat(type("Negotiators hammered out a compromise text on Monday.")).isEqualTo(EventType.AGREEMENT);
        assertThat(type("Dock workers downed tools over pay on Monday.")).isEqualTo(EventType.PROTEST);
        assertThat(type("Unrest spread to the capital on Monday.")).isEqualTo(EventType.PROTEST);
    }

    @Test
    void commonNewsPhrasingsOfBusinessSpaceWordsAndSport() {
        assertThat(type("The retailer went into administration on Monday.")).isEqualTo(EventType.MARKET_MOVE);
        assertThat(type("The central bank hiked interest rates on Monday.")).isEqualTo(EventType.MARKET_MOVE);
        assertThat(type("The group agreed to sell its chemicals arm on Monday.")).isEqualTo(EventType.ACQUISITION);
        assertThat(type("The new handset hit the shelves on Monday.")).isEqualTo(EventType.PRODUCT_RELEASE);
        assertThat(type("The government bailed out the lender on Monday.")).isEqualTo(EventType.AID);
        assertThat(type("The capsule made its re-entry on Monday.")).isEqualTo(EventType.LANDING);
        assertThat(type("Seismologists recorded an underground explosion at the test site on Monday."))
                .isEqualTo(EventType.NUCLEAR_TEST);
        assertThat(type("The minister reiterated her support for the plan on Monday.")).isEqualTo(EventType.STATEMENT);
        assertThat(type("The champions thrashed their rivals on Monday.")).isEqualTo(EventType.OTHER);
        assertThat(events("Tanks rolled into the town on Monday.")).extracting(ExtractedEvent::type)
                .doesNotContain(EventType.MARKET_MOVE);
    }

    @Test
    void whatNoOneHasDoneSinceADatedOccasionHappenedThen() {
        assertThat(only("No country has landed a probe there since the Soviet Union in 1976.").modality())
                .isEqualTo(Modality.ASSERTED);
        assertThat(only("The probe did not land in May.").modality()).isEqualTo(Modality.NEGATED);
    }

    @Test
    void becameBeforeAnyOfficeIsAnAppointmentButBecomingTheFirstIsNot() {
        assertThat(type("Ravel Ostrander became finance minister in March 2019.")).isEqualTo(EventType.APPOINTMENT);
        assertThat(type("Ilka Berg became general secretary of the party in November 2012.")).isEqualTo(
                EventType.APPOINTMENT);
        // a first of its kind: the trip is the event
        assertThat(type("Ravel Ostrander flew to Lima in May, becoming the first finance minister to visit the "
                + "country.")).isEqualTo(EventType.VISIT);
    }

    @Test
    void joiningOneSideFromAnotherIsATransfer() {
        assertThat(type("Tomas Verhoef joined Harbour City from Vale Rovers in July 2020.")).isEqualTo(
                EventType.AGREEMENT);
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static dev.dateline.extraction.EventFixture.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Trigger words and the types the taxonomy gives them; sentences written for this test. */
class TriggerClassesTest {

    @Test
    void missilesThatStrikeMakeAnAttackNotAnAirStrike() {
        assertThat(type("The frigate was struck by two coastal missiles on Tuesday off the northern cape."))
                .isEqualTo(EventType.ATTACK);
        assertThat(type("Drones struck a fuel depot near the port on Tuesday.")).isEqualTo(EventType.AIR_STRIKE);
        assertThat(type("A container ship struck the harbour wall on Tuesday.")).isEqualTo(EventType.ACCIDENT);
        assertThat(type("Gunmen and suicide bombers struck a stadium on Tuesday.")).isEqualTo(EventType.ATTACK);
    }

    @Test
    void theLeadersOfTwoCountriesHoldASummit() {
        assertThat(type("The leaders of Chile and Peru met in Lima on Tuesday.")).isEqualTo(EventType.SUMMIT);
        assertThat(type("Leaders of the G7 meet in Rome on Tuesday.")).isEqualTo(EventType.SUMMIT);
        assertThat(type("The leaders of the Green Party met in Lima on Tuesday.")).isEqualTo(EventType.MEETING);
    }

    @Test
    void whatWasDoneWithoutIsNoEvent() {
        assertThat(type("The rebels seized the airport on Tuesday without meeting any resistance."))
                .isEqualTo(EventType.ATTACK);
        assertThat(events("The delegations left Geneva on Tuesday without signing the accord."))
                .extracting(ExtractedEvent::type).doesNotContain(EventType.AGREEMENT);
    }

    @Test
    void whatSomethingIsCalledIsAStatementNotAPhoneCall() {
        assertThat(type("In a radio address on Tuesday, the president called the verdict a farce."))
                .isEqualTo(EventType.STATEMENT);
        assertThat(type("The minister called it a betrayal on Tuesday.")).isEqualTo(EventType.STATEMENT);
        assertThat(type("The chancellor called the president on Tuesday.")).isEqualTo(EventType.CALL);
        assertThat(type("The premier called Elena Varga on Tuesday.")).isEqualTo(EventType.CALL);
    }

    @Test
    void telephoningIsACallAndWritingOnSocialMediaAStatement() {
        assertThat(type("The premier telephoned Elena Varga on Tuesday to thank her.")).isEqualTo(EventType.CALL);
        assertThat(type("The senator wrote on Facebook on Tuesday that the bill was dead."))
                .isEqualTo(EventType.STATEMENT);
        assertThat(events("She wrote on the back of an envelope on Tuesday.")).isEmpty();
    }

    @Test
    void officesAreTakenAndLostInManyWords() {
        assertThat(type("The king succeeded his father in 1999.")).isEqualTo(EventType.APPOINTMENT);
        assertThat(events("The team succeeded in 1999 where others had failed.")).isEmpty();
        assertThat(type("The bank fired her in January.")).isEqualTo(EventType.RESIGNATION);
        assertThat(type("The investor joined the company's board in January.")).isEqualTo(EventType.APPOINTMENT);
        assertThat(type("The judge swore in the new governor on Tuesday.")).isEqualTo(EventType.APPOINTMENT);
        assertThat(type("Street protests drove the president from power in May 2019."))
                .isEqualTo(EventType.RESIGNATION);
    }

    @Test
    void forcesThatSweepIntoACityAttackIt() {
        assertThat(type("Rebel fighters swept into the provincial capital on Tuesday.")).isEqualTo(EventType.ATTACK);
        assertThat(type("Thousands of protesters marched into the main square on Tuesday."))
                .isEqualTo(EventType.PROTEST);
        assertThat(events("Shoppers poured into the new mall on Tuesday.")).isEmpty();
    }

    @Test
    void handingOneselfOverIsASurrender() {
        assertThat(type("The former mayor handed himself over to the police on Tuesday.")).isEqualTo(EventType.ARREST);
    }

    @Test
    void filingACaseIsALawsuit() {
        assertThat(type("The fishermen's union filed the case in March 2021.")).isEqualTo(EventType.VERDICT);
        assertThat(type("The regulator brought a case against the bank in March 2021.")).isEqualTo(EventType.VERDICT);
    }

    @Test
    void aPrizeAwardedIsAnnounced() {
        assertThat(type("The novelist Maria Olsen was awarded the Nobel Prize in Literature on Tuesday."))
                .isEqualTo(EventType.STATEMENT);
        assertThat(type("The ministry awarded a $2bn contract to Harbour Foods on Tuesday."))
                .isEqualTo(EventType.AGREEMENT);
    }

    @Test
    void aCeremonyIsAnOtherEventUnlessItWelcomesAVisitor() {
        assertThat(type("The laureate will receive the medal at a ceremony in Vienna on June 5."))
                .isEqualTo(EventType.OTHER);
        assertThat(events("On Tuesday the guests lined the road for a welcoming ceremony at the palace.")).isEmpty();
    }

    @Test
    void comingDownOnTheMoonIsALanding() {
        assertThat(type("India made its first soft landing on the Moon when Chandra-9 came down near the pole in "
                + "August 2021.")).isEqualTo(EventType.LANDING);
        assertThat(type("The airliner came down in a field in August 2021.")).isEqualTo(EventType.CRASH);
    }

    @Test
    void withdrawingFromATournamentIsAnOtherEvent() {
        assertThat(type("The champion withdrew from the Madrid Open in May 2021 with a wrist injury."))
                .isEqualTo(EventType.OTHER);
        assertThat(type("The government withdrew from the fisheries pact in May 2021."))
                .isEqualTo(EventType.AGREEMENT);
    }

    @Test
    void aRateNamedByItsKindMovesTheMarket() {
        assertThat(type("The central bank cut its deposit rate to 1 percent on Tuesday."))
                .isEqualTo(EventType.MARKET_MOVE);
        assertThat(type("The Reserve Bank raised its benchmark interest rate on Tuesday."))
                .isEqualTo(EventType.MARKET_MOVE);
    }

    @Test
    void presentingATheoryOrImagesPublishesThem() {
        assertThat(type("The theory of plate drift, which Alfred Wegener presented in 1912, was long ignored."))
                .isEqualTo(EventType.REPORT);
        assertThat(type("The agency presented the first images of the comet on Tuesday.")).isEqualTo(EventType.REPORT);
        assertThat(type("The minister presented the budget on Tuesday.")).isEqualTo(EventType.STATEMENT);
    }

    @Test
    void droppingABombIsAnAirStrike() {
        assertThat(type("The air force dropped a heavy bomb on the tunnel network on Tuesday."))
                .isEqualTo(EventType.AIR_STRIKE);
        assertThat(type("Shares in the airline dropped 8 percent on Tuesday.")).isEqualTo(EventType.MARKET_MOVE);
    }

    @Test
    void takingControlOfAPlaceIsSeizingTerritory() {
        assertThat(type("Coast guard ships took control of Pebble Reef in 2015.")).isEqualTo(EventType.ATTACK);
        assertThat(type("Rebel fighters took control of the airport in 2015.")).isEqualTo(EventType.ATTACK);
        assertThat(type("Harbour Foods took control of its rival in 2015.")).isEqualTo(EventType.ACQUISITION);
    }

    @Test
    void theCollapseOfACompanyIsAFailureNotAnAccident() {
        assertThat(type("The collapse of Harbour Savings Bank in March 2009 shook the region."))
                .isEqualTo(EventType.MARKET_MOVE);
        assertThat(type("The collapse of the Vennor Bridge in March 2009 killed four people."))
                .isEqualTo(EventType.ACCIDENT);
    }

    @Test
    void flyingBackToACityIsTravel() {
        assertThat(type("The cardinal will fly back to Lisbon on Monday.")).isEqualTo(EventType.VISIT);
    }

    @Test
    void beingDueInAPlaceIsAVisit() {
        assertThat(type("On Saturday the pope is due in Lisbon.")).isEqualTo(EventType.VISIT);
        assertThat(events("The next payment is due in June.")).isEmpty();
    }

    @Test
    void aMeetingNamedByABlocOfStatesIsItsLeadersSummit() {
        assertThat(type("The two presidents first spoke at a G20 gathering in Osaka in June 2019."))
                .isEqualTo(EventType.SUMMIT);
        assertThat(type("The G20 finance ministers' meeting in Osaka in June 2019 ended early."))
                .isEqualTo(EventType.MEETING);
        assertThat(type("Chile and Peru hosted two rounds of talks in June 2019.")).isEqualTo(EventType.MEETING);
    }

    @Test
    void aTheftIsADatedOtherEvent() {
        assertThat(type("Burglars broke into the city museum on Tuesday night.")).isEqualTo(EventType.OTHER);
        assertThat(type("The painting was stolen in May 1990 from a gallery in Boston.")).isEqualTo(EventType.OTHER);
        assertThat(events("The band broke into the charts in May 1990.")).isEmpty();
    }

    @Test
    void catchingUpIsNoLanding() {
        assertThat(events("The probe caught up with the asteroid in May 2019.")).extracting(ExtractedEvent::type)
                .doesNotContain(EventType.LANDING);
        assertThat(type("The tower arms caught the booster on Tuesday.")).isEqualTo(EventType.LANDING);
    }

    @Test
    void aVoteOnAResolutionEndorsingADealIsAResolution() {
        assertThat(type("The council will vote on a resolution welcoming the truce on Monday."))
                .isEqualTo(EventType.RESOLUTION);
        assertThat(type("Parliament passed a law banning the sale of fireworks on Monday."))
                .isEqualTo(EventType.RESOLUTION);
    }

    @Test
    void anInfinitiveOfPurposeIsNoEventOfItsOwn() {
        assertThat(type("The navy sent two frigates to rescue the crew on Tuesday.")).isEqualTo(EventType.DEPLOYMENT);
        assertThat(type("The premier visited the border town on Tuesday to meet volunteers."))
                .isEqualTo(EventType.VISIT);
        assertThat(events("The premier flew to Lima to meet Elena Varga on Tuesday.")).extracting(ExtractedEvent::type)
                .containsAnyOf(EventType.MEETING, EventType.SUMMIT);
    }

    @Test
    void fireAsANounIsABlaze() {
        assertThat(type("The Harlow Court fire in May 2012 killed three tenants.")).isEqualTo(EventType.ACCIDENT);
        assertThat(type("The forest fire in May 2012 burned 2,000 hectares.")).isEqualTo(EventType.DISASTER);
        assertThat(type("The battery fired two shells in May 2012.")).isEqualTo(EventType.MISSILE_LAUNCH);
    }

    @Test
    void completingTheDealOfATakeoverIsTheAcquisition() {
        List<ExtractedEvent> events = events("Harbour Foods agreed to buy Nordic Dairy last week. The two companies "
                + "expect to complete the deal in the third quarter.");
        assertThat(events).extracting(ExtractedEvent::type).containsOnly(EventType.ACQUISITION);
        assertThat(events("The two governments expect to complete the deal in the third quarter."))
                .extracting(ExtractedEvent::type).containsOnly(EventType.AGREEMENT);
    }

    @Test
    void aReportingClauseAfterARelativeClauseReadsTheWholeSentence() {
        assertThat(type("March was the wettest month since records began and the first in which the river rose above "
                + "its banks twice, the national weather office said on Tuesday.")).isEqualTo(EventType.REPORT);
    }

    @Test
    void droppingALanderIsALanding() {
        assertThat(type("Two months later the orbiter dropped a small lander onto the ice.")).isEqualTo(EventType.LANDING);
    }

    @Test
    void goingIntoOrbitAroundAnotherWorldIsNoLaunch() {
        assertThat(type("India's Mangala probe went into orbit around Mars on September 24, 2014."))
                .isEqualTo(EventType.OTHER);
        assertThat(type("The weather satellite went into orbit on September 24, 2014."))
                .isEqualTo(EventType.SATELLITE_LAUNCH);
    }

    @Test
    void aNamedCampaignLaunchedIsALaunch() {
        assertThat(type("The health ministry launched the Clean Hands Everywhere campaign in 2005."))
                .isEqualTo(EventType.LAUNCH);
        assertThat(events("The senator launched a campaign against the tax in 2005.")).extracting(ExtractedEvent::type)
                .doesNotContain(EventType.LAUNCH);
    }

    @Test
    void whatEruptsIsTypedByItsSubject() {
        assertThat(type("The volcano erupted on Tuesday, sending ash over the islands.")).isEqualTo(EventType.DISASTER);
        assertThat(type("Protests erupted in the capital on Tuesday.")).isEqualTo(EventType.PROTEST);
        assertThat(events("The scandal erupted on Tuesday.")).extracting(ExtractedEvent::type)
                .doesNotContain(EventType.DISASTER);
    }

    @Test
    void aSexualEncounterIsNoMeeting() {
        assertThat(events("The lawsuit described sexual encounters in 1998 and 1999.")).extracting(ExtractedEvent::type)
                .doesNotContain(EventType.MEETING);
    }

    @Test
    void ordersOpeningAndAPhoneReachingShopsReleaseIt() {
        assertThat(type("Orders open on June 2 for the new tablet.")).isEqualTo(EventType.PRODUCT_RELEASE);
        assertThat(type("The console reaches shops on June 9.")).isEqualTo(EventType.PRODUCT_RELEASE);
        assertThat(type("The general ordered an inquiry on June 2.")).isEqualTo(EventType.STATEMENT);
    }

    @Test
    void whatAReportSaysIsItsFinding() {
        assertThat(type("A second study in March 2019 said the river was polluted.")).isEqualTo(EventType.REPORT);
        assertThat(type("The audit said on Tuesday that the ledger had been altered.")).isEqualTo(EventType.REPORT);
        assertThat(type("The minister said on Tuesday that the ledger had been altered."))
                .isEqualTo(EventType.STATEMENT);
    }

    @Test
    void jailedOnChargesIsADetentionAndJailedForYearsASentence() {
        assertThat(type("The mayor was jailed in May 2019 on fraud charges.")).isEqualTo(EventType.ARREST);
        assertThat(type("The mayor was jailed for six years in May 2019.")).isEqualTo(EventType.VERDICT);
    }

    @Test
    void knockingOutComputersOrPowerIsAnAttack() {
        assertThat(type("A cyber raid that knocked out computers at the port on Friday was traced abroad."))
                .isEqualTo(EventType.ATTACK);
        assertThat(type("The champion knocked out the favourite on Friday.")).isEqualTo(EventType.OTHER);
    }

    @Test
    void aSoftwareUpdateIsAProductRelease() {
        assertThat(type("The flaw was closed by a security update in March 2019.")).isEqualTo(EventType.PRODUCT_RELEASE);
    }

    @Test
    void beginningToDeliverOrToStreamLaunchesAService() {
        assertThat(type("The grocer began delivering meals to homes in Leeds in 2009."))
                .isEqualTo(EventType.PRODUCT_RELEASE);
    }

    @Test
    void facingOrTestifyingBeforeLawmakersIsAMeeting() {
        assertThat(type("The chief executive will face members of the Senate banking committee on Monday."))
                .isEqualTo(EventType.MEETING);
        assertThat(type("The regulator testified before the finance committee on Tuesday."))
                .isEqualTo(EventType.MEETING);
    }

    @Test
    void instrumentsThatPickUpASignalDetectSomething() {
        assertThat(type("The radio telescopes picked up a faint signal in March 2019.")).isEqualTo(EventType.OTHER);
        assertThat(events("The courier picked up the parcel in March 2019.")).isEmpty();
    }

    @Test
    void aTermLimitIsNoBan() {
        assertThat(type("The president, who won the presidency in 2019 and is barred from seeking a second term, spoke."))
                .isEqualTo(EventType.ELECTION);
        assertThat(type("The federation banned the sprinter from competing in May 2019."))
                .isEqualTo(EventType.SANCTIONS);
    }

    @Test
    void theEndOfAMissionIsNoLaunch() {
        assertThat(events("The orbiter ended its nine-year mission on Tuesday.")).extracting(ExtractedEvent::type)
                .doesNotContain(EventType.LAUNCH, EventType.SATELLITE_LAUNCH);
        assertThat(type("The agency launched the probe's mission on Tuesday.")).isIn(EventType.LAUNCH,
                EventType.SATELLITE_LAUNCH);
    }

    @Test
    void aDateInWhatIsSaidWithAVerbOfItsOwnDoesNotDateTheSaying() {
        assertThat(events("Forecasters warned that the rains would be heavier next week."))
                .extracting(ExtractedEvent::type).doesNotContain(EventType.STATEMENT);
        assertThat(events("Engineers said a second outage could follow tomorrow."))
                .extracting(ExtractedEvent::type).doesNotContain(EventType.STATEMENT);
        assertThat(events("Deliveries will slip into the final quarter of the year, brokers said."))
                .extracting(ExtractedEvent::type).doesNotContain(EventType.STATEMENT);
        // the saying dated on its own, or what is said with no verb of its own, keeps its date
        assertThat(type("The ministry said on Tuesday that the rains would be heavier.")).isEqualTo(EventType.STATEMENT);
        assertThat(type("The island was declared free of the disease in 1998.")).isEqualTo(EventType.STATEMENT);
    }

    @Test
    void aDateInsideANameNamesTheThingNotAnEvent() {
        assertThat(events("Both parties endorsed the so-called 2009 Accord, under which tariffs are frozen."))
                .isEmpty();
        assertThat(events("The rower won three medals at the 2012 Games and retired soon after.")).isEmpty();
        // a common noun heading the phrase is the event the date dates
        assertThat(type("The two ministers signed the 2009 Lisbon accord on behalf of their governments."))
                .isEqualTo(EventType.AGREEMENT);
    }
}

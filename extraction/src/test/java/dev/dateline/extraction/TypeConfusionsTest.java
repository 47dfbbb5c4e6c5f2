package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static dev.dateline.extraction.EventFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Types confused by the engine on dev6 (round 12); sentences written for this test. */
class TypeConfusionsTest {

    @Test
    void sayingOnesOwnDepartureInOtherWordsIsAnAnnouncedResignation() {
        assertThat(types("The finance director said on Monday that she would retire in the spring."))
                .containsExactly(EventType.RESIGNATION);
        assertThat(types("The bank's chairman announced in May that he would step aside."))
                .containsExactly(EventType.RESIGNATION);
        assertThat(types("The party leader said on Friday that he would leave."))
                .containsExactly(EventType.RESIGNATION);
        assertThat(types("The coach said on Friday that he would stand down after the final."))
                .containsExactly(EventType.RESIGNATION);
        // telling others to leave is no resignation
        assertThat(types("The mayor ordered residents to leave on Tuesday.")).doesNotContain(EventType.RESIGNATION);
        assertThat(types("The minister said on Friday that the ship would leave port.")).doesNotContain(EventType.RESIGNATION);
    }

    @Test
    void aRocketLaunchWithAnUncrewedPayloadNamedIsASatelliteLaunch() {
        assertThat(types("The weather probe reached its orbit after an Ariane rocket launched it from Kourou on Monday."))
                .containsExactly(EventType.SATELLITE_LAUNCH);
        assertThat(types("A Chinese rocket lifted off on Monday carrying a new navigation satellite."))
                .containsExactly(EventType.SATELLITE_LAUNCH);
        // a crewed flight stays a launch, and so does a payload named in another speaker's clause
        assertThat(types("A Chinese rocket lifted off on Monday carrying three astronauts and a small satellite."))
                .containsExactly(EventType.LAUNCH);
        assertThat(types("The agency ordered a rover from the company, and its chief said he would launch the new "
                + "rocket in 2027.")).containsExactly(EventType.LAUNCH);
    }

    @Test
    void tearingUpOrSuspendingAContractOrATruceIsAnAgreement() {
        assertThat(types("The navy tore up a contract for new frigates in May 2019."))
                .containsExactly(EventType.AGREEMENT);
        assertThat(types("The rebels suspended the truce on Sunday.")).containsExactly(EventType.AGREEMENT);
        assertThat(types("The two countries abandoned their defence partnership in 2015."))
                .containsExactly(EventType.AGREEMENT);
        // cancelled trades are no agreement
        assertThat(types("The exchange suspended trading on Monday and cancelled deals worth $3bn."))
                .doesNotContain(EventType.AGREEMENT);
    }

    @Test
    void withdrawingOrCallingHomeAnAmbassadorIsADiplomaticBreakNotAStatement() {
        assertThat(types("In May 2016 the three governments withdrew their ambassadors from the capital."))
                .containsExactly(EventType.OTHER);
        assertThat(types("Argentina called its ambassador home for consultations on Tuesday."))
                .containsExactly(EventType.OTHER);
        // withdrawing troops or calling an election is something else
        assertThat(types("In May 2016 the government withdrew its troops from the border."))
                .doesNotContain(EventType.OTHER);
        // an ambassador who telephones someone makes a call
        assertThat(types("The ambassador called the foreign minister on Tuesday."))
                .containsExactly(EventType.CALL);
    }

    @Test
    void aFineImposedByARegulatorIsItsDecisionNotAVerdict() {
        assertThat(types("The competition authority fined the airline €40m on Tuesday for fixing fares."))
                .containsExactly(EventType.STATEMENT);
        // a court's fine, or a fine with no one named to impose it, stays a verdict
        assertThat(types("The high court fined the airline €40m on Tuesday for fixing fares."))
                .containsExactly(EventType.VERDICT);
        assertThat(types("The airline was fined €40m on Tuesday for fixing fares."))
                .containsExactly(EventType.VERDICT);
    }

    @Test
    void troopsOrArmourArrivingOrLandingSomewhereAreADeployment() {
        assertThat(types("The first French paratroopers landed in Niamey on Sunday."))
                .containsExactly(EventType.DEPLOYMENT);
        assertThat(types("Tanks and troops arrived in the border town on Sunday."))
                .containsExactly(EventType.DEPLOYMENT);
        // a leader's arrival stays a visit, and visiting troops is no deployment
        assertThat(types("The president arrived in Niamey on Sunday.")).containsExactly(EventType.VISIT);
        assertThat(types("The president visited the troops in Niamey on Sunday.")).containsExactly(EventType.VISIT);
    }

    @Test
    void whatALegislatureRejectsApprovesOrDemandsIsAResolution() {
        assertThat(types("The senate rejected the pension reform on Tuesday.")).containsExactly(EventType.RESOLUTION);
        assertThat(types("The budget was rejected by the national assembly on Tuesday by 40 votes."))
                .contains(EventType.RESOLUTION);
        // a minister's or a company's rejection stays a statement
        assertThat(types("The minister rejected the pension reform on Tuesday.")).containsExactly(EventType.STATEMENT);
    }

    @Test
    void anEmergencyDeclarationThatReleasesMoneyIsAid() {
        assertThat(types("The president approved a major disaster declaration for Oregon on Sunday."))
                .containsExactly(EventType.AID);
        assertThat(types("The cabinet declared a state of emergency in three provinces on Friday, freeing 12 million "
                + "euros for shelters.")).containsExactly(EventType.AID);
        // a state of emergency declared alone, or another declaration approved, stays a statement
        assertThat(types("The governor declared a state of emergency in the county on Friday."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The ministers approved a joint declaration on Friday.")).doesNotContain(EventType.AID);
    }

    @Test
    void whatRidesARocketIsItsPayload() {
        assertThat(types("Kestrel was launched from French Guiana on a Vega rocket on March 3, 2019."))
                .containsExactly(EventType.SATELLITE_LAUNCH);
        assertThat(types("Meridian lifted off from Baikonur aboard a Proton rocket on June 9, 2012."))
                .containsExactly(EventType.SATELLITE_LAUNCH);
        // a crew on a rocket, or the rocket itself, stays a launch
        assertThat(types("Three astronauts lifted off aboard a Long March rocket on June 9, 2012."))
                .containsExactly(EventType.LAUNCH);
        assertThat(types("The new rocket lifted off from Florida on June 9, 2012.")).containsExactly(EventType.LAUNCH);
    }

    @Test
    void theDealOfATakeoverStoryIsTheTakeover() {
        String story = "Norland Foods agreed to acquire Baxby Dairies for $4bn, the latest takeover in the industry. ";
        assertThat(types(story + "The firms expect the deal to close in March 2027."))
                .contains(EventType.ACQUISITION).doesNotContain(EventType.AGREEMENT);
        assertThat(types(story + "Norland first announced the deal in June 2025."))
                .contains(EventType.ACQUISITION).doesNotContain(EventType.AGREEMENT);
        // with no takeover in the story, a deal stays an agreement
        assertThat(types("The two countries first announced the deal in June 2025."))
                .containsExactly(EventType.AGREEMENT);
    }

    @Test
    void severingOrBreakingOffTiesIsADiplomaticBreak() {
        assertThat(types("Ruritania severed diplomatic and trade links with Borduria on March 3, 2011."))
                .containsExactly(EventType.OTHER);
        assertThat(types("Ruritania cut ties with Borduria on March 3, 2011.")).containsExactly(EventType.OTHER);
        assertThat(types("The president announced on Friday that Ruritania was breaking off diplomatic relations "
                + "with Borduria.")).containsExactly(EventType.OTHER);
        // restoring them is an agreement
        assertThat(types("Ruritania restored diplomatic relations with Borduria on March 3, 2011."))
                .containsExactly(EventType.AGREEMENT);
    }

    @Test
    void speakingToSomeoneByTelephoneOrAConferenceCallIsACall() {
        assertThat(types("The premier said she had spoken to the Dutch prime minister by telephone on Sunday."))
                .containsExactly(EventType.CALL);
        assertThat(types("The bank's chief will take questions from analysts on a conference call on Thursday."))
                .containsExactly(EventType.CALL);
        // a spokesman reached by telephone only makes a statement
        assertThat(types("A spokesman for the ministry said by telephone on Monday that the border was open."))
                .containsExactly(EventType.STATEMENT);
    }

    @Test
    void aDebutOnAnExchangeIsAMarketMoveAndARunnersDebutIsASportsEvent() {
        assertThat(types("Investors still recall the chipmaker's debut on the Nasdaq in March 2014."))
                .containsExactly(EventType.MARKET_MOVE);
        assertThat(types("She made her marathon debut in Berlin in September 2019."))
                .containsExactly(EventType.OTHER);
        // a product's debut stays a release
        assertThat(types("The headset made its debut in shops in March 2014."))
                .containsExactly(EventType.PRODUCT_RELEASE);
    }

    @Test
    void aLeaderWhoHadFlownToAPlaceOrFlewBackVisitsIt() {
        assertThat(types("The health minister had flown to Goma on March 4, 2019 to see the clinics."))
                .containsExactly(EventType.VISIT);
        assertThat(types("The president, who cut short a trip to Spain, flew back on Sunday."))
                .containsExactly(EventType.VISIT);
        // someone who had flown to the edge of space on a rocket made a crewed flight
        assertThat(types("The investor, who had flown to the edge of space on a Blue Origin rocket in June 2022, "
                + "bought the team.")).containsExactly(EventType.LAUNCH);
    }

    @Test
    void flyingInDosesOrNursesAndStartingToDeliverWaterOrTentsIsAid() {
        assertThat(types("Australia flew a team of medics and 5,000 doses of vaccine to Suva on March 2, 2020."))
                .containsExactly(EventType.AID);
        assertThat(types("Red Cross teams began delivering tents and drinking water to the valley on Monday."))
                .containsExactly(EventType.AID);
        // a grocer that starts delivering food sells it
        assertThat(types("The retailer began delivering fresh food to homes in Leeds in 2009."))
                .doesNotContain(EventType.AID);
    }

    @Test
    void aSuspensionThatPunishesAPersonIsASentenceOrASanction() {
        assertThat(types("The former mayor received an 18-month suspended sentence in May 2015."))
                .containsExactly(EventType.VERDICT);
        assertThat(types("The federation suspended her from all competition on June 3, 2021."))
                .containsExactly(EventType.SANCTIONS);
        // suspending a president from office removes him
        assertThat(types("Parliament voted on Friday to impeach the president, suspending him from office."))
                .doesNotContain(EventType.SANCTIONS);
    }

    @Test
    void aStrikeByMachinistsOrDockersIsAProtest() {
        assertThat(types("The previous machinists' strike at the plant, in 2011, lasted three weeks."))
                .containsExactly(EventType.PROTEST);
        assertThat(types("The last UAW strike, against Ford in 1976, lasted a month."))
                .containsExactly(EventType.PROTEST);
        // a strike by warplanes stays an air strike
        assertThat(types("The strike by warplanes on the depot in 2011 destroyed it."))
                .containsExactly(EventType.AIR_STRIKE);
    }

    @Test
    void aMudslideThatStrikesOrAStormThatKnocksOutPowerIsTheDisaster() {
        assertThat(types("Mudslides struck three villages above the river early on May 2, 2018."))
                .containsExactly(EventType.DISASTER);
        assertThat(types("The storm knocked out power to 200,000 homes on May 2, 2018."))
                .containsExactly(EventType.DISASTER);
        // hackers who knock out a grid attack it
        assertThat(types("Hackers knocked out power to 200,000 homes on May 2, 2018."))
                .containsExactly(EventType.ATTACK);
    }

    @Test
    void blockingRoadsOrRailwaysIsAProtest() {
        assertThat(types("Thousands of farmers blocked motorways and roundabouts around the capital on Monday."))
                .containsExactly(EventType.PROTEST);
        // blocking a bill or a takeover is no protest
        assertThat(types("The senators blocked the bill on Monday.")).doesNotContain(EventType.PROTEST);
    }

    @Test
    void signingAnExecutiveOrderAProclamationOrALawIsAStatement() {
        assertThat(types("The president signed an executive order on Tuesday requiring banks to report hacks."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The governor signed a disaster proclamation on Tuesday.")).containsExactly(EventType.STATEMENT);
        assertThat(types("Parliament passed the bill in May and the king signed it into law in June."))
                .contains(EventType.STATEMENT).doesNotContain(EventType.AGREEMENT);
        // signing a treaty stays an agreement, whoever is its chief executive
        assertThat(types("The firm's chief executive signed a supply contract on Tuesday."))
                .containsExactly(EventType.AGREEMENT);
    }

    @Test
    void aCountryThatWasAdmittedJoinedTheBloc() {
        assertThat(types("Croatia was admitted to the European Union in July 2013."))
                .containsExactly(EventType.AGREEMENT);
        // a patient admitted to hospital joins nothing, and a company that admitted something said it
        assertThat(types("The singer was admitted to hospital in July 2013.")).doesNotContain(EventType.AGREEMENT);
        assertThat(types("The carmaker admitted in July 2013 that its tests were rigged."))
                .containsExactly(EventType.STATEMENT);
    }

    @Test
    void agreeingToCloseAirspaceOrToCutBanksFromSwiftIsASanction() {
        assertThat(types("The ministers agreed on Monday to close their airspace to Ruritanian airlines."))
                .containsExactly(EventType.SANCTIONS);
        assertThat(types("The allies agreed on Monday to cut three Ruritanian banks off from SWIFT."))
                .containsExactly(EventType.SANCTIONS);
        // agreeing on a ceasefire stays an agreement
        assertThat(types("The two sides agreed on Monday to a ceasefire.")).containsExactly(EventType.AGREEMENT);
    }

    @Test
    void grantingApprovalALicenceOrAsylumIsAStatementNotAid() {
        assertThat(types("The regulator moved to grant full approval to the new malaria vaccine on Monday."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The president ordered the ministry on Monday to grant drilling licences in the delta."))
                .containsExactly(EventType.STATEMENT);
        // a grant of money stays aid
        assertThat(types("The union pledged a grant of 20 million euros to the flood victims on Monday."))
                .containsExactly(EventType.AID);
    }

    @Test
    void agreeingToStepDownOrToMeetIsThatEvent() {
        assertThat(types("The founder agreed yesterday to step down as chairman of the carmaker."))
                .containsExactly(EventType.RESIGNATION);
        assertThat(types("The negotiators agreed on Tuesday to meet again in Geneva.")).containsExactly(EventType.MEETING);
        // agreeing to a truce, or to sign one, stays an agreement
        assertThat(types("The rebels agreed on Tuesday to sign a truce.")).containsExactly(EventType.AGREEMENT);
    }

    @Test
    void aProtestOrMeetingCalledForAWeekdayIsThatGatheringAhead() {
        // the day named after the gathering that is called for is the gathering's, after the call
        List<ExtractedEvent> strike = events("The union has called for another day of strikes in the capital on "
                + "Saturday.");
        assertThat(strike).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.PROTEST);
            assertThat(e.date().value()).isEqualTo("2024-03-16");
        });
        List<ExtractedEvent> talks = events("The premier summoned the opposition leaders to a meeting on Monday.");
        assertThat(talks).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.MEETING);
            assertThat(e.date().value()).isEqualTo("2024-03-18");
        });
        // a call for calm on a weekday is a statement made that day
        assertThat(events("The mayor called for calm on Monday.")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.STATEMENT);
            assertThat(e.date().value()).isEqualTo("2024-03-11");
        });
    }

    @Test
    void toAddressTheNationOrParliamentIsAStatement() {
        assertThat(events("The president is to address the nation tomorrow.")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.STATEMENT);
            assertThat(e.date().value()).isEqualTo("2024-03-15");
        });
        assertThat(types("The premier is expected to address parliament tomorrow.")).containsExactly(EventType.STATEMENT);
    }

    @Test
    void tellingAMeetingOrSummoningPeopleToOneIsTheMeeting() {
        assertThat(types("The chancellor told an emergency session of her cabinet on Monday that the plant would close."))
                .containsExactly(EventType.MEETING);
        assertThat(types("On Tuesday the mayor was summoned with his deputies to a meeting with the regional governor."))
                .containsExactly(EventType.MEETING);
        // telling reporters, or summoning an ambassador, stays a statement
        assertThat(types("The chancellor told reporters on Monday that the plant would close."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The ministry summoned the Ruritanian ambassador on Tuesday.")).containsExactly(EventType.STATEMENT);
    }

    @Test
    void theTwoMenOrTheLeadersMeetingIsASummitWhenTheArticleNamedTwoLeaders() {
        String lead = "Emmanuel Macron and Olaf Scholz will dine together in Paris tonight. ";
        assertThat(types(lead + "The two men last met in Berlin in January.")).contains(EventType.SUMMIT)
                .doesNotContain(EventType.MEETING);
        assertThat(types(lead + "It will be the leaders' fourth meeting this year, after talks in Berlin in January."))
                .contains(EventType.SUMMIT).doesNotContain(EventType.MEETING);
        // two men who lead no state meet
        assertThat(types("Two bankers, Tom Fielding and Ravi Mehta, dined together. The two men last met in Berlin in January."))
                .contains(EventType.MEETING).doesNotContain(EventType.SUMMIT);
    }

    @Test
    void aVoteToExpelOrRemoveSomeoneIsARemovalFromOffice() {
        assertThat(types("The assembly voted to expel the deputy in March 2019.")).containsExactly(EventType.RESIGNATION);
        assertThat(types("The governor faced a vote to remove her from office on Monday."))
                .containsExactly(EventType.RESIGNATION);
        // expelling diplomats stays a statement, and a vote on a budget stays a resolution
        assertThat(types("The ministry expelled two Ruritanian diplomats in March 2019."))
                .containsExactly(EventType.STATEMENT);
        assertThat(types("The assembly voted on the budget on Monday.")).containsExactly(EventType.RESOLUTION);
    }

    @Test
    void aVoteToAcceptAContractOrToRecogniseAStateIsThatDecisionNotAnElection() {
        assertThat(types("The dockers voted on Sunday to accept a new three-year contract."))
                .containsExactly(EventType.AGREEMENT);
        assertThat(types("The cabinet voted on Sunday to recognise the breakaway republic."))
                .containsExactly(EventType.STATEMENT);
        // a vote for a president stays an election
        assertThat(types("The islanders voted on Sunday in a presidential election.")).containsExactly(EventType.ELECTION);
    }

    @Test
    void deathsAndClashesInProtestsOrLootingAreTheUnrest() {
        assertThat(types("Four people were killed in clashes during demonstrations in the capital on Tuesday."))
                .containsExactly(EventType.PROTEST);
        assertThat(types("Rioting and clashes broke out across the port city on Tuesday night."))
                .containsExactly(EventType.PROTEST);
        // people killed in clashes between armies, and an attack with no unrest, stay attacks
        assertThat(types("Four soldiers were killed in clashes with rebels on Tuesday.")).containsExactly(EventType.ATTACK);
        assertThat(types("Gunmen attacked a police post near the border on Tuesday.")).containsExactly(EventType.ATTACK);
    }

    @Test
    void aFuneralIsADatedEventOfItsOwn() {
        assertThat(types("A state funeral for the former mayor will be held in the cathedral on Friday."))
                .containsExactly(EventType.OTHER);
        assertThat(types("A memorial service for the crew is planned for Friday in the harbour town."))
                .containsExactly(EventType.OTHER);
        // unrest that broke out at a funeral is the unrest
        assertThat(types("The riots began at the student's funeral on Friday.")).doesNotContain(EventType.OTHER);
    }

    @Test
    void whatTheSecurityCouncilDemandsApprovesOrDeclaresIsAResolution() {
        assertThat(types("The UN Security Council demanded yesterday that both armies withdraw from the border town."))
                .containsExactly(EventType.RESOLUTION);
        assertThat(types("The peacekeeping force, which the Security Council approved in June, has yet to deploy."))
                .contains(EventType.RESOLUTION).doesNotContain(EventType.STATEMENT);
        assertThat(types("The Security Council declared the annexation void in March 1990."))
                .containsExactly(EventType.RESOLUTION);
        // a minister's demand is still a statement
        assertThat(types("The foreign minister demanded yesterday that both armies withdraw from the border town."))
                .containsExactly(EventType.STATEMENT);
    }
}

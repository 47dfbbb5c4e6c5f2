package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static dev.dateline.extraction.EventFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the event reader attaches dates, picks participants and types events; sentences written for this test. */
class EventReadingTest {

    private static final Entity NORTH_KOREA = new Entity("North Korea", EntityKind.COUNTRY);
    private static final Entity UNITED_STATES = new Entity("United States", EntityKind.COUNTRY);
    private static final Entity TRUMP = new Entity("Donald Trump", EntityKind.PERSON);
    private static final Entity KIM = new Entity("Kim Jong-un", EntityKind.PERSON);

    @Test
    void aDateGoesToThePredicateOfItsOwnClause() {
        ExtractedEvent e = only("Mayor Lena Brandt, who promised the referendum in a speech in May 2019, "
                + "is now under pressure to resign.");
        assertThat(e.type()).isEqualTo(EventType.STATEMENT);
        assertThat(e.date().value()).isEqualTo("2019-05");
        assertThat(e.actors()).first().isEqualTo(new Entity("Lena Brandt", EntityKind.PERSON));
    }

    @Test
    void aBareMonthAfterNextYearsIsInThatYear() {
        List<ExtractedEvent> events = events("Next year's summit will be held in Oslo in February.");
        assertThat(events).extracting(e -> e.date().value()).contains("2025-02").doesNotContain("2024-02");
        // a year written out is weighed against the tense by the tagger, not moved here
        assertThat(events("The party won in 2019, and its rally in February drew thousands.")).extracting(
                e -> e.date().value()).doesNotContain("2019-02");
    }

    @Test
    void eachDateOfOneVerbTakesThePlaceWrittenBesideIt() {
        List<ExtractedEvent> events = events("Lena Brandt and Omar Haddad met in Oslo in 2015 and again two years "
                + "later in Lima.");
        assertThat(events).extracting(e -> e.date().value() + " " + (e.location() == null ? "-" : e.location().name()))
                .containsExactly("2015 Oslo", "2017 Lima");
    }

    @Test
    void aNameAfterADateOpeningTheClauseIsItsSubject() {
        ExtractedEvent e = only("In March Acme Robotics acquired Globex Corp. for $2bn.");
        assertThat(e.actors()).extracting(Entity::name).startsWith("Acme Robotics");
    }

    @Test
    void theTwoLeadersAreThePeopleTheArticleNamesMostAndTheirMeetingASummit() {
        List<ExtractedEvent> events = events("Donald Trump signed a statement in Hanoi yesterday. "
                + "Kim Jong-un said the talks were frank. Trump praised Kim. The two leaders first met in "
                + "Singapore in June 2018.");
        assertThat(events).filteredOn(e -> e.date().value().equals("2018-06")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.SUMMIT);
            assertThat(e.actors()).contains(TRUMP, KIM);
        });
    }

    @Test
    void aVerbCoordinatedAfterACommaSharesTheSubjectOfTheMainClause() {
        List<ExtractedEvent> events = events("The Nordic Medicines Agency approved the drug in May 2021 after a "
                + "trial in Ghana and Kenya that began in 2019, and endorsed a second drug in October 2023.");
        assertThat(events).filteredOn(e -> e.date().value().equals("2023-10")).singleElement()
                .satisfies(e -> assertThat(e.actors()).extracting(Entity::name).contains("Nordic Medicines Agency")
                        .doesNotContain("Ghana", "Kenya"));
        // without the comma the verb continues the clause just before
        assertThat(events("Voters backed Lena Brandt, who won the mayoralty in 2016 and was re-elected in 2020."))
                .filteredOn(e -> e.date().value().equals("2020")).singleElement()
                .satisfies(e -> assertThat(e.actors()).extracting(Entity::name).contains("Lena Brandt"));
    }

    @Test
    void aNounOfTheObjectDoesNotTakeTheDateFromItsVerb() {
        ExtractedEvent e = only("The general announced a pause in artillery drills in April 2021.");
        assertThat(e.type()).isEqualTo(EventType.STATEMENT);
    }

    @Test
    void actorsAreTheParticipantsOfTheirClauseNotEveryNameOfTheSentence() {
        List<ExtractedEvent> events = events("Washington first confronted Pyongyang over its weapons in the 1990s, "
                + "and the North detonated its first nuclear device in October 2006, long before Donald Trump "
                + "took office.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.NUCLEAR_TEST);
            assertThat(e.date().value()).isEqualTo("2006-10");
            assertThat(e.actors()).containsExactly(NORTH_KOREA);
        });
    }

    @Test
    void leadersInOfficeBringTheirCountryAndTheirMeetingIsASummit() {
        ExtractedEvent singapore = only("Donald Trump and Kim Jong-un met in Singapore on June 12, 2018.");
        assertThat(singapore.type()).isEqualTo(EventType.SUMMIT);
        assertThat(singapore.actors()).contains(TRUMP, KIM, UNITED_STATES, NORTH_KOREA);
        assertThat(singapore.location()).isEqualTo(new Entity("Singapore", EntityKind.PLACE));

        // out of office: no country
        ExtractedEvent visit = only("Donald Trump visited Scotland in June 2023.");
        assertThat(visit.actors()).contains(TRUMP).doesNotContain(UNITED_STATES);
    }

    @Test
    void aHostCountryIsNotAnActorOfTheSummitItHosts() {
        ExtractedEvent e = events("Workers in Hanoi were painting kerbs as the Vietnamese capital prepared to host "
                + "Donald Trump and Kim Jong-un, who are due to hold their second summit on Wednesday and Thursday.")
                .get(0);
        assertThat(e.type()).isEqualTo(EventType.SUMMIT);
        assertThat(e.actors()).contains(TRUMP, KIM).doesNotContain(new Entity("Vietnam", EntityKind.COUNTRY));
    }

    @Test
    void aTwoDaySummitIsOneEventDatedByItsFirstDay() {
        List<ExtractedEvent> events = events("The two leaders will hold their summit on Monday and Tuesday.");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.date().value()).isEqualTo("2024-03-18"));
    }

    @Test
    void namesLoseTheirTitlesAndAdjectivesBecomePlaces() {
        ExtractedEvent verdict = only("Judge Peter Cahill said on Tuesday that the hearing would resume.");
        assertThat(verdict.actors()).contains(new Entity("Peter Cahill", EntityKind.PERSON));
        ExtractedEvent vote = only("Voters backed Scottish independence in a referendum in September 2014.");
        assertThat(vote.type()).isEqualTo(EventType.ELECTION);
        assertThat(vote.actors()).contains(new Entity("Scotland", EntityKind.PLACE));
        ExtractedEvent storm = only("The storm is expected to make landfall in South Carolina this afternoon.");
        assertThat(storm.location()).isEqualTo(new Entity("South Carolina", EntityKind.PLACE));
        assertThat(storm.modality()).isEqualTo(Modality.PLANNED);
    }

    @Test
    void callsVerdictsAndStatementsAreRead() {
        assertThat(only("The president called the victim's family on Tuesday.").type()).isEqualTo(EventType.CALL);
        assertThat(only("A jury found the driver guilty yesterday of causing the crash.").type())
                .isEqualTo(EventType.VERDICT);
        ExtractedEvent said = only("The ministry said on Monday that talks would continue.");
        assertThat(said.type()).isEqualTo(EventType.STATEMENT);
        assertThat(said.date().value()).isEqualTo("2024-03-11");
    }

    @Test
    void aReportingClauseAddsNoStatementBesideAStrongerEvent() {
        List<ExtractedEvent> events = events("Acme Corp. will release its new phone on June 5, the company said "
                + "in a presentation last night.");
        assertThat(events).extracting(ExtractedEvent::type).containsExactly(EventType.PRODUCT_RELEASE);
    }

    @Test
    void originsStatesAndClockTimesDateNoEvent() {
        assertThat(events("The bank, founded in 1983, grew quickly.")).isEmpty();
        assertThat(events("The pound fell to its weakest level since 1985.")).isEmpty();
        assertThat(events("The crew sent a distress call at 01:27.")).isEmpty();
        assertThat(events("Members have pledged to cut emissions by 2030.")).isEmpty();
    }

    @Test
    void aPayloadIsNotTheLauncherAndThePlaceIsWhereTheLaunchHappened() {
        List<ExtractedEvent> events = events("North Korea launched a spy satellite on Nov. 21, 2023. "
                + "The Malligyong-1 went up from Sohae after two failed attempts in May and August.");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.SATELLITE_LAUNCH);
            assertThat(e.title()).startsWith("North Korea launches satellite");
        });
    }

    @Test
    void theNorthIsNorthKoreaOnceTheKoreasAreInTheText() {
        ExtractedEvent e = events("South Korea held drills near the border last week. "
                + "The North fired two ballistic missiles on Tuesday.").get(1);
        assertThat(e.type()).isEqualTo(EventType.MISSILE_LAUNCH);
        assertThat(e.actors()).first().isEqualTo(NORTH_KOREA);
    }

    @Test
    void aDeathCausedByAnAttackIsTheAttack() {
        List<ExtractedEvent> events = events("The senator died yesterday after being shot at a rally.");
        assertThat(events).extracting(ExtractedEvent::type).containsExactly(EventType.ATTACK);
    }

    @Test
    void pronounsTakeTheSubjectBeforeThem() {
        List<ExtractedEvent> events = events("Acme Corp. announced record sales on Monday. "
                + "It will list its shares in New York next month.");
        assertThat(events.get(1).type()).isEqualTo(EventType.MARKET_MOVE);
        assertThat(events.get(1).actors()).contains(new Entity("Acme Corp.", EntityKind.ORGANIZATION));
    }

    @Test
    void aStrongerEventToldWithoutADateTakesTheDateOfItsTelling() {
        List<ExtractedEvent> sunk = events("The ferry Aurora has sunk off the coast, the coastguard said last night.");
        assertThat(sunk).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.ACCIDENT);
            assertThat(e.date().value()).isEqualTo("2024-03-13");
        });
        // a date between the event and its telling is the event's own: the telling dates only itself
        List<ExtractedEvent> spread = events("A cyberattack that hit the port on Friday has spread to three airports, "
                + "the agency said today.");
        assertThat(spread).noneSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.ATTACK);
            assertThat(e.date().value()).isEqualTo("2024-03-14");
        });
    }

    @Test
    void anOffsetRightAfterItsVerbDatesThatVerbNotTheEventAfterIt() {
        ExtractedEvent quit = only("The governor, Alma Ruiz, had quit three weeks earlier after months of strikes.");
        assertThat(quit.type()).isEqualTo(EventType.RESIGNATION);
        assertThat(quit.date().value()).isEqualTo("2024-W08");
        // with no verb before it, the offset still dates what follows
        ExtractedEvent entered = only("Three days later, rebel troops stormed the airport.");
        assertThat(entered.type()).isEqualTo(EventType.ATTACK);
    }

    @Test
    void aCoordinatedPredicateSharesTheDateAcrossAnAfterClauseButNotAsAPresentPerfect() {
        List<ExtractedEvent> removed = events("The assembly removed the mayor from office yesterday, hours after he "
                + "tried to shut the council, and swore in his deputy, Ana Lima, as mayor.");
        assertThat(removed).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.APPOINTMENT);
            assertThat(e.date().value()).isEqualTo("2024-03-13");
        });
        List<ExtractedEvent> since = events("The envoy opened talks in Vienna in March last year, days after the "
                + "ceasefire, and has visited the region several times since.");
        assertThat(since).noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.VISIT));
    }

    @Test
    void aDateWhoseClauseNamesNoEventDoesNotDateWhatCameBeforeIt() {
        assertThat(events("Divers were still searching the lake this morning after the ferry capsized.")).isEmpty();
        // the clause after the date, when it is no "after" clause, still takes it
        assertThat(events("Early this morning, the ferry capsized near the pier.")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.ACCIDENT));
    }

    @Test
    void manyStatesAsTheSubjectAreAGatheringNamedByWhereItMet() {
        // the city the sentence names, not the country the article names most
        ExtractedEvent deal = events("Delegates from Canada spoke first. Diplomats from 120 countries approved a "
                + "treaty on ocean plastics yesterday, after a week of talks in Nairobi.").stream()
                .filter(e -> e.date().value().equals("2024-03-13")).findFirst().orElseThrow();
        assertThat(deal.location()).isNotNull();
        assertThat(deal.location().name()).isEqualTo("Nairobi");
        assertThat(deal.actors()).extracting(Entity::name).doesNotContain("Canada");
        // else the city the article has named
        ExtractedEvent pledge = events("The summit in Nairobi closed yesterday. Earlier this week, more than 80 "
                + "nations signed a pledge to end plastic waste.").stream()
                .filter(e -> e.date().value().startsWith("2024-W"))
                .findFirst().orElseThrow();
        assertThat(pledge.location()).isNotNull();
        assertThat(pledge.location().name()).isEqualTo("Nairobi");
    }

    @Test
    void aSubordinatingWordOpensAClauseOnlyWhenASubjectAndVerbFollowIt() {
        // "once" before a phrase with no verb is the adverb of an apposition: the person is the subject
        ExtractedEvent arrest = only("Its chairman, Viktor Lindqvist, once Norway's richest man, was detained in "
                + "October on suspicion of fraud.");
        assertThat(arrest.type()).isEqualTo(EventType.ARREST);
        assertThat(arrest.actors()).extracting(Entity::name).contains("Viktor Lindqvist");
        // "as" with a subject and a verb is a clause of its own: the date before it belongs to the main verb
        ExtractedEvent held = only("Customs officers detained Marta Quiroga, an economist who served as "
                + "finance minister until May, at the border crossing on Tuesday as she tried to leave the country.");
        assertThat(held.type()).isEqualTo(EventType.ARREST);
        assertThat(held.date().value()).isEqualTo("2024-03-12");
        // an embedded question ("how X won") has its own subject, not the subject of the clause around it
        ExtractedEvent vote = only("Danish auditors have opened an inquiry into how Peru and Chile won the right to "
                + "host the games in a single vote in May 2019.");
        assertThat(vote.actors()).extracting(Entity::name).contains("Peru", "Chile").doesNotContain("Denmark");
    }

    @Test
    void shortlyBeforeATimeOpensNoClause() {
        // the "that" clause after "announced shortly before midnight yesterday" is still what was announced
        ExtractedEvent quit = only("Governor Tomas Varga announced shortly before midnight yesterday that he would "
                + "resign.");
        assertThat(quit.type()).isEqualTo(EventType.RESIGNATION);
        assertThat(quit.date().value()).isEqualTo("2024-03-13");
        // "just after dawn on Monday" dates the verb it follows
        assertThat(events("The typhoon made landfall near the port just after 05:00 on Monday, flattening "
                + "hundreds of homes.")).anySatisfy(e -> {
                    assertThat(e.type()).isEqualTo(EventType.DISASTER);
                    assertThat(e.date().value()).isEqualTo("2024-03-11");
                });
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.events;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The round of stop 41 (docs/taxonomy.md). A person who takes over a party, a bank or a ministry takes office (the
 * APPOINTMENT); a company that takes over another buys it. People who die in a fire, an explosion, a crush or a
 * derailment die in the ACCIDENT, and a clause of circumstance after the death ("died when ...") tells which; deaths in
 * a heatwave or an outbreak stay deaths, and people killed when troops open fire are killed in an ATTACK. A country's
 * people voting, named by the plural of its demonym ("Kenyans vote on August 8"), is an ELECTION. A death from a heart
 * attack or an illness is a DEATH, not an attack. A speaker who says or announces that someone steps down, gives up a
 * post or leaves politics reports the RESIGNATION; a country that will leave a body does not. Sentences, people and
 * companies written for this test.
 */
class Round41Test {

    @Test
    void aPersonWhoTakesOverAPartyOrABankTakesOffice() {
        assertThat(events("Mara Velding, who took over the party in November, said the result was a warning."))
                .anyMatch(e -> e.type() == EventType.APPOINTMENT && e.date().value().equals("2023-11"))
                .noneMatch(e -> e.type() == EventType.ACQUISITION);
        assertThat(events("Tomas Arlen, 54, took over the central bank in June 2021."))
                .anyMatch(e -> e.type() == EventType.APPOINTMENT && e.date().value().equals("2021-06"));
        assertThat(events("The crisis has fallen on an executive who took over only last week."))
                .anyMatch(e -> e.type() == EventType.APPOINTMENT);
    }

    @Test
    void aCompanyThatTakesOverAnotherBuysIt() {
        assertThat(events("Quillon Holdings took over Helsby Foods in June 2021."))
                .anyMatch(e -> e.type() == EventType.ACQUISITION && e.date().value().equals("2021-06"))
                .noneMatch(e -> e.type() == EventType.APPOINTMENT);
    }

    @Test
    void deathsInAFireACrushOrAnExplosionAreTheAccident() {
        assertThat(events("In June 2019, 31 people died in a crush at the gates of the stadium."))
                .anyMatch(e -> e.type() == EventType.ACCIDENT && e.date().value().equals("2019-06"))
                .noneMatch(e -> e.type() == EventType.DEATH);
        assertThat(events("An explosion at a fireworks depot killed 12 workers in May 2020."))
                .anyMatch(e -> e.type() == EventType.ACCIDENT && e.date().value().equals("2020-05"));
    }

    @Test
    void whatADeathsClauseOfCircumstanceTellsTypesIt() {
        assertThat(events("Last month, 19 people died when three carriages of a night train derailed near the coast."))
                .anyMatch(e -> e.type() == EventType.ACCIDENT && e.date().value().equals("2024-02"))
                .noneMatch(e -> e.type() == EventType.DEATH);
        assertThat(events("In May, nine patients died when fire swept through a clinic in the old town."))
                .anyMatch(e -> e.type() == EventType.ACCIDENT && e.date().value().equals("2023-05"));
    }

    @Test
    void deathsInAHeatwaveStayDeathsAndKillingsWhenTroopsOpenFireAreAnAttack() {
        assertThat(events("More than 200 people died of heat stroke in July 2022."))
                .anyMatch(e -> e.type() == EventType.DEATH && e.date().value().equals("2022-07"));
        assertThat(events("In June 2021 soldiers opened fire on the crowd and 27 people were killed."))
                .anyMatch(e -> e.type() == EventType.ATTACK && e.date().value().equals("2021-06"))
                .noneMatch(e -> e.type() == EventType.ACCIDENT);
    }

    @Test
    void aPeopleVotingIsAnElection() {
        assertThat(events("Kenyans vote on August 8 for a president and a new parliament."))
                .anyMatch(e -> e.type() == EventType.ELECTION && e.date().value().equals("2024-08-08"))
                .noneMatch(e -> e.type() == EventType.RESOLUTION);
        // a chamber voting a bill still passes a resolution
        assertThat(events("Lawmakers vote on the budget bill on August 8."))
                .noneMatch(e -> e.type() == EventType.ELECTION);
    }

    @Test
    void aDeathFromAHeartAttackIsADeath() {
        assertThat(events("Ilse Marrow, who led the port workers' union for 20 years, died of a heart attack on Monday."))
                .anyMatch(e -> e.type() == EventType.DEATH && e.date().value().equals("2024-03-11"))
                .noneMatch(e -> e.type() == EventType.ATTACK);
    }

    @Test
    void sayingThatSomeoneStepsDownReportsTheResignation() {
        assertThat(events("Peter Oldham said today that he would give up the leadership of the Harbour Party."))
                .anyMatch(e -> e.type() == EventType.RESIGNATION && e.date().value().equals("2024-03-14"));
        assertThat(events("Quillon Holdings said yesterday that Anna Brisk would step down as chief executive in June."))
                .anyMatch(e -> e.type() == EventType.RESIGNATION && e.date().value().equals("2024-03-13"));
        assertThat(events("Lena Voss announced on Sunday that she was leaving politics."))
                .anyMatch(e -> e.type() == EventType.RESIGNATION && e.date().value().equals("2024-03-10"));
    }

    @Test
    void aCountryThatWillLeaveABodyIsNoResignation() {
        assertThat(events("The president announced last week that Ecuador would leave as well."))
                .noneMatch(e -> e.type() == EventType.RESIGNATION);
        // giving up a stake is no departure from office
        assertThat(events("Quillon Holdings said today that it would give up its stake in Helsby Foods."))
                .noneMatch(e -> e.type() == EventType.RESIGNATION);
    }
}

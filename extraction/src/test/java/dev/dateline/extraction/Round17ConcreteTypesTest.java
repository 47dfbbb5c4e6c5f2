package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.types;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Confusions between concrete event types found on dev7 (round 17); sentences written for this test. */
class Round17ConcreteTypesTest {

    @Test
    void aVesselThatGoesDownOrOverturnsIsAnAccident() {
        assertThat(types("The old fishing trawler went down off the northern cape on Tuesday night."))
                .containsExactly(EventType.ACCIDENT);
        assertThat(types("The MV Kalinda overturned early on Sunday near the harbour wall."))
                .containsExactly(EventType.ACCIDENT);
        assertThat(types("The ferry overturned shortly after dawn on Monday, a mile from the quay."))
                .containsExactly(EventType.ACCIDENT);
        // an aircraft that goes down crashes, and a court overturns a ruling
        assertThat(types("A cargo plane went down in the jungle on Tuesday night.")).containsExactly(EventType.CRASH);
        assertThat(types("The appeals court overturned the conviction on Monday.")).containsExactly(EventType.VERDICT);
    }

    @Test
    void deathsTakeTheCauseTheirWhenOrRelativeClauseHangsOn() {
        assertThat(types("It was the province's worst earthquake since March 2011, when 300 people died in the hills."))
                .containsExactly(EventType.DISASTER);
        assertThat(types("A cholera epidemic that began in June 2012 killed nearly 5,000 people."))
                .containsExactly(EventType.DISASTER);
        assertThat(types("The toll is far below that of the stampede at the city stadium on May 4, 1971, when more than "
                + "200 people died.")).containsExactly(EventType.ACCIDENT);
        assertThat(types("Four guards were killed in an ambush near the border in 1988.")).containsExactly(EventType.ATTACK);
        assertThat(types("The storm left twelve people dead on the island on Sunday.")).containsExactly(EventType.DISASTER);
        // a death in a generic accident stays a death, and so does one with no cause named
        assertThat(types("The former mayor died in a skiing accident in January.")).containsExactly(EventType.DEATH);
        assertThat(types("The singer, who rose to fame in 1985, died on Monday.")).containsExactly(EventType.DEATH);
    }

    @Test
    void aBombingWithNoBombPlantedIsAnAirStrike() {
        assertThat(types("The air force began bombing in the north on Oct. 3.")).containsExactly(EventType.AIR_STRIKE);
        assertThat(types("She survived the bombing of Nagasaki in August 1945 as a child."))
                .containsExactly(EventType.AIR_STRIKE);
        // a bomb planted, carried or driven is an attack, and so is a bombing named after its place
        assertThat(types("A suicide bombing at the checkpoint killed nine soldiers on Tuesday."))
                .containsExactly(EventType.ATTACK);
        assertThat(types("He warned of another attack like the Quetta bombing in March.")).containsExactly(EventType.ATTACK);
    }

    @Test
    void whatEruptsDecidesTheType() {
        assertThat(types("Demonstrations led by angry farmers erupted on Monday in the capital."))
                .containsExactly(EventType.PROTEST);
        assertThat(types("The conflict erupted on May 2, when rebels shelled the airport."))
                .contains(EventType.ATTACK).doesNotContain(EventType.DISASTER);
        assertThat(types("The volcano erupted on Sunday, sending ash over the valley.")).containsExactly(EventType.DISASTER);
    }

    @Test
    void aBlazeInTheHillsIsAWildfire() {
        assertThat(types("The blaze broke out on Sunday afternoon in the hills above the town."))
                .containsExactly(EventType.DISASTER);
        assertThat(types("The fires broke out on Friday in the dry hills west of the port."))
                .containsExactly(EventType.DISASTER);
        // a blaze in a building stays an accident
        assertThat(types("The blaze broke out on Sunday night in a kitchen on the third floor."))
                .containsExactly(EventType.ACCIDENT);
    }

    @Test
    void peopleKilledByTroopsOrPoliceAreACrackdown() {
        assertThat(types("His rule is remembered for the killing of dozens of protesters by soldiers in the capital in "
                + "June 1999.")).containsExactly(EventType.ATTACK);
        assertThat(types("Her novel tells of the massacre of anti-war demonstrators by troops in March 1968."))
                .containsExactly(EventType.ATTACK);
        assertThat(types("Nine people were killed by the police at the border crossing on Friday night."))
                .containsExactly(EventType.ATTACK);
        // protesters who march, and a death by illness, keep their types
        assertThat(types("Thousands of protesters marched through the capital on Friday."))
                .containsExactly(EventType.PROTEST);
        assertThat(types("The actor died on Friday night after a long illness.")).containsExactly(EventType.DEATH);
    }

    @Test
    void stationModulesAndCargoAreUncrewedPayloads() {
        assertThat(types("The station's second module, a small laboratory, was launched in May last year."))
                .containsExactly(EventType.SATELLITE_LAUNCH);
        assertThat(types("In April a rocket broke apart a minute after lift-off while carrying cargo to the station."))
                .containsExactly(EventType.SATELLITE_LAUNCH);
        // cargo flown with a crew stays a crewed launch
        assertThat(types("The rocket lifted off on Monday carrying three astronauts and their cargo to the station."))
                .containsExactly(EventType.LAUNCH);
    }

    @Test
    void whatGivesWayToAVolcanoOrAStormIsTheDisaster() {
        assertThat(types("The rim of the crater collapsed on June 2 as lava drained from the lake."))
                .containsExactly(EventType.DISASTER);
        assertThat(types("The sea wall gave way on Sunday as the typhoon drove the tide into the port."))
                .contains(EventType.DISASTER).doesNotContain(EventType.ACCIDENT);
        // a dam or a building that fails on its own is an accident
        assertThat(types("The old dam, built to hold back floods, gave way on Monday night."))
                .containsExactly(EventType.ACCIDENT);
        assertThat(types("A car park collapsed on Tuesday in the city centre.")).containsExactly(EventType.ACCIDENT);
    }

    @Test
    void aMarketsRallyOrSessionIsAMarketMove() {
        assertThat(types("Shares in Asia staged one of their biggest rallies in years on Monday."))
                .containsExactly(EventType.MARKET_MOVE);
        assertThat(types("Stocks staged their strongest rally in a decade on Monday.")).containsExactly(EventType.MARKET_MOVE);
        assertThat(types("The rupee ended Tuesday's session 9% weaker at about 90 to the dollar."))
                .containsExactly(EventType.MARKET_MOVE);
        // a rally of supporters and a session of parliament keep their types
        assertThat(types("Opposition supporters staged a large rally in the capital on Monday."))
                .containsExactly(EventType.PROTEST);
        assertThat(types("Parliament held an emergency session on Tuesday.")).containsExactly(EventType.MEETING);
    }
}

package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectionsTest {

    @Test
    void regularVerbsGetTheirFourForms() {
        assertThat(Inflections.verb("sue")).containsExactly("sue", "sues", "sued", "suing");
        assertThat(Inflections.verb("agree")).containsExactly("agree", "agrees", "agreed", "agreeing");
        assertThat(Inflections.verb("ban")).containsExactly("ban", "bans", "banned", "banning");
        assertThat(Inflections.verb("visit")).containsExactly("visit", "visits", "visited", "visiting");
        assertThat(Inflections.verb("deny")).containsExactly("deny", "denies", "denied", "denying");
        assertThat(Inflections.verb("clash")).containsExactly("clash", "clashes", "clashed", "clashing");
        assertThat(Inflections.verb("rain")).contains("rained");
    }

    @Test
    void longerVerbsStressedOnTheirLastSyllableDoubleItToo() {
        assertThat(Inflections.verb("admit")).containsExactly("admit", "admits", "admitted", "admitting");
        assertThat(Inflections.verb("acquit")).contains("acquitted");
        assertThat(Inflections.verb("expel")).contains("expelled");
        assertThat(Inflections.verb("patrol")).contains("patrolled");
        assertThat(Inflections.verb("limit")).contains("limited");
        assertThat(Inflections.verb("visit")).contains("visited");
    }

    @Test
    void nounsGetTheirPlural() {
        assertThat(Inflections.noun("quake")).containsExactly("quake", "quakes");
        assertThat(Inflections.noun("ally")).containsExactly("ally", "allies");
        assertThat(Inflections.noun("crash")).containsExactly("crash", "crashes");
    }

    @Test
    void aPhraseInflectsItsMarkedWord() {
        assertThat(Inflections.expand("{step} down"))
                .containsExactly("step down", "steps down", "stepped down", "stepping down");
        assertThat(Inflections.expand("[phone call]")).containsExactly("phone call", "phone calls");
        assertThat(Inflections.expand("went up")).containsExactly("went up");
    }
}

package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.actors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round 18, helper A: participants named in full, by a description or a short form; sentences written for this test. */
class Round18ATest {

    @Test
    void aBodysNameJoinedByOfBeforeSaidIsOneOrganisationNotAPerson() {
        assertThat(actors("The Marine Accident Board of Iceland said on Tuesday that the trawler's engine had failed.",
                EventType.STATEMENT)).contains("Marine Accident Board of Iceland");
        assertThat(actors("The Ostrava Council for Housing said on Monday that rents would be frozen.",
                EventType.STATEMENT)).contains("Ostrava Council for Housing");
        // a title opening the run still stands before a person's name
        assertThat(actors("Secretary of Commerce Dana Whitlow said on Monday that tariffs would stay.",
                EventType.STATEMENT)).doesNotContain("Secretary of Commerce Dana Whitlow");
    }

    @Test
    void widelyKnownBodiesAreNamedInFullWithTheirShortForms() {
        // a name the gazetteer knows may hold "in" ("Organization for Security and Co-operation in Europe")
        assertThat(actors("Monitors from the Organization for Security and Co-operation in Europe reported on Monday "
                + "that the count had been orderly.", EventType.REPORT))
                .contains("Organization for Security and Co-operation in Europe");
        assertThat(actors("The OSCE said on Monday that it would send 200 observers.", EventType.STATEMENT))
                .contains("Organization for Security and Co-operation in Europe");
        assertThat(actors("The FDA said on Tuesday that the recalled inhalers were unsafe.", EventType.STATEMENT))
                .contains("Food and Drug Administration");
    }

    @Test
    void aClauseOpenedInsideARelativeClauseEndsWithIt() {
        String text = "Dana Whitlow met the envoy in Geneva. Whitlow, who had threatened new tariffs if Brazil did not "
                + "lower its duties, said on Tuesday that a deal was close.";
        assertThat(actors(text, EventType.STATEMENT)).contains("Dana Whitlow").doesNotContain("Brazil");
        String because = "Tomas Reyes, who resigned because Chile had cut his budget, told reporters on Monday that he "
                + "would run for the Senate.";
        assertThat(actors(because, EventType.STATEMENT)).contains("Tomas Reyes").doesNotContain("Chile");
    }
}

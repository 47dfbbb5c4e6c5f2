package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.actors;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round 17: entities the text names by a description or a short form; sentences written for this test. */
class Round17ParticipantsTest {

    @Test
    void aCompanyQualifiedByItsCountryOrTownIsTheCompanyNotThePlace() {
        String text = "Valdmark Pharmaceuticals won approval for an insulin pen. Valdmark Pharmaceuticals will build "
                + "a plant in Ohio. The Danish drugmaker said on Tuesday that it would hire 300 people.";
        assertThat(actors(text, EventType.STATEMENT)).contains("Valdmark Pharmaceuticals").doesNotContain("Denmark");
        String town = "Korvane Holdings makes cranes. Korvane Holdings lost a contract. The Rotterdam company "
                + "announced on Monday that it would cut 200 jobs.";
        assertThat(actors(town, EventType.STATEMENT)).contains("Korvane Holdings").doesNotContain("Rotterdam");
    }

    @Test
    void aDepartmentNamedByATitleOrACommonWordIsOneOrganisation() {
        assertThat(actors("The State Department said on Tuesday that it would send an envoy to the talks.",
                EventType.STATEMENT)).contains("State Department");
        assertThat(actors("The United States Justice Department sued the two airlines on Monday to block the merger.",
                EventType.VERDICT)).contains("United States Justice Department");
        // a title before a name stays a title
        assertThat(actors("Justice Mara Ellison sentenced the former minister on Monday.", EventType.VERDICT))
                .doesNotContain("Justice Mara Ellison");
    }
}

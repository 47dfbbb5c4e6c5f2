package dev.dateline.extraction;

import static dev.dateline.extraction.EventFixture.EXTRACTOR;
import static dev.dateline.extraction.EventFixture.PUBLISHED;
import static dev.dateline.extraction.EventFixture.actors;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The participant round of stop 28: definite descriptions and a name the rules cut. Sentences written for this test.
 */
class ParticipantRound28Test {

    @Test
    void theCompanyIsTheOneTheLeadOpenedWithWhenNoneIsNamedMore() {
        String text = "Shares in Corvan Holdings fell sharply in Lisbon today after its chief quit. "
                + "The board said it had hired Brightwater Partners to review the accounts. "
                + "The company said on Tuesday that it would delay its results.";
        assertThat(actors(text, EventType.STATEMENT)).contains("Corvan Holdings")
                .doesNotContain("Brightwater Partners");
    }

    @Test
    void theJuntaStandsForItsCountry() {
        String text = "Soldiers seized power in Mali in August. West African leaders imposed sanctions on Mali on "
                + "January 9 after the junta proposed staying in power for five more years instead of holding "
                + "elections in February.";
        assertThat(actors(text, EventType.ELECTION)).contains("Mali").doesNotContain("West African");
    }

    @Test
    void thePresidentialPalaceAsASubjectSpeaksForTheCountry() {
        String text = "Maria Delgado of the Philippines was crowned Miss Universe in Las Vegas on Sunday. "
                + "Delgado, 26, wept on stage. "
                + "The presidential palace congratulated her this morning, saying she had shown grace.";
        assertThat(actors(text, EventType.STATEMENT)).contains("Philippines");
    }

    @Test
    void aLowerCaseParticleAndSyllableAfterAHyphenStayInTheName() {
        assertThat(actors("Prime Minister Prayut Chan-o-cha said on Tuesday that the vote would be held.",
                EventType.STATEMENT)).contains("Prayut Chan-o-cha");
        assertThat(actors("Prayut Chan-o-cha said on Tuesday that the vote would be held.", EventType.STATEMENT))
                .contains("Prayut Chan-o-cha");
    }

    @Test
    void aBodysNameInTheArticlesSpellingIsKeptBesideTheGazetteers() {
        assertThat(actors("Observers from the Organisation for Security and Co-operation in Europe said on Tuesday "
                + "that voters had little choice.", EventType.STATEMENT))
                .contains("Organisation for Security and Co-operation in Europe",
                        "Organization for Security and Co-operation in Europe");
    }

    @Test
    void thePluralOfATwoWordDemonymIsTheCountry() {
        assertThat(actors("South Africans voted on Wednesday in a general election that the governing party is "
                + "expected to lose.", EventType.ELECTION)).contains("South Africa").doesNotContain("South Africans");
    }

    private static final Entity LEADER = new Entity("Aung San Suu Kyi", EntityKind.PERSON);

    /** The rules' events as a refiner gives them that makes each an election of one person's. */
    private static List<ExtractedEvent> retypedAsElections(String text) {
        return EXTRACTOR.withRefiner((t, r, events) -> events.stream().map(e -> new ExtractedEvent(e.date(),
                e.dateText(), e.dateStart(), e.dateEnd(), EventType.ELECTION, e.trigger(), e.title(), List.of(LEADER),
                null, e.evidence(), e.start(), e.end(), e.confidence(), e.modality())).toList())
                .extract(text, PUBLISHED).events();
    }

    @Test
    void anElectionARefinerGivesNoCountryNamesTheCountryWhenItIsTheCountrysOwnVote() {
        String text = "Myanmar's army signed a truce with eight rebel groups in Naypyidaw yesterday. "
                + "The ceremony comes three weeks before the general election on November 8, the first that "
                + "Aung San Suu Kyi's party will contest in 25 years.";
        ExtractedEvent vote = onNovember8(retypedAsElections(text));
        assertThat(vote.actors()).extracting(Entity::name).containsExactly("Aung San Suu Kyi", "Myanmar");
        // a vote that is no country's own keeps the refiner's participants
        String club = text.replace("general election", "club's vote");
        assertThat(onNovember8(retypedAsElections(club)).actors()).containsExactly(LEADER);
    }

    private static ExtractedEvent onNovember8(List<ExtractedEvent> events) {
        return events.stream().filter(e -> e.dateText().contains("November 8")).findFirst().orElseThrow();
    }
}

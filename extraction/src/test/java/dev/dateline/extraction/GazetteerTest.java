package dev.dateline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    /** The gazetteer as the engine loads it: the bundled names and context aliases, no user directory. */
    private static final Gazetteer BUNDLED = new Gazetteer(List.of(Resources.bundled("gazetteer.tsv")),
            Resources.bundled("context-aliases.tsv"));

    /** The 193 member states of the United Nations, by the names news copy commonly uses. */
    private static final String MEMBER_STATES = "Afghanistan;Albania;Algeria;Andorra;Angola;Antigua and Barbuda;"
            + "Argentina;Armenia;Australia;Austria;Azerbaijan;Bahamas;Bahrain;Bangladesh;Barbados;Belarus;Belgium;"
            + "Belize;Benin;Bhutan;Bolivia;Bosnia and Herzegovina;Botswana;Brazil;Brunei;Bulgaria;Burkina Faso;Burundi;"
            + "Cambodia;Cameroon;Canada;Cape Verde;Central African Republic;Chad;Chile;China;Colombia;Comoros;Congo;"
            + "Costa Rica;Ivory Coast;Croatia;Cuba;Cyprus;Czech Republic;North Korea;"
            + "Democratic Republic of the Congo;Denmark;Djibouti;Dominica;Dominican Republic;Ecuador;Egypt;"
            + "El Salvador;Equatorial Guinea;Eritrea;Estonia;Eswatini;Ethiopia;Fiji;Finland;France;Gabon;Gambia;"
            + "Georgia;Germany;Ghana;Greece;Grenada;Guatemala;Guinea;Guinea-Bissau;Guyana;Haiti;Honduras;Hungary;"
            + "Iceland;India;Indonesia;Iran;Iraq;Ireland;Israel;Italy;Jamaica;Japan;Jordan;Kazakhstan;Kenya;Kiribati;"
            + "Kuwait;Kyrgyzstan;Laos;Latvia;Lebanon;Lesotho;Liberia;Libya;Liechtenstein;Lithuania;Luxembourg;"
            + "Madagascar;Malawi;Malaysia;Maldives;Mali;Malta;Marshall Islands;Mauritania;Mauritius;Mexico;"
            + "Micronesia;Monaco;Mongolia;Montenegro;Morocco;Mozambique;Myanmar;Namibia;Nauru;Nepal;Netherlands;"
            + "New Zealand;Nicaragua;Niger;Nigeria;North Macedonia;Norway;Oman;Pakistan;Palau;Panama;"
            + "Papua New Guinea;Paraguay;Peru;Philippines;Poland;Portugal;Qatar;South Korea;Moldova;Romania;Russia;"
            + "Rwanda;Saint Kitts and Nevis;Saint Lucia;Saint Vincent and the Grenadines;Samoa;San Marino;"
            + "Sao Tome and Principe;Saudi Arabia;Senegal;Serbia;Seychelles;Sierra Leone;Singapore;Slovakia;Slovenia;"
            + "Solomon Islands;Somalia;South Africa;South Sudan;Spain;Sri Lanka;Sudan;Suriname;Sweden;Switzerland;"
            + "Syria;Tajikistan;Thailand;East Timor;Togo;Tonga;Trinidad and Tobago;Tunisia;Turkey;Turkmenistan;"
            + "Tuvalu;Uganda;Ukraine;United Arab Emirates;United Kingdom;Tanzania;United States;Uruguay;Uzbekistan;"
            + "Vanuatu;Venezuela;Vietnam;Yemen;Zambia;Zimbabwe";

    @Test
    void namesEveryMemberStateOfTheUnitedNations() {
        List<String> states = List.of(MEMBER_STATES.split(";"));
        assertThat(states).hasSize(193).doesNotHaveDuplicates();
        List<String> unknown = new ArrayList<>();
        for (String state : states) {
            Gazetteer.Entry e = BUNDLED.lookup(state);
            // a city-state is kept as the place it also is, and acts for itself
            boolean known = e != null && (e.entity().kind() == EntityKind.COUNTRY
                    || e.entity().kind() == EntityKind.PLACE && e.entity().name().equals(state));
            if (!known) {
                unknown.add(state);
            }
        }
        assertThat(unknown).as("member states the gazetteer does not know as countries").isEmpty();
    }

    @Test
    void knowsTheProvincesAndStatesOfCanadaAustraliaIndiaAndChinaAsPlaces() {
        for (String region : List.of("Manitoba", "Nova Scotia", "Tasmania", "Western Australia", "Karnataka",
                "Tamil Nadu", "Hubei", "Inner Mongolia")) {
            Gazetteer.Entry e = BUNDLED.lookup(region);
            assertThat(e).as(region).isNotNull();
            assertThat(e.entity().kind()).as(region).isEqualTo(EntityKind.PLACE);
        }
    }

    @Test
    void aProvinceWhereSomethingHappensIsItsPlace() {
        ExtractedEvent flood = EventFixture.only("Floods swamped farms in Manitoba on Tuesday.");
        assertThat(flood.location()).isEqualTo(new Entity("Manitoba", EntityKind.PLACE));
    }

    @Test
    void knowsRegionalBlocsAndUnitedNationsAgenciesByTheirAcronymsToo() {
        assertThat(BUNDLED.lookup("SADC").entity().name()).isEqualTo("Southern African Development Community");
        assertThat(BUNDLED.lookup("GCC").entity().name()).isEqualTo("Gulf Cooperation Council");
        assertThat(BUNDLED.lookup("WFP").entity().name()).isEqualTo("World Food Programme");
        assertThat(BUNDLED.lookup("Mercosur").entity().kind()).isEqualTo(EntityKind.ORGANIZATION);
    }

    @Test
    void aPersonWrittenWithAccentsIsNamedWithThemInFullAndFromEveryAlias() {
        // as Lula, Sanchez and Maduro: the canonical name keeps its accents, and the full accented name is whole
        ExtractedEvent said = EventFixture.only("Andrés Manuel López Obrador said on Tuesday that the airport would "
                + "be scrapped.");
        assertThat(said.actors()).contains(new Entity("Andrés Manuel López Obrador", EntityKind.PERSON));
        for (String alias : List.of("Andres Manuel Lopez Obrador", "Lopez Obrador", "López Obrador", "AMLO")) {
            assertThat(BUNDLED.lookup(alias).entity().name()).as(alias).isEqualTo("Andrés Manuel López Obrador");
        }
    }

    @Test
    void anOrganisationIsNamedByItsCommonFullNameFromItsShortForms() {
        // docs/gold-format.md: the common full name for organisations
        Map<String, String> names = Map.of("ISRO", "Indian Space Research Organisation", "US Congress",
                "United States Congress", "U.S. Congress", "United States Congress");
        names.forEach((alias, name) -> assertThat(BUNDLED.lookup(alias).entity().name()).as(alias).isEqualTo(name));
        ExtractedEvent launch = EventFixture.only("ISRO launched a weather satellite on Tuesday.");
        assertThat(launch.actors()).contains(new Entity("Indian Space Research Organisation", EntityKind.ORGANIZATION));
    }
}

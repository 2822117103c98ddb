package nl.verordening.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StabielIdTest {

    @Test
    void slugVanEenTitel() {
        assertThat(StabielId.slug("Cliënt (Wmo 2015)")).isEqualTo("client-wmo-2015");
        assertThat(StabielId.slug("  Overgang van 18- naar 18+ ")).isEqualTo("overgang-van-18-naar-18");
        assertThat(StabielId.slug("Straße")).isEqualTo("strasse");
        assertThat(StabielId.slug(null)).isEmpty();
    }

    @Test
    void elkeSlugIsEenGeldigId() {
        for (String t : new String[] {"Stap 4. Beslissing", "W.P.O/WEC/WVO", "Persoonsgebonden budget (Pgb)", "3.1.1 A"}) {
            assertThat(StabielId.geldig(StabielId.slug(t))).as(t).isTrue();
        }
        assertThat(StabielId.geldig("Hoofdletter")).isFalse();
        assertThat(StabielId.geldig("dubbel--streepje")).isFalse();
        assertThat(StabielId.geldig("-begint-met-streepje")).isFalse();
    }
}

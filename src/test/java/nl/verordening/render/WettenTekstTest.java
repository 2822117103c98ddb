package nl.verordening.render;

import static nl.verordening.render.Modellen.wetten;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.WetTag;
import org.junit.jupiter.api.Test;

class WettenTekstTest {

    @Test
    void regelMetKomma() {
        assertThat(WettenTekst.regel(wetten("Wmo", "LLV", "Wgs"))).isEqualTo("[Wmo, LLV, Wgs]");
        assertThat(WettenTekst.regel(List.of())).isEmpty();
    }

    @Test
    void zonderKommaGeschrevenTagsBlijvenZoalsGeschreven() {
        assertThat(wetten("Wmo LLV", "Wgs")).hasSize(3);
        assertThat(WettenTekst.regel(wetten("Wmo LLV", "Wgs"))).isEqualTo("[Wmo LLV, Wgs]");
    }

    @Test
    void eenTweeKeerGeschrevenWetBlijftTweeKeerStaan() {
        assertThat(WettenTekst.regel(wetten("Wmo", "Wmo", "LLV"))).isEqualTo("[Wmo, Wmo, LLV]");
    }

    @Test
    void zonderSchrijfwijzeDeCode() {
        assertThat(WettenTekst.regel(List.of(new WetTag("Wmo", null, SourcePosition.NONE),
                new WetTag("Jeugdwet", SourcePosition.NONE)))).isEqualTo("[Wmo, Jeugdwet]");
    }
}

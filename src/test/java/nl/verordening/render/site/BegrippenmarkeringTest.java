package nl.verordening.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import nl.verordening.model.Begrip;
import nl.verordening.model.SourcePosition;
import org.junit.jupiter.api.Test;

class BegrippenmarkeringTest {

    private static Begrip begrip(String id, String term, List<String> afkortingen) {
        return new Begrip(id, term, afkortingen, List.of(), List.of(), SourcePosition.NONE);
    }

    private final Begrippenmarkering m = new Begrippenmarkering(List.of(
            begrip("pgb", "Persoonsgebonden budget", List.of("Pgb")),
            begrip("wet", "Wet", List.of()),
            begrip("wgs", "Wet gemeentelijke schuldhulpverlening", List.of("Wgs")),
            begrip("inwoner", "Inwoner", List.of()),
            begrip("ioaw", "IOAW", List.of()),
            begrip("taxi", "Taxivervoer (anders dan collectief taxivervoer)", List.of())));

    private String markeer(String html) {
        return m.markeer(html, new HashSet<>(), (b, t) -> "[" + b.id() + ":" + t + "]");
    }

    @Test
    void termZonderOnderscheidInHoofdletters_afkortingPreciesZoalsGeschreven() {
        assertThat(markeer("De inwoner vraagt een Pgb.")).isEqualTo("De [inwoner:inwoner] vraagt een [pgb:Pgb].");
        assertThat(markeer("een pgb of PGB")).isEqualTo("een pgb of PGB");
        assertThat(markeer("de ioaw")).isEqualTo("de ioaw");
        assertThat(markeer("de IOAW")).isEqualTo("de [ioaw:IOAW]");
    }

    @Test
    void alleenHeleWoordenEnDeLangsteTermWint() {
        assertThat(markeer("inwoners en Jeugdwet")).isEqualTo("inwoners en Jeugdwet");
        assertThat(markeer("de Wet gemeentelijke schuldhulpverlening")).isEqualTo("de [wgs:Wet gemeentelijke schuldhulpverlening]");
        assertThat(markeer("pgb-plan")).isEqualTo("pgb-plan");
        assertThat(markeer("met taxivervoer")).isEqualTo("met [taxi:taxivervoer]");
    }

    @Test
    void eenKeerPerArtikelEnNietInLinksOfKnoppen() {
        assertThat(markeer("inwoner en inwoner")).isEqualTo("[inwoner:inwoner] en inwoner");
        assertThat(markeer("<a href=\"x\">inwoner</a> inwoner")).isEqualTo("<a href=\"x\">inwoner</a> [inwoner:inwoner]");
        assertThat(markeer("<em>Inwoner</em>")).isEqualTo("<em>[inwoner:Inwoner]</em>");
    }
}

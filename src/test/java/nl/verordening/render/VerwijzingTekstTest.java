package nl.verordening.render;

import static nl.verordening.render.Modellen.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verordening.model.Verordening;
import org.junit.jupiter.api.Test;

class VerwijzingTekstTest {

    static Verordening model() {
        return verordening(List.of(),
                hoofdstuk("begrippen", "1", "Begrippenlijst", List.of(), List.of(),
                        List.of(begrip("pgb", "Persoonsgebonden budget", List.of("Pgb"), alinea("een geldbedrag")))),
                hoofdstuk("hulpvraag", "3", "De hulpvraag", List.of(), List.of(), List.of(),
                        paragraaf("gesprek", "3.3", "Stap 3", List.of(), List.of(),
                                artikel("inhoud-gesprek", "3.3.1 A", "Inhoud gesprek", List.of()))),
                hoofdstuk("wonen", "4", "Wonen", List.of(), List.of(), List.of(),
                        artikel("eigen-bijdrage", "4.6.4", "Eigen bijdrage", List.of())));
    }

    private static String tekst(String doel, String lid, String onderdeel) {
        return VerwijzingTekst.van(verwijzing(doel, lid, onderdeel), model());
    }

    @Test
    void naarArtikel() {
        assertThat(tekst("eigen-bijdrage", null, null)).isEqualTo("artikel 4.6.4");
        assertThat(tekst("inhoud-gesprek", null, null)).isEqualTo("artikel 3.3.1 A");
    }

    @Test
    void artikelMetLidEnOnderdeel() {
        assertThat(tekst("eigen-bijdrage", "2", null)).isEqualTo("artikel 4.6.4, tweede lid");
        assertThat(tekst("eigen-bijdrage", "2", "a")).isEqualTo("artikel 4.6.4, tweede lid, onder a");
        assertThat(tekst("eigen-bijdrage", null, "a")).isEqualTo("artikel 4.6.4, onder a");
        assertThat(tekst("eigen-bijdrage", "3a", null)).isEqualTo("artikel 4.6.4, lid 3a");
    }

    @Test
    void paragraafHoofdstukBegrip() {
        assertThat(tekst("gesprek", null, null)).isEqualTo("paragraaf 3.3");
        assertThat(tekst("hulpvraag", null, null)).isEqualTo("hoofdstuk 3");
        assertThat(tekst("pgb", null, null)).isEqualTo("Persoonsgebonden budget");
    }

    @Test
    void onbekendDoelAlsIdTussenHaken() {
        assertThat(tekst("bestaat-niet", "2", null)).isEqualTo("[bestaat-niet]");
        assertThat(tekst(null, null, null)).isEqualTo("[null]");
    }
}

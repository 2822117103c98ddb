package nl.verordening.render;

import static nl.verordening.render.Modellen.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verordening.model.Inline;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import org.junit.jupiter.api.Test;

class InlineTekstTest {

    private static final Verordening V = verordening(
            List.of(parameterDef("toeslag", "EUR", "2026-01-01", "465")),
            hoofdstuk("wonen", "4", "Wonen", List.of(), List.of(), List.of(),
                    artikel("eigen-bijdrage", "4.6.4", "Eigen bijdrage", List.of())));

    private static String platte(Object... delen) {
        return InlineTekst.platte(tekst(delen), V);
    }

    @Test
    void opmaakWordtTekst() {
        assertThat(platte("Dit is ", new Inline.Nadruk(List.of(new Inline.Platte("echt"))), " ",
                new Inline.Sterk(List.of(new Inline.Platte("belangrijk"), new Inline.Nadruk(List.of(new Inline.Platte("!")))))))
                .isEqualTo("Dit is echt belangrijk!");
    }

    @Test
    void linkMetUrlAlleenAlsTekstAfwijkt() {
        assertThat(platte("zie ", new Inline.Link("https://www.oude-ijsselstreek.nl", List.of(new Inline.Platte("de website")))))
                .isEqualTo("zie de website (https://www.oude-ijsselstreek.nl)");
        assertThat(platte(new Inline.Link("https://www.oude-ijsselstreek.nl", List.of(new Inline.Platte("https://www.oude-ijsselstreek.nl")))))
                .isEqualTo("https://www.oude-ijsselstreek.nl");
        assertThat(platte(new Inline.Link("https://www.stoerversterkt.nl/", List.of(new Inline.Platte("www.stoerversterkt.nl")))))
                .isEqualTo("www.stoerversterkt.nl");
        assertThat(platte(new Inline.Link("mailto:info@samensterkerthuis.nl", List.of(new Inline.Platte("info@samensterkerthuis.nl")))))
                .isEqualTo("info@samensterkerthuis.nl");
    }

    @Test
    void verwijzingEnParameter() {
        assertThat(platte("Zoals bedoeld in ", verwijzing("eigen-bijdrage", "2", null), " is de toeslag ",
                parameter("toeslag"), "."))
                .isEqualTo("Zoals bedoeld in artikel 4.6.4, tweede lid is de toeslag € 465.");
    }

    @Test
    void leegBlijftLeeg() {
        assertThat(InlineTekst.platte(new Tekst(List.of()), V)).isEmpty();
    }
}

package nl.verordening.render.tekst;

import static nl.verordening.render.Modellen.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Metadata;
import nl.verordening.model.Verordening;
import nl.verordening.render.GeheugenOutput;
import org.junit.jupiter.api.Test;

class KaleTekstOpmaakTest {

    private final KaleTekstOpmaak opmaak = new KaleTekstOpmaak(verordening(List.of()));

    @Test
    void lidZonderAlineaVooraan() {
        assertThat(opmaak.blokken(List.of(lid("1", lijst(LijstSoort.LETTERS, onderdeel("a", "een;"), onderdeel("b", "twee."))))))
                .isEqualTo("1.\n   a. een;\n   b. twee.");
    }

    @Test
    void ontbrekendeLabelsVolgenUitDePlaats() {
        assertThat(opmaak.blokken(List.of(
                lijst(LijstSoort.LETTERS, onderdeel(null, "x"), onderdeel("", "y")),
                lijst(LijstSoort.ROMEINS, onderdeel(null, "x"), onderdeel(null, "y"), onderdeel(null, "z"), onderdeel(null, "w")),
                lijst(LijstSoort.CIJFERS, onderdeel(null, "x"), onderdeel("7.", "y")))))
                .isEqualTo("a. x\nb. y\n\ni. x\nii. y\niii. z\niv. w\n\n1. x\n7. y");
    }

    @Test
    void genesteOnderdelenSpringenPerNiveauDrieSpatiesIn() {
        assertThat(opmaak.blokken(List.of(lid("2", alinea("Hoofd:"),
                lijst(LijstSoort.LETTERS, onderdeel("a", alinea("sub:"),
                        lijst(LijstSoort.ROMEINS, onderdeel("i", alinea("subsub:"),
                                lijst(LijstSoort.OPSOMMING, onderdeel(null, "diep")))))),
                alinea("Slot van het lid.")))))
                .isEqualTo("2. Hoofd:\n\n   a. sub:\n      i. subsub:\n         - diep\n\n   Slot van het lid.");
    }

    @Test
    void wettenregelMiddenInArtikelHoortBijWatVolgt() {
        assertThat(opmaak.blokken(List.of(alinea("Eerst."), wettenregel("Jeugdwet"), alinea("Dan."), alinea("Tot slot."))))
                .isEqualTo("Eerst.\n\n[Jeugdwet]\nDan.\n\nTot slot.");
    }

    @Test
    void begripMetLijstAlsDefinitie() {
        var b = begrip("onderwijs", "Onderwijs", List.of(), lijst(LijstSoort.OPSOMMING, onderdeel(null, "Bo: basis"), onderdeel(null, "SO: speciaal")));
        assertThat(opmaak.term(b) + ": " + opmaak.definitie(b)).isEqualTo("Onderwijs: \n- Bo: basis\n- SO: speciaal");
        var c = begrip("x", "Maatwerkvoorziening", List.of(), alinea("een voorziening."), alinea("Als het gaat om de Jeugdwet: iets anders."));
        assertThat(opmaak.term(c) + ": " + opmaak.definitie(c))
                .isEqualTo("Maatwerkvoorziening: een voorziening.\nAls het gaat om de Jeugdwet: iets anders.");
    }

    @Test
    void kop() {
        assertThat(opmaak.kop("3", "De hulpvraag ")).isEqualTo("3 De hulpvraag");
        assertThat(opmaak.kop("3.1.1 A", null)).isEqualTo("3.1.1 A");
        assertThat(opmaak.kop(null, "Titel")).isEqualTo("Titel");
    }

    @Test
    void zonderVaststellingsdatumEnOndertekeningGeenFout() throws IOException {
        Metadata m = metadata();
        Metadata zonder = new Metadata(m.gemeente(), m.cbsCode(), m.titel(), m.citeertitel(), m.jaar(), null,
                m.inwerkingtreding(), null, List.of(), null, m.pos());
        GeheugenOutput out = new GeheugenOutput();
        new KaleTekstRenderer().render(new Verordening(zonder, List.of(), List.of(), List.of()), out);
        assertThat(out.tekst(KaleTekstRenderer.BESTAND)).isEqualTo(m.titel() + "\n\n"
                + "Vastgesteld door de gemeenteraad van de gemeente Oude IJsselstreek,\n");
    }

    @Test
    void normaliseer() {
        assertThat(KaleTekstRenderer.normaliseer("\n\na  \r\n\n\n\nb\t\n\n")).isEqualTo("a\n\nb\n");
        assertThat(KaleTekstRenderer.normaliseer("")).isEqualTo("\n");
    }
}

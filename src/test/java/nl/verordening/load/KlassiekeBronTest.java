package nl.verordening.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Orgaan;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** De klassieke bron (nadere regels van het college, VNG-model): elk nieuw onderdeel van het formaat. */
class KlassiekeBronTest {

    static final String H1 = "hoofdstukken/01-algemene-bepalingen.yaml";
    static Verordening v;

    @BeforeAll
    static void laad() throws Exception {
        v = new SourceLoader().load(Path.of("src/test/resources/bron/klassiek"));
    }

    @Test
    void orgaanDatumsEnInwerkingtredingAlsTekst() {
        var m = v.metadata();
        assertThat(m.orgaan()).isEqualTo(Orgaan.COLLEGE);
        assertThat(m.vastgesteld()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(m.inwerkingtreding()).isNull();
        assertThat(m.inwerkingtredingTekst()).isEqualTo("de dag na die van de bekendmaking");
        assertThat(m.slotformule()).isNull();
        assertThat(m.ondertekening().ondertekenaars()).extracting(o -> o.functie()).containsExactly("De secretaris", "De burgemeester");
    }

    @Test
    void aanhefMetTekstGeletOpEnBesluit() {
        var a = v.metadata().aanhef();
        assertThat(a.tekst()).extracting(b -> ((Blok.Alinea) b).tekst().platteTekst())
                .containsExactly("Het college van burgemeester en wethouders van de gemeente Voorbeeldstad;");
        assertThat(a.geletOp()).extracting(Tekst::platteTekst).containsExactly(
                "artikel 2.1.3 van de Wet maatschappelijke ondersteuning 2015",
                "artikel 5 van de Verordening maatschappelijke ondersteuning Voorbeeldstad 2026");
        assertThat(a.besluit()).extracting(b -> ((Blok.Alinea) b).tekst().platteTekst())
                .containsExactly("vast te stellen de volgende regeling: Nadere regels maatschappelijke ondersteuning Voorbeeldstad 2026.");
    }

    @Test
    void leegWettenregister() {
        assertThat(v.wetten()).isEmpty();
        assertThat(v.artikelen()).allMatch(a -> a.wetten().isEmpty());
    }

    @Test
    void begripsbepalingenAlsLetteredOnderdelen() {
        Blok.Lid lid1 = v.artikelen().get(0).lid("1").orElseThrow();
        Blok.Begrippenlijst lijst = (Blok.Begrippenlijst) lid1.inhoud().get(1);
        assertThat(lijst.soort()).isEqualTo(LijstSoort.LETTERS);
        assertThat(lijst.begrippen()).extracting(Begrip::label).containsExactly("a", "b", "c", "d");
        assertThat(lijst.begrippen()).extracting(Begrip::id)
                .containsExactly("begrip-aanvrager", "begrip-hulpmiddel", "begrip-maatwerk", "begrip-wet");
        assertThat(lijst.begrippen().get(1).varianten()).containsExactly("hulpmiddelen");
        assertThat(lijst.begrippen().get(0).pos()).isEqualTo(new SourcePosition(H1, 13, 17));
        // Ze horen bij alle begrippen van de verordening, en verwijzingen ernaar worden opgelost.
        assertThat(v.begrippen()).extracting(Begrip::term).containsExactly("aanvrager", "hulpmiddel", "maatwerkvoorziening", "wet");
        assertThat(v.index().element("begrip-maatwerk")).isPresent();
    }

    @Test
    void artikelZonderTitel() {
        Artikel a = v.artikelen().get(1);
        assertThat(a.nummer()).isEqualTo("2");
        assertThat(a.titel()).isEmpty();
    }

    @Test
    void bijlageMetTabel() {
        assertThat(v.bijlagen()).hasSize(1);
        Bijlage b = v.bijlagen().get(0);
        assertThat(b.nummer()).isEqualTo("1");
        assertThat(b.id()).isEqualTo("bijlage-tarieven");
        assertThat(b.titel()).isEqualTo("Tarieven");
        assertThat(b.pos().file()).isEqualTo("bijlagen/01-tarieven.yaml");
        Blok.Tabel t = (Blok.Tabel) b.inhoud().get(1);
        assertThat(t.titel().platteTekst()).isEqualTo("Tarieven 2026");
        assertThat(t.kop().cellen()).extracting(Tekst::platteTekst).containsExactly("Voorziening", "Tarief", "Eenheid");
        assertThat(t.rijen()).extracting(r -> r.cellen().stream().map(Tekst::platteTekst).toList()).containsExactly(
                java.util.List.of("Huishoudelijke ondersteuning", "€ 35,50", "per uur"),
                java.util.List.of("Begeleiding", "€ 62,10", "per uur"),
                // Een rij met minder cellen dan de kop mag: zo staan ze in echte bijlagen.
                java.util.List.of("Woningaanpassing", "naar offerte"));
        assertThat(t.kolommen()).isEqualTo(3);
        assertThat(t.rijen().get(2).pos()).isEqualTo(new SourcePosition("bijlagen/01-tarieven.yaml", 12, 11));
    }
}

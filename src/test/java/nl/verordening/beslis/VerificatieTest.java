package nl.verordening.beslis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.verordening.model.Verordening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** De partitie-analyse: gehele getallen, gaten met een concrete invoer, getallen in Nederlandse tekst. */
class VerificatieTest {

    @TempDir
    Path map;

    static final String REGELS = """
              - {als: {leeftijd: '<18'}, dan: {bedrag: 0}}
              - {als: {leeftijd: '[18..20]'}, dan: {bedrag: 10}}
              - {als: {leeftijd: '>=21'}, dan: {bedrag: 30}}
            """;

    static String tabel(boolean geheel) {
        return "id: t\ntitel: Test\ngrondslag: [vergoeding-van-kosten]\ninvoer:\n  - {naam: leeftijd, type: getal, geheel: " + geheel
                + "}\nuitvoer:\n  - {naam: bedrag, type: getal}\nregels:\n" + REGELS;
    }

    List<Verificatie.Bevinding> verifieer(Verordening v) {
        return new Verificatie(v, LocalDate.of(2026, 1, 1)).verifieer(v.beslistabellen().get(0));
    }

    @Test
    void bijGeheleGetallenSluiten20En21Aan() throws Exception {
        assertThat(verifieer(MiniBron.laad(map.resolve("a"), tabel(true)))).extracting(Verificatie.Bevinding::soort)
                .doesNotContain(Verificatie.Soort.GAT);
    }

    @Test
    void bijGebrokenGetallenLigtErEenGatTussen20En21() throws Exception {
        List<Verificatie.Bevinding> b = verifieer(MiniBron.laad(map.resolve("b"), tabel(false)));
        assertThat(b).filteredOn(x -> x.soort() == Verificatie.Soort.GAT).singleElement()
                .satisfies(x -> assertThat(x.bericht()).isEqualTo("tabel t (UNIQUE) heeft geen regel voor 1 deel van de invoer, bijvoorbeeld leeftijd=20.5"));
    }

    /** Zoals de verificatie getallen vergelijkt: zonder nullen achteraan (1000 en 1E+3 zijn één getal). */
    static BigDecimal g(String s) {
        return new BigDecimal(s).stripTrailingZeros();
    }

    @Test
    void getallenUitTekstZoalsEenVerordeningZeSchrijft() {
        assertThat(Verificatie.getallenIn("bij een benadelingsbedrag vanaf € 1.000,- tot € 2.000,-"))
                .contains(g("1000"), g("2000"));
        assertThat(Verificatie.getallenIn("De premie is 62,50 euro")).contains(g("62.50"));
        assertThat(Verificatie.getallenIn("Binnen zes weken na melding, gedurende één maand")).contains(g("6"), g("1"));
        assertThat(Verificatie.getallenIn("een periode van één jaar achter elkaar")).contains(g("12"));
        assertThat(Verificatie.getallenIn("20 procent; de hoogte wordt verdubbeld")).contains(g("40"));
        assertThat(Verificatie.getallenIn("20 procent")).doesNotContain(g("40"));
    }

    @Test
    void deEchteTabellenGevenAlleenDeGemeldeDubbelzinnigheden() {
        List<Verificatie.Bevinding> b = Verificatie.van(Bron.verordening());
        assertThat(b).extracting(Verificatie.Bevinding::soort).containsOnly(Verificatie.Soort.TWIJFEL);
        assertThat(b).extracting(Verificatie.Bevinding::element).containsExactly("hoogte-van-de-toeslag",
                "vergoeding-van-kosten#lid-1", "vergoeding-van-kosten#lid-2", "vergoeding-van-kosten#lid-2", "opstartpremie",
                "besluit", "herhaling-recidive#lid-1");
    }
}

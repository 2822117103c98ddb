package nl.verordening.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import nl.verordening.check.Verwachtingen.Verwacht;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.SourcePosition;
import nl.verordening.testutil.Mappen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** De harness zelf: een verkeerde verwachting moet falen, anders bewijzen de fixtures niets. */
class VerwachtingenTest {

    static final String H = "hoofdstukken/01-vervoer.yaml";

    @TempDir
    Path tmp;

    private static Finding f(String bestand, int regel, String code, String bericht) {
        return new Finding(code, Severity.WARNING, new SourcePosition(bestand, regel, 5), bericht);
    }

    @Test
    void commentaarMetCodeEnTekst() {
        List<Verwacht> v = Verwachtingen.uitYaml(H, "a: 1\n  wetten: [Wmo LLV]  # verwacht: WET001 \"zonder komma\"\nb: 2 # gewoon commentaar\n");
        assertThat(v).containsExactly(new Verwacht(H, 2, "WET001", "zonder komma"));
    }

    @Test
    void tweeVerwachtingenOpEenRegel() {
        List<Verwacht> v = Verwachtingen.uitYaml(H, "x: y  # verwacht: veld-onbekend \"bedoelde u\" verwacht: veld-ontbreekt\n");
        assertThat(v).containsExactly(new Verwacht(H, 1, "veld-onbekend", "bedoelde u"), new Verwacht(H, 1, "veld-ontbreekt", null));
    }

    @Test
    void verwachtTxtMetEnZonderPlek() {
        List<Verwacht> v = Verwachtingen.uitTxt("# uitleg\nlaad: elders\nbestand-onleesbaar \"kan\"\nhoofdstukken/02.yaml:1 bestand-leeg\n");
        assertThat(v).containsExactly(new Verwacht(null, 0, "bestand-onleesbaar", "kan"),
                new Verwacht("hoofdstukken/02.yaml", 1, "bestand-leeg", null));
        assertThatThrownBy(() -> Verwachtingen.uitTxt("twee woorden zonder aanhalingstekens")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gelijkIsGoed() {
        assertThat(Verwachtingen.vergelijk(List.of(new Verwacht(H, 2, "WET001", "komma")),
                List.of(f(H, 2, "WET001", "zonder komma")))).isEmpty();
    }

    @Test
    void ontbrekendeBevindingFaalt() {
        assertThat(Verwachtingen.vergelijk(List.of(new Verwacht(H, 2, "WET001", null)), List.of()))
                .containsExactly("ontbreekt:  " + H + ":2: WET001");
    }

    @Test
    void onverwachteBevindingFaalt() {
        assertThat(Verwachtingen.vergelijk(List.of(), List.of(f(H, 7, "WET001", "x"))))
                .containsExactly("onverwacht: " + H + ":7: WET001 x");
    }

    @Test
    void verkeerdeRegelGeeftBeide() {
        assertThat(Verwachtingen.vergelijk(List.of(new Verwacht(H, 2, "WET001", null)), List.of(f(H, 3, "WET001", "x"))))
                .containsExactly("ontbreekt:  " + H + ":2: WET001", "onverwacht: " + H + ":3: WET001 x");
    }

    @Test
    void verkeerdeCodeOfBestandFaalt() {
        assertThat(Verwachtingen.vergelijk(List.of(new Verwacht(H, 2, "WET002", null)), List.of(f(H, 2, "WET001", "x")))).hasSize(2);
        assertThat(Verwachtingen.vergelijk(List.of(new Verwacht("wetten.yaml", 2, "WET001", null)), List.of(f(H, 2, "WET001", "x")))).hasSize(2);
    }

    @Test
    void tekstDieNietInHetBerichtStaatFaalt() {
        assertThat(Verwachtingen.vergelijk(List.of(new Verwacht(H, 2, "WET001", "met komma")), List.of(f(H, 2, "WET001", "zonder komma"))))
                .singleElement().asString().startsWith("tekst ontbreekt: " + H + ":2: WET001");
    }

    @Test
    void zonderRegelTeltAlleenDeCode() {
        Finding zonderPlek = new Finding("bestand-onleesbaar", Severity.ERROR, new SourcePosition("a/b.yaml", 0, 0), "kan niet");
        assertThat(Verwachtingen.vergelijk(List.of(new Verwacht(null, 0, "bestand-onleesbaar", null)), List.of(zonderPlek))).isEmpty();
        assertThat(Verwachtingen.vergelijk(List.of(), List.of(zonderPlek))).containsExactly("onverwacht: bestand-onleesbaar kan niet");
    }

    /** Een echte fixture met een verkeerde verwachting: de harness moet het zien. */
    @Test
    void fixtureMetVerkeerdeVerwachtingFaalt() throws Exception {
        Path fixture = Mappen.kopieer(FixtureTest.FIXTURES.resolve("WET001/artikelkop"), tmp.resolve("fixture"));
        assertThat(Verwachtingen.vergelijk(Verwachtingen.lees(fixture), Verwachtingen.bevindingen(fixture))).isEmpty();
        Path h = fixture.resolve(H);
        String tekst = java.nio.file.Files.readString(h);
        // De verwachting een regel te laag: ontbreekt daar, onverwacht op de echte regel.
        java.nio.file.Files.writeString(h, tekst.replace("  # verwacht: WET001 \"'Wmo, Jeugdwet'\"\n", "\n")
                .replace("        inhoud:\n", "        inhoud:  # verwacht: WET001\n"));
        List<String> problemen = Verwachtingen.vergelijk(Verwachtingen.lees(fixture), Verwachtingen.bevindingen(fixture));
        assertThat(problemen).hasSize(2);
        assertThat(problemen.get(0)).startsWith("ontbreekt:  " + H + ":17: WET001");
        assertThat(problemen.get(1)).startsWith("onverwacht: " + H + ":16: WET001");
    }
}

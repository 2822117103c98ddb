package nl.verordening.bron;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Verordening;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * De echte bron: de Verordening Sociaal Domein gemeente Oude IJsselstreek 2026, gecontroleerd tegen
 * aantallen die onafhankelijk uit de vastgestelde tekst zijn geteld (koppen, "Kernwaarden:"-blokken
 * en begrippen in seeds/003), niet uit de importeur.
 */
class OudeIJsselstreekTest {

    /** Alle artikelnummers van de vastgestelde tekst, in volgorde (134). */
    static final List<String> ARTIKELEN = Arrays.asList((
            "2.1|2.2|2.3|2.4|3.1.1 A|3.1.1 B|3.1.1 C|3.1.1 D|3.1.2 A|3.1.2 B|3.1.2 C|3.1.2 D|3.1.3|3.2.1 A|3.2.1 B|3.2.2|"
            + "3.2.3 A|3.2.3 B|3.2.3 C|3.2.3 D|3.2.4|3.2.5|3.3.1|3.3.2|3.3.3|3.3.4|3.3.5|3.3.6|3.3.7|3.3.8|3.4.1|3.4.2|3.4.3|"
            + "3.5.1|3.5.2|4.1|4.2|4.3|4.4|4.5|4.6.1|4.6.2|4.6.3|4.6.4|4.6.5|4.6.6|4.6.7|4.6.8|5.1|5.2.1|5.2.2|5.2.3|5.2.3 A|"
            + "5.2.3 B|5.2.3 C|5.2.4|5.3.1|5.3.2|5.4.1|5.4.2|5.5|5.6.1|5.6.2|6.1|6.2|6.3.1|6.3.2|6.3.3|6.3.4|6.3.5|6.4.1|6.4.2|"
            + "6.4.3|6.5|7.1|7.2.1|7.2.2|7.2.3|7.2.4|7.2.5|7.2.6|7.2.7|7.2.8|7.2.9|7.2.10|7.2.11|7.2.12|7.2.13|7.2.14|7.3|7.4|"
            + "8.1.1|8.1.2|8.2.1|8.2.2|9.1|9.2|9.3.1|9.3.2|9.4|10.1.1|10.1.2|10.2.1|10.2.2|10.3.1|10.3.2|10.3.3|10.3.4|10.4.1|"
            + "10.4.2|10.4.3|10.4.4|10.4.5|10.4.6|10.4.7|10.4.8|10.4.9|10.4.10|11.1|11.2|11.3|12.1|12.2|12.3|12.4|12.5|13.1|"
            + "13.2|13.3|14.1|14.2|14.3|14.4|14.5").split("\\|"));

    static Verordening v;

    @BeforeAll
    static void laad() throws Exception {
        v = new SourceLoader().load(Path.of("verordening-source"));
    }

    @Test
    void veertienHoofdstukken() {
        assertThat(v.hoofdstukken()).extracting(h -> h.nummer() + " " + h.titel()).containsExactly(
                "1 Begrippenlijst", "2 Inleiding", "3 De hulpvraag", "4 Gezond en veilig opgroeien",
                "5 Wonen in een veilige en gezonde omgeving", "6 De vorm van de hulp", "7 Werk en Participatie",
                "8 Inkomen en Schulden", "9 Inburgering", "10 Afspraken tussen inwoner en gemeente",
                "11 Inspraak en inwonersparticipatie", "12 Niet eens met de uitvoering", "13 Kwaliteit en aanbesteding",
                "14 Van oud naar nieuw");
    }

    @Test
    void elkArtikelVanDeVastgesteldeTekstInVolgorde() {
        assertThat(ARTIKELEN).hasSize(134);
        assertThat(v.artikelen()).extracting(Artikel::nummer).containsExactlyElementsOf(ARTIKELEN);
        assertThat(v.artikelen()).allSatisfy(a -> assertThat(a.titel()).isNotBlank());
    }

    @Test
    void twintigParagrafen() {
        assertThat(v.paragrafen()).extracting(p -> p.nummer()).containsExactly("3.1", "3.2", "3.3", "3.4", "3.5", "4.6", "5.2",
                "5.3", "5.4", "5.6", "6.3", "6.4", "7.2", "8.1", "8.2", "9.3", "10.1", "10.2", "10.3", "10.4");
    }

    @Test
    void kernwaardenPerHoofdstuk() {
        Map<String, Integer> aantal = v.hoofdstukken().stream()
                .collect(Collectors.toMap(Hoofdstuk::nummer, h -> h.kernwaarden().size()));
        assertThat(aantal).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("1", 0), Map.entry("2", 0), Map.entry("3", 5),
                Map.entry("4", 6), Map.entry("5", 6), Map.entry("6", 5), Map.entry("7", 0), Map.entry("8", 5), Map.entry("9", 4),
                Map.entry("10", 4), Map.entry("11", 2), Map.entry("12", 3), Map.entry("13", 4), Map.entry("14", 3)));
        assertThat(v.hoofdstukken().get(2).kernwaarden().get(0).tekst().platteTekst()).isEqualTo("De gemeente maakt hulp makkelijk bereikbaar.");
    }

    @Test
    void deVolledigeBegrippenlijst() {
        List<Begrip> b = v.begrippen();
        assertThat(b).hasSize(81);
        assertThat(b.get(0).term()).isEqualTo("Aangepast vervoer");
        assertThat(b.get(80).term()).isEqualTo("W.P.O/WEC/WVO");
        assertThat(b).extracting(Begrip::term).contains("De hulpvraag", "L.L.V.", "Taxivervoer (anders dan collectief taxivervoer)");
        Begrip pgb = b.stream().filter(x -> x.term().equals("Persoonsgebonden budget")).findFirst().orElseThrow();
        assertThat(pgb.afkortingen()).containsExactly("Pgb");
        assertThat(v.hoofdstukken().get(0).begrippen()).hasSize(81);
    }

    @Test
    void gegevensEnOndertekening() {
        var m = v.metadata();
        assertThat(m.gemeente()).isEqualTo("Oude IJsselstreek");
        assertThat(m.cbsCode()).isEqualTo("gm1509");
        assertThat(m.citeertitel()).isEqualTo("Verordening Sociaal Domein gemeente Oude IJsselstreek 2026");
        assertThat(m.jaar()).isEqualTo(2026);
        assertThat(m.vastgesteld()).isEqualTo(LocalDate.of(2025, 12, 18));
        assertThat(m.inwerkingtreding()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(m.intrekt()).isEqualTo("Verordening Sociaal Domein gemeente Oude IJsselstreek 2025");
        assertThat(m.aanhef().isEmpty()).isTrue();
        assertThat(m.ondertekening().ondertekenaars()).extracting(o -> o.functie() + " " + o.naam())
                .containsExactly("De raadsgriffier M.B.J. Looman", "De raadsvoorzitter L.J. Werger");
    }

    @Test
    void wettenregelsZoalsVastgesteld() {
        Artikel a = artikel("3.1.1 A");
        assertThat(a.wetten()).extracting(t -> t.code()).containsExactly("Wmo", "LLV", "Wgs");
        Artikel inspraak = artikel("11.2");
        assertThat(inspraak.wetten()).extracting(t -> t.code() + "/" + t.geschreven())
                .containsExactly("Jeugdwet/Jeugdwet", "Wmo/Wmo LLV", "LLV/Wmo LLV", "PW/PW", "Wgs/Wgs");
    }

    private static Artikel artikel(String nummer) {
        return v.artikelen().stream().filter(a -> a.nummer().equals(nummer)).findFirst().orElseThrow();
    }
}

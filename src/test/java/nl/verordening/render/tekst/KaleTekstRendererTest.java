package nl.verordening.render.tekst;

import static nl.verordening.render.Modellen.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Verordening;
import nl.verordening.render.GeheugenOutput;
import nl.verordening.render.Templates;
import nl.verordening.testutil.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KaleTekstRendererTest {

    static Verordening model() {
        return verordening(
                List.of(parameterDef("toeslag", "EUR", "2025-01-01", "450", "2026-01-01", "465")),
                hoofdstuk("begrippen", "1", "Begrippenlijst",
                        List.of(alinea("Een verordening is een verzameling regels.")),
                        List.of(),
                        List.of(begrip("aangepast-vervoer", "Aangepast vervoer", List.of(), alinea("collectief taxivervoer.")),
                                begrip("pgb", "Persoonsgebonden budget", List.of("Pgb"),
                                        alinea("een geldbedrag waarmee iemand zelf hulp kan inkopen.")),
                                begrip("wpo", "Onderwijswetten", List.of("WPO", "WEC"),
                                        alinea("de wetten over:"),
                                        lijst(LijstSoort.OPSOMMING, onderdeel(null, "primair onderwijs;"),
                                                onderdeel(null, "expertisecentra."))))),
                hoofdstuk("hulpvraag", "3", "De hulpvraag",
                        List.of(alinea("Dit hoofdstuk gaat over de   hulpvraag.\nEen tweede zin."),
                                alinea("Hoe de gemeente omgaat met signalen, wordt hier niet beschreven.")),
                        List.of("De gemeente maakt hulp makkelijk bereikbaar.", "De hulpvraag van de inwoner staat centraal."),
                        List.of(),
                        paragraaf("stap-1", "3.1", "Stap 1: Melding bij de gemeente", wetten("Wmo", "Jeugdwet"),
                                List.of(alinea("Inleiding bij stap 1.")),
                                artikel("indienen", "3.1.1 A", "Indienen hulpvraag bij de gemeente", wetten("Wmo", "LLV", "Wgs"),
                                        alinea("De inwoner kan deze melding op de volgende manieren doen:"),
                                        lijst(LijstSoort.OPSOMMING,
                                                onderdeel(null, "online, via de website;"),
                                                onderdeel(null, "telefonisch.")))),
                        artikel("inhoud-gesprek", "3.2.3 A", "Inhoud gesprek", wetten("Jeugdwet", "LLV"),
                                lid("1", alinea("De medewerker onderzoekt:"),
                                        lijst(LijstSoort.LETTERS,
                                                onderdeel("a", "de hulpvraag;"),
                                                onderdeel("b", alinea("de situatie, met name:"),
                                                        lijst(LijstSoort.ROMEINS,
                                                                onderdeel("i", "het wonen;"),
                                                                onderdeel("ii", "het werk;"))),
                                                onderdeel("c", "de omgeving."))),
                                wettenregel("Jeugdwet"),
                                lid("2", alinea("Zie ook ", verwijzing("eigen-bijdrage", "2", null), ".")),
                                lid("3", alinea("Het is niet toegestaan."), alinea("Dit om belangenverstrengeling te voorkomen.")))),
                hoofdstuk("wonen", "4", "Wonen", List.of(), List.of(), List.of(),
                        artikel("eigen-bijdrage", "4.6.4", "Eigen bijdrage", wetten("Wmo LLV", "Wgs"),
                                alinea("De toeslag is ", parameter("toeslag"), " per maand voor:"),
                                lijst(LijstSoort.CIJFERS, onderdeel("1", "een alleenstaande;"), onderdeel("2", "gehuwden.")))));
    }

    private static String render(Verordening v, GeheugenOutput out) throws IOException {
        new KaleTekstRenderer().render(v, out);
        return out.tekst("kale-tekst/verordening.txt");
    }

    private static String render(Verordening v) throws IOException {
        return render(v, new GeheugenOutput());
    }

    @Test
    void naamEnBestand() throws IOException {
        GeheugenOutput out = new GeheugenOutput();
        new KaleTekstRenderer().render(model(), out);
        assertThat(new KaleTekstRenderer().name()).isEqualTo("kale-tekst");
        assertThat(out.bestanden()).containsOnlyKeys("kale-tekst/verordening.txt");
    }

    /** De hele tekst van {@link #model()}; verwacht: golden/kale-tekst/alle-blokken.txt. */
    @Test
    void heleTekst() throws IOException {
        Golden.assertMatches("kale-tekst/alle-blokken.txt", render(model()));
    }

    @Test
    void hoofdstukkopEnKernwaarden() throws IOException {
        assertThat(render(model())).contains("\n3 De hulpvraag\nDit hoofdstuk gaat over de hulpvraag.")
                .contains("\nKernwaarden:\n- De gemeente maakt hulp makkelijk bereikbaar.\n- De hulpvraag van de inwoner staat centraal.\n");
    }

    @Test
    void begripMetAfkorting() throws IOException {
        assertThat(render(model())).contains("\nPersoonsgebonden budget (Pgb): een geldbedrag waarmee iemand zelf hulp kan inkopen.\n");
    }

    @Test
    void artikelMetWettenregelLedenEnOnderdelen() throws IOException {
        assertThat(render(model())).contains(String.join("\n",
                "3.2.3 A Inhoud gesprek",
                "[Jeugdwet, LLV]",
                "1. De medewerker onderzoekt:",
                "",
                "   a. de hulpvraag;",
                "   b. de situatie, met name:",
                "      i. het wonen;",
                "      ii. het werk;",
                "   c. de omgeving.",
                "",
                "[Jeugdwet]",
                "2. Zie ook artikel 4.6.4, tweede lid.",
                ""));
    }

    @Test
    void opsommingVerwijzingEnParameter() throws IOException {
        String t = render(model());
        assertThat(t).contains("\n- online, via de website;\n- telefonisch.\n");
        assertThat(t).contains("artikel 4.6.4, tweede lid");
        assertThat(t).contains("De toeslag is € 465 per maand voor:");
        assertThat(t).contains("[Wmo LLV, Wgs]");
    }

    @Test
    void vaststellingEnOndertekening() throws IOException {
        assertThat(render(model())).endsWith(String.join("\n",
                "Vastgesteld door de gemeenteraad van de gemeente Oude IJsselstreek in zijn openbare vergadering van 18 december 2025,",
                "",
                "De raadsgriffier,    De raadsvoorzitter,",
                "",
                "M.B.J. Looman        L.J. Werger",
                ""));
    }

    @Test
    void regeleindenEnAfsluiting() throws IOException {
        String t = render(model());
        assertThat(t).doesNotContain("\r").doesNotContain("\n\n\n").endsWith("Werger\n").doesNotEndWith("\n\n");
        for (String regel : t.split("\n")) assertThat(regel).doesNotEndWith(" ");
    }

    @Test
    void tweeKeerByteIdentiek() throws IOException {
        GeheugenOutput a = new GeheugenOutput();
        GeheugenOutput b = new GeheugenOutput();
        new KaleTekstRenderer().render(model(), a);
        new KaleTekstRenderer().render(model(), b);
        assertThat(a.bytes("kale-tekst/verordening.txt")).isEqualTo(b.bytes("kale-tekst/verordening.txt"));
        // ook met dezelfde sjablonen twee keer (macro's worden niet dubbel gedefinieerd)
        Templates t = Templates.bundled();
        GeheugenOutput c = new GeheugenOutput(t);
        GeheugenOutput d = new GeheugenOutput(t);
        new KaleTekstRenderer().render(model(), c);
        new KaleTekstRenderer().render(model(), d);
        assertThat(c.bytes("kale-tekst/verordening.txt")).isEqualTo(a.bytes("kale-tekst/verordening.txt"))
                .isEqualTo(d.bytes("kale-tekst/verordening.txt"));
    }

    @Test
    void aanhefAlleenAlsAanwezig() throws IOException {
        Verordening v = model();
        var m = v.metadata();
        var metAanhef = new nl.verordening.model.Metadata(m.gemeente(), m.cbsCode(), m.titel(), m.citeertitel(),
                m.jaar(), m.vastgesteld(), m.inwerkingtreding(), m.intrekt(),
                List.of(alinea("De raad van de gemeente Oude IJsselstreek;"), alinea("besluit:")),
                m.ondertekening(), m.pos());
        String t = render(new Verordening(metAanhef, v.wetten(), v.parameters(), v.hoofdstukken()));
        assertThat(t).startsWith(m.titel() + "\n\nDe raad van de gemeente Oude IJsselstreek;\n\nbesluit:\n\n1 Begrippenlijst\n");
        assertThat(render(v)).startsWith(m.titel() + "\n\n1 Begrippenlijst\n");
    }

    @Test
    void sjabloonVanDeGemeenteVervangtHetStandaardsjabloon(@TempDir Path map) throws IOException {
        Templates standaard = Templates.bundled();
        String sjabloon = standaard.source(KaleTekstRenderer.SJABLOON)
                .replace("$tekst.hoofdstukKop($h)", "HOOFDSTUK $h.nummer(). $h.titel().toUpperCase()");
        assertThat(sjabloon).contains("HOOFDSTUK");
        Path bestand = map.resolve(KaleTekstRenderer.SJABLOON);
        Files.createDirectories(bestand.getParent());
        Files.writeString(bestand, sjabloon, StandardCharsets.UTF_8);

        String t = render(model(), new GeheugenOutput(map));
        assertThat(t).contains("\nHOOFDSTUK 3. DE HULPVRAAG\nDit hoofdstuk gaat over de hulpvraag.")
                .contains("\nHOOFDSTUK 1. BEGRIPPENLIJST\n")
                .doesNotContain("\n3 De hulpvraag\n")
                .contains("\n3.1.1 A Indienen hulpvraag bij de gemeente\n");
    }
}

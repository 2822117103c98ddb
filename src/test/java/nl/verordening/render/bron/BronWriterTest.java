package nl.verordening.render.bron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Blok;
import nl.verordening.model.Inline;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import nl.verordening.testutil.Golden;
import nl.verordening.testutil.ZonderPosities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BronWriterTest {

    @TempDir
    Path dir;

    @Test
    void schrijvenEnWeerLadenGeeftHetzelfdeModel() throws Exception {
        Verordening v = new SourceLoader().load(Path.of("src/test/resources/bron/minimaal"));
        Verordening terug = schrijfEnLaad(v);
        assertThat(ZonderPosities.van(terug)).isEqualTo(ZonderPosities.van(v));
    }

    @Test
    void schrijftDeBestandenInEenVasteIndeling() throws Exception {
        Verordening v = new SourceLoader().load(Path.of("src/test/resources/bron/minimaal"));
        Map<String, String> files = new BronWriter().write(v);
        assertThat(files.keySet()).containsExactly("hoofdstukken/01-begrippenlijst.yaml", "hoofdstukken/02-vervoer-naar-school.yaml",
                "parameters.yaml", "verordening.yaml", "wetten.yaml");
        assertThat(files.get("hoofdstukken/02-vervoer-naar-school.yaml"))
                .contains("        wetten: [LLV, Wmo Jeugdwet]\n")
                .contains("          - lid: 2\n            tekst: 'De ouders doen de aanvraag:'\n            onderdelen:\n              - a: schriftelijk;\n");
        assertThat(new BronWriter().write(v)).isEqualTo(files);
    }

    /** Alle bestanden van de minimale bron, geschreven, tegen golden/bron/minimaal/. */
    @Test
    void minimaleBronZoalsGolden() throws Exception {
        Verordening v = new SourceLoader().load(Path.of("src/test/resources/bron/minimaal"));
        Map<String, String> files = new BronWriter().write(v);
        // assertAll: alle bestanden vergeleken (en met -Dgolden.update=true alle bijgewerkt) in één run
        assertAll(files.entrySet().stream()
                .map(e -> () -> Golden.assertMatches("bron/minimaal/" + e.getKey(), e.getValue())));
    }

    @Test
    void klassiekeBronHeenEnTerug() throws Exception {
        Verordening v = new SourceLoader().load(Path.of("src/test/resources/bron/klassiek"));
        assertThat(schrijfEnLaad(v)).isEqualTo(v);
    }

    /** De klassieke bron geschreven, tegen golden/bron/klassiek/: zo ziet elk nieuw onderdeel eruit. */
    @Test
    void klassiekeBronZoalsGolden() throws Exception {
        Verordening v = new SourceLoader().load(Path.of("src/test/resources/bron/klassiek"));
        Map<String, String> files = new BronWriter().write(v);
        assertThat(files.keySet()).containsExactly("bijlagen/01-tarieven.yaml", "hoofdstukken/01-algemene-bepalingen.yaml",
                "hoofdstukken/02-slotbepalingen.yaml", "verordening.yaml", "wetten.yaml");
        assertAll(files.entrySet().stream()
                .map(e -> () -> Golden.assertMatches("bron/klassiek/" + e.getKey(), e.getValue())));
    }

    @Test
    void elkeConstructieHeenEnTerug() throws Exception {
        Verordening v = Alles.verordening();
        Verordening terug = schrijfEnLaad(v);
        assertThat(terug).isEqualTo(v);
        // Niet alleen gelijk, maar ook echt alles erin: de test zelf bewaakt dat er niets leeg is.
        assertThat(terug.bijlagen()).hasSize(2);
        assertThat(terug.metadata().aanhef().besluit()).isNotEmpty();
        assertThat(terug.metadata().inwerkingtredingTekst()).isNotNull();
        assertThat(terug.metadata().kopstijl().paragraaf()).isEqualTo("§");
        assertThat(terug.metadata().ondertekening().volgorde()).isEqualTo(Ondertekening.Volgorde.NAAM_FUNCTIE);
    }

    @Test
    void tekstMetMarkdowntekensOfYamltekensKomtOngeschondenTerug() throws Exception {
        Verordening v = new SourceLoader().load(Path.of("src/test/resources/bron/minimaal"));
        List<String> lastig = List.of("1. begint als een lijst", "- begint als opsomming", "# lijkt een kop", "a *ster* en _laag_ en `code`",
                "[Jeugdwet] tussen haken, {{geen parameter}} en [[geen verwijzing]]", "yes", "met: dubbele punt", "eindigt op:",
                "'aanhalingstekens' en \"dubbele\"", "AT&T en &amp; en <b>html</b>", "€ 500,- per maand; 50% korting \\ backslash",
                "Een heel lange zin die zeker langer is dan honderd tekens en dus als gevouwen blok wordt geschreven, met een komma, "
                        + "een dubbele punt: en nog meer tekst zodat hij over meerdere regels loopt.",
                "dubbele  spaties  in een lange zin die toch langer is dan de regelbreedte van honderd tekens in het YAML-bestand, echt waar.");
        var h = v.hoofdstukken().get(1);
        var nieuweInleiding = lastig.stream().map(s -> (Blok) new Blok.Alinea(new Tekst(List.of(new Inline.Platte(s))), h.pos())).toList();
        var h2 = new nl.verordening.model.Hoofdstuk(h.id(), h.nummer(), h.titel(), nieuweInleiding, h.kernwaarden(), h.begrippen(), h.onderdelen(), h.pos());
        Verordening aangepast = new Verordening(v.metadata(), v.wetten(), v.parameters(), List.of(v.hoofdstukken().get(0), h2));
        Verordening terug = schrijfEnLaad(aangepast);
        assertThat(terug.hoofdstukken().get(1).inleiding()).extracting(b -> ((Blok.Alinea) b).tekst().platteTekst())
                .containsExactlyElementsOf(lastig);
    }

    private Verordening schrijfEnLaad(Verordening v) throws Exception {
        for (Map.Entry<String, String> e : new BronWriter().write(v).entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        return new SourceLoader().load(dir);
    }
}

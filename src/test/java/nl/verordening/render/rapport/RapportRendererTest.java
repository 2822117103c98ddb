package nl.verordening.render.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.verordening.check.Checks;
import nl.verordening.load.Fragmentposities;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Verordening;
import nl.verordening.render.GeheugenOutput;
import nl.verordening.render.RenderContext;
import nl.verordening.render.Templates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Het bevindingenrapport over de echte verordening. */
class RapportRendererTest {

    private static final Path BRON = Path.of("verordening-source");
    private static Verordening v;
    private static List<Finding> bevindingen;

    @BeforeAll
    static void laad() throws Exception {
        v = new SourceLoader(Checks.codes()).load(BRON);
        bevindingen = Fragmentposities.verfijn(BRON, Checks.run(v).bevindingen());
    }

    private static String rapport(List<Finding> b) throws Exception {
        GeheugenOutput out = new GeheugenOutput(new RenderContext(Templates.bundled(), b));
        new RapportRenderer().render(v, out);
        assertThat(out.bestanden()).containsOnlyKeys("rapport/index.html", "rapport/stijl.css");
        return out.tekst("rapport/index.html");
    }

    @Test
    void perHoofdstukEnArtikelMetGemarkeerdeTekstEnSuggestie() throws Exception {
        String html = rapport(bevindingen);
        assertThat(html).contains("<a href=\"leesbaarheid.html\">leesbaarheid per artikel</a>")
                .contains("<h2>Hoofdstuk 5 Wonen in een veilige en gezonde omgeving</h2>")
                .contains("<h3>Artikel 5.2.1 ")
                .contains("<mark>artikel 3.3 ‘beoordelen aanvraag’ van deze verordening</mark>")
                .contains("Suggestie: <strong>artikel 3.3.4</strong>")
                .contains("<td><code>REF003</code></td><td class=\"waarschuwing\">waarschuwing</td><td class=\"getal\">4</td>");
        // elke bevinding staat er precies één keer in
        assertThat(html.split("<div class=\"bevinding ", -1)).hasSize(bevindingen.size() + 1);
        // hoofdstukken in documentvolgorde
        assertThat(html.indexOf("<h2>Hoofdstuk 3 ")).isLessThan(html.indexOf("<h2>Hoofdstuk 10 "));
    }

    @Test
    void tekstUitDeBronWordtGeEscapet() throws Exception {
        List<Finding> b = new ArrayList<>(bevindingen);
        b.add(new Finding("REF001", Severity.WARNING, new SourcePosition("x.yaml", 1, 1), "<script>alert(1)</script>",
                "hulp-in-natura", "<b>", "<i>niet</i>"));
        String html = rapport(b);
        assertThat(html).doesNotContain("<script>").doesNotContain("<i>niet</i>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("<mark>&lt;i&gt;niet&lt;/i&gt;</mark>");
    }

    @Test
    void zonderBevindingenEenSchoonRapport() throws Exception {
        assertThat(rapport(List.of())).contains("Geen bevindingen.").doesNotContain("<section");
    }
}

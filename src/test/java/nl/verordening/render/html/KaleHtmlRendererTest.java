package nl.verordening.render.html;

import static nl.verordening.render.Modellen.alinea;
import static nl.verordening.render.Modellen.artikel;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Verordening;
import nl.verordening.render.GeheugenOutput;
import nl.verordening.render.KaleModellen;
import nl.verordening.render.KaleTekstInstellingen;
import nl.verordening.render.Modellen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KaleHtmlRendererTest {

    static Verordening echt;
    static String html;

    @BeforeAll
    static void bouw() throws Exception {
        echt = new SourceLoader().load(Path.of("verordening-source"));
        html = render(echt, new KaleHtmlRenderer());
    }

    static String render(Verordening v, KaleHtmlRenderer r) throws Exception {
        GeheugenOutput out = new GeheugenOutput();
        r.render(v, out);
        return out.tekst(KaleHtmlRenderer.BESTAND);
    }

    @Test
    void eenPaginaInHetNederlandsMetPrintstijl() {
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"nl\">").contains("<meta charset=\"utf-8\">")
                .contains("@media print").contains("<h1>" + echt.metadata().titel() + "</h1>");
    }

    @Test
    void elkArtikelEenArticleMetZijnIdAlsAnkerInVolgorde() {
        List<String> ids = Pattern.compile("<article id=\"([^\"]*)\">").matcher(html).results().map(m -> m.group(1)).toList();
        assertThat(ids).hasSize(134).isEqualTo(echt.artikelen().stream().map(a -> a.id()).toList());
        assertThat(html).contains("<h4>Artikel 3.1.1 A Indienen hulpvraag bij de gemeente</h4>")
                .contains("<li id=\"vergoeding-van-kosten--lid-2\"><span class=\"label\">2.</span>");
    }

    @Test
    void elkeInterneLinkWijstNaarEenBestaandAnkerEnAnkersZijnUniek() throws Exception {
        for (String h : List.of(html, render(KaleModellen.volledig(), new KaleHtmlRenderer()))) {
            List<String> ids = Pattern.compile(" id=\"([^\"]*)\"").matcher(h).results().map(m -> m.group(1)).toList();
            Set<String> uniek = new HashSet<>(ids);
            assertThat(uniek).hasSameSizeAs(ids);
            List<String> hrefs = Pattern.compile("href=\"#([^\"]*)\"").matcher(h).results().map(m -> m.group(1)).toList();
            assertThat(uniek).containsAll(hrefs);
        }
        assertThat(render(KaleModellen.volledig(), new KaleHtmlRenderer())).contains("href=\"#tarieven\"", "href=\"#dubbel--lid-1\"");
    }

    @Test
    void tabellenBijlagenEnOpmaak() throws Exception {
        String h = render(KaleModellen.volledig(), new KaleHtmlRenderer());
        assertThat(h).contains("<caption>Eigen bijdrage</caption>").contains("<th scope=\"col\">Per maand</th>")
                .contains("<section class=\"bijlage\" id=\"tarieven\">\n<h2>Bijlage 1 Tarieven</h2>")
                .contains("<a class=\"verwijzing\" href=\"#indienen-hulpvraag--lid-2-b\">artikel 3.1.1 A, tweede lid, onder b</a>")
                .contains("<em>Zie ook</em>").contains("<p class=\"wetten\">[Wmo, Jeugdwet]</p>")
                .contains("<dfn>aanvrager</dfn>").contains("gelet op artikel 147 van de Gemeentewet");
        assertThat(h.indexOf("Bijlage 1 Tarieven")).isGreaterThan(h.indexOf("M.B.J. Looman"));
        String zonder = render(KaleModellen.volledig(), new KaleHtmlRenderer(new KaleTekstInstellingen(false)));
        assertThat(zonder).doesNotContain("class=\"wetten\"");
    }

    @Test
    void tekstUitDeBronWordtGeEscapet() throws Exception {
        Verordening v = Modellen.verordening(List.of(), Modellen.hoofdstuk("h", "1", "Kop <b>", List.of(), List.of(), List.of(),
                artikel("a", "1.1", "Titel & <script>", List.of(), alinea("<script>alert(1)</script>"))));
        String h = render(v, new KaleHtmlRenderer());
        assertThat(h).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Titel &amp; &lt;script&gt;").contains("Kop &lt;b&gt;");
    }

    @Test
    void tweeKeerRenderenGeeftDezelfdeBytes() throws Exception {
        assertThat(render(echt, new KaleHtmlRenderer())).isEqualTo(html);
    }
}

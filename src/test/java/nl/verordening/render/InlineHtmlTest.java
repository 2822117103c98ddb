package nl.verordening.render;

import static nl.verordening.render.Modellen.alinea;
import static nl.verordening.render.Modellen.artikel;
import static nl.verordening.render.Modellen.hoofdstuk;
import static nl.verordening.render.Modellen.lid;
import static nl.verordening.render.Modellen.parameter;
import static nl.verordening.render.Modellen.parameterDef;
import static nl.verordening.render.Modellen.tekst;
import static nl.verordening.render.Modellen.verordening;
import static nl.verordening.render.Modellen.verwijzing;
import static nl.verordening.render.Modellen.wetten;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verordening.model.Inline;
import nl.verordening.model.Verordening;
import org.junit.jupiter.api.Test;

class InlineHtmlTest {

    private final Verordening v = verordening(List.of(parameterDef("toeslag", "EUR", "2026-01-01", "465")),
            hoofdstuk("h", "4", "Vervoer", List.of(), List.of(), List.of(),
                    artikel("vergoeding", "4.6.4", "Vergoeding", wetten("LLV"), lid("1", alinea("a")), lid("2", alinea("b")))));
    private final InlineHtml html = new InlineHtml(v);

    @Test
    void opmaakBlijftEnTekstWordtGeescapet() {
        assertThat(html.html(tekst("a < b & ", new Inline.Nadruk(List.of(new Inline.Platte("c"))), " ",
                new Inline.Sterk(List.of(new Inline.Platte("<script>")))))).hasToString(
                "a &lt; b &amp; <em>c</em> <strong>&lt;script&gt;</strong>");
    }

    @Test
    void verwijzingWordtLinkNaarAnkerMetAanhaling() {
        assertThat(html.html(tekst("zie ", verwijzing("vergoeding", "2", null), " en ", parameter("toeslag"))))
                .hasToString("zie <a class=\"verwijzing\" href=\"#vergoeding--lid-2\">artikel 4.6.4, tweede lid</a> en € 465");
        InlineHtml site = new InlineHtml(v, r -> "hoofdstuk-4.html#" + html.verwijzingen().anker(r));
        assertThat(site.html(tekst(verwijzing("vergoeding", null, null))).markup()).contains("href=\"hoofdstuk-4.html#vergoeding\"");
    }

    @Test
    void onveiligeLinksWordenAlleenHunTekst() {
        for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", " data:text/html,x",
                "vbscript:x", "file:///etc/passwd")) {
            assertThat(html.html(tekst(new Inline.Link(url, List.of(new Inline.Platte("klik")))))).as(url).hasToString("klik");
        }
        assertThat(html.html(tekst(new Inline.Link("https://example.org/?a=1&b=\"2\"", List.of(new Inline.Platte("site"))))))
                .hasToString("<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">site</a>");
        assertThat(InlineHtml.veiligAdres("mailto:info@gemeente.nl")).isTrue();
        assertThat(InlineHtml.veiligAdres("../bijlage.html#tarieven")).isTrue();
        assertThat(InlineHtml.veiligAdres("pagina:met-dubbele-punt/nee")).isFalse();
    }
}

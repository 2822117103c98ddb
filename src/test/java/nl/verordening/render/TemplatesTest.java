package nl.verordening.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.verordening.render.tekst.KaleTekstRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Laden via de resource loaders (eigen map, dan jar), #parse, macro's, #define, escaping en cache. */
class TemplatesTest {

    @TempDir
    Path tmp;

    private Sjablonenmap map() {
        return new Sjablonenmap(tmp);
    }

    @Test
    void parseZoektEersteDeEigenMapDanDeJar() throws IOException {
        Templates t = map()
                .met("test/pagina.txt.vm", "#parse(\"gemeenschappelijk/kop.vm\")|#parse(\"kale-tekst/verordening.txt.vm\")")
                .met("gemeenschappelijk/kop.vm", "KOP $titel")
                .templates();
        // het meegeleverde sjabloon vult zich met een model dat het niet kent: dan een fout in dat
        // sjabloon, met de naam zoals die in de repository staat; zo weten we dat het uit de jar kwam
        assertThat(catchThrowableOfType(SjabloonFout.class,
                () -> t.render("test/pagina.txt.vm", Map.of("titel", "Verordening"))).bestand())
                .isEqualTo("templates/kale-tekst/verordening.txt.vm");
        Templates zonderJar = map().met("test/kop.txt.vm", "#parse(\"gemeenschappelijk/kop.vm\")").templates();
        assertThat(zonderJar.render("test/kop.txt.vm", Map.of("titel", "Verordening"))).isEqualTo("KOP Verordening");
    }

    @Test
    void eenEigenDeelVervangtHetMeegeleverdeDeelInEenMeegeleverdSjabloon() throws IOException {
        // de gemeente vervangt alleen het gedeelde deel; het sjabloon dat het insluit is van haar eigen map
        Templates t = map()
                .met("test/pagina.txt.vm", "[#parse(\"test/deel.vm\")]")
                .met("test/deel.vm", "eigen deel")
                .templates();
        assertThat(t.render("test/pagina.txt.vm", Map.of())).isEqualTo("[eigen deel]");
        assertThat(Templates.bundled().source(KaleTekstRenderer.SJABLOON)).contains("#macro(artikel $a)");
        assertThat(new Sjablonenmap(tmp).met(KaleTekstRenderer.SJABLOON, "eigen").templates().source(KaleTekstRenderer.SJABLOON))
                .isEqualTo("eigen");
    }

    @Test
    void macrosUitEenGedeeldBestand() throws IOException {
        Templates t = map()
                .met("gemeenschappelijk/macros.vm", "#macro(kop $nummer $titel)== $nummer $titel ==#end")
                .met("test/a.txt.vm", "#parse(\"gemeenschappelijk/macros.vm\")\n#kop(\"3\" $titel)\n")
                .templates();
        assertThat(t.render("test/a.txt.vm", Map.of("titel", "De hulpvraag"))).isEqualTo("== 3 De hulpvraag ==");
        // tweede render met dezelfde engine: geen dubbele definitie, zelfde uitvoer
        assertThat(t.render("test/a.txt.vm", Map.of("titel", "De hulpvraag"))).isEqualTo("== 3 De hulpvraag ==");
    }

    @Test
    void macrosMetDezelfdeNaamInTweeSjablonenBotsenNiet() throws IOException {
        Templates t = map()
                .met("kale-tekst/a.txt.vm", "#macro(artikel $n)kaal $n#end#artikel(\"1\")")
                .met("publiek/a.html.vm", "#macro(artikel $n)<h2>$n</h2>#end#artikel(\"1\")")
                .templates();
        assertThat(t.render("kale-tekst/a.txt.vm", Map.of())).isEqualTo("kaal 1");
        assertThat(t.render("publiek/a.html.vm", Map.of())).isEqualTo("<h2>1</h2>");
        assertThat(t.render("kale-tekst/a.txt.vm", Map.of())).isEqualTo("kaal 1");
    }

    @Test
    void layoutMetDefineEnParse() throws IOException {
        Templates t = map()
                .met("layout/pagina.html.vm", "<main>$inhoud</main>")
                .met("test/artikel.html.vm", "#define($inhoud)<h1>$titel</h1>#end\n#parse(\"layout/pagina.html.vm\")")
                .templates();
        assertThat(t.render("test/artikel.html.vm", Map.of("titel", "Zorg & <ondersteuning>")))
                .isEqualTo("<main><h1>Zorg &amp; &lt;ondersteuning&gt;</h1></main>");
    }

    @Test
    void htmlSjabloonEscapetElkeWaardeBehalveVeiligeHtml() throws IOException {
        Map<String, Object> model = Map.of("waarde", "<script>alert('x')</script> & \"zo\"",
                "opmaak", new VeiligeHtml("<em>zorg</em>"), "lijst", List.of("<a>", "b"));
        Templates t = map()
                .met("test/p.html.vm", "$waarde|$opmaak|#foreach($x in $lijst)$x #end")
                .met("test/p.xml.vm", "<t>$waarde</t>")
                .met("test/p.txt.vm", "$waarde|$opmaak")
                .templates();
        assertThat(t.render("test/p.html.vm", model)).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;zo&quot;|<em>zorg</em>|&lt;a&gt; b ");
        assertThat(t.render("test/p.xml.vm", model)).isEqualTo(
                "<t>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;zo&quot;</t>");
        assertThat(t.render("test/p.txt.vm", model)).isEqualTo("<script>alert('x')</script> & \"zo\"|<em>zorg</em>");
    }

    @Test
    void escapingGeldtOokInEenIngeslotenDeelEnMacro() throws IOException {
        Templates t = map()
                .met("gemeenschappelijk/deel.vm", "#macro(vet $x)<b>$x</b>#end[$waarde]")
                .met("test/p.html.vm", "#parse(\"gemeenschappelijk/deel.vm\")#vet($waarde)")
                .met("test/p.txt.vm", "#parse(\"gemeenschappelijk/deel.vm\")#vet($waarde)")
                .templates();
        assertThat(t.render("test/p.html.vm", Map.of("waarde", "<i>"))).isEqualTo("[&lt;i&gt;]<b>&lt;i&gt;</b>");
        assertThat(t.render("test/p.txt.vm", Map.of("waarde", "<i>"))).isEqualTo("[<i>]<b><i></b>");
    }

    @Test
    void sjablonenWordenBinnenEenEngineEenKeerGelezen() throws IOException {
        Sjablonenmap m = map().met("test/a.txt.vm", "eerste");
        Templates t = m.templates();
        assertThat(t.render("test/a.txt.vm", Map.of())).isEqualTo("eerste");
        m.met("test/a.txt.vm", "tweede");
        assertThat(t.render("test/a.txt.vm", Map.of())).isEqualTo("eerste");
        assertThat(m.templates().render("test/a.txt.vm", Map.of())).isEqualTo("tweede");
    }

    @Test
    void veiligeHtmlEscape() {
        assertThat(VeiligeHtml.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
        assertThat(VeiligeHtml.escape("gewoon")).isEqualTo("gewoon");
        assertThat(VeiligeHtml.tekst("<x>").markup()).isEqualTo("&lt;x&gt;");
        assertThat(new VeiligeHtml("<i>").toString()).isEqualTo("<i>");
    }

    @Test
    void eenNietBestaandeEigenMapIsEenFout() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Templates(tmp.resolve("bestaat-niet")));
    }
}

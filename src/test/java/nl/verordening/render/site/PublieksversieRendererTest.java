package nl.verordening.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Artikel;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Verordening;
import nl.verordening.render.GeheugenOutput;
import nl.verordening.render.pdf.PublieksPdfRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** De site van de echte verordening: pagina's, inhoud, links en ankers, begrippen, zoekindex, determinisme, veiligheid. */
class PublieksversieRendererTest {

    static Verordening verordening;
    static GeheugenOutput site;

    @BeforeAll
    static void bouw() throws Exception {
        verordening = new SourceLoader().load(Path.of("verordening-source"));
        site = new GeheugenOutput();
        new PublieksversieRenderer().render(verordening, site);
    }

    private static Map<String, String> paginas() {
        Map<String, String> r = new java.util.TreeMap<>();
        site.bestanden().forEach((k, v) -> {
            if (k.endsWith(".html")) r.put(k.substring(PublieksversieRenderer.MAP.length()), new String(v, StandardCharsets.UTF_8));
        });
        return r;
    }

    @Test
    void eenPaginaPerHoofdstukPlusStartBegrippenBijlagenOverEnZoeken() {
        Set<String> namen = paginas().keySet();
        assertThat(namen).contains("index.html", "begrippen.html", "bijlagen.html", "over.html", "zoeken.html");
        for (Hoofdstuk h : verordening.hoofdstukken()) assertThat(namen).contains("hoofdstuk-" + h.id() + ".html");
        assertThat(namen).hasSize(verordening.hoofdstukken().size() + 5);
        assertThat(site.bestanden()).containsKeys("publieksversie/stijl.css", "publieksversie/site.js",
                "publieksversie/zoekindex.js", "publieksversie/logo.svg", "publieksversie/lettertypen/DejaVuSans.ttf");
    }

    @Test
    void elkArtikelStaatOpDePaginaVanZijnHoofdstukMetKernwaardenApart() {
        for (Hoofdstuk h : verordening.hoofdstukken()) {
            String html = site.tekst("publieksversie/hoofdstuk-" + h.id() + ".html");
            assertThat(aantal(html, "<article class=\"artikel\"")).as(h.id()).isEqualTo(h.artikelen().size());
            for (Artikel a : h.artikelen()) assertThat(html).contains("<article class=\"artikel\" id=\"" + a.id() + "\"");
            assertThat(html.contains("<section class=\"kernwaarden\"")).as(h.id()).isEqualTo(!h.kernwaarden().isEmpty());
            assertThat(html).contains("alt=\"" + PublieksversieRenderer.titel(site.tekst("publieksversie/" + new PubliekeOpmaak(
                    verordening, PubliekeOpmaak.Soort.SITE, Map.of(), illustraties()).illustratie(h).bestand())) + "\"");
        }
        int totaal = paginas().values().stream().mapToInt(p -> aantal(p, "<article class=\"artikel\"")).sum();
        assertThat(totaal).isEqualTo(verordening.artikelen().size()).isEqualTo(134);
    }

    private static Map<String, PubliekeOpmaak.Afbeelding> illustraties() {
        try {
            return PublieksversieRenderer.illustraties(verordening, site.templates(), new java.util.TreeMap<>());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void elkeIllustratieHeeftAltTekstEnElkeWetInHetRegisterEenEigenIcoon() {
        for (Hoofdstuk h : verordening.hoofdstukken()) {
            assertThat(site.bestanden()).containsKey("publieksversie/illustraties/" + h.id() + ".svg");
            assertThat(PublieksversieRenderer.titel(site.tekst("publieksversie/illustraties/" + h.id() + ".svg"))).isNotBlank();
        }
        for (var w : verordening.wetten()) {
            assertThat(site.bestanden()).containsKey("publieksversie/iconen/wet-" + PubliekeOpmaak.sleutel(w.code()) + ".svg");
        }
    }

    @Test
    void wettenAlsLabelMetIcoonEnZichtbareNaam() {
        String html = site.tekst("publieksversie/hoofdstuk-gezond-en-veilig-opgroeien.html");
        assertThat(html).contains("<span class=\"wet wet-jeugdwet\"><img src=\"iconen/wet-jeugdwet.svg\" alt=\"\" width=\"20\" height=\"20\">Jeugdwet</span>");
        // een lange naam: de code zichtbaar, de volle naam voor schermlezers
        assertThat(html).contains(">Wmo<span class=\"visueel-verborgen\"> (Wet maatschappelijke ondersteuning 2015)</span>");
        assertThat(html).contains("<form class=\"wetfilter\" data-wetfilter hidden>", "Toon alleen artikelen over:");
    }

    @Test
    void uitlegStaatInEenBlokDatZegtDatHetGeenRegelIs() {
        String html = site.tekst("publieksversie/hoofdstuk-gezond-en-veilig-opgroeien.html");
        int artikel = html.indexOf("id=\"vergoeding-van-kosten\"");
        int blok = html.indexOf("<aside class=\"uitleg\"", artikel);
        assertThat(blok).isGreaterThan(artikel);
        assertThat(html.substring(blok, html.indexOf("</aside>", blok)))
                .contains("geen regel", "Meestal betalen ouders zelf", "Voorbeeld", "Sanne gaat naar de basisschool");
        assertThat(aantal(paginas().values().stream().reduce("", String::concat), "<aside class=\"uitleg\"")).isEqualTo(4);
    }

    /** Elk intern adres (pagina#anker) wijst naar een pagina die bestaat en een id dat daar staat. */
    @Test
    void elkeInterneLinkWijstNaarEenBestaandAnker() {
        Map<String, String> paginas = paginas();
        Pattern href = Pattern.compile("href=\"([a-z0-9-]+\\.html)?(?:#([^\"]+))?\"");
        int verwijzingen = 0;
        for (var e : paginas.entrySet()) {
            Matcher m = href.matcher(e.getValue());
            while (m.find()) {
                String pagina = m.group(1) == null ? e.getKey() : m.group(1);
                assertThat(paginas).as("link in " + e.getKey()).containsKey(pagina);
                if (m.group(2) != null) {
                    assertThat(paginas.get(pagina)).as(e.getKey() + " -> " + m.group()).contains("id=\"" + m.group(2) + "\"");
                    if (m.group(1) != null && !m.group(1).equals(e.getKey())) verwijzingen++;
                }
            }
        }
        assertThat(verwijzingen).as("links naar een anker op een andere pagina").isGreaterThan(100);
    }

    @Test
    void idsZijnUniekPerPaginaEnElkeUitlegknopHeeftZijnPopover() {
        Pattern id = Pattern.compile(" id=\"([^\"]+)\"");
        Pattern knop = Pattern.compile("popovertarget=\"([^\"]+)\"");
        int knoppen = 0;
        for (var e : paginas().entrySet()) {
            Set<String> gezien = new HashSet<>();
            Matcher m = id.matcher(e.getValue());
            while (m.find()) assertThat(gezien.add(m.group(1))).as("dubbel id " + m.group(1) + " in " + e.getKey()).isTrue();
            Matcher k = knop.matcher(e.getValue());
            while (k.find()) {
                knoppen++;
                assertThat(e.getValue()).contains("id=\"" + k.group(1) + "\" popover>");
            }
        }
        assertThat(knoppen).isGreaterThan(200);
    }

    @Test
    void begrippenlijstHeeftElkBegripMetAnker() {
        String html = site.tekst("publieksversie/begrippen.html");
        assertThat(verordening.begrippen()).hasSize(81);
        for (var b : verordening.begrippen()) assertThat(html).contains("<dt id=\"" + b.id() + "\">");
        assertThat(html.indexOf(">Aangepast vervoer")).isLessThan(html.indexOf(">Wmo 2015"));
    }

    @Test
    void overDezeVerordeningNoemtWettenDatumEnOfficieleTekst() {
        String html = site.tekst("publieksversie/over.html");
        assertThat(html).contains("1 januari 2026", "18 december 2025", "https://wetten.overheid.nl/BWBR0034925",
                "lokaleregelgeving.overheid.nl", "Participatiewet");
    }

    @Test
    void zoekindexHeeftElkArtikelEnIsGeldigeJson() throws Exception {
        String js = site.tekst("publieksversie/zoekindex.js");
        String json = js.substring(js.indexOf('['), js.lastIndexOf(']') + 1);
        List<?> lijst = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, List.class);
        assertThat(lijst).hasSize(verordening.artikelen().size());
        assertThat(js).contains("\"adres\":\"hoofdstuk-gezond-en-veilig-opgroeien.html#vergoeding-van-kosten\"");
        assertThat(js).doesNotContain("</script", "<script");
    }

    @Test
    void dezelfdeBronGeeftDezelfdeBytes() throws Exception {
        GeheugenOutput opnieuw = new GeheugenOutput();
        new PublieksversieRenderer().render(new SourceLoader().load(Path.of("verordening-source")), opnieuw);
        assertThat(opnieuw.bestanden().keySet()).isEqualTo(site.bestanden().keySet());
        for (String f : site.bestanden().keySet()) assertThat(opnieuw.bytes(f)).as(f).isEqualTo(site.bytes(f));
    }

    /** Script, javascript:- en data:-links in de bron komen door de hele publieksversie (site en PDF) als tekst. */
    @Test
    void scriptEnOnveiligeLinksUitDeBronWordenOnschadelijk(@TempDir Path tmp) throws Exception {
        Path bron = tmp.resolve("bron");
        kopieer(Path.of("src/test/resources/bron/minimaal"), bron);
        Path hoofdstuk = bron.resolve("hoofdstukken/02-vervoer.yaml");
        String kwaad = "'Let op: <script>alert(1)</script> [klik](javascript:alert(2)) [ook]( JaVa\tScript:alert(3)) "
                + "[plaatje](data:text/html;base64,PHNjcmlwdD4=) <img src=x onerror=alert(4)> \"aan\" & ''uit'''";
        String yaml = Files.readString(hoofdstuk)
                .replace("- Ouders betalen in beginsel zelf de kosten.", "- " + kwaad)
                .replace("titel: Ouders en leerling", "titel: 'Ouders <script>alert(5)</script>'")
                .replace("      - artikel: 2.1.2\n", "        uitleg: " + kwaad + "\n      - artikel: 2.1.2\n");
        Files.writeString(hoofdstuk, yaml);
        Verordening v;
        try {
            v = new SourceLoader().load(bron);
        } catch (nl.verordening.load.LoadException e) {
            throw new AssertionError(e.findings().toString(), e);
        }
        GeheugenOutput out = new GeheugenOutput();
        new PublieksversieRenderer().render(v, out);
        new PublieksPdfRenderer().render(v, out);
        boolean gezien = false;
        for (var e : out.bestanden().entrySet()) {
            if (!e.getKey().endsWith(".html") && !e.getKey().endsWith(".js")) continue;
            String s = new String(e.getValue(), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
            if (e.getKey().endsWith(".html")) {
                assertThat(s).as(e.getKey()).doesNotContain("<script>alert", "href=\"javascript", "href=\"data:",
                        "href=\" java", "<img src=x", "onerror=alert(4)>");
                gezien |= s.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            } else if (e.getKey().endsWith("zoekindex.js")) {
                assertThat(s).doesNotContain("<script", "</script");
            }
        }
        assertThat(gezien).as("de tekst van het script staat er als tekst").isTrue();
        // een onveilige link wordt alleen zijn tekst
        assertThat(out.tekst("publieksversie/hoofdstuk-vervoer-naar-school.html")).contains("&lt;/script&gt; klik [ook]", " plaatje &lt;img");
        assertThat(out.bytes(PublieksPdfRenderer.BESTAND)).isNotEmpty();
    }

    /** Bijlagen met tabellen (de echte bron heeft er geen): eigen pagina, anker, tabel met kop en bijschrift, ook in de PDF. */
    @Test
    void bijlagenMetTabellen() throws Exception {
        Verordening v = new SourceLoader().load(Path.of("src/test/resources/bron/klassiek"));
        GeheugenOutput out = new GeheugenOutput();
        new PublieksversieRenderer().render(v, out);
        new PublieksPdfRenderer().render(v, out);
        String html = out.tekst("publieksversie/bijlagen.html");
        assertThat(html).contains("<section class=\"bijlage\" id=\"bijlage-tarieven\"", "Bijlage 1 Tarieven",
                "<caption>Tarieven 2026</caption>", "<th scope=\"col\">Voorziening</th>", "<td>€ 62,10</td>");
        String pdf;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.bytes(PublieksPdfRenderer.BESTAND))) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(pdf).contains("Bijlage 1 Tarieven", "Huishoudelijke ondersteuning", "€ 35,50");
    }

    private static void kopieer(Path van, Path naar) throws Exception {
        try (var s = Files.walk(van)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(doel);
                else Files.copy(p, doel);
            }
        }
    }

    private static int aantal(String s, String deel) {
        int n = 0;
        for (int i = s.indexOf(deel); i >= 0; i = s.indexOf(deel, i + 1)) n++;
        return n;
    }
}

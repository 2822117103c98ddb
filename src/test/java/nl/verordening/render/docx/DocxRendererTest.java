package nl.verordening.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Verordening;
import nl.verordening.render.KaleModellen;
import nl.verordening.render.KaleTekstInstellingen;
import org.docx4j.TextUtils;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Leest het DOCX terug met docx4j en vergelijkt met het model. */
class DocxRendererTest {

    static Verordening echt;
    static byte[] echtDocx;
    static WordprocessingMLPackage echtPakket;

    @BeforeAll
    static void bouw() throws Exception {
        echt = new SourceLoader().load(Path.of("verordening-source"));
        echtDocx = new DocxRenderer().docx(echt);
        echtPakket = WordprocessingMLPackage.load(new ByteArrayInputStream(echtDocx));
    }

    static List<P> alineas(WordprocessingMLPackage pkg) {
        List<P> r = new ArrayList<>();
        for (Object o : pkg.getMainDocumentPart().getContent()) {
            if (XmlUtils.unwrap(o) instanceof P p) r.add(p);
        }
        return r;
    }

    static String stijl(P p) {
        return p.getPPr() == null || p.getPPr().getPStyle() == null ? "" : p.getPPr().getPStyle().getVal();
    }

    static String tekst(P p) {
        return TextUtils.getText(p);
    }

    @Test
    void stijlenHebbenDeNederlandseNamenEnEngelseIds() {
        List<Style> stijlen = echtPakket.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle();
        assertThat(stijlen).extracting(s -> s.getStyleId() + "=" + s.getName().getVal())
                .contains("Title=Titel", "Heading1=Kop 1", "Heading2=Kop 2", "Artikelkop=Artikelkop");
        Style artikelkop = stijlen.stream().filter(s -> s.getStyleId().equals("Artikelkop")).findFirst().orElseThrow();
        assertThat(artikelkop.getRPr().getB()).isNotNull();
    }

    @Test
    void artikelkoppenInDeVolgordeVanHetModel() {
        List<String> koppen = alineas(echtPakket).stream().filter(p -> stijl(p).equals("Artikelkop")).map(DocxRendererTest::tekst).toList();
        List<String> verwacht = echt.artikelen().stream()
                .map(a -> ("Artikel " + a.nummer() + " " + a.titel()).strip()).toList();
        assertThat(koppen).hasSize(134).isEqualTo(verwacht);
        assertThat(alineas(echtPakket).stream().filter(p -> stijl(p).equals("Heading1")).count()).isEqualTo(14);
        assertThat(tekst(alineas(echtPakket).get(0))).isEqualTo(echt.metadata().titel());
        assertThat(stijl(alineas(echtPakket).get(0))).isEqualTo("Title");
    }

    @Test
    void ledenEnOnderdelenHebbenWordNummeringDiePerArtikelOpnieuwBegint() throws Exception {
        List<P> ps = alineas(echtPakket);
        // Artikel 4.6.3: drie leden (ilvl 0), in het derde lid onderdelen a en b (ilvl 1)
        int kop = indexVan(ps, "Artikel 4.6.3");
        List<P> leden = new ArrayList<>();
        List<P> onderdelen = new ArrayList<>();
        for (int i = kop + 1; !stijl(ps.get(i)).equals("Artikelkop"); i++) {
            P p = ps.get(i);
            if (p.getPPr() != null && p.getPPr().getNumPr() != null) {
                (p.getPPr().getNumPr().getIlvl().getVal().intValue() == 0 ? leden : onderdelen).add(p);
            }
        }
        assertThat(leden).hasSize(3);
        assertThat(onderdelen).hasSize(2);
        assertThat(leden).extracting(p -> p.getPPr().getNumPr().getNumId().getVal()).containsOnly(leden.get(0).getPPr().getNumPr().getNumId().getVal());
        // het volgende artikel heeft een eigen nummering (opnieuw vanaf 1)
        int volgende = indexVan(ps, "Artikel 4.6.4");
        P eersteLidVolgende = ps.subList(volgende, ps.size()).stream().filter(p -> p.getPPr() != null && p.getPPr().getNumPr() != null).findFirst().orElseThrow();
        assertThat(eersteLidVolgende.getPPr().getNumPr().getNumId().getVal()).isNotEqualTo(leden.get(0).getPPr().getNumPr().getNumId().getVal());
        String nummering = XmlUtils.marshaltoString(echtPakket.getMainDocumentPart().getNumberingDefinitionsPart().getJaxbElement(), true, false);
        String numId = eersteLidVolgende.getPPr().getNumPr().getNumId().getVal().toString();
        assertThat(nummering).containsPattern("<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>");
        assertThat(nummering).contains("w:numFmt w:val=\"lowerLetter\"").contains("w:lvlText w:val=\"%1°\"").contains("w:numFmt w:val=\"bullet\"");
        assertThat(tekst(onderdelen.get(0))).startsWith("vanwege de reistijd");
    }

    @Test
    void eenWettenregelTussenLedenOnderbreektDeNummeringNiet() {
        // 3.2.3 A: lid 1, [Jeugdwet], lid 2, lid 3 (zoals vastgesteld)
        List<P> ps = alineas(echtPakket);
        int kop = indexVan(ps, "Artikel 3.2.3 A");
        List<Object> numIds = new ArrayList<>();
        boolean wettenregelTussen = false;
        for (int i = kop + 1; !stijl(ps.get(i)).equals("Artikelkop"); i++) {
            P p = ps.get(i);
            if (p.getPPr().getNumPr() != null && p.getPPr().getNumPr().getIlvl().getVal().intValue() == 0) numIds.add(p.getPPr().getNumPr().getNumId().getVal());
            if (!numIds.isEmpty() && stijl(p).equals("Wettenregel")) wettenregelTussen = true;
        }
        assertThat(numIds).hasSize(3).containsOnly(numIds.get(0));
        assertThat(wettenregelTussen).isTrue();
    }

    @Test
    void onregelmatigeNummeringHoudtHetVastgesteldeLabel() {
        List<P> ps = alineas(echtPakket);
        int kop = indexVan(ps, "Artikel 4.6.2");
        // vastgesteld: lid 1, lid 1, lid 2 → getypte labels, geen automatische nummering
        List<String> leden = new ArrayList<>();
        for (int i = kop + 1; !stijl(ps.get(i)).equals("Artikelkop"); i++) {
            if (stijl(ps.get(i)).equals("ListParagraph")) leden.add(tekst(ps.get(i)).substring(0, 2));
            assertThat(ps.get(i).getPPr().getNumPr()).isNull();
        }
        assertThat(leden).containsExactly("1.", "1.", "2.");
    }

    @Test
    void begrippenlijstTabellenBijlagenEnOndertekening() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(new DocxRenderer().docx(KaleModellen.volledig())));
        List<String> teksten = alineas(pkg).stream().map(DocxRendererTest::tekst).toList();
        assertThat(teksten).contains("Maatwerkvoorziening: hulp op maat", "Persoonsgebonden budget (Pgb): een budget",
                "De raad van de gemeente Oude IJsselstreek;",
                "gelet op artikel 147 van de Gemeentewet en artikel 2.3 van de Wet maatschappelijke ondersteuning 2015;",
                "Vastgesteld door de gemeenteraad van de gemeente Oude IJsselstreek in zijn openbare vergadering van 18 december 2025,",
                "Bijlage 1 Tarieven", "[Wmo, Jeugdwet]", "Kernwaarden:");
        // begripsbepalingen als onderdelen a. en b. met Word-nummering
        P a = alineas(pkg).stream().filter(p -> tekst(p).startsWith("aanvrager: ")).findFirst().orElseThrow();
        assertThat(a.getPPr().getNumPr()).isNotNull();
        List<Tbl> tabellen = new ArrayList<>();
        for (Object o : pkg.getMainDocumentPart().getContent()) if (XmlUtils.unwrap(o) instanceof Tbl t) tabellen.add(t);
        // tabel in artikel, ondertekening, tabel in bijlage
        assertThat(tabellen).hasSize(3);
        assertThat(TextUtils.getText(tabellen.get(2))).contains("Huishoudelijke hulp").contains("€ 261,60");
        assertThat(teksten.indexOf("Bijlage 1 Tarieven")).isGreaterThan(teksten.indexOf("Vastgesteld door de gemeenteraad van de gemeente Oude IJsselstreek in zijn openbare vergadering van 18 december 2025,"));
        // zonder wettenregels
        WordprocessingMLPackage zonder = WordprocessingMLPackage.load(new ByteArrayInputStream(
                new DocxRenderer(new KaleTekstInstellingen(false)).docx(KaleModellen.volledig())));
        assertThat(alineas(zonder).stream().map(DocxRendererTest::tekst)).noneMatch(t -> t.startsWith("[Wmo"));
    }

    @Test
    void documenteigenschappenEnA4() {
        var core = echtPakket.getDocPropsCorePart().getJaxbElement();
        assertThat(core.getTitle().getValue().getContent()).containsExactly(echt.metadata().titel());
        assertThat(core.getCreated().getContent()).containsExactly("2025-12-18T00:00:00Z");
        var pgSz = echtPakket.getMainDocumentPart().getJaxbElement().getBody().getSectPr().getPgSz();
        // A4 in twips (docx4j rondt 210 mm af op 11907)
        assertThat(pgSz.getW().intValue()).isBetween(11905, 11907);
        assertThat(pgSz.getH().intValue()).isBetween(16837, 16839);
    }

    @Test
    void tweeKeerBouwenGeeftDezelfdeBytesMetVasteZiptijden() throws Exception {
        assertThat(new DocxRenderer().docx(echt)).isEqualTo(echtDocx);
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(echtDocx))) {
            ZipEntry e = z.getNextEntry();
            assertThat(e.getName()).isEqualTo("[Content_Types].xml");
            assertThat(e.getTimeLocal()).isEqualTo(DocxRenderer.ZIPTIJD);
        }
    }

    static int indexVan(List<P> ps, String begin) {
        for (int i = 0; i < ps.size(); i++) if (stijl(ps.get(i)).equals("Artikelkop") && tekst(ps.get(i)).startsWith(begin + " ")) return i;
        throw new AssertionError("niet gevonden: " + begin);
    }
}

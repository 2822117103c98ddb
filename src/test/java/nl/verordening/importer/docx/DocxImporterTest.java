package nl.verordening.importer.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.verordening.importer.ImportOptions;
import nl.verordening.importer.ImportResult;
import nl.verordening.importer.TextImporter;
import nl.verordening.model.Artikel;
import nl.verordening.model.Blok;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Verordening;
import nl.verordening.testutil.ZonderPosities;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.Numbering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxImporterTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @TempDir
    Path tmp;

    /** Een nummering als in een echte regeling: leden "1.", onderdelen "a.", daaronder "1°". */
    private static final String NUMMERING = "<w:numbering " + W + ">"
            + "<w:abstractNum w:abstractNumId=\"0\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3\u00b0\"/></w:lvl>"
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u2022\"/></w:lvl>"
            + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/>"
            + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            + "</w:numbering>";

    static WordprocessingMLPackage document() throws Exception {
        return DocxImporterTestDocument.maak();
    }

    static WordprocessingMLPackage maakDocument() throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart mdp = pkg.getMainDocumentPart();
        NumberingDefinitionsPart ndp = new NumberingDefinitionsPart();
        mdp.addTargetPart(ndp);
        ndp.setJaxbElement((Numbering) XmlUtils.unmarshalString(NUMMERING));

        mdp.addParagraphOfText("Nadere regels Word-dorp 2026");
        mdp.addStyledParagraphOfText("Heading1", "Hoofdstuk 1 Algemeen");
        mdp.addStyledParagraphOfText("Heading3", "Artikel 1 Melding");
        genummerd(mdp, 1, 0, "De inwoner meldt zich:");
        genummerd(mdp, 1, 1, "schriftelijk, met:");
        genummerd(mdp, 1, 2, "een formulier;");
        genummerd(mdp, 1, 2, "een handtekening;");
        genummerd(mdp, 1, 1, "mondeling.");
        genummerd(mdp, 1, 0, "Het college beslist binnen acht weken.");
        mdp.addStyledParagraphOfText("Heading3", "Artikel 2 Tarieven");
        mdp.addParagraphOfText("De tarieven zijn:");
        mdp.getContent().add(XmlUtils.unmarshalString("<w:tbl " + W + ">" + rij("Product", "Tarief")
                + rij("Begeleiding", "\u20ac 62,10") + rij("Vervoer", "\u20ac 10,00") + "</w:tbl>"));
        mdp.addStyledParagraphOfText("Heading1", "Hoofdstuk 2 Slot");
        mdp.addStyledParagraphOfText("Heading3", "Artikel 3 Inwerkingtreding");
        genummerd(mdp, 3, 0, "Deze regeling treedt in werking op 1 januari 2026.");
        genummerd(mdp, 3, 0, "Zij wordt aangehaald als: Nadere regels Word-dorp 2026.");
        return pkg;
    }

    private static void genummerd(MainDocumentPart mdp, int numId, int ilvl, String tekst) throws Exception {
        mdp.getContent().add(XmlUtils.unmarshalString("<w:p " + W + "><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl
                + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">"
                + tekst + "</w:t></w:r></w:p>"));
    }

    private static String rij(String... cellen) {
        StringBuilder sb = new StringBuilder("<w:tr>");
        for (String c : cellen) sb.append("<w:tc><w:p><w:r><w:t>").append(c).append("</w:t></w:r></w:p></w:tc>");
        return sb.append("</w:tr>").toString();
    }

    @Test
    void nummeringWordtHetZichtbareLabelEnTabellenWordenTabellen() throws Exception {
        Path docx = tmp.resolve("regeling.docx");
        document().save(docx.toFile());
        DocxImporter.Resultaat d = new DocxImporter(new ImportOptions("gm0000")).importeer(docx, "import-tekst.txt");
        assertThat(d.tekst()).contains("\n1. De inwoner meldt zich:\na. schriftelijk, met:\n1\u00b0 een formulier;\n"
                + "2\u00b0 een handtekening;\nb. mondeling.\n2. Het college beslist")
                .contains("\nProduct | Tarief\nBegeleiding | \u20ac 62,10\n");
        Verordening v = d.importResultaat().verordening();
        assertThat(d.importResultaat().onbruikbaar()).isNull();
        assertThat(v.hoofdstukken()).extracting(h -> h.nummer() + " " + h.titel()).containsExactly("1 Algemeen", "2 Slot");
        assertThat(v.artikelen()).extracting(Artikel::nummer).containsExactly("1", "2", "3");
        assertThat(v.metadata().kopstijl().artikel()).isEqualTo("Artikel");

        Artikel a1 = v.artikelen().get(0);
        assertThat(a1.leden()).extracting(Blok.Lid::nummer).containsExactly("1", "2");
        Blok.Lijst letters = (Blok.Lijst) a1.lid("1").orElseThrow().inhoud().get(1);
        assertThat(letters.soort()).isEqualTo(LijstSoort.LETTERS);
        assertThat(letters.onderdelen()).extracting(Onderdeel::label).containsExactly("a", "b");
        Blok.Lijst graden = (Blok.Lijst) letters.onderdelen().get(0).inhoud().get(1);
        assertThat(graden.soort()).isEqualTo(LijstSoort.GRAAD);
        assertThat(graden.onderdelen()).extracting(Onderdeel::label).containsExactly("1\u00b0", "2\u00b0");

        Blok.Tabel tabel = (Blok.Tabel) v.artikelen().get(1).inhoud().stream().filter(b -> b instanceof Blok.Tabel)
                .findFirst().orElseThrow(() -> new AssertionError("geen tabel in artikel 2: " + v.artikelen().get(1).inhoud()));
        List<List<String>> rijen = new ArrayList<>();
        if (tabel.kop() != null) rijen.add(tabel.kop().cellen().stream().map(c -> c.platteTekst()).toList());
        tabel.rijen().forEach(r -> rijen.add(r.cellen().stream().map(c -> c.platteTekst()).toList()));
        assertThat(rijen).containsExactly(List.of("Product", "Tarief"), List.of("Begeleiding", "\u20ac 62,10"),
                List.of("Vervoer", "\u20ac 10,00"));

        // een nieuwe nummering (numId 3) begint weer bij 1
        assertThat(v.artikelen().get(2).leden()).extracting(Blok.Lid::nummer).containsExactly("1", "2");
    }

    @Test
    void geenDocxIsOnleesbaar() throws Exception {
        Path nep = tmp.resolve("nep.docx");
        Files.writeString(nep, "dit is geen zip");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DocxImporter(null).importeer(nep, "x.txt"))
                .isInstanceOf(DocxImporter.OnleesbaarDocument.class).hasMessageContaining("geen leesbaar Word-document");
    }

    /**
     * Een document zonder opmaakprofielen (getypt als platte tekst): LibreOffice zet elke fixture om naar
     * DOCX, en de import daarvan geeft hetzelfde model als de import van de tekst. Overgeslagen zonder soffice.
     */
    @Test
    void doorLibreOfficeOmgezetteFixturesGevenHetzelfdeModelAlsDeTekst() throws Exception {
        assumeTrue(soffice() != null, "soffice (LibreOffice) niet gevonden: test overgeslagen");
        List<String> conventies = List.of("vng-model", "koppen", "lijsten", "bijlagen-tabellen", "college-slot");
        List<String> cmd = new ArrayList<>(List.of(soffice(), "-env:UserInstallation=" + tmp.resolve("profiel").toUri(),
                "--headless", "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "docx:MS Word 2007 XML",
                "--outdir", tmp.resolve("docx").toString()));
        for (String c : conventies) {
            Path txt = tmp.resolve(c + ".txt");
            Files.copy(Path.of("src/test/resources/import", c, "invoer.txt"), txt);
            cmd.add(txt.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assumeTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice reageerde niet binnen 180 s: test overgeslagen");
        for (String c : conventies) {
            Path docx = tmp.resolve("docx").resolve(c + ".docx");
            assertThat(docx).as("soffice: " + Files.readString(tmp.resolve("soffice.log"))).exists();
            String tekst = Files.readString(Path.of("src/test/resources/import", c, "invoer.txt"), StandardCharsets.UTF_8);
            ImportResult uitTekst = new TextImporter(new ImportOptions("gm0000")).importText(tekst, c + ".txt");
            DocxImporter.Resultaat uitWord = new DocxImporter(new ImportOptions("gm0000")).importeer(docx, c + ".txt");
            assertThat(ZonderPosities.van(uitWord.importResultaat().verordening())).as(c)
                    .isEqualTo(ZonderPosities.van(uitTekst.verordening()));
        }
    }

    private static String soffice() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String naam : List.of("soffice", "libreoffice")) {
                Path p = Path.of(d, naam);
                if (Files.isExecutable(p)) return p.toString();
            }
        }
        return null;
    }
}

package nl.verordening.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Artikel;
import nl.verordening.model.Verordening;
import nl.verordening.render.KaleModellen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Het DOCX zoals een gebruiker het ziet: LibreOffice zet het om naar PDF, pdftotext (poppler-utils)
 * leest de tekst. Zonder soffice of pdftotext wordt de test overgeslagen (.ci/run installeert ze).
 */
class DocxPdfTest {

    static Path opPad(String naam) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, naam);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    static String pdfTekst(byte[] docx, Path tmp) throws Exception {
        Path soffice = opPad("soffice");
        assumeTrue(soffice != null, "soffice (LibreOffice, Debian-pakket libreoffice-writer) niet gevonden: test overgeslagen");
        Path pdftotext = opPad("pdftotext");
        assumeTrue(pdftotext != null, "pdftotext (Debian-pakket poppler-utils) niet gevonden: test overgeslagen");
        Path in = tmp.resolve("verordening.docx");
        Files.write(in, docx);
        // eigen profiel: geen botsing met een LibreOffice die al draait
        run(tmp, soffice.toString(), "-env:UserInstallation=" + tmp.resolve("profiel").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", tmp.toString(), in.toString());
        Path pdf = tmp.resolve("verordening.pdf");
        assertThat(pdf).exists();
        run(tmp, pdftotext.toString(), "-enc", "UTF-8", pdf.toString(), tmp.resolve("verordening.txt").toString());
        return Files.readString(tmp.resolve("verordening.txt"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    static void run(Path map, String... opdracht) throws Exception {
        Process p = new ProcessBuilder(opdracht).directory(map.toFile()).redirectErrorStream(true)
                .redirectOutput(map.resolve("log.txt").toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("te traag: " + String.join(" ", opdracht));
        }
        assertThat(p.exitValue()).as(String.join(" ", opdracht) + "\n" + Files.readString(map.resolve("log.txt"))).isZero();
    }

    @Test
    void elkeArtikelkopStaatInDePdfInVolgorde(@TempDir Path tmp) throws Exception {
        Verordening v = new SourceLoader().load(Path.of("verordening-source"));
        String tekst = pdfTekst(new DocxRenderer().docx(v), tmp);
        int vanaf = 0;
        List<Artikel> artikelen = v.artikelen();
        for (Artikel a : artikelen) {
            String kop = ("Artikel " + a.nummer() + " " + a.titel()).replaceAll("\\s+", " ").strip();
            int i = tekst.indexOf(kop, vanaf);
            assertThat(i).as("artikelkop '%s' na positie %d in de PDF", kop, vanaf).isGreaterThanOrEqualTo(0);
            vanaf = i + kop.length();
        }
        assertThat(artikelen).hasSize(134);
        assertThat(tekst).contains("Vastgesteld door de gemeenteraad van de gemeente Oude IJsselstreek");
    }

    @Test
    void tabellenEnBijlagenStaanInDePdf(@TempDir Path tmp) throws Exception {
        String tekst = pdfTekst(new DocxRenderer().docx(KaleModellen.volledig()), tmp);
        assertThat(tekst).contains("Bijlage 1 Tarieven", "Huishoudelijke hulp € 21,80 € 261,60", "aanvrager: degene die een aanvraag doet",
                "Artikel 3.1.1 A Indienen hulpvraag");
    }
}

package nl.verordening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.importer.ImportOptions;
import nl.verordening.importer.TextImporter;
import nl.verordening.load.SourceLoader;
import nl.verordening.testutil.SeedTekst;
import nl.verordening.testutil.Shared;
import nl.verordening.testutil.ZonderPosities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void importeertDeSeedEnDeBronLaadtTotHetzelfdeModel() throws Exception {
        Path doel = tmp.resolve("bron");
        Cli u = Cli.voerUit("import", "tekst", SeedTekst.pad().toString(), "-o", doel.toString(), "--cbs-code", "gm1509");
        // exit 1: er zijn plekken om te controleren (zoals de wettenregel zonder komma)
        assertThat(u.code()).as(u.err()).isEqualTo(1);
        assertThat(u.out()).contains("14 hoofdstukken, 20 paragrafen, 134 artikelen, ").contains(" 81 begrippen, 0 bijlagen, 0 tabellen");
        assertThat(u.err()).contains("waarschuwing: Wetten zonder komma geschreven: 'Wmo LLV'");
        assertThat(Files.readString(doel.resolve("hoofdstukken/11-inspraak-en-inwonersparticipatie.yaml")))
                .contains("# controleer: regel 2877: Wetten zonder komma geschreven: 'Wmo LLV'");
        // het importrapport: in de nieuwe bronmap, één regel per bevinding
        String rapport = Files.readString(doel.resolve("import-rapport.txt"));
        assertThat(rapport.lines()).allMatch(r -> r.matches("(regel \\d+|algemeen): (fout|waarschuwing|info): .* \\[import-[a-z-]+\\]"));
        assertThat(rapport).contains("regel 2877: waarschuwing: Wetten zonder komma geschreven: 'Wmo LLV'");
        assertThat(u.out()).contains("import-rapport.txt");

        var gelezen = new TextImporter(new ImportOptions("gm1509"))
                .importText(Files.readString(SeedTekst.pad(), StandardCharsets.UTF_8), "seed.txt").verordening();
        var geladen = new SourceLoader().load(doel);
        assertThat(ZonderPosities.van(geladen)).isEqualTo(ZonderPosities.van(gelezen));
    }

    /** 'import docx' deelt de weigeringen van 'import tekst': --force vervangt geen vreemde map (issue 6). */
    @Test
    void importDocxMetForceVervangtGeenVreemdeMap() throws Exception {
        Path doel = tmp.resolve("werk");
        Files.createDirectories(doel);
        Files.writeString(doel.resolve("mijn-werk.txt"), "niet weggooien");
        Path docx = tmp.resolve("v.docx");
        Files.write(docx, new byte[] {'P', 'K', 3, 4});
        Cli f = Cli.voerUit("import", "docx", docx.toString(), "-o", doel.toString(), "--force");
        assertThat(f.code()).isEqualTo(2);
        assertThat(f.err()).contains("geen bronmap");
        assertThat(doel.resolve("mijn-werk.txt")).hasContent("niet weggooien");
        assertThat(Cli.voerUit("import", "docx", tmp.resolve("bestaat-niet.docx").toString(), "-o", tmp.resolve("n").toString()).err())
                .contains("bestaat niet");
    }

    @Test
    void overschrijftGeenBestaandeMapZonderForce() throws Exception {
        Path doel = tmp.resolve("bron");
        Files.createDirectories(doel);
        Files.writeString(doel.resolve("mijn-werk.yaml"), "niet weggooien");
        Cli u = Cli.voerUit("import", "tekst", SeedTekst.pad().toString(), "-o", doel.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("bestaat al; gebruik --force");
        assertThat(doel.resolve("mijn-werk.yaml")).hasContent("niet weggooien");

        // --force vervangt alleen een bronmap (met verordening.yaml) of een eigen uitvoermap: deze map niet (issue 6).
        Cli f = Cli.voerUit("import", "tekst", SeedTekst.pad().toString(), "-o", doel.toString(), "--force");
        assertThat(f.code()).isEqualTo(2);
        assertThat(f.err()).contains("geen bronmap");
        assertThat(doel.resolve("mijn-werk.yaml")).hasContent("niet weggooien");

        Path bron = tmp.resolve("bron2");
        assertThat(Cli.voerUit("import", "tekst", SeedTekst.pad().toString(), "-o", bron.toString()).code()).isEqualTo(1);
        Files.writeString(bron.resolve("oud.yaml"), "oud");
        assertThat(Cli.voerUit("import", "tekst", SeedTekst.pad().toString(), "-o", bron.toString(), "--force").code()).isEqualTo(1);
        assertThat(bron.resolve("oud.yaml")).doesNotExist();
        assertThat(bron.resolve("verordening.yaml")).exists();
    }

    @Test
    void eenBestandDatGeenUtf8IsGeeftEenMeldingEnGeenMap() throws Exception {
        Path latin1 = tmp.resolve("verordening.txt");
        Files.write(latin1, "1 Begrippenlijst\nCliënt: persoon.\n".getBytes(StandardCharsets.ISO_8859_1));
        Path doel = tmp.resolve("bron");
        Cli u = Cli.voerUit("import", "tekst", latin1.toString(), "-o", doel.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("is geen geldige UTF-8").doesNotContain("Exception");
        assertThat(doel).doesNotExist();
    }

    @Test
    void eenOntbrekendBestand() {
        Cli u = Cli.voerUit("import", "tekst", tmp.resolve("bestaat-niet.txt").toString(), "-o", tmp.resolve("b").toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("bestaat niet");
    }

    @Test
    void denHaagImporteertEnLaadtTotHetzelfdeModel() throws Exception {
        Path invoer = Shared.vereist("corpus/den_haag_2018.txt");
        Path doel = tmp.resolve("den-haag");
        Cli u = Cli.voerUit("import", "tekst", invoer.toString(), "-o", doel.toString(), "--cbs-code", "gm0518");
        assertThat(u.code()).as(u.err()).isIn(0, 1);
        assertThat(u.err()).doesNotContain("laadt niet");
        assertThat(u.out()).contains("7 hoofdstukken, 13 paragrafen, 35 artikelen, ").contains("9 begrippen, 9 bijlagen, 4 tabellen");
        var gelezen = new TextImporter(new ImportOptions("gm0518"))
                .importText(Files.readString(invoer, StandardCharsets.UTF_8), "den_haag_2018.txt").verordening();
        assertThat(ZonderPosities.van(new SourceLoader().load(doel))).isEqualTo(ZonderPosities.van(gelezen));
    }

    @Test
    void geenVerordeningGeeftExit2EnSchrijftNiets() throws Exception {
        Path leeg = tmp.resolve("leeg.txt");
        Files.writeString(leeg, "\n  \n");
        Path binair = tmp.resolve("stuk.pdf");
        Files.write(binair, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, 0, 0});
        Path proza = tmp.resolve("brief.txt");
        Files.writeString(proza, "Beste inwoner,\n\nDank voor uw brief over de verordening. We nemen contact op.\n");
        for (Path p : new Path[] {leeg, binair, proza, tmp}) {
            Path doel = tmp.resolve("uit-" + p.getFileName());
            Cli u = Cli.voerUit("import", "tekst", p.toString(), "-o", doel.toString());
            assertThat(u.code()).as(p + ": " + u.err()).isEqualTo(2);
            assertThat(u.err()).startsWith("verordening: ").doesNotContain("Exception");
            assertThat(doel).doesNotExist();
        }
        assertThat(Cli.voerUit("import", "tekst", leeg.toString(), "-o", tmp.resolve("x").toString()).err()).contains("is leeg");
        assertThat(Cli.voerUit("import", "tekst", binair.toString(), "-o", tmp.resolve("x").toString()).err()).contains("binaire inhoud");
        assertThat(Cli.voerUit("import", "tekst", proza.toString(), "-o", tmp.resolve("x").toString()).err())
                .contains("geen hoofdstukken of artikelen gevonden");
        assertThat(Cli.voerUit("import", "tekst", tmp.toString(), "-o", tmp.resolve("x").toString()).err()).contains("is een map");
    }

    @Test
    void importDocxSchrijftBronRapportEnGelezenTekstInDeMap() throws Exception {
        Path docx = tmp.resolve("regeling.docx");
        nl.verordening.importer.docx.DocxImporterTestDocument.maak().save(docx.toFile());
        Path doel = tmp.resolve("bron");
        Cli u = Cli.voerUit("import", "docx", docx.toString(), "-o", doel.toString(), "--cbs-code", "gm0000");
        assertThat(u.code()).as(u.err()).isIn(0, 1);
        assertThat(u.out()).contains("2 hoofdstukken, 0 paragrafen, 3 artikelen");
        assertThat(doel.resolve("import-tekst.txt")).content().contains("1. De inwoner meldt zich:");
        assertThat(doel.resolve("import-rapport.txt")).exists();
        assertThat(Files.readString(doel.resolve("verordening.yaml"))).contains("koppen:\n  hoofdstuk: Hoofdstuk\n");
        new SourceLoader().load(doel);
        assertThat(tmp.toFile().list()).containsExactlyInAnyOrder("regeling.docx", "bron"); // niets naast de map

        Path nep = tmp.resolve("nep.docx");
        Files.writeString(nep, "geen zip");
        Cli fout = Cli.voerUit("import", "docx", nep.toString(), "-o", tmp.resolve("b2").toString());
        assertThat(fout.code()).isEqualTo(2);
        assertThat(fout.err()).contains("geen leesbaar Word-document");
        assertThat(tmp.resolve("b2")).doesNotExist();
    }
}

package nl.verordening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.importer.ImportOptions;
import nl.verordening.importer.TextImporter;
import nl.verordening.load.SourceLoader;
import nl.verordening.testutil.SeedTekst;
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
        assertThat(u.code()).as(u.err()).isZero();
        assertThat(u.out()).contains("14 hoofdstukken, 134 artikelen, 81 begrippen geïmporteerd");
        assertThat(u.err()).contains("waarschuwing: Wetten zonder komma geschreven: 'Wmo LLV'");

        var gelezen = new TextImporter(new ImportOptions("gm1509"))
                .importText(Files.readString(SeedTekst.pad(), StandardCharsets.UTF_8), "seed.txt").verordening();
        var geladen = new SourceLoader().load(doel);
        assertThat(ZonderPosities.van(geladen)).isEqualTo(ZonderPosities.van(gelezen));
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
        assertThat(Cli.voerUit("import", "tekst", SeedTekst.pad().toString(), "-o", bron.toString()).code()).isZero();
        Files.writeString(bron.resolve("oud.yaml"), "oud");
        assertThat(Cli.voerUit("import", "tekst", SeedTekst.pad().toString(), "-o", bron.toString(), "--force").code()).isZero();
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
}

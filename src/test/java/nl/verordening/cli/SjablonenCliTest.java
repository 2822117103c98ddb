package nl.verordening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build met --sjablonen: eigen sjablonen, en een kapot sjabloon als melding met exitcode 2. */
class SjablonenCliTest {

    static final Path MINIMAAL = CliTest.MINIMAAL;
    static final String SJABLOON = "kale-tekst/verordening.txt.vm";

    @TempDir
    Path tmp;

    private Path sjablonen(String inhoud) throws IOException {
        Path p = tmp.resolve("sjablonen").resolve(SJABLOON);
        Files.createDirectories(p.getParent());
        Files.writeString(p, inhoud);
        return tmp.resolve("sjablonen");
    }

    @Test
    void eigenSjabloonWordtGebruikt() throws IOException {
        Path map = sjablonen("Eigen kop: $metadata.titel()\n#parse(\"gemeenschappelijk/voet.vm\")\n");
        Files.createDirectories(map.resolve("gemeenschappelijk"));
        Files.writeString(map.resolve("gemeenschappelijk/voet.vm"), "Voet van $metadata.gemeente()\n");
        Path uit = tmp.resolve("output");
        Cli u = Cli.voerUit("build", MINIMAAL.toString(), "-o", uit.toString(), "--sjablonen", map.toString());
        assertThat(u.code()).as(u.err()).isZero();
        assertThat(uit.resolve("kale-tekst/verordening.txt")).content().startsWith("Eigen kop: ").contains("\nVoet van ");
    }

    @Test
    void syntaxisfoutInEenEigenSjabloonGeeftMeldingMetPlekEnTwee() throws IOException {
        Path uit = tmp.resolve("output");
        assertThat(Cli.voerUit("build", MINIMAAL.toString(), "-o", uit.toString()).code()).isZero();
        byte[] voor = Files.readAllBytes(uit.resolve("kale-tekst/verordening.txt"));

        Path map = sjablonen("$metadata.titel()\n\n#foreach($h in $verordening.hoofdstukken())\n  $h.titel() #end #end\n");
        Cli u = Cli.voerUit("build", MINIMAAL.toString(), "-o", uit.toString(), "--sjablonen", map.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains(map.resolve(SJABLOON) + ":4:19: fout: sjabloonfout: syntaxisfout: onverwachte #end")
                .contains("[sjabloon]")
                .doesNotContain("interne fout").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(uit.resolve("kale-tekst/verordening.txt"))).isEqualTo(voor);
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))).isEmpty();
        }
    }

    @Test
    void onbekendeVerwijzingGeeftPlekEnTwee() throws IOException {
        Path map = sjablonen("$metadata.titel()\n  $metadata.bestaatNiet()\n");
        Cli u = Cli.voerUit("build", MINIMAAL.toString(), "-o", tmp.resolve("o").toString(), "--sjablonen", map.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains(map.resolve(SJABLOON) + ":2:13: fout: sjabloonfout: $metadata heeft geen methode bestaatNiet()");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void eenOntbrekendeSjablonenmapIsEenFoutMetTwee() {
        Path weg = tmp.resolve("bestaat-niet");
        Cli u = Cli.voerUit("build", MINIMAAL.toString(), "-o", tmp.resolve("o").toString(), "--sjablonen", weg.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("verordening: de sjablonenmap " + weg + " bestaat niet.");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void hulpNoemtDatZonderOptieAlleenDeStandaardsjablonenGelden() {
        assertThat(Cli.voerUit("build", "--help").out().replaceAll("\\s+", " "))
                .contains("Zonder deze optie alleen de standaardsjablonen.");
    }
}

package nl.verordening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.verordening.pijplijn.UitvoerMap;
import nl.verordening.testutil.Mappen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    static final Path MINIMAAL = Path.of("src/test/resources/bron/minimaal");

    @TempDir
    Path tmp;

    @Test
    void checkOpEenGoedeBronGeeftNulEnEenSamenvatting() {
        Cli u = Cli.voerUit("check", MINIMAAL.toString());
        assertThat(u.code()).isZero();
        assertThat(u.out()).contains("2 hoofdstukken, 2 artikelen; 0 fouten, 1 waarschuwing.")
                .contains(MINIMAAL.resolve("hoofdstukken/02-vervoer.yaml") + ":32:23: waarschuwing: de wettenregel van artikel 2.1.2");
    }

    @Test
    void checkOpEenKapotteBronGeeftTweeZonderStacktrace() throws IOException {
        Path bron = kopie();
        Files.writeString(bron.resolve("wetten.yaml"), "wetten:\n  - code: Wmo\n    naam: [kapot\n");
        Cli u = Cli.voerUit("check", bron.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains(bron.resolve("wetten.yaml") + ":").contains("fout: ongeldige YAML")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void buildSchrijftDeKaleTekstEnHetMerk() throws IOException {
        Path uit = tmp.resolve("output");
        Cli u = Cli.voerUit("build", MINIMAAL.toString(), "-o", uit.toString());
        assertThat(u.code()).as(u.err()).isZero();
        assertThat(uit.resolve("kale-tekst/verordening.txt")).content().contains("2.1.2 Vergoeding van kosten");
        assertThat(uit.resolve(UitvoerMap.MERK)).exists();
        assertThat(restanten()).isEmpty();
    }

    @Test
    void eenMislukteBuildLaatDeVorigeUitvoerOngemoeid() throws IOException {
        Path uit = tmp.resolve("output");
        assertThat(Cli.voerUit("build", MINIMAAL.toString(), "-o", uit.toString()).code()).isZero();
        byte[] voor = Files.readAllBytes(uit.resolve("kale-tekst/verordening.txt"));
        Path bron = kopie();
        Files.writeString(bron.resolve("hoofdstukken/02-vervoer.yaml"), "hoofdstuk: 2\nid: x\ntitel: [\n");
        Cli u = Cli.voerUit("build", bron.toString(), "-o", uit.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(Files.readAllBytes(uit.resolve("kale-tekst/verordening.txt"))).isEqualTo(voor);
        assertThat(restanten()).isEmpty();
    }

    @Test
    void buildVervangtGeenVreemdeMap() throws IOException {
        Path vreemd = tmp.resolve("documenten");
        Files.createDirectories(vreemd);
        Files.writeString(vreemd.resolve("belangrijk.txt"), "niet weggooien");
        Cli u = Cli.voerUit("build", MINIMAAL.toString(), "-o", vreemd.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("bestaat al en is geen uitvoermap van verordening");
        assertThat(vreemd.resolve("belangrijk.txt")).hasContent("niet weggooien");
    }

    @Test
    void buildWeigertUitvoerInDeBronmap() throws IOException {
        Path bron = kopie();
        Cli u = Cli.voerUit("build", bron.toString(), "-o", bron.resolve("output").toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("mag de bronmap niet bevatten of erin liggen");
    }

    @Test
    void buildIsDeterministisch() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Cli.voerUit("build", MINIMAAL.toString(), "-o", a.toString());
        Cli.voerUit("build", MINIMAAL.toString(), "-o", b.toString());
        assertThat(Files.readAllBytes(a.resolve("kale-tekst/verordening.txt")))
                .isEqualTo(Files.readAllBytes(b.resolve("kale-tekst/verordening.txt")));
    }

    @Test
    void onbekendeOptieGeeftNederlandseMeldingEnTwee() {
        Cli u = Cli.voerUit("build", "--strict");
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("onbekende optie '--strict'; bedoelde u --strikt?");
    }

    @Test
    void hulpEnVersie() {
        assertThat(Cli.voerUit("--help").out()).contains("Gebruik: verordening").contains("check").contains("build");
        assertThat(Cli.voerUit("--version").out()).startsWith("verordening ");
    }

    @Test
    void deBronWordtNooitGewijzigd() throws IOException {
        Path bron = kopie();
        String voor = inhoud(bron);
        Cli.voerUit("build", bron.toString(), "-o", tmp.resolve("o").toString());
        Cli.voerUit("check", bron.toString());
        assertThat(inhoud(bron)).isEqualTo(voor);
    }

    private String inhoud(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted().toList()) {
                sb.append(dir.relativize(p)).append('\n');
                if (Files.isRegularFile(p)) sb.append(Files.readString(p));
            }
        }
        return sb.toString();
    }

    private java.util.List<Path> restanten() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().contains(".nieuw-") || p.getFileName().toString().contains(".oud-")).toList();
        }
    }

    private Path kopie() {
        return Mappen.kopieer(MINIMAAL, tmp.resolve("bron"));
    }
}

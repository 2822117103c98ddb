package nl.verordening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Aanvaarde bevindingen in check en build, en --strikt op waarschuwingen. */
class AanvaardCliTest {

    static final Path FIXTURES = Path.of("src/test/resources/checks/WET001");

    @TempDir
    Path tmp;

    @Test
    void aanvaardeBevindingenWordenGeteldMaarNietAlsWaarschuwingGemeld() {
        Path bron = FIXTURES.resolve("aanvaard-op-artikel");
        Cli u = Cli.voerUit("check", bron.toString());
        assertThat(u.code()).isZero();
        assertThat(u.out()).contains("0 fouten, 1 waarschuwing, 1 aanvaard.")
                .contains(bron.resolve("hoofdstukken/01-vervoer.yaml") + ":12:18: waarschuwing: de wettenregel van paragraaf 1.1")
                .doesNotContain("artikel 1.1.1 noemt").doesNotContain("aanvaard:");
    }

    @Test
    void toonAanvaardToontElkeAanvaardeBevindingEenKeerMetReden() {
        Path bron = FIXTURES.resolve("aanvaard-op-artikel");
        Cli u = Cli.voerUit("check", "--toon-aanvaard", bron.toString());
        assertThat(u.out()).containsOnlyOnce("artikel 1.1.1 noemt 'Wmo Jeugdwet'")
                .contains(bron.resolve("hoofdstukken/01-vervoer.yaml") + ":17:23: aanvaard: de wettenregel van artikel 1.1.1 noemt "
                        + "'Wmo Jeugdwet' zonder komma; bedoeld is vermoedelijk 'Wmo, Jeugdwet' [WET001] (reden: zo vastgesteld door de raad)");
    }

    @Test
    void striktStoptBijEenNietAanvaardeWaarschuwing() {
        Path uit = tmp.resolve("output");
        Cli u = Cli.voerUit("build", "--strikt", CliTest.MINIMAAL.toString(), "-o", uit.toString());
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.err()).contains("[WET001]").contains("0 fouten, 1 waarschuwing; met --strikt is er geen uitvoer gemaakt.");
        assertThat(uit).doesNotExist();
    }

    @Test
    void striktLaatAanvaardeBevindingenDoor() {
        Path uit = tmp.resolve("output");
        Cli u = Cli.voerUit("build", "--strikt", FIXTURES.resolve("aanvaard-op-paragraaf-dekt-lid").toString(), "-o", uit.toString());
        assertThat(u.code()).as(u.err()).isZero();
        assertThat(u.out()).contains("0 fouten, 0 waarschuwingen, 1 aanvaard.");
        assertThat(uit.resolve("kale-tekst/verordening.txt")).exists();
    }

    @Test
    void zonderStriktMaaktBuildUitvoerOndanksWaarschuwingen() {
        Path uit = tmp.resolve("output");
        Cli u = Cli.voerUit("build", CliTest.MINIMAAL.toString(), "-o", uit.toString());
        assertThat(u.code()).isZero();
        assertThat(uit.resolve("kale-tekst/verordening.txt")).exists();
    }

    @Test
    void eenOnbekendeCodeInAanvaardIsEenLaadfoutMetSuggestie() {
        Path bron = Path.of("src/test/resources/checks/aanvaarding-ongeldig/onbekende-code");
        Cli u = Cli.voerUit("check", bron.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("onbekende code 'WET01' in 'aanvaard'; bedoelde u 'WET001'?").contains("[aanvaarding-ongeldig]");
    }
}

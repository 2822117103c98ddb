package nl.verordening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code check MAP} zonder picocli geeft precies wat {@code check -- MAP} via picocli geeft. */
class SnelleCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"verordening-source", "src/test/resources/bron/minimaal", "src/test/resources/checks/WET001/in-lid",
        "src/test/resources/checks/yaml-syntaxis/dubbele-punt", "bestaat-niet"})
    void zelfdeUitvoerEnExitcodeAlsViaPicocli(String map) {
        Cli snel = Cli.voerUit("check", map);
        Cli picocli = Cli.voerUit("check", "--", map);
        assertThat(snel).isEqualTo(picocli);
        assertThat(Main.snelleCheck(new String[] {"check", map}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isNotNull();
    }

    @Test
    void optiesHelpEnArgumentbestandenGaanViaPicocli() {
        PrintWriter w = new PrintWriter(new StringWriter());
        for (String[] args : new String[][] {{"check", "--help"}, {"check", "--lijst"}, {"check", "-h"}, {"check", "@args"},
            {"check", "a", "b"}, {"chek"}, {}}) {
            assertThat(Main.snelleCheck(args, w, w)).as(String.join(" ", args)).isNull();
        }
    }
}

package nl.verordening.bron;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.cli.Main;
import nl.verordening.testutil.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * De kale tekst zoals {@code verordening build} hem schrijft, byte voor byte tegen golden files:
 * elke wijziging in lader, model of renderer die de gepubliceerde tekst raakt, staat zo als diff in
 * de review. Bijwerken na een bedoelde wijziging: zie docs/tests.md.
 */
class KaleTekstGoldenTest {

    @TempDir
    Path tmp;

    private String bouw(String bron) throws Exception {
        StringWriter err = new StringWriter();
        Path uit = tmp.resolve("output");
        int code = Main.run(new String[] {"build", bron, "-o", uit.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        return Files.readString(uit.resolve("kale-tekst/verordening.txt"));
    }

    @Test
    void oudeIJsselstreek() throws Exception {
        Golden.assertMatches("kale-tekst/oude-ijsselstreek.txt", bouw("verordening-source"));
    }

    @Test
    void minimaleBron() throws Exception {
        Golden.assertMatches("kale-tekst/minimaal.txt", bouw("src/test/resources/bron/minimaal"));
    }
}

package nl.verordening.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.check.Check;
import nl.verordening.check.Checks;
import nl.verordening.load.LaadFout;
import org.junit.jupiter.api.Test;

/** De catalogus in docs/controles.md en {@code check --lijst} volgen het register. */
class CatalogusTest {

    static final Path DOC = Path.of("docs/controles.md");
    static final String BEGIN = "<!-- catalogus:begin -->\n";
    static final String EINDE = "<!-- catalogus:end -->";

    @Test
    void docsControlesIsBijgewerkt() throws IOException {
        String doc = Files.readString(DOC);
        int b = doc.indexOf(BEGIN);
        int e = doc.indexOf(EINDE);
        assertThat(b).as("markering " + BEGIN.strip() + " in " + DOC).isNotNegative();
        assertThat(e).isGreaterThan(b);
        String nu = doc.substring(b + BEGIN.length(), e);
        String moet = Catalogus.markdown();
        if (nu.equals(moet)) return;
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(DOC, doc.substring(0, b + BEGIN.length()) + moet + doc.substring(e));
            fail(DOC + " bijgewerkt, draai opnieuw");
        }
        assertThat(nu).as(DOC + " is verouderd; bijwerken met -Dgolden.update=true -Dtest=CatalogusTest").isEqualTo(moet);
    }

    @Test
    void lijstToontElkeLaadfoutEnControleUitgelijnd() {
        Cli u = Cli.voerUit("check", "--lijst");
        assertThat(u.code()).isZero();
        assertThat(u.err()).isEmpty();
        for (LaadFout f : LaadFout.values()) {
            assertThat(u.out()).containsPattern("(?m)^  " + f.code() + " +fout +" + java.util.regex.Pattern.quote(f.samenvatting()) + "$");
        }
        for (Check c : Checks.alle()) {
            assertThat(u.out()).containsPattern("(?m)^  " + c.info().code() + " +" + c.info().id() + " +"
                    + c.info().ernst().label() + " +" + java.util.regex.Pattern.quote(c.info().samenvatting()) + "$");
        }
        // Uitgelijnd: binnen een tabel begint de samenvatting op elke regel in dezelfde kolom.
        assertThat(u.out()).contains("  map-ontbreekt          fout   de bronmap bestaat niet\n")
                .contains("  parameter-geen-waarde  fout   ")
                .contains("  WET001  wet-schrijfwijze  waarschuwing  wettenregel met twee wetten zonder komma ertussen\n");
    }

    @Test
    void lijstLaadtGeenBron() {
        Cli u = Cli.voerUit("check", "--lijst", "bestaat-niet");
        assertThat(u.code()).isZero();
        assertThat(u.out()).startsWith("Laadfouten:");
    }
}

package nl.verordening.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Een sjabloon van een gemeente mag niets uitvoeren: zonder de SecureUberspector draaien deze
 * sjablonen het programma echt (met de standaardinstelling van Velocity maken ze het merkbestand).
 */
class SjabloonBeveiligingTest {

    @TempDir
    Path tmp;

    private Path merk() {
        return tmp.resolve("uitgevoerd");
    }

    /** Rendert het sjabloon; geeft de sjabloonfout, of null als het zonder fout rendert. */
    private SjabloonFout render(String sjabloon) {
        Path map = tmp.resolve("sjablonen");
        Templates t = new Sjablonenmap(map).met("aanval/a.txt.vm", sjabloon).templates();
        return catchThrowableOfType(SjabloonFout.class,
                () -> t.render("aanval/a.txt.vm", Map.of("tekst", "een waarde", "lijst", java.util.List.of("x"))));
    }

    @Test
    void runtimeExecViaForName() {
        SjabloonFout f = render("$tekst.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"touch "
                + merk() + "\").waitFor()");
        assertThat(merk()).doesNotExist();
        assertThat(f).isNotNull();
        assertThat(f.getMessage()).contains(":1:").contains("fout: sjabloonfout: niet toegestaan in een sjabloon: forName");
    }

    @Test
    void processBuilderViaReflectie() {
        SjabloonFout f = render(String.join("\n",
                "#set($cmd = [\"touch\", \"" + merk() + "\"])",
                "#set($c = $tekst.getClass().forName(\"java.lang.ProcessBuilder\"))",
                "#set($l = $tekst.getClass().forName(\"java.util.List\"))",
                "$c.getConstructor($l).newInstance($cmd).start().waitFor()"));
        assertThat(merk()).doesNotExist();
        assertThat(f).isNotNull();
        assertThat(f.regel()).isEqualTo(2);
    }

    @Test
    void classLoaderEnReflectieZijnAfgesloten() {
        assertThat(render("$tekst.getClass().getClassLoader()").bericht())
                .startsWith("niet toegestaan in een sjabloon: getClassLoader op klasse Class;");
        assertThat(render("$tekst.getClass().getMethods()").bericht())
                .startsWith("niet toegestaan in een sjabloon: getMethods op klasse Class;");
        assertThat(render("$lijst.getClass().getResourceAsStream(\"/templates/kale-tekst/verordening.txt.vm\")").bericht())
                .startsWith("niet toegestaan in een sjabloon: getResourceAsStream op klasse Class;");
    }

    @Test
    void parseLeestAlleenSjablonen() throws Exception {
        Path geheim = tmp.resolve("geheim.txt");
        Files.writeString(geheim, "wachtwoord");
        for (String naam : new String[] {geheim.toString(), "../geheim.txt", "/etc/passwd"}) {
            SjabloonFout f = render("#include(\"" + naam + "\")");
            assertThat(f).as(naam).isNotNull();
            assertThat(f.bericht()).as(naam).contains("niet gevonden");
        }
    }
}

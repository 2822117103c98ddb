package nl.verordening.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.verordening.pijplijn.Opties;
import nl.verordening.pijplijn.Pijplijn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Draait de browsertests van de publieksversie ({@code src/test/browser}: axe-core WCAG 2.1 AA op
 * elke pagina, filter, zoeken en begrippen met het toetsenbord) als deel van {@code mvn verify}, zodat
 * één opdracht alle tests draait. Zonder Chromium of npm op de machine wordt hij overgeslagen, met
 * reden; {@code .ci/run} installeert ze.
 */
class BrowserSuiteTest {

    private static final Path SUITE = Path.of("src/test/browser");

    @Test
    void publieksversieIsToegankelijkEnMetHetToetsenbordTeBedienen(@TempDir Path tmp) throws Exception {
        String chromium = opPad("chromium");
        String npm = opPad("npm");
        assumeTrue(chromium != null, "browsertests overgeslagen: geen chromium op het pad (apt-get install chromium)");
        assumeTrue(npm != null, "browsertests overgeslagen: geen npm op het pad (apt-get install npm)");

        Path uit = tmp.resolve("uitvoer");
        Pijplijn.bouw(Pijplijn.laad(Path.of("verordening-source")), uit, Opties.STANDAARD);
        if (!Files.isDirectory(SUITE.resolve("node_modules"))) {
            voerUit(List.of(npm, "ci", "--no-audit", "--no-fund"), null, null, tmp.resolve("npm-ci.log"));
        }
        Path log = tmp.resolve("browser.log");
        int code = voerUit(List.of(npm, "test"), uit.resolve("publieksversie"), chromium, log);
        String uitvoer = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(uitvoer);
        assertThat(code).as(uitvoer).isZero();
        assertThat(uitvoer).containsPattern("(?m)^# fail 0$").containsPattern("(?m)^# pass [1-9][0-9]*$");
    }

    private static int voerUit(List<String> opdracht, Path site, String chromium, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(opdracht).directory(SUITE.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        if (site != null) pb.environment().put("SITE", site.toAbsolutePath().toString());
        if (chromium != null) pb.environment().put("CHROMIUM", chromium);
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("browsertests duurden langer dan 10 minuten: " + opdracht);
        }
        if (p.exitValue() != 0 && site == null) {
            throw new AssertionError(opdracht + " mislukte:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return p.exitValue();
    }

    private static String opPad(String naam) {
        for (String map : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(map, naam);
            if (Files.isExecutable(p)) return p.toString();
        }
        return null;
    }
}

package nl.verordening.testutil;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Golden files: verwachte uitvoer van een renderer als bestand onder
 * {@code src/test/resources/golden/<renderer>/<geval>.<ext>}, byte voor byte vergeleken.
 *
 * <pre>{@code Golden.assertMatches("kale-tekst/alle-blokken.txt", tekst);}</pre>
 *
 * <p>Verschil: de test faalt met een unified diff (verwacht = golden file, werkelijk = uitvoer).
 * Met {@code -Dgolden.update=true} schrijft hij het golden file opnieuw en faalt hij met
 * "bijgewerkt, draai opnieuw" — een run die iets heeft bijgewerkt is dus nooit groen, en een vergeten
 * vlag in CI valt op. Gelijke inhoud blijft onaangeroerd en slaagt.
 *
 * <p>Gelezen en geschreven wordt in de bronmap (niet target/test-classes), zodat een bijgewerkt
 * bestand meteen in {@code git diff} staat en de volgende run het ziet.
 */
public final class Golden {

    public static final String EIGENSCHAP = "golden.update";
    /** Zo veel diffregels in de foutmelding; een heel herschreven bestand blijft zo leesbaar. */
    static final int MAX_DIFFREGELS = 200;

    private final Path map;
    private final boolean bijwerken;

    Golden(Path map, boolean bijwerken) {
        this.map = map;
        this.bijwerken = bijwerken;
    }

    /** De map met golden files in deze checkout. */
    public static Path map() {
        // surefire zet basedir; vanuit een IDE is de werkmap meestal de projectmap
        String basis = System.getProperty("basedir", System.getProperty("user.dir"));
        return Paths.get(basis, "src", "test", "resources", "golden").toAbsolutePath().normalize();
    }

    static boolean bijwerkenGevraagd() {
        return Boolean.parseBoolean(System.getProperty(EIGENSCHAP, "false").strip());
    }

    /** Vergelijkt {@code actual} (UTF-8) met {@code golden/<naam>}. */
    public static void assertMatches(String naam, String actual) {
        assertMatches(naam, actual.getBytes(StandardCharsets.UTF_8));
    }

    /** Vergelijkt {@code actual} byte voor byte met {@code golden/<naam>}. */
    public static void assertMatches(String naam, byte[] actual) {
        new Golden(map(), bijwerkenGevraagd()).vergelijk(naam, actual);
    }

    void vergelijk(String naam, byte[] actual) {
        Path bestand = pad(naam);
        byte[] verwacht = lees(bestand);
        if (verwacht != null && Arrays.equals(verwacht, actual)) return;

        if (bijwerken) {
            schrijf(bestand, actual);
            throw new AssertionFailedError("Golden file " + (verwacht == null ? "aangemaakt" : "bijgewerkt")
                    + ", draai opnieuw zonder -D" + EIGENSCHAP + "=true (en bekijk de wijziging met git diff): " + bestand);
        }
        if (verwacht == null) {
            throw new AssertionFailedError("Golden file ontbreekt: " + bestand
                    + "\nMaak het met: mvn -B test -D" + EIGENSCHAP + "=true -Dtest=<TestKlasse>");
        }
        String oud = new String(verwacht, StandardCharsets.UTF_8);
        String nieuw = new String(actual, StandardCharsets.UTF_8);
        throw new AssertionFailedError("Uitvoer wijkt af van golden file " + bestand + "\n" + diff(naam, oud, nieuw)
                + "\nIs de wijziging bedoeld? Werk bij met: mvn -B test -D" + EIGENSCHAP + "=true -Dtest=<TestKlasse>",
                oud, nieuw);
    }

    /** Unified diff van golden (---) naar uitvoer (+++), ingekort tot {@value #MAX_DIFFREGELS} regels. */
    static String diff(String naam, String oud, String nieuw) {
        // split met -1: een ontbrekende of extra slotregel ("\n" aan het eind) blijft zichtbaar
        List<String> a = Arrays.asList(oud.split("\n", -1));
        List<String> b = Arrays.asList(nieuw.split("\n", -1));
        List<String> regels = UnifiedDiffUtils.generateUnifiedDiff("golden/" + naam, "uitvoer", a, DiffUtils.diff(a, b), 3);
        StringBuilder sb = new StringBuilder();
        int n = Math.min(regels.size(), MAX_DIFFREGELS);
        for (int i = 0; i < n; i++) sb.append(regels.get(i)).append('\n');
        if (regels.size() > n) sb.append("... (").append(regels.size() - n).append(" diffregels meer)\n");
        if (regels.isEmpty()) sb.append("(regels gelijk; het verschil zit in de bytes, bijvoorbeeld de codering)\n");
        if (oud.indexOf('\r') >= 0 || nieuw.indexOf('\r') >= 0) {
            sb.append("(let op: een van beide bevat \\r; regeleinden horen \\n te zijn)\n");
        }
        return sb.toString();
    }

    private Path pad(String naam) {
        Path p = map.resolve(naam).normalize();
        if (naam.isBlank() || Paths.get(naam).isAbsolute() || !p.startsWith(map)) {
            throw new IllegalArgumentException("Golden-naam moet een relatief pad onder golden/ zijn: " + naam);
        }
        return p;
    }

    private static byte[] lees(Path p) {
        if (!Files.isRegularFile(p)) return null;
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Golden file onleesbaar: " + p, e);
        }
    }

    private static void schrijf(Path p, byte[] inhoud) {
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, inhoud);
        } catch (IOException e) {
            throw new UncheckedIOException("Golden file niet te schrijven: " + p, e);
        }
    }
}

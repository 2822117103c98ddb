package nl.verordening.testutil;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Toegang tot {@code ../shared} voor tests die gegevens nodig hebben die bewust niet in de repository
 * staan (zoals {@code stop/} en {@code wetten/}). Ontbreekt de map, dan wordt de test overgeslagen
 * (niet: rood), zodat {@code mvn verify} in een kale clone groen blijft.
 *
 * <p>Map: systeemeigenschap {@value #EIGENSCHAP} (surefire zet {@code ${project.basedir}/../shared}),
 * anders {@code ../shared} vanaf de werkmap.
 */
public final class Shared {

    public static final String EIGENSCHAP = "verordening.shared";

    private Shared() {}

    /** De shared-map zoals ingesteld; bestaat misschien niet. */
    public static Path map() {
        return Paths.get(System.getProperty(EIGENSCHAP, "../shared")).toAbsolutePath().normalize();
    }

    /**
     * {@code ../shared/<deel>} (bestand of map); slaat de lopende test over als het er niet is.
     * Gebruik: {@code Path wetten = Shared.vereist("wetten");}
     */
    public static Path vereist(String deel) {
        Path p = map().resolve(deel).normalize();
        assumeTrue(Files.exists(p), () -> "../shared ontbreekt: " + p + " niet gevonden; test overgeslagen."
                + " Zet -D" + EIGENSCHAP + "=<map met " + deel + "> om hem te draaien.");
        return p;
    }
}

package nl.verordening.beslis;

import java.nio.file.Path;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Verordening;

/** De echte bron, één keer geladen per testklasse-JVM. */
public final class Bron {

    private static Verordening v;

    private Bron() {}

    public static synchronized Verordening verordening() {
        if (v == null) {
            try {
                v = new SourceLoader().load(Path.of("verordening-source"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return v;
    }
}

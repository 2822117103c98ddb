package nl.verordening.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import nl.verordening.load.LoadException;
import nl.verordening.pijplijn.Pijplijn;
import nl.verordening.pijplijn.Resultaat;

/** Laden en controleren met meldingen op de opdrachtregel, gedeeld door check en build. */
final class Bronmap {

    private Bronmap() {}

    /** Null als de bron onbruikbaar is; de fouten zijn dan geschreven naar {@code err}. */
    static Resultaat laadEnControleer(Path dir, PrintWriter err) {
        try {
            return Pijplijn.laad(dir);
        } catch (LoadException e) {
            Meldingen.print(e.findings(), dir, err);
            err.println("verordening: de bron in " + dir + " is onbruikbaar: " + Meldingen.samenvatting(e.findings()) + ".");
            return null;
        }
    }
}

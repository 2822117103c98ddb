package nl.verordening.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import nl.verordening.check.Checks;
import nl.verordening.load.LoadException;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Finding;
import nl.verordening.model.Verordening;

/** Laden en controleren, gedeeld door check en build. */
final class Bronmap {

    record Resultaat(Verordening verordening, List<Finding> bevindingen) {}

    private Bronmap() {}

    /** Null als de bron onbruikbaar is; de fouten zijn dan geschreven naar {@code err}. */
    static Resultaat laadEnControleer(Path dir, PrintWriter err) {
        Verordening v;
        try {
            v = new SourceLoader().load(dir);
        } catch (LoadException e) {
            Meldingen.print(e.findings(), dir, err);
            err.println("verordening: de bron in " + dir + " is onbruikbaar: " + Meldingen.samenvatting(e.findings()) + ".");
            return null;
        }
        return new Resultaat(v, Checks.run(v, Checks.standaard()));
    }
}

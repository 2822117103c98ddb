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

    /**
     * @param bevindingen niet-aanvaarde bevindingen
     * @param aanvaard    bevindingen die de bron aanvaardt, met reden
     */
    record Resultaat(Verordening verordening, List<Finding> bevindingen, List<Checks.Aanvaard> aanvaard) {}

    private Bronmap() {}

    /** Null als de bron onbruikbaar is; de fouten zijn dan geschreven naar {@code err}. */
    static Resultaat laadEnControleer(Path dir, PrintWriter err) {
        Verordening v;
        try {
            v = new SourceLoader(Checks.codes()).load(dir);
        } catch (LoadException e) {
            Meldingen.print(e.findings(), dir, err);
            err.println("verordening: de bron in " + dir + " is onbruikbaar: " + Meldingen.samenvatting(e.findings()) + ".");
            return null;
        }
        Checks.Uitslag u = Checks.run(v);
        return new Resultaat(v, u.bevindingen(), u.aanvaard());
    }
}

package nl.verordening.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import nl.verordening.check.Checks;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.pijplijn.Resultaat;
import nl.verordening.model.SourcePosition;

/** Schrijft bevindingen als {@code map/bestand:regel:kolom: fout: ...}, zodat een editor erheen springt. */
final class Meldingen {

    private Meldingen() {}

    static void print(List<Finding> findings, Path basis, PrintWriter w) {
        for (Finding f : findings) w.println(metPad(f, basis).format());
    }

    /** {@code bestand:regel:kolom: aanvaard: bericht [WET001] (reden: ...)} */
    static void printAanvaard(List<Checks.Aanvaard> aanvaard, Path basis, PrintWriter w) {
        for (Checks.Aanvaard a : aanvaard) {
            Finding f = metPad(a.bevinding(), basis);
            String plek = f.pos().known() ? f.pos() + ": " : "";
            w.println(plek + "aanvaard: " + f.message() + " [" + f.code() + "] (reden: " + a.aanvaarding().reden() + ")");
        }
    }

    static Finding metPad(Finding f, Path basis) {
        SourcePosition p = f.pos();
        if (basis == null || p.file().isEmpty() || Path.of(p.file()).isAbsolute()) return f;
        String pad = basis.resolve(p.file()).toString();
        return new Finding(f.code(), f.severity(), new SourcePosition(pad, p.line(), p.column()), f.message(), f.element());
    }

    static long aantal(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** "2 fouten, 1 waarschuwing" */
    static String samenvatting(List<Finding> findings) {
        long fouten = aantal(findings, Severity.ERROR);
        long waarsch = aantal(findings, Severity.WARNING);
        long info = aantal(findings, Severity.INFO);
        String s = fouten + (fouten == 1 ? " fout" : " fouten") + ", " + waarsch + (waarsch == 1 ? " waarschuwing" : " waarschuwingen");
        return info > 0 ? s + ", " + info + " info" : s;
    }

    /** "0 fouten, 1 waarschuwing, 2 aanvaard" */
    static String samenvatting(Resultaat r) {
        String s = samenvatting(r.bevindingen());
        return r.aanvaard().isEmpty() ? s : s + ", " + r.aanvaard().size() + " aanvaard";
    }
}

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

    /** Kleur alleen op een terminal en niet als NO_COLOR gezet is (no-color.org). */
    static boolean kleur() {
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }

    /**
     * Bevindingen van de controles per bestand: een kop met het bestand en de aantallen, dan per
     * bevinding {@code bestand:regel:kolom: waarschuwing[REF003]: bericht}, met de suggestie eronder.
     */
    static void printBevindingen(List<Finding> findings, Path basis, PrintWriter w, boolean kleur) {
        String bestand = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding f = metPad(findings.get(i), basis);
            if (!f.pos().file().equals(bestand)) {
                bestand = f.pos().file();
                String b = bestand;
                List<Finding> hier = findings.stream().filter(x -> metPad(x, basis).pos().file().equals(b)).toList();
                if (i > 0) w.println();
                w.println(kleur(kleur, "1", bestand.isEmpty() ? "(geen bestand)" : bestand) + " (" + samenvatting(hier) + ")");
            }
            String plek = f.pos().known() ? f.pos() + ": " : (f.pos().file().isEmpty() ? "" : f.pos().file() + ": ");
            String ernst = kleur(kleur, switch (f.severity()) { case ERROR -> "31"; case WARNING -> "33"; case INFO -> "36"; },
                    f.severity().label() + "[" + f.code() + "]");
            w.println(plek + ernst + ": " + f.message());
            if (f.suggestie() != null) w.println("    suggestie: " + f.suggestie());
        }
    }

    private static String kleur(boolean aan, String code, String tekst) {
        return aan ? "\u001b[" + code + "m" + tekst + "\u001b[0m" : tekst;
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
        return f.metPos(new SourcePosition(pad, p.line(), p.column()));
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

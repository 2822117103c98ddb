package nl.verordening.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.SourcePosition;

/** Verzamelt de bevindingen van één import en maakt bronplekken in het tekstbestand. */
final class Bevindingen {

    private final String bestand;
    private final List<Finding> lijst = new ArrayList<>();

    Bevindingen(String bestand) {
        this.bestand = bestand == null ? "" : bestand;
    }

    SourcePosition pos(Regel r) {
        return r == null ? new SourcePosition(bestand, 0, 0) : new SourcePosition(bestand, r.nr, r.kolom);
    }

    SourcePosition pos(Regel r, int kolom) {
        return r == null ? pos(null) : new SourcePosition(bestand, r.nr, kolom);
    }

    void waarschuwing(String code, SourcePosition pos, String bericht) {
        lijst.add(new Finding(code, Severity.WARNING, pos, bericht));
    }

    void info(String code, SourcePosition pos, String bericht) {
        lijst.add(new Finding(code, Severity.INFO, pos, bericht));
    }

    List<Finding> alle() {
        List<Finding> r = new ArrayList<>(lijst);
        Collections.sort(r);
        return r;
    }
}

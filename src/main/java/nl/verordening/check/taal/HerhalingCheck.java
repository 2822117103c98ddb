package nl.verordening.check.taal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.check.Teksten;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;
import nl.verordening.model.taal.Woorden;

/**
 * Een woord of woordgroep die per ongeluk twee keer achter elkaar staat: "de de", "voor de inwoner
 * voor de inwoner". Alleen met witruimte ertussen: "a, a" of "dat, dat" is opsommen, geen tikfout.
 */
@CheckInfo(code = "TAL003", id = "woord-herhaald", ernst = Severity.WARNING,
        samenvatting = "woord of woordgroep staat twee keer achter elkaar")
public final class HerhalingCheck implements Check {

    /** Woorden die in goed Nederlands dubbel kunnen staan ("dat dat", "die die"). */
    private static final Set<String> MAG_DUBBEL = Set.of("dat", "die");

    @Override
    public List<Finding> check(Verordening v) {
        List<Finding> r = new ArrayList<>();
        for (Teksten.Fragment f : Teksten.van(v)) {
            for (String h : herhalingen(f.tekst())) {
                r.add(bevinding(f.pos(), f.pad(), "'" + h + " " + h + "' in " + f.pad().omschrijving()
                        + ": staat twee keer achter elkaar; schrijf '" + h + "'"));
            }
        }
        return r;
    }

    /** De herhaalde woorden of woordgroepen (van drie, twee of één woord), in volgorde. */
    static List<String> herhalingen(String tekst) {
        List<Woorden.Woord> ws = Woorden.metPlek(tekst);
        List<String> r = new ArrayList<>();
        int i = 0;
        while (i < ws.size()) {
            int gevonden = 0;
            for (int n = 3; n >= 1 && gevonden == 0; n--) {
                if (i + 2 * n > ws.size()) continue;
                if (herhaald(tekst, ws, i, n)) gevonden = n;
            }
            if (gevonden > 0) {
                r.add(tekst.substring(ws.get(i).begin(), ws.get(i + gevonden - 1).einde()));
                i += 2 * gevonden;
            } else {
                i++;
            }
        }
        return r;
    }

    private static boolean herhaald(String tekst, List<Woorden.Woord> ws, int i, int n) {
        for (int k = 0; k < n; k++) {
            String a = ws.get(i + k).tekst();
            String b = ws.get(i + n + k).tekst();
            if (!a.equalsIgnoreCase(b) || !Woorden.heeftLetters(a)) return false;
        }
        if (n == 1 && MAG_DUBBEL.contains(ws.get(i).tekst().toLowerCase())) return false;
        // tussen de woorden van beide helften alleen witruimte: geen komma, haakje of punt
        for (int k = i; k < i + 2 * n - 1; k++) {
            if (!tekst.substring(ws.get(k).einde(), ws.get(k + 1).begin()).isBlank()) return false;
        }
        return true;
    }
}

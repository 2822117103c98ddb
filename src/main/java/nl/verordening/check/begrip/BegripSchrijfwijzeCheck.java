package nl.verordening.check.begrip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Een gedefinieerde term of afkorting die anders geschreven staat dan gedefinieerd: hoofdletters
 * ("Bsn" voor "BSN"), accenten ("coordinator"), koppelteken of spatie, punten ("W.l.z."), met of
 * zonder jaartal ("Wlz 2015"). Eén melding per afwijkende schrijfwijze, met elk voorkomen.
 */
@CheckInfo(code = "BEG001", id = "begrip-schrijfwijze", ernst = Severity.WARNING,
        samenvatting = "gedefinieerde term of afkorting anders geschreven dan gedefinieerd")
public final class BegripSchrijfwijzeCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        Map<String, List<Begrippenscan.Treffer>> afwijkend = new LinkedHashMap<>();
        for (Begrippenscan.Treffer t : Begrippenscan.van(v).treffers) {
            if (t.term().staatZo(t.geschreven()) || t.term().isGewoonWoord(t.geschreven())) continue;
            afwijkend.computeIfAbsent(t.term().voorkeur() + "\u0000" + t.geschreven(), k -> new ArrayList<>()).add(t);
        }
        List<Finding> r = new ArrayList<>();
        for (List<Begrippenscan.Treffer> ts : afwijkend.values()) {
            Begrippenscan.Treffer eerste = ts.get(0);
            Term term = eerste.term();
            String voorkeur = term.voorkeurVoor(eerste.geschreven());
            r.add(bevinding(eerste.fragment().pos(), eerste.fragment().pad(), "'" + eerste.geschreven() + "' is een andere schrijfwijze van '"
                    + voorkeur + "' (" + term.waar() + ", " + term.pos() + "); schrijf '" + voorkeur + "'; "
                    + Plekken.lijst(ts.stream().map(Begrippenscan.Treffer::fragment).toList())));
        }
        return r;
    }
}

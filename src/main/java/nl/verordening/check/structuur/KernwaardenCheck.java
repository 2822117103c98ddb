package nl.verordening.check.structuur;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Finding;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * In een verordening die haar hoofdstukken kernwaarden meegeeft, heeft elk hoofdstuk ze, vanaf het
 * eerste hoofdstuk dat ze heeft: de hoofdstukken daarvoor (begrippen, inleiding) zijn algemeen. Een
 * verordening zonder kernwaarden geeft geen bevinding.
 */
@CheckInfo(code = "STR006", id = "kernwaarden-ontbreken", ernst = Severity.WARNING,
        samenvatting = "een hoofdstuk zonder kernwaarden in een verordening die kernwaarden gebruikt")
public final class KernwaardenCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        List<Finding> r = new ArrayList<>();
        boolean begonnen = false;
        for (Hoofdstuk h : v.hoofdstukken()) {
            if (!h.kernwaarden().isEmpty()) {
                begonnen = true;
                continue;
            }
            if (begonnen && !h.artikelen().isEmpty()) {
                r.add(bevinding(h.pos(), Pad.WORTEL.metHoofdstuk(h), "hoofdstuk " + h.nummer() + " '" + h.titel()
                        + "' heeft geen kernwaarden, terwijl de andere hoofdstukken ze wel hebben", "kernwaarden:", null));
            }
        }
        return r;
    }
}

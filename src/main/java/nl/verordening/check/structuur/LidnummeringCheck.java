package nl.verordening.check.structuur;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Artikel;
import nl.verordening.model.Blok;
import nl.verordening.model.Finding;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Leden van een artikel lopen 1, 2, 3, ...: een lidnummer dat dubbel staat of een overgeslagen
 * nummer. Ingevoegde leden ("2a") tellen niet mee: die zijn een gewone manier van wijzigen.
 */
@CheckInfo(code = "STR001", id = "lidnummering", ernst = Severity.WARNING,
        samenvatting = "een lidnummer staat dubbel of een lidnummer is overgeslagen")
public final class LidnummeringCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        List<Finding> r = new ArrayList<>();
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void artikel(Artikel a, Pad pad) {
                java.util.Set<Integer> gezien = new java.util.HashSet<>();
                int vorige = 0;
                int plaats = 0;
                for (Blok.Lid l : a.leden()) {
                    plaats++;
                    if (!l.nummer().matches("\\d{1,3}")) continue;
                    int n = Integer.parseInt(l.nummer());
                    Pad p = pad.metLid(l);
                    if (!gezien.add(n)) {
                        r.add(bevinding(l.pos(), p, "artikel " + a.nummer() + " heeft twee keer lid " + l.nummer()
                                + "; dit is het " + rangtelwoord(plaats) + " lid: nummer het als lid " + plaats
                                + " en de leden erna een hoger", "lid: " + plaats, null));
                    } else if (n < vorige) {
                        r.add(bevinding(l.pos(), p, "artikel " + a.nummer() + ": lid " + l.nummer() + " staat na lid " + vorige
                                + "; zet de leden op volgorde", null, null));
                    } else if (n > vorige + 1) {
                        r.add(bevinding(l.pos(), p, "artikel " + a.nummer() + " slaat lid " + (vorige + 1)
                                + (n - vorige > 2 ? " tot en met " + (n - 1) : "") + " over: na lid " + vorige + " komt lid " + n,
                                "lid: " + (vorige + 1), null));
                    }
                    vorige = n;
                }
            }
        });
        return r;
    }

    private static String rangtelwoord(int n) {
        String[] w = {"", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende"};
        return n < w.length ? w[n] : n + "e";
    }
}

package nl.verordening.check.begrip;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Begrip;
import nl.verordening.model.Blok;
import nl.verordening.model.Finding;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;
import nl.verordening.model.taal.Leestekst;
import nl.verordening.model.taal.Woorden;

/**
 * Twee begrippen met (bijna) dezelfde definitie: minstens 70% dezelfde woorden (Jaccard over de
 * woorden zonder lidwoorden en voorzetsels). Dan zijn het twee namen voor één ding, of is één
 * definitie fout.
 */
@CheckInfo(code = "BEG005", id = "begrip-dubbele-definitie", ernst = Severity.WARNING,
        samenvatting = "twee begrippen met (bijna) dezelfde definitie")
public final class DubbeleDefinitieCheck implements Check {

    static final double DREMPEL = 0.7;
    private static final Set<String> KLEIN = Set.of("de", "het", "een", "van", "in", "op", "voor", "en", "of", "aan", "met", "die", "dat");

    @Override
    public List<Finding> check(Verordening v) {
        List<Begrip> begrippen = v.begrippen();
        List<Set<String>> woorden = new ArrayList<>();
        for (Begrip b : begrippen) woorden.add(woorden(b));
        List<Finding> r = new ArrayList<>();
        for (int j = 1; j < begrippen.size(); j++) {
            for (int i = 0; i < j; i++) {
                double s = jaccard(woorden.get(i), woorden.get(j));
                if (woorden.get(j).size() < 4 || s < DREMPEL) continue;
                Begrip a = begrippen.get(i), b = begrippen.get(j);
 // het begrip is zelf het element waarop aanvaard: werkt
                r.add(new Finding(info().code(), info().ernst(), b.pos(), "begrip '" + b.term() + "' heeft "
                        + (s == 1.0 ? "dezelfde" : "bijna dezelfde") + " definitie als '" + a.term() + "' (" + a.pos()
                        + "); gebruik één term, of maak het verschil in de definitie duidelijk", b.id()));
            }
        }
        return r;
    }

    private static Set<String> woorden(Begrip b) {
        Set<String> r = new HashSet<>();
        ModelWalker.blokken(b.definitie(), blok -> {
            if (blok instanceof Blok.Alinea a) {
                for (String w : Woorden.van(Leestekst.plat(a.tekst()))) {
                    String n = Normaaltekst.vouw(w).toLowerCase(Locale.ROOT);
                    if (!KLEIN.contains(n)) r.add(n);
                }
            }
        });
        return r;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> s = new HashSet<>(a);
        s.retainAll(b);
        return (double) s.size() / (a.size() + b.size() - s.size());
    }
}

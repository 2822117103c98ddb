package nl.verordening.check.structuur;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Blok;
import nl.verordening.model.Finding;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Onderdelen van een lijst lopen a, b, c (of 1, 2, 3, of i, ii, iii): een letter die dubbel staat
 * ("a, b, c, a, d"), terugspringt of overslaat. Ingevoegde onderdelen ("aa", "2a") tellen niet mee.
 */
@CheckInfo(code = "STR002", id = "onderdeelvolgorde", ernst = Severity.WARNING,
        samenvatting = "onderdelen van een lijst staan dubbel, niet op volgorde of slaan een letter over")
public final class OnderdelenCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        List<Finding> r = new ArrayList<>();
        // Lijsten in hetzelfde lid die na een tussenkop verder tellen (a-c, "tweede categorie:", d-e) zijn één reeks.
        java.util.Map<String, Integer> laatsteInContainer = new java.util.HashMap<>();
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void lijst(Blok.Lijst l, Pad pad) {
                List<String> labels = l.onderdelen().stream().map(Onderdeel::label).toList();
                if (labels.stream().anyMatch(x -> x == null)) return;
                boolean romeins = Structuur.romeinseReeks(labels);
                String container = pad.id() + "|" + pad.deel() + "|" + pad.onderdelen().size();
                int eerste = labels.isEmpty() ? 1 : Structuur.rangInReeks(labels.get(0), romeins);
                Integer eerder = laatsteInContainer.get(container);
                int verwacht = eerste != 1 && eerder != null ? eerder + 1 : 1;
                String vorige = null;
                for (Onderdeel o : l.onderdelen()) {
                    int n = Structuur.rangInReeks(o.label(), romeins);
                    if (n < 0) continue;
                    Pad p = pad.metOnderdeel(o);
                    String plek = pad.omschrijving();
                    if (n < verwacht) {
                        r.add(bevinding(o.pos(), p, plek + ": onderdeel " + o.label() + " komt na " + vorige
                                + (n == verwacht - 1 ? " nog eens" : "") + "; verwacht is " + label(verwacht, o.label(), romeins),
                                label(verwacht, o.label(), romeins), null));
                    } else if (n > verwacht) {
                        r.add(bevinding(o.pos(), p, plek + ": na onderdeel " + (vorige == null ? "(begin)" : vorige) + " komt "
                                + o.label() + "; " + label(verwacht, o.label(), romeins) + " ontbreekt", label(verwacht, o.label(), romeins), null));
                    }
                    // na een terugsprong telt de reeks door waar ze was, zodat één fout één melding geeft
                    verwacht = Math.max(verwacht, n + 1);
                    vorige = o.label();
                }
                laatsteInContainer.put(container, verwacht - 1);
            }
        });
        return r;
    }

    private static String label(int rang, String voorbeeld, boolean romeins) {
        if (voorbeeld.matches("\\d+")) return String.valueOf(rang);
        if (romeins) return new String[] {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}[Math.min(rang, 10)];
        return String.valueOf((char) ('a' + rang - 1));
    }
}

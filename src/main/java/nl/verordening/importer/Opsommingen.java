package nl.verordening.importer;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.model.Blok;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Onderdeel;

/**
 * Genummerde punten direct na een zin die op ':' eindigt zijn een opsomming, geen leden:
 * "De gemeente kan de volgende maatwerkvoorzieningen aanbieden: 1. ... 2. ...". Een artikel dat met
 * "1." begint, of waarvan de zin ervoor op een punt eindigt, heeft echte leden.
 */
final class Opsommingen {

    private Opsommingen() {}

    static List<Blok> genummerdNaDubbelePunt(List<Blok> inhoud) {
        List<Blok> r = new ArrayList<>();
        int i = 0;
        while (i < inhoud.size()) {
            Blok b = inhoud.get(i);
            r.add(b);
            i++;
            if (!(b instanceof Blok.Alinea a) || !a.tekst().platteTekst().strip().endsWith(":")) continue;
            int j = i;
            List<Onderdeel> punten = new ArrayList<>();
            while (j < inhoud.size() && inhoud.get(j) instanceof Blok.Lid l && l.nummer().equals(Integer.toString(punten.size() + 1))) {
                punten.add(new Onderdeel(l.nummer(), l.inhoud(), l.pos()));
                j++;
            }
            if (punten.size() >= 2) {
                r.add(new Blok.Lijst(LijstSoort.CIJFERS, punten, punten.get(0).pos()));
                i = j;
            }
        }
        return r;
    }
}

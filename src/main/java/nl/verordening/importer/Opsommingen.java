package nl.verordening.importer;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.model.Blok;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Tekst;

/**
 * Genummerde punten die geen leden zijn maar een opsomming:
 * <ul>
 *   <li>direct na een zin die op ':' eindigt: "De gemeente kan de volgende maatwerkvoorzieningen
 *       aanbieden: 1. ... 2. ...";</li>
 *   <li>een reeks 1, 2, 3, ... waarvan elk punt met een kleine letter begint en elk punt behalve het
 *       laatste op ';' eindigt: zo schrijft niemand leden, wel de delen van één zin.</li>
 * </ul>
 * Een artikel dat met "1. De ..." begint, of waarvan de zin ervoor op een punt eindigt, heeft echte leden.
 */
final class Opsommingen {

    private Opsommingen() {}

    static List<Blok> verwerk(List<Blok> inhoud) {
        return zinsdelen(genummerdNaDubbelePunt(inhoud));
    }

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

    /** Leden 1, 2, ... die samen één zin zijn (kleine letter aan het begin, ';' aan het eind) worden een lijst. */
    static List<Blok> zinsdelen(List<Blok> inhoud) {
        List<Blok> r = new ArrayList<>();
        int i = 0;
        while (i < inhoud.size()) {
            if (inhoud.get(i) instanceof Blok.Lid eerste && eerste.nummer().equals("1")) {
                int j = i;
                List<Blok.Lid> run = new ArrayList<>();
                while (j < inhoud.size() && inhoud.get(j) instanceof Blok.Lid l
                        && l.nummer().equals(Integer.toString(run.size() + 1))) {
                    run.add(l);
                    j++;
                }
                if (run.size() >= 2 && isZinsdeel(run)) {
                    List<Onderdeel> punten = new ArrayList<>();
                    for (Blok.Lid l : run) punten.add(new Onderdeel(l.nummer(), l.inhoud(), l.pos()));
                    r.add(new Blok.Lijst(LijstSoort.CIJFERS, punten, run.get(0).pos()));
                    i = j;
                    continue;
                }
            }
            r.add(inhoud.get(i));
            i++;
        }
        return r;
    }

    private static boolean isZinsdeel(List<Blok.Lid> run) {
        for (int k = 0; k < run.size(); k++) {
            List<Blok> in = run.get(k).inhoud();
            if (in.isEmpty() || !(in.get(0) instanceof Blok.Alinea eerste)) return false;
            String begin = eerste.tekst().platteTekst().strip();
            if (begin.isEmpty() || !Character.isLowerCase(begin.codePointAt(0))) return false;
            if (k < run.size() - 1) {
                String eind = laatsteTekst(in).strip();
                if (!(eind.endsWith(";") || eind.endsWith("; en") || eind.endsWith("; of") || eind.endsWith(", en")
                        || eind.endsWith(", of"))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String laatsteTekst(List<Blok> in) {
        Blok b = in.get(in.size() - 1);
        if (b instanceof Blok.Alinea a) return a.tekst().platteTekst();
        return "";
    }

    /** Voor {@link Begripsbepalingen}: de platte tekst van een alinea, of null. */
    static String tekst(Blok b) {
        return b instanceof Blok.Alinea a ? a.tekst().platteTekst() : null;
    }

    static Blok.Alinea alinea(String tekst, Blok zoals) {
        return new Blok.Alinea(Tekst.van(tekst), zoals.pos());
    }
}

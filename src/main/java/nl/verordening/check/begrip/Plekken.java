package nl.verordening.check.begrip;

import java.util.List;
import nl.verordening.check.Teksten;

/** Alle voorkomens van iets als leesbare lijst voor een melding: "2×: artikel 3.1 (bestand:12:9), ...". */
final class Plekken {

    private Plekken() {}

    static String lijst(List<Teksten.Fragment> alle) {
        // één keer per blok, met het totaal aantal voorkomens
        List<Teksten.Fragment> fragmenten = new java.util.ArrayList<>();
        for (Teksten.Fragment f : alle) if (fragmenten.stream().noneMatch(g -> g == f)) fragmenten.add(f);
        StringBuilder sb = new StringBuilder(alle.size() + "×: ");
        for (int i = 0; i < fragmenten.size(); i++) {
            Teksten.Fragment f = fragmenten.get(i);
            if (i > 0) sb.append(", ");
            sb.append(f.pad().omschrijving()).append(" (").append(f.pos()).append(')');
        }
        return sb.toString();
    }
}

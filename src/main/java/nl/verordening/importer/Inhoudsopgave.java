package nl.verordening.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.verordening.importer.Koppen.Kop;

/**
 * Een inhoudsopgave voor de tekst: een reeks van minstens drie koppen zonder tekst ertussen, waarvan de
 * eerste verderop terugkomt. Die regels worden weggelaten (de koppen staan in de tekst zelf); wat de
 * inhoudsopgave anders zegt dan de tekst (nummer of titel) wordt gemeld, want één van beide is fout.
 */
final class Inhoudsopgave {

    private static final Pattern OPSCHRIFT = Pattern.compile("(?iu)^(?:inhoudsopgave|inhoud|inhoudstafel)\\s*:?$");

    private Inhoudsopgave() {}

    private record Item(int index, Kop kop) {}

    static List<Regel> verwijder(List<Regel> regels, Bevindingen bevindingen) {
        Kop[] koppen = new Kop[regels.size()];
        for (int i = 0; i < regels.size(); i++) {
            Regel r = regels.get(i);
            if (!r.leeg()) koppen[i] = Koppen.lees(Koppen.zonderPaginanummer(r.ruw));
        }
        for (int i = 0; i < regels.size(); i++) {
            if (koppen[i] == null) continue;
            List<Item> items = new ArrayList<>();
            int j = i;
            while (j < regels.size() && (regels.get(j).leeg() || koppen[j] != null)) {
                if (koppen[j] != null) items.add(new Item(j, koppen[j]));
                j++;
            }
            if (items.size() >= 3 && komtTerug(items.get(0).kop(), koppen, j)) {
                List<Regel> uit = new ArrayList<>(regels);
                int begin = i;
                for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
                    if (OPSCHRIFT.matcher(regels.get(k).tekst).matches()) begin = k;
                }
                for (int k = begin; k < j; k++) uit.set(k, regels.get(k).leeggemaakt());
                bevindingen.info("import-inhoudsopgave", bevindingen.pos(regels.get(begin)),
                        "Inhoudsopgave (regel " + regels.get(begin).nr + "–" + regels.get(j - 1).nr
                                + ") overgeslagen; de koppen staan in de tekst zelf.");
                vergelijk(items, koppen, j, regels, bevindingen);
                return uit;
            }
            i = j;
        }
        return regels;
    }

    private static boolean komtTerug(Kop kop, Kop[] koppen, int vanaf) {
        for (int k = vanaf; k < koppen.length; k++) {
            if (koppen[k] != null && zelfde(koppen[k], kop)) return true;
        }
        return false;
    }

    private static boolean zelfde(Kop a, Kop b) {
        return a.soort() == b.soort() && a.nummer().equalsIgnoreCase(b.nummer())
                && (!a.nummer().isEmpty() || a.titel().equalsIgnoreCase(b.titel()));
    }

    private static void vergelijk(List<Item> items, Kop[] koppen, int vanaf, List<Regel> regels, Bevindingen bevindingen) {
        List<Item> romp = new ArrayList<>();
        for (int k = vanaf; k < koppen.length; k++) if (koppen[k] != null) romp.add(new Item(k, koppen[k]));
        for (Item t : items) {
            Item gevonden = romp.stream().filter(b -> zelfde(b.kop(), t.kop())).findFirst().orElse(null);
            Regel r = regels.get(t.index());
            if (gevonden == null) {
                bevindingen.waarschuwing("import-inhoudsopgave-verschil", bevindingen.pos(r),
                        "De inhoudsopgave noemt '" + r.tekst + "', maar die kop staat niet in de tekst.");
            } else if (!Objects.equals(norm(gevonden.kop().titel()), norm(t.kop().titel()))) {
                bevindingen.waarschuwing("import-inhoudsopgave-verschil", bevindingen.pos(r),
                        "De inhoudsopgave noemt '" + Koppen.zonderPaginanummer(r.ruw) + "', de tekst (regel "
                                + regels.get(gevonden.index()).nr + ") '" + regels.get(gevonden.index()).tekst + "'.");
            }
        }
        for (Item b : romp) {
            // een inhoudsopgave van alleen hoofdstukken mist de artikelen niet
            if (items.stream().noneMatch(t -> t.kop().soort() == b.kop().soort())) continue;
            if (items.stream().noneMatch(t -> zelfde(t.kop(), b.kop()))) {
                Regel r = regels.get(b.index());
                bevindingen.waarschuwing("import-inhoudsopgave-verschil", bevindingen.pos(r),
                        "Kop '" + r.tekst + "' staat niet in de inhoudsopgave.");
            }
        }
    }

    private static String norm(String s) {
        return Regel.normaliseer(s).replaceAll("[.:;,]+$", "").toLowerCase(java.util.Locale.ROOT);
    }
}

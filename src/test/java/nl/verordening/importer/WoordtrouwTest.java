package nl.verordening.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Gaat er tekst verloren? Alle woorden van het model in documentvolgorde tegenover de woorden van de
 * seed na het weglaten van alleen de opmaakruis (koptekst, paginanummers, link-annotaties; de
 * opsommingstekens vallen weg bij het splitsen in woorden). Minstens 99,5% van de seedwoorden moet in
 * volgorde terugkomen (langste gemeenschappelijke deelrij, met Myers' O(ND)-diff).
 */
class WoordtrouwTest {

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");

    /** De seed zonder ruis, onafhankelijk van de importeur bepaald. */
    static List<String> seedWoorden(String tekst) {
        List<String> woorden = new ArrayList<>();
        String vorige = "";
        boolean witOfWeg = true;
        for (String ruw : tekst.split("\r?\n")) {
            String r = ruw.replaceAll("[\\s\\u00A0\\u2003]+", " ").strip();
            if (r.isEmpty()) {
                witOfWeg = true;
                continue;
            }
            if (r.equals(TextImporterSeedTest.KOPTEKST) || r.matches("\\d+")) {
                witOfWeg = true;
                continue;
            }
            if (URL.matcher(r).matches() && !vorige.endsWith(":") && witOfWeg) {
                continue; // link-annotatie van de PDF
            }
            woorden.addAll(Modelwoorden.woorden(r));
            vorige = r;
            witOfWeg = false;
        }
        return woorden;
    }

    @Test
    void bijna_alle_woorden_van_de_seed_staan_in_volgorde_in_het_model() {
        String tekst = Modelwoorden.seed();
        ImportResult r = new TextImporter(new ImportOptions("gm1509")).importText(tekst, "seed.txt");
        List<String> seed = seedWoorden(tekst);
        List<String> model = new ArrayList<>();
        for (String t : Modelwoorden.teksten(r.verordening())) model.addAll(Modelwoorden.woorden(t));
        assertThat(seed.size()).isGreaterThan(20000);

        boolean[] gevonden = lcs(codeer(seed, model, true), codeer(seed, model, false), 4000);
        List<String> gemist = new ArrayList<>();
        int aantal = 0;
        for (int i = 0; i < seed.size(); i++) {
            if (gevonden[i]) aantal++;
            else gemist.add(i + ":" + seed.get(i));
        }
        double ratio = (double) aantal / seed.size();
        System.out.printf("woordtrouw: %d van %d seedwoorden (%.4f), modelwoorden %d, gemist: %s%n",
                aantal, seed.size(), ratio, model.size(), gemist);
        assertThat(ratio).as("gemiste woorden: %s", gemist).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void lcsVindtDeGemeenschappelijkeDeelrij() {
        assertThat(lcs(new int[] {1, 2, 3, 4, 6}, new int[] {1, 3, 4, 5, 6}, 10)).containsExactly(true, false, true, true, true);
        assertThat(lcs(new int[] {7, 7}, new int[] {}, 10)).containsExactly(false, false);
        assertThat(lcs(new int[] {1, 2}, new int[] {1, 2}, 10)).containsExactly(true, true);
    }

    private static Map<String, Integer> nummers = new HashMap<>();

    private static int[] codeer(List<String> seed, List<String> model, boolean welkeSeed) {
        List<String> l = welkeSeed ? seed : model;
        int[] r = new int[l.size()];
        for (int i = 0; i < r.length; i++) r[i] = nummers.computeIfAbsent(l.get(i), k -> nummers.size());
        return r;
    }

    /**
     * Myers' diff: welke elementen van {@code a} horen bij een langste gemeenschappelijke deelrij met
     * {@code b}. Bewaart per stap d alleen de diagonalen -d..d, dus geheugen O(D²).
     */
    static boolean[] lcs(int[] a, int[] b, int maxD) {
        int n = a.length;
        int m = b.length;
        int off = maxD + 1;
        int[] v = new int[2 * off + 1];
        List<int[]> sporen = new ArrayList<>();
        for (int d = 0; d <= maxD; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[off + k] = x;
                if (x >= n && y >= m) {
                    int[] spoor = new int[2 * d + 1];
                    System.arraycopy(v, off - d, spoor, 0, 2 * d + 1);
                    sporen.add(spoor);
                    return terug(a, b, sporen, d);
                }
            }
            int[] spoor = new int[2 * d + 1];
            System.arraycopy(v, off - d, spoor, 0, 2 * d + 1);
            sporen.add(spoor);
        }
        fail("meer dan " + maxD + " verschillen tussen seed en model");
        return null;
    }

    private static boolean[] terug(int[] a, int[] b, List<int[]> sporen, int dMax) {
        boolean[] gevonden = new boolean[a.length];
        int x = a.length;
        int y = b.length;
        for (int d = dMax; d > 0; d--) {
            int[] vorig = sporen.get(d - 1); // index k + (d-1)
            int k = x - y;
            boolean omlaag = k == -d || (k != d && vorig[k - 1 + d - 1] < vorig[k + 1 + d - 1]);
            int vk = omlaag ? k + 1 : k - 1;
            int vx = vorig[vk + d - 1];
            int vy = vx - vk;
            int sx = omlaag ? vx : vx + 1; // begin van de diagonaal na de stap
            for (int i = sx; i < x; i++) gevonden[i] = true;
            x = vx;
            y = vy;
        }
        for (int i = 0; i < x; i++) gevonden[i] = true; // d = 0: diagonaal vanaf (0,0)
        return gevonden;
    }
}

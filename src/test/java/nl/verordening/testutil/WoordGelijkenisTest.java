package nl.verordening.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WoordGelijkenisTest {

    @Test
    void woorden() {
        assertThat(WoordGelijkenis.woorden("  3.1.1 A Indienen hulpvraag: bij de Gemeente! [Wmo, LLV]\n€ 465,-"))
                .containsExactly("3", "1", "1", "a", "indienen", "hulpvraag", "bij", "de", "gemeente", "wmo", "llv", "465");
        assertThat(WoordGelijkenis.woorden("Cliënt’s vóór")).containsExactly("cliënt", "s", "vóór");
        assertThat(WoordGelijkenis.woorden("Clie\u0308nt")).containsExactly("cliënt");
        assertThat(WoordGelijkenis.woorden(" ,.; ")).isEmpty();
    }

    @Test
    void bekendeLcs() {
        // klassiek voorbeeld: LCS van ABCBDAB en BDCABA heeft lengte 4
        WoordGelijkenis.Resultaat r = WoordGelijkenis.vergelijk(
                List.of("a", "b", "c", "b", "d", "a", "b"), List.of("b", "d", "c", "a", "b", "a"));
        assertThat(r.gemeenschappelijk()).isEqualTo(4);
        assertThat(r.ontbrekend()).hasSize(3);
        assertThat(r.extra()).hasSize(2);
        assertThat(r.score()).isEqualTo(4.0 / 7);
    }

    @Test
    void verwijderdWoord() {
        WoordGelijkenis.Resultaat r = WoordGelijkenis.vergelijk(
                "De gemeente maakt hulp makkelijk bereikbaar.", "De gemeente maakt hulp bereikbaar.");
        assertThat(r.referentieWoorden()).isEqualTo(6);
        assertThat(r.kandidaatWoorden()).isEqualTo(5);
        assertThat(r.gemeenschappelijk()).isEqualTo(5);
        assertThat(r.ontbrekend()).containsExactly("makkelijk");
        assertThat(r.extra()).isEmpty();
        assertThat(r.score()).isEqualTo(5.0 / 6);
        assertThat(r.verschillen()).hasSize(1);
        assertThat(r.verschillen().get(0).positie()).isEqualTo(4);
        assertThat(r.rapport(5)).contains("[-makkelijk-]").contains("hulp [-makkelijk-] bereikbaar");
    }

    @Test
    void extraEnVervangenWoord() {
        WoordGelijkenis.Resultaat r = WoordGelijkenis.vergelijk("een twee drie vier", "een twee zes drie vier vijf");
        assertThat(r.gemeenschappelijk()).isEqualTo(4);
        assertThat(r.ontbrekend()).isEmpty();
        assertThat(r.extra()).containsExactly("zes", "vijf");
        assertThat(r.score()).isEqualTo(1.0);

        WoordGelijkenis.Resultaat v = WoordGelijkenis.vergelijk("een twee drie", "een zeven drie");
        assertThat(v.gemeenschappelijk()).isEqualTo(2);
        assertThat(v.ontbrekend()).containsExactly("twee");
        assertThat(v.extra()).containsExactly("zeven");
        assertThat(v.verschillen().get(0).toString()).contains("een [-twee-] {+zeven+} drie");
    }

    @Test
    void gelijkEnLeeg() {
        assertThat(WoordGelijkenis.vergelijk("a b c", "A, b. C!").score()).isEqualTo(1.0);
        assertThat(WoordGelijkenis.vergelijk("", "iets").score()).isEqualTo(1.0);
        assertThat(WoordGelijkenis.vergelijk("iets", "").score()).isEqualTo(0.0);
    }

    @Test
    void gelijkAanDynamischProgrammerenOpWillekeurigeInvoer() {
        Random rnd = new Random(42);
        for (int proef = 0; proef < 300; proef++) {
            List<String> a = willekeurig(rnd, rnd.nextInt(40));
            List<String> b = willekeurig(rnd, rnd.nextInt(40));
            WoordGelijkenis.Resultaat r = WoordGelijkenis.vergelijk(a, b);
            assertThat(r.gemeenschappelijk()).as("%s / %s", a, b).isEqualTo(lcs(a, b));
            assertThat(r.ontbrekend()).hasSize(a.size() - r.gemeenschappelijk());
            assertThat(r.extra()).hasSize(b.size() - r.gemeenschappelijk());
        }
    }

    @Test
    void groteTekstMetWeinigVerschillenIsSnel() {
        Random rnd = new Random(7);
        List<String> a = willekeurigUitGroot(rnd, 25_000);
        List<String> b = new ArrayList<>(a);
        for (int i = 0; i < 40; i++) b.remove(rnd.nextInt(b.size()));
        for (int i = 0; i < 40; i++) b.add(rnd.nextInt(b.size()), "extra" + i);
        long start = System.nanoTime();
        WoordGelijkenis.Resultaat r = WoordGelijkenis.vergelijk(a, b);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.gemeenschappelijk()).isEqualTo(25_000 - 40);
        assertThat(r.extra()).hasSize(40);
        assertThat(ms).as("duur in ms").isLessThan(5_000);
    }

    private static List<String> willekeurig(Random rnd, int n) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < n; i++) r.add(String.valueOf((char) ('a' + rnd.nextInt(4))));
        return r;
    }

    private static List<String> willekeurigUitGroot(Random rnd, int n) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < n; i++) r.add("w" + rnd.nextInt(2000));
        return r;
    }

    /** Referentie: klassieke LCS met een matrix (alleen voor kleine invoer). */
    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.size()][b.size()];
    }
}

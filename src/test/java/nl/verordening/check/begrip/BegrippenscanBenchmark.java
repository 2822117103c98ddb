package nl.verordening.check.begrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.verordening.check.Checks;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Verordening;
import org.junit.jupiter.api.Test;

/**
 * De tijd van de begrippenscan op de echte bron en op 10× en 100× zoveel tekst (de hoofdstukken
 * herhaald). Alleen met {@code -Dbenchmark=true}; zie docs/benchmarks.md.
 */
class BegrippenscanBenchmark {

    @Test
    void scanGroeitLineairMetDeTekst() throws Exception {
        assumeTrue(Boolean.getBoolean("benchmark"), "alleen met -Dbenchmark=true");
        Verordening v = new SourceLoader(Checks.codes()).load(Path.of("verordening-source"));
        for (int i = 0; i < 5; i++) Begrippenscan.scan(v); // opwarmen
        long[] ms = new long[3];
        int[] factoren = {1, 10, 100};
        for (int k = 0; k < factoren.length; k++) {
            Verordening groot = herhaal(v, factoren[k]);
            long t = System.nanoTime();
            Begrippenscan s = Begrippenscan.scan(groot);
            ms[k] = (System.nanoTime() - t) / 1_000_000;
            System.out.printf("%d× bron: %d tekstblokken, %d termen, %d treffers, %d ms%n",
                    factoren[k], s.fragmenten.size(), s.termen.size(), s.treffers.size(), ms[k]);
        }
        assertThat(ms[2]).isLessThan(Math.max(ms[0], 1) * 400);
    }

    private static Verordening herhaal(Verordening v, int n) {
        List<Hoofdstuk> h = new ArrayList<>();
        for (int i = 0; i < n; i++) h.addAll(v.hoofdstukken());
        return new Verordening(v.metadata(), v.wetten(), v.parameters(), h, v.bijlagen(), v.aanvaardingen());
    }
}

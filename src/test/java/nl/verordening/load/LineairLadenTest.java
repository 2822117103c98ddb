package nl.verordening.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import nl.verordening.fuzz.Bronnen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Laden is lineair in de grootte van een tekst (issue 6: 1,1 MB kostte 87 s). Meet een tekstblok
 * van 100 kB en van 1 MB (met verwijzingen, parameters en alinea's); de verhouding mag hoogstens 12
 * zijn (lineair is 10). Cijfers en de opdracht: docs/benchmarks.md.
 */
class LineairLadenTest {

    @TempDir
    Path tmp;

    static String tekst(int tekens) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (sb.length() < tekens) {
            sb.append(i % 10 == 9 ? "\n\n" : " ").append("De ouders betalen {{drempel}}; zie [[ouders#lid-1]] en *ook* dit ").append(i++).append('.');
        }
        return sb.toString();
    }

    long laadMs(int tekens) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "bron");
        Files.createDirectories(dir.resolve("hoofdstukken"));
        Files.writeString(dir.resolve("verordening.yaml"), Bronnen.VERORDENING);
        Files.writeString(dir.resolve("wetten.yaml"), Bronnen.WETTEN);
        Files.writeString(dir.resolve("parameters.yaml"), Bronnen.PARAMETERS);
        String inleiding = "inleiding: |\n" + tekst(tekens).lines().map(l -> "  " + l.strip() + "\n").collect(Collectors.joining());
        String hoofdstuk = Bronnen.HOOFDSTUK;
        int knip = hoofdstuk.indexOf("\ninhoud:\n") + 1;
        Files.writeString(dir.resolve("hoofdstukken/01-vervoer.yaml"), hoofdstuk.substring(0, knip) + inleiding + hoofdstuk.substring(knip));
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            try {
                new SourceLoader().load(dir);
            } catch (LoadException e) {
                throw new AssertionError(e.findings().get(0).format(), e);
            }
            best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
        }
        return best;
    }

    @Test
    void eenMegabyteTekstLaadtLineair() throws Exception {
        laadMs(100_000); // opwarmen
        long klein = Math.max(1, laadMs(100_000));
        long groot = laadMs(1_000_000);
        System.out.printf("laden: 100 kB %d ms, 1 MB %d ms, verhouding %.1f%n", klein, groot, (double) groot / klein);
        assertThat(groot).as("1 MB in %d ms, 100 kB in %d ms", groot, klein).isLessThanOrEqualTo(Math.max(12 * klein, 2_000));
    }
}

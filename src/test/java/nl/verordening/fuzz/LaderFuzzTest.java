package nl.verordening.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.load.LoadException;
import nl.verordening.pijplijn.Opties;
import nl.verordening.pijplijn.Pijplijn;
import nl.verordening.pijplijn.Resultaat;

/**
 * Fuzzt de lader (en de renderers daarachter): elke invoer laadt, of geeft meldingen; nooit een
 * andere exceptie, een StackOverflowError of een hang. De invoer wordt één van de bestanden van een
 * verder geldige bron. Zonder JAZZER_FUZZ draaien alleen de vaste invoer in
 * {@code src/test/resources/nl/verordening/fuzz/LaderFuzzTestInputs/laden/}; fuzzen: zie docs/tests.md.
 */
class LaderFuzzTest {

    /** Langer dan dit voor één invoer is een hang (het laden is lineair; dit is ruim). */
    static final long MAX_MS = 10_000;
    /** De eerste uitvoeringen laden en instrumenteren nog klassen: die tellen niet als hang. */
    static final int OPWARMEN = 50;

    private static int uitgevoerd;

    private static Path bron;


    static synchronized Path bron() throws IOException {
        if (bron == null) {
            bron = Files.createTempDirectory("lader-fuzz");
            Files.createDirectories(bron.resolve("hoofdstukken"));
        }
        return bron;
    }

    @FuzzTest(maxDuration = "10m")
    void laden(FuzzedDataProvider data) throws IOException {
        int welk = data.consumeInt(0, 3);
        byte[] invoer = data.consumeRemainingAsBytes();
        laad(welk, invoer);
    }

    static void laad(int welk, byte[] invoer) throws IOException {
        Path dir = bron();
        Files.writeString(dir.resolve("verordening.yaml"), Bronnen.VERORDENING);
        Files.writeString(dir.resolve("wetten.yaml"), Bronnen.WETTEN);
        Files.writeString(dir.resolve("parameters.yaml"), Bronnen.PARAMETERS);
        Files.writeString(dir.resolve("hoofdstukken/01-vervoer.yaml"), Bronnen.HOOFDSTUK);
        String naam = switch (welk) {
            case 0 -> "verordening.yaml";
            case 1 -> "wetten.yaml";
            case 2 -> "parameters.yaml";
            default -> "hoofdstukken/01-vervoer.yaml";
        };
        Files.write(dir.resolve(naam), invoer);
        long start = System.nanoTime();
        try {
            Resultaat r = Pijplijn.laad(dir);
            Pijplijn.renderInGeheugen(r, Opties.STANDAARD);
        } catch (LoadException e) {
            // Meldingen: goed, als ze een plek en een Nederlandse tekst hebben.
            // Buiten wat de bron zelf citeert ('...') geen Java of Engels van de parser.
            e.findings().forEach(f -> {
                String eigen = f.message().replaceAll("'[^']*'", "''");
                if (eigen.contains("Exception") || eigen.contains("java.") || eigen.contains("while ")) throw new AssertionError(f.format());
            });
        } catch (nl.verordening.pijplijn.PijplijnFout e) {
            throw new AssertionError(e);
        } catch (UncheckedIOException e) {
            throw e;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (++uitgevoerd > OPWARMEN && ms > MAX_MS) throw new AssertionError("hang: " + ms + " ms voor " + invoer.length + " bytes");
    }
}

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

    static final String VERORDENING = """
            gemeente: Voorbeeldstad
            cbs-code: gm9999
            titel: Verordening Sociaal Domein gemeente Voorbeeldstad 2026
            citeertitel: Verordening Sociaal Domein Voorbeeldstad 2026
            jaar: 2026
            vastgesteld: 2025-12-18
            inwerkingtreding: 2026-01-01
            ondertekening:
              - functie: De raadsvoorzitter
                naam: B. Voorzitter
            hoofdstukken:
              - hoofdstukken/01-vervoer.yaml
            """;
    static final String WETTEN = """
            wetten:
              - code: LLV
                naam: Leerlingenvervoer
            """;
    static final String PARAMETERS = """
            parameters:
              - id: drempel
                eenheid: EUR
                waarden:
                  - vanaf: 2026-01-01
                    waarde: 62.5
            """;
    static final String HOOFDSTUK = """
            hoofdstuk: 1
            id: vervoer-naar-school
            titel: Vervoer naar school
            inhoud:
              - artikel: 1.1.1
                id: ouders
                titel: Ouders
                wetten: [LLV]
                inhoud:
                  - lid: 1
                    tekst: De ouders betalen {{drempel}}; zie [[ouders#lid-1]].
            """;

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
        Files.writeString(dir.resolve("verordening.yaml"), VERORDENING);
        Files.writeString(dir.resolve("wetten.yaml"), WETTEN);
        Files.writeString(dir.resolve("parameters.yaml"), PARAMETERS);
        Files.writeString(dir.resolve("hoofdstukken/01-vervoer.yaml"), HOOFDSTUK);
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

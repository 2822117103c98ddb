package nl.verordening.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import nl.verordening.importer.ImportOptions;
import nl.verordening.importer.ImportResult;
import nl.verordening.importer.TextImporter;
import nl.verordening.render.bron.BronWriter;

/**
 * Fuzzt de tekstimporteur en de bronschrijver: elke tekst geeft een bron met meldingen, nooit een
 * exceptie of een hang. Vaste invoer: {@code src/test/resources/nl/verordening/fuzz/ImportFuzzTestInputs/importeren/}.
 */
class ImportFuzzTest {

    private static int uitgevoerd;

    @FuzzTest(maxDuration = "10m")
    void importeren(byte[] invoer) {
        String tekst = new String(invoer, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        ImportResult r = new TextImporter(new ImportOptions(null)).importText(tekst, "fuzz.txt");
        new BronWriter().write(r.verordening());
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (++uitgevoerd > LaderFuzzTest.OPWARMEN && ms > LaderFuzzTest.MAX_MS) throw new AssertionError("hang: " + ms + " ms voor " + invoer.length + " bytes");
    }
}

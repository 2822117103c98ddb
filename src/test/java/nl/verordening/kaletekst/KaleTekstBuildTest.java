package nl.verordening.kaletekst;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.pijplijn.Opties;
import nl.verordening.pijplijn.Pijplijn;
import nl.verordening.testutil.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** De kale-tekstset uit een echte build: alle vier bestanden, en twee builds zijn byte voor byte gelijk. */
class KaleTekstBuildTest {

    static final String[] BESTANDEN = {"verordening.txt", "verordening.docx", "verordening.xml", "verordening.html"};

    @Test
    void tweeBuildsGevenDezelfdeBytes(@TempDir Path tmp) throws Exception {
        Path een = tmp.resolve("een");
        Path twee = tmp.resolve("twee");
        Pijplijn.bouw(Pijplijn.laad(Path.of("verordening-source")), een, Opties.STANDAARD);
        // tussen de builds verstrijkt tijd: tijdstempels mogen niet in de uitvoer komen
        Thread.sleep(2100);
        Pijplijn.bouw(Pijplijn.laad(Path.of("verordening-source")), twee, Opties.STANDAARD);
        for (String b : BESTANDEN) {
            byte[] a = Files.readAllBytes(een.resolve("kale-tekst").resolve(b));
            assertThat(a).as(b).isNotEmpty().isEqualTo(Files.readAllBytes(twee.resolve("kale-tekst").resolve(b)));
        }
        // de platte tekst is ongewijzigd
        Golden.assertMatches("kale-tekst/oude-ijsselstreek.txt", Files.readString(een.resolve("kale-tekst/verordening.txt")));
    }
}

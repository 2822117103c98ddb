package nl.verordening.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verordening.check.verwijzing.Tekstverwijzing;
import nl.verordening.check.verwijzing.VerwijzingParser;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;
import org.junit.jupiter.api.Test;

/**
 * De controles zijn gebouwd voor de conventies van Nederlandse verordeningen, niet voor één bestand:
 * de kleine klassieke bron (VNG-model, "Artikel 1", begripsbepalingen als onderdelen) geeft geen
 * fouten of waarschuwingen (alleen taaltips als info), en haar verwijzing "artikel 1.1.1 van de wet" is een verwijzing naar een wet.
 */
class KlassiekeBronControlesTest {

    @Test
    void deKlassiekeBronIsSchoon() throws Exception {
        Verordening v = new SourceLoader(Checks.codes()).load(Path.of("src/test/resources/bron/klassiek"));
        assertThat(Checks.run(v).bevindingen()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    @Test
    void verwijzingNaarDeWetIsExtern() {
        Tekstverwijzing t = new VerwijzingParser().parse("een voorziening als bedoeld in artikel 1.1.1 van de wet, waaronder").get(0);
        assertThat(t.soort()).isEqualTo(Tekstverwijzing.Soort.EXTERN);
        assertThat(t.wet()).isEqualTo("wet");
    }
}

package nl.verordening.model.beslis;

import java.math.BigDecimal;
import java.util.List;
import nl.verordening.model.SourcePosition;

/**
 * Een invoerkolom.
 *
 * @param waarden bij KEUZE: de toegestane waarden in volgorde
 * @param geheel  bij GETAL: alleen gehele getallen (leeftijd, maanden), zodat 20 en 21 aaneensluiten
 * @param minimum bij GETAL: kleinste mogelijke waarde, of null (onbegrensd)
 * @param maximum bij GETAL: grootste mogelijke waarde, of null
 */
public record Invoer(String naam, String label, Soort soort, String eenheid, List<String> waarden, boolean geheel,
                     BigDecimal minimum, BigDecimal maximum, SourcePosition pos) {
    public Invoer {
        waarden = List.copyOf(waarden);
    }
}

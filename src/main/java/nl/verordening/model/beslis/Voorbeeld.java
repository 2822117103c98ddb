package nl.verordening.model.beslis;

import java.util.Map;
import nl.verordening.model.SourcePosition;

/**
 * Een voorbeeld uit de tekst: invoer en de verwachte uitkomst, die {@code check} narekent.
 *
 * @param invoer   per invoernaam de waarde (al getypeerd door de lader), in bronvolgorde
 * @param uitkomst per uitvoernaam de verwachte waarde; leeg betekent: geen regel past
 */
public record Voorbeeld(String naam, Map<String, Waarde> invoer, Map<String, Waarde> uitkomst, SourcePosition pos) {
    public Voorbeeld {
        invoer = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(invoer));
        uitkomst = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(uitkomst));
    }
}

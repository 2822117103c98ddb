package nl.verordening.model.beslis;

import java.util.List;
import nl.verordening.model.SourcePosition;

/**
 * Een uitvoerkolom.
 *
 * @param waarden de mogelijke waarden; bij PRIORITY in volgorde van voorrang (de eerste wint)
 */
public record Uitvoer(String naam, String label, Soort soort, String eenheid, List<String> waarden, SourcePosition pos) {
    public Uitvoer {
        waarden = List.copyOf(waarden);
    }
}

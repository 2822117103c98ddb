package nl.verordening.model.beslis;

import java.util.List;
import nl.verordening.model.SourcePosition;

/**
 * Een regel van de tabel: per invoerkolom een toets, per uitvoerkolom een uitkomst.
 *
 * @param nummer    1, 2, ... in volgorde van de tabel
 * @param uitleg    korte Nederlandse uitleg (waarom deze regel, welke keuze bij twijfel)
 * @param grondslag eigen artikelverwijzing, of null (dan geldt die van de tabel)
 * @param twijfel   waar de tekst dubbelzinnig is: wat er dubbelzinnig is, of null; de keuze staat in de uitleg
 */
public record Regel(int nummer, List<Toets> toetsen, List<Waarde> uitkomsten, String uitleg, Grondslag grondslag,
                    String twijfel, SourcePosition pos) {
    public Regel {
        toetsen = List.copyOf(toetsen);
        uitkomsten = List.copyOf(uitkomsten);
    }
}

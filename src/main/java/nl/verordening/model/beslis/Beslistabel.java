package nl.verordening.model.beslis;

import java.util.List;
import java.util.Optional;
import nl.verordening.model.SourcePosition;

/**
 * Een uitvoerbare beslistabel uit {@code beslistabellen/*.yaml}.
 *
 * @param grondslag  de artikelen (en leden) waarop de tabel berust; de eerste is de hoofdgrondslag
 * @param aggregatie alleen bij {@link HitPolicy#COLLECT}: SUM, MIN, MAX of COUNT (anders GEEN)
 */
public record Beslistabel(String id, String titel, List<Grondslag> grondslag, List<Invoer> invoer, List<Uitvoer> uitvoer,
                          HitPolicy hitPolicy, Aggregatie aggregatie, List<Regel> regels, List<Voorbeeld> voorbeelden,
                          SourcePosition pos) {

    public Beslistabel {
        grondslag = List.copyOf(grondslag);
        invoer = List.copyOf(invoer);
        uitvoer = List.copyOf(uitvoer);
        regels = List.copyOf(regels);
        voorbeelden = List.copyOf(voorbeelden);
    }

    public Optional<Invoer> invoer(String naam) {
        return invoer.stream().filter(i -> i.naam().equals(naam)).findFirst();
    }

    public Optional<Uitvoer> uitvoer(String naam) {
        return uitvoer.stream().filter(u -> u.naam().equals(naam)).findFirst();
    }

    /** Eén regel geeft hooguit één uitkomst (UNIQUE, ANY, FIRST, PRIORITY). */
    public boolean enkelvoudig() {
        return hitPolicy.enkelvoudig();
    }
}

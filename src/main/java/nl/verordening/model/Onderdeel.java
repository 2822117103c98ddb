package nl.verordening.model;

import java.util.List;

/** Een onderdeel van een lijst. {@code label} is "a", "1", "ii" of null bij een opsomming. */
public record Onderdeel(String label, List<Blok> inhoud, SourcePosition pos) {
    public Onderdeel {
        inhoud = List.copyOf(inhoud);
    }
}

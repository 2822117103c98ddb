package nl.verordening.model.bron;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Eén soort YAML-blok in de bron: zijn naam (zoals in meldingen) en zijn sleutels in de volgorde
 * waarin de bronschrijver ze schrijft.
 */
public record Blokdefinitie(String naam, List<Sleutel> sleutels) {

    public Blokdefinitie {
        sleutels = List.copyOf(sleutels);
        Set<String> gezien = new LinkedHashSet<>();
        for (Sleutel s : sleutels) {
            if (!gezien.add(s.naam())) throw new IllegalArgumentException("sleutel '" + s.naam() + "' dubbel in " + naam);
        }
    }

    /** De namen van de toegestane sleutels, in volgorde. */
    public Set<String> namen() {
        Set<String> r = new LinkedHashSet<>();
        sleutels.forEach(s -> r.add(s.naam()));
        return r;
    }

    public List<Sleutel> verplicht() {
        return sleutels.stream().filter(Sleutel::verplicht).toList();
    }
}

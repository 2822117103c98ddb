package nl.verordening.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Een hoofdstuk: nummer, titel, inleiding, kernwaarden, en daaronder paragrafen en artikelen in
 * de volgorde van de vastgestelde tekst. Het hoofdstuk met de begrippenlijst heeft {@code begrippen}.
 */
public record Hoofdstuk(String id, String nummer, String titel, List<Blok> inleiding,
                        List<Kernwaarde> kernwaarden, List<Begrip> begrippen,
                        List<Onderdeelhouder> onderdelen, SourcePosition pos) {
    public Hoofdstuk {
        inleiding = List.copyOf(inleiding);
        kernwaarden = List.copyOf(kernwaarden);
        begrippen = List.copyOf(begrippen);
        onderdelen = List.copyOf(onderdelen);
    }

    /** Alle artikelen van dit hoofdstuk, ook die in paragrafen, in volgorde. */
    public List<Artikel> artikelen() {
        List<Artikel> r = new ArrayList<>();
        for (Onderdeelhouder o : onderdelen) {
            if (o instanceof Artikel a) r.add(a);
            else if (o instanceof Paragraaf p) r.addAll(p.artikelen());
        }
        return r;
    }

    public List<Paragraaf> paragrafen() {
        return onderdelen.stream().filter(o -> o instanceof Paragraaf).map(o -> (Paragraaf) o).toList();
    }
}

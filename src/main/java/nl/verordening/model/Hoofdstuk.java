package nl.verordening.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Een hoofdstuk: nummer, titel, inleiding, kernwaarden, en daaronder paragrafen en artikelen in
 * de volgorde van de vastgestelde tekst. Het hoofdstuk met de begrippenlijst heeft {@code begrippen}.
 */
public record Hoofdstuk(String id, String nummer, String titel, List<Blok> inleiding,
                        List<Kernwaarde> kernwaarden, List<Begrip> begrippen,
                        List<Onderdeelhouder> onderdelen, SourcePosition pos) implements Element {
    public Hoofdstuk {
        inleiding = List.copyOf(inleiding);
        kernwaarden = List.copyOf(kernwaarden);
        begrippen = List.copyOf(begrippen);
        onderdelen = List.copyOf(onderdelen);
    }

    /** Alle artikelen van dit hoofdstuk, ook die in paragrafen, in volgorde. */
    public List<Artikel> artikelen() {
        List<Artikel> r = new ArrayList<>();
        for (Onderdeelhouder o : onderdelen) r.addAll(o.artikelen());
        return r;
    }

    public List<Paragraaf> paragrafen() {
        List<Paragraaf> r = new ArrayList<>();
        for (Onderdeelhouder o : onderdelen) {
            o.accept(new Onderdeelhouder.Bezoeker<Void>() {
                @Override public Void paragraaf(Paragraaf p) { r.add(p); return null; }
                @Override public Void artikel(Artikel a) { return null; }
            });
        }
        return r;
    }

    @Override
    public <R> R accept(Element.Bezoeker<R> b) {
        return b.hoofdstuk(this);
    }
}

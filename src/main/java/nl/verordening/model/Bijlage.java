package nl.verordening.model;

import java.util.List;

/**
 * Een bijlage bij de verordening ("Bijlage 1 Tarieven"), na de ondertekening: titel, tekst en
 * tabellen.
 *
 * @param nummer het nummer zoals vastgesteld ("1", "I", "2a"), of "" bij één ongenummerde bijlage
 */
public record Bijlage(String id, String nummer, String titel, List<Blok> inhoud, SourcePosition pos)
        implements Element {
    public Bijlage {
        inhoud = List.copyOf(inhoud);
    }

    @Override
    public <R> R accept(Element.Bezoeker<R> b) {
        return b.bijlage(this);
    }
}

package nl.verordening.model;

import java.util.List;

/**
 * Een begrip: uit de begrippenlijst van een hoofdstuk, of een onderdeel van een artikel
 * "Begripsbepalingen" ({@link Blok.Begrippenlijst}).
 *
 * @param id          stabiel id ("maatwerkvoorziening")
 * @param term        de term zoals gedefinieerd ("Persoonsgebonden budget")
 * @param afkortingen afkortingen die de tekst bij de term declareert ("Pgb")
 * @param varianten   andere schrijfwijzen die als hetzelfde begrip gelden
 * @param definitie   de definitie (meestal één alinea, soms met een lijst)
 * @param label       het label als onderdeel van een artikel ("a", "aa"), of null in een begrippenlijst
 */
public record Begrip(String id, String term, List<String> afkortingen, List<String> varianten,
                     List<Blok> definitie, String label, SourcePosition pos) implements Element {
    public Begrip {
        afkortingen = List.copyOf(afkortingen);
        varianten = List.copyOf(varianten);
        definitie = List.copyOf(definitie);
    }

    /** Een begrip uit een begrippenlijst (zonder label). */
    public Begrip(String id, String term, List<String> afkortingen, List<String> varianten,
                  List<Blok> definitie, SourcePosition pos) {
        this(id, term, afkortingen, varianten, definitie, null, pos);
    }

    @Override
    public <R> R accept(Element.Bezoeker<R> b) {
        return b.begrip(this);
    }
}

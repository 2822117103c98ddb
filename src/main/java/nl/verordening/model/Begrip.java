package nl.verordening.model;

import java.util.List;

/**
 * Een begrip uit de begrippenlijst.
 *
 * @param id         stabiel id ("maatwerkvoorziening")
 * @param term       de term zoals gedefinieerd ("Persoonsgebonden budget")
 * @param afkortingen afkortingen die de tekst bij de term declareert ("Pgb")
 * @param varianten  andere schrijfwijzen die als hetzelfde begrip gelden
 * @param definitie  de definitie (meestal één alinea, soms met een lijst)
 */
public record Begrip(String id, String term, List<String> afkortingen, List<String> varianten,
                     List<Blok> definitie, SourcePosition pos) {
    public Begrip {
        afkortingen = List.copyOf(afkortingen);
        varianten = List.copyOf(varianten);
        definitie = List.copyOf(definitie);
    }
}

package nl.verordening.check.verwijzing;

import java.util.List;

/**
 * Eén verwijzing zoals die in lopende tekst staat ("artikel 5.2, derde lid, onder b", "het tweede lid",
 * "artikel 4:5 van de Awb"), gevonden door {@link VerwijzingParser}. Een opsomming of reeks ("de artikelen
 * 6.2.1 en 6.2.2") geeft één verwijzing per nummer, met elk hun eigen span.
 *
 * @param soort       binnen deze verordening of naar een wet
 * @param niveau      waarnaar verwezen wordt; {@link Niveau#LID} en {@link Niveau#ONDERDEEL} zijn relatief
 *                    (binnen het artikel of lid waar de tekst staat)
 * @param nummer      het nummer zoals geschreven, zonder punt aan het eind ("5.2", "3.1.1.A", "4:5"), of null
 *                    (alleen een titel, of een relatieve verwijzing)
 * @param titel       de genoemde titel ("Verstrekking in natura"), of null
 * @param lid         het lidnummer als cijfer ("3", ook uit "derde lid"), of null
 * @param onderdeel   het onderdeel ("b"), of null
 * @param wet         bij {@link Soort#EXTERN} de wet zoals genoemd ("Awb", "Participatiewet"), of null als
 *                    alleen de vorm (4:5) haar extern maakt; bij {@link Soort#INTERN} null
 * @param ditArtikel  of er "van dit artikel" bij staat
 * @param afwijkingen waarin de schrijfwijze afwijkt van de standaardvorm, in woorden (leeg: standaard)
 * @param begin       begin van de span in de tekst (inclusief)
 * @param eind        eind van de span in de tekst (exclusief)
 * @param tekst       de tekst van de span
 */
public record Tekstverwijzing(Soort soort, Niveau niveau, String nummer, String titel, String lid, String onderdeel,
                              String wet, boolean ditArtikel, List<String> afwijkingen, int begin, int eind,
                              String tekst) {

    public Tekstverwijzing {
        afwijkingen = List.copyOf(afwijkingen);
    }

    public enum Soort { INTERN, EXTERN }

    public enum Niveau { ARTIKEL, HOOFDSTUK, PARAGRAAF, BIJLAGE, LID, ONDERDEEL }

    public boolean extern() {
        return soort == Soort.EXTERN;
    }

    /** Of de schrijfwijze de standaardvorm is (Aanwijzingen voor de regelgeving: "artikel 5.2, derde lid, onder b"). */
    public boolean standaard() {
        return afwijkingen.isEmpty();
    }

    /**
     * De standaardvorm van deze verwijzing: "artikel 5.2, derde lid, onder b", "het derde lid, onder b",
     * "artikel 4:5 van de Awb", "hoofdstuk 3"; met het titelnummer als dat bekend is.
     */
    public String standaardvorm() {
        return standaardvorm(nummer);
    }

    /** De standaardvorm met een ander (bijvoorbeeld het gevonden) nummer. */
    public String standaardvorm(String metNummer) {
        StringBuilder sb = new StringBuilder();
        switch (niveau) {
            case LID -> sb.append(Rangtelwoorden.lid(lid).startsWith("lid") ? "" : "het ").append(Rangtelwoorden.lid(lid));
            case ONDERDEEL -> sb.append("onderdeel ").append(onderdeel);
            default -> sb.append(niveau.name().toLowerCase()).append(' ').append(metNummer == null ? "?" : metNummer);
        }
        if (niveau == Niveau.ARTIKEL && lid != null) sb.append(", ").append(Rangtelwoorden.lid(lid));
        if (onderdeel != null && niveau != Niveau.ONDERDEEL) sb.append(lid != null ? ", onder " : ", onderdeel ").append(onderdeel);
        if (wet != null) sb.append(lid != null || onderdeel != null ? ", van " : " van ").append(lidwoord(wet)).append(wet);
        return sb.toString();
    }

    private static String lidwoord(String wet) {
        String w = wet.toLowerCase();
        if (w.startsWith("de ") || w.startsWith("het ") || w.startsWith("boek ")) return "";
        if (w.startsWith("besluit") || w.startsWith("burgerlijk") || w.startsWith("wetboek")) return "het ";
        return "de ";
    }
}

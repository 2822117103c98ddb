package nl.verordening.model;

import java.time.LocalDate;
import java.util.List;
import nl.verordening.model.taal.Taalniveau;

/**
 * Gegevens over de verordening als geheel.
 *
 * @param gemeente              naam van de gemeente ("Oude IJsselstreek")
 * @param cbsCode               CBS-gemeentecode ("gm1509")
 * @param titel                 officiële titel
 * @param citeertitel           citeertitel
 * @param jaar                  jaar van de verordening
 * @param vastgesteld           datum van vaststelling, of null als de tekst die niet noemt
 * @param inwerkingtreding      datum van inwerkingtreding, of null als die als tekst is gegeven
 * @param intrekt               citeertitel van de verordening die wordt ingetrokken, of null
 * @param aanhef                de aanhef (considerans); {@link Aanhef#GEEN} als er geen is
 * @param orgaan                wie vaststelt: raad, college of burgemeester
 * @param slotformule           de slotformule zoals vastgesteld ("Aldus besloten in ..."), of null
 *                              voor de standaardformule van het orgaan
 * @param inwerkingtredingTekst inwerkingtreding als tekst ("de dag na die van de bekendmaking"), of null
 * @param taalniveau            het taalniveau waaraan de leesbaarheidscontroles meten (standaard B1)
 * @param kopstijl              hoe koppen geschreven zijn ("Artikel 12"); {@link Kopstijl#GEEN} voor alleen nummers
 */
public record Metadata(String gemeente, String cbsCode, String titel, String citeertitel, int jaar,
                       LocalDate vastgesteld, LocalDate inwerkingtreding, String intrekt,
                       Aanhef aanhef, Ondertekening ondertekening, Orgaan orgaan, String slotformule,
                       String inwerkingtredingTekst, Taalniveau taalniveau, Kopstijl kopstijl, SourcePosition pos) {
    public Metadata {
        if (aanhef == null) aanhef = Aanhef.GEEN;
        if (taalniveau == null) taalniveau = Taalniveau.B1;
        if (kopstijl == null) kopstijl = Kopstijl.GEEN;
        if (orgaan == null) orgaan = Orgaan.RAAD;
        if (ondertekening == null) ondertekening = new Ondertekening(List.of(), SourcePosition.NONE);
    }

    /** Met taalniveau B1 en zonder woorden in de koppen ({@link Kopstijl#GEEN}). */
    public Metadata(String gemeente, String cbsCode, String titel, String citeertitel, int jaar,
                    LocalDate vastgesteld, LocalDate inwerkingtreding, String intrekt,
                    Aanhef aanhef, Ondertekening ondertekening, Orgaan orgaan, String slotformule,
                    String inwerkingtredingTekst, SourcePosition pos) {
        this(gemeente, cbsCode, titel, citeertitel, jaar, vastgesteld, inwerkingtreding, intrekt, aanhef, ondertekening,
                orgaan, slotformule, inwerkingtredingTekst, Taalniveau.B1, Kopstijl.GEEN, pos);
    }

    /** Dezelfde gegevens met een andere kopstijl. */
    public Metadata metKopstijl(Kopstijl k) {
        return new Metadata(gemeente, cbsCode, titel, citeertitel, jaar, vastgesteld, inwerkingtreding, intrekt, aanhef,
                ondertekening, orgaan, slotformule, inwerkingtredingTekst, taalniveau, k, pos);
    }

    /** Een verordening van de raad met vaste datum van inwerkingtreding, aanhef als lopende tekst. */
    public Metadata(String gemeente, String cbsCode, String titel, String citeertitel, int jaar,
                    LocalDate vastgesteld, LocalDate inwerkingtreding, String intrekt,
                    List<Blok> aanhef, Ondertekening ondertekening, SourcePosition pos) {
        this(gemeente, cbsCode, titel, citeertitel, jaar, vastgesteld, inwerkingtreding, intrekt,
                Aanhef.vanTekst(aanhef, pos), ondertekening, Orgaan.RAAD, null, null, Taalniveau.B1, Kopstijl.GEEN, pos);
    }
}

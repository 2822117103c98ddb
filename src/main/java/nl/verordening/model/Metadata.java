package nl.verordening.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Gegevens over de verordening als geheel.
 *
 * @param gemeente         naam van de gemeente ("Oude IJsselstreek")
 * @param cbsCode          CBS-gemeentecode ("gm1509")
 * @param titel            officiële titel
 * @param citeertitel      citeertitel
 * @param jaar             jaar van de verordening
 * @param vastgesteld      datum van vaststelling door de raad
 * @param inwerkingtreding datum van inwerkingtreding
 * @param intrekt          citeertitel van de verordening die wordt ingetrokken, of null
 * @param aanhef           optionele aanhef (considerans); leeg als er geen is
 */
public record Metadata(String gemeente, String cbsCode, String titel, String citeertitel, int jaar,
                       LocalDate vastgesteld, LocalDate inwerkingtreding, String intrekt,
                       List<Blok> aanhef, Ondertekening ondertekening, SourcePosition pos) {
    public Metadata {
        aanhef = List.copyOf(aanhef);
    }
}

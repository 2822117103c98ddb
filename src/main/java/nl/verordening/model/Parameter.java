package nl.verordening.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Een parameter (bedrag, afstand, termijn) met waarden per ingangsdatum, waar artikeltekst en
 * beslistabellen naar verwijzen. Zo wijzigt een jaarlijkse indexering één getal, niet de tekst.
 *
 * @param eenheid "EUR", "km", "weken", "procent", ... (vrij, voor weergave)
 * @param artikel id van het artikel waar de waarde vastgesteld is, of null
 */
public record Parameter(String id, String omschrijving, String eenheid, String artikel, List<Waarde> waarden, SourcePosition pos) {
    public Parameter {
        waarden = waarden.stream().sorted(Comparator.comparing(Waarde::geldigVanaf)).toList();
    }

    /** Zonder artikel. */
    public Parameter(String id, String omschrijving, String eenheid, List<Waarde> waarden, SourcePosition pos) {
        this(id, omschrijving, eenheid, null, waarden, pos);
    }

    /** De waarde die op {@code datum} geldt: de laatste met ingangsdatum op of voor die datum. */
    public Optional<Waarde> geldigOp(LocalDate datum) {
        Waarde gevonden = null;
        for (Waarde w : waarden) {
            if (!w.geldigVanaf().isAfter(datum)) gevonden = w;
        }
        return Optional.ofNullable(gevonden);
    }

    /** @param waarde decimale waarde als tekst ("465", "62.50"), zodat niets afrondt */
    public record Waarde(LocalDate geldigVanaf, String waarde, SourcePosition pos) {}
}

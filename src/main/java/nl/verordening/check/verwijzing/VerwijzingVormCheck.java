package nl.verordening.check.verwijzing;

import java.util.List;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Een verwijzing die klopt maar niet in de standaardvorm staat (Aanwijzingen voor de regelgeving):
 * "artikel 5.2, derde lid, onder b" in plaats van "artikel 5.2 lid 3 sub b", "4.6.3.b" of "in 6.1".
 */
@CheckInfo(code = "REF006", id = "verwijzing-vorm", ernst = Severity.INFO,
        samenvatting = "een verwijzing in een andere dan de standaardschrijfwijze")
public final class VerwijzingVormCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        return Beoordeling.van(v, Beoordeling.Soort.VORM).stream()
                .map(o -> bevinding(o.vondst().pos(), o.vondst().pad(), o.bericht(), o.suggestie(), o.vondst().verwijzing().tekst()))
                .toList();
    }
}

package nl.verordening.check.verwijzing;

import java.util.List;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * De zin bij een verwijzing naar een lid noemt een begrip dat in dat lid niet voorkomt, maar wel in precies één
 * ander lid van hetzelfde artikel: vermoedelijk is dat lid bedoeld.
 */
@CheckInfo(code = "REF007", id = "verwijzing-onderwerp", ernst = Severity.INFO,
        samenvatting = "de zin bij een verwijzing noemt een begrip dat niet in het aangewezen lid staat, maar wel in een ander lid")
public final class VerwijzingOnderwerpCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        return Beoordeling.van(v, Beoordeling.Soort.ONDERWERP).stream()
                .map(o -> bevinding(o.vondst().pos(), o.vondst().pad(), o.bericht(), o.suggestie(), o.vondst().verwijzing().tekst()))
                .toList();
    }
}

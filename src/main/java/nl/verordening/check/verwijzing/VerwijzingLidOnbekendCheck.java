package nl.verordening.check.verwijzing;

import java.util.List;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Een verwijzing naar een lid of onderdeel dat het (eigen of genoemde) artikel niet heeft.
 */
@CheckInfo(code = "REF002", id = "verwijzing-lid-onbekend", ernst = Severity.WARNING,
        samenvatting = "een verwijzing naar een lid of onderdeel dat het artikel niet heeft")
public final class VerwijzingLidOnbekendCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        return Beoordeling.van(v, Beoordeling.Soort.LID_ONBEKEND).stream()
                .map(o -> bevinding(o.vondst().pos(), o.vondst().pad(), o.bericht(), o.suggestie(), o.vondst().verwijzing().tekst()))
                .toList();
    }
}

package nl.verordening.check.verwijzing;

import java.util.List;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Nummer en titel van een verwijzing wijzen naar verschillende artikelen: de melding noemt wat het nummer is
 * en waar de titel echt staat.
 */
@CheckInfo(code = "REF003", id = "verwijzing-titel-anders", ernst = Severity.WARNING,
        samenvatting = "nummer en titel in een verwijzing horen niet bij hetzelfde artikel")
public final class VerwijzingTitelAndersCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        return Beoordeling.van(v, Beoordeling.Soort.TITEL_ANDERS).stream()
                .map(o -> bevinding(o.vondst().pos(), o.vondst().pad(), o.bericht(), o.suggestie(), o.vondst().verwijzing().tekst()))
                .toList();
    }
}

package nl.verordening.check.verwijzing;

import java.util.List;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Een verwijzing in de tekst ("artikel 10.4", "hoofdstuk 15") waarvan het doel niet bestaat; noemt de zin een wet,
 * dan is vermoedelijk een artikel van die wet bedoeld.
 */
@CheckInfo(code = "REF001", id = "verwijzing-doel-onbekend", ernst = Severity.WARNING,
        samenvatting = "een verwijzing in de tekst naar een artikel, paragraaf, hoofdstuk of bijlage die niet bestaat")
public final class VerwijzingDoelOnbekendCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        return Beoordeling.van(v, Beoordeling.Soort.DOEL_ONBEKEND).stream()
                .map(o -> bevinding(o.vondst().pos(), o.vondst().pad(), o.bericht(), o.suggestie(), o.vondst().verwijzing().tekst()))
                .toList();
    }
}

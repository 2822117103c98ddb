package nl.verordening.check.verwijzing;

import java.util.List;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Een verwijzing naar het artikel of lid waarin ze zelf staat ("artikel 5.2" in artikel 5.2): schrijf "dit
 * artikel", "dit lid" of alleen het lid.
 */
@CheckInfo(code = "REF005", id = "verwijzing-zelf", ernst = Severity.WARNING,
        samenvatting = "een verwijzing naar het eigen artikel of lid waar 'dit artikel' of 'dit lid' bedoeld is")
public final class VerwijzingZelfCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        return Beoordeling.van(v, Beoordeling.Soort.ZELF).stream()
                .map(o -> bevinding(o.vondst().pos(), o.vondst().pad(), o.bericht(), o.suggestie(), o.vondst().verwijzing().tekst()))
                .toList();
    }
}

package nl.verordening.check.verwijzing;

import java.util.List;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Een verwijzing met alleen een titel ("artikel ‘Beoordelen aanvraag’"): niet te volgen na hernummeren en niet
 * de standaardvorm; de melding geeft het nummer.
 */
@CheckInfo(code = "REF004", id = "verwijzing-alleen-titel", ernst = Severity.WARNING,
        samenvatting = "een verwijzing noemt alleen de titel van een artikel, geen nummer")
public final class VerwijzingAlleenTitelCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        return Beoordeling.van(v, Beoordeling.Soort.ALLEEN_TITEL).stream()
                .map(o -> bevinding(o.vondst().pos(), o.vondst().pad(), o.bericht(), o.suggestie(), o.vondst().verwijzing().tekst()))
                .toList();
    }
}

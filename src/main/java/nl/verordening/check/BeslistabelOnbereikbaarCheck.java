package nl.verordening.check;

import nl.verordening.beslis.Verificatie;
import nl.verordening.model.Severity;

/** Een regel die nooit kan gelden is bijna altijd een fout in de volgorde of de grenzen (DMN-engines zien schaduw onder FIRST niet). */
@CheckInfo(code = "BES004", id = "beslis-schaduw", ernst = Severity.WARNING, samenvatting = "een regel past nooit, of wordt onder FIRST altijd door eerdere regels overschaduwd")
public final class BeslistabelOnbereikbaarCheck extends BeslistabelCheck {
    @Override
    Verificatie.Soort soort() {
        return Verificatie.Soort.ONBEREIKBAAR;
    }
}

package nl.verordening.check;

import nl.verordening.beslis.Verificatie;
import nl.verordening.model.Severity;

/** Onder ANY mogen regels overlappen, maar alleen met dezelfde uitkomst. */
@CheckInfo(code = "BES003", id = "beslis-any", ernst = Severity.ERROR, samenvatting = "twee regels met verschillende uitkomst passen bij dezelfde invoer onder ANY")
public final class BeslistabelAnyCheck extends BeslistabelCheck {
    @Override
    Verificatie.Soort soort() {
        return Verificatie.Soort.ANY_TEGENSTRIJDIG;
    }
}

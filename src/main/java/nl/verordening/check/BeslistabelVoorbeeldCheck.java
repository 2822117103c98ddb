package nl.verordening.check;

import nl.verordening.beslis.Verificatie;
import nl.verordening.model.Severity;

/** Elk voorbeeld (invoer en verwachte uitkomst, meestal uit de tekst) wordt nagerekend. */
@CheckInfo(code = "BES006", id = "beslis-voorbeeld", ernst = Severity.ERROR, samenvatting = "een voorbeeld bij een beslistabel geeft een andere uitkomst dan verwacht")
public final class BeslistabelVoorbeeldCheck extends BeslistabelCheck {
    @Override
    Verificatie.Soort soort() {
        return Verificatie.Soort.VOORBEELD_FAALT;
    }
}

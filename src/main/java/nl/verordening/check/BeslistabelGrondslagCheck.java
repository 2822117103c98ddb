package nl.verordening.check;

import nl.verordening.beslis.Verificatie;
import nl.verordening.model.Severity;

/** Elke tabel en elke regel met eigen grondslag verwijst naar een bestaand artikel (en lid). */
@CheckInfo(code = "BES008", id = "beslis-grondslag", ernst = Severity.ERROR, samenvatting = "de grondslag van een beslistabel of regel is geen bestaand artikel of lid")
public final class BeslistabelGrondslagCheck extends BeslistabelCheck {
    @Override
    Verificatie.Soort soort() {
        return Verificatie.Soort.GRONDSLAG_ONBEKEND;
    }
}

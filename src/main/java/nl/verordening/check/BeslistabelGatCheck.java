package nl.verordening.check;

import nl.verordening.beslis.Verificatie;
import nl.verordening.model.Severity;

/** Een tabel met UNIQUE, ANY, FIRST of PRIORITY moet voor elke invoer een uitkomst geven; de melding noemt een concrete invoer zonder regel. */
@CheckInfo(code = "BES001", id = "beslis-gat", ernst = Severity.ERROR, samenvatting = "een invoer waarvoor geen regel past, bij een hitpolicy met één uitkomst")
public final class BeslistabelGatCheck extends BeslistabelCheck {
    @Override
    Verificatie.Soort soort() {
        return Verificatie.Soort.GAT;
    }
}

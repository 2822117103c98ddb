package nl.verordening.check;

import nl.verordening.beslis.Verificatie;
import nl.verordening.model.Severity;

/** Onder UNIQUE mag bij elke invoer hooguit één regel passen; de melding noemt beide regels en een invoer. */
@CheckInfo(code = "BES002", id = "beslis-overlap", ernst = Severity.ERROR, samenvatting = "twee regels passen bij dezelfde invoer terwijl de tabel UNIQUE is")
public final class BeslistabelOverlapCheck extends BeslistabelCheck {
    @Override
    Verificatie.Soort soort() {
        return Verificatie.Soort.OVERLAP;
    }
}

package nl.verordening.check;

import nl.verordening.beslis.Verificatie;
import nl.verordening.model.Severity;

/** Onder PRIORITY bepaalt de volgorde van de uitvoerwaarden welke regel wint; zonder die volgorde is de tabel niet uit te voeren. */
@CheckInfo(code = "BES005", id = "beslis-voorrang", ernst = Severity.ERROR, samenvatting = "PRIORITY zonder volgorde van uitvoerwaarden")
public final class BeslistabelPrioriteitCheck extends BeslistabelCheck {
    @Override
    Verificatie.Soort soort() {
        return Verificatie.Soort.PRIORITEIT_ZONDER_VOLGORDE;
    }
}

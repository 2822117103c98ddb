package nl.verordening.check;

import nl.verordening.beslis.Verificatie;
import nl.verordening.model.Severity;

/** Waar het artikel dubbelzinnig is, kiest de tabel en zegt dat met twijfel: bij de regel; dit meldt de dubbelzinnigheid bij het artikel. */
@CheckInfo(code = "BES009", id = "beslis-twijfel", ernst = Severity.INFO, samenvatting = "een beslistabel legt een keuze vast waar de tekst dubbelzinnig is")
public final class BeslistabelTwijfelCheck extends BeslistabelCheck {
    @Override
    Verificatie.Soort soort() {
        return Verificatie.Soort.TWIJFEL;
    }
}

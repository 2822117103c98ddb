package nl.verordening.check;

import nl.verordening.beslis.Verificatie;
import nl.verordening.model.Severity;

/** Grenzen en uitkomsten van een tabel moeten uit de tekst van de grondslag komen: een getal dat daar niet staat wijst op een tikfout of een verouderde tabel. */
@CheckInfo(code = "BES007", id = "beslis-getal", ernst = Severity.WARNING, samenvatting = "een getal uit een beslistabel staat niet in de tekst van zijn grondslag")
public final class BeslistabelGetalCheck extends BeslistabelCheck {
    @Override
    Verificatie.Soort soort() {
        return Verificatie.Soort.GETAL_NIET_IN_TEKST;
    }
}

package nl.verordening.check;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.beslis.Verificatie;
import nl.verordening.model.Finding;
import nl.verordening.model.Verordening;

/**
 * Basis van de controles op beslistabellen: elk meldt één soort bevinding van {@link Verificatie}
 * (gaten, overlappen, ...). De verificatie zelf staat in {@code nl.verordening.beslis}, zodat
 * {@code verordening decide} en de tests dezelfde analyse gebruiken.
 */
abstract class BeslistabelCheck implements Check {

    abstract Verificatie.Soort soort();

    @Override
    public List<Finding> check(Verordening verordening) {
        List<Finding> r = new ArrayList<>();
        if (verordening.beslistabellen().isEmpty()) return r;
        for (Verificatie.Bevinding b : Verificatie.van(verordening)) {
            if (b.soort() == soort()) r.add(new Finding(info().code(), info().ernst(), b.pos(), b.bericht(), b.element()));
        }
        return r;
    }
}

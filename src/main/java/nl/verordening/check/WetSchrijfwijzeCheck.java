package nl.verordening.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.verordening.model.Artikel;
import nl.verordening.model.Blok;
import nl.verordening.model.Finding;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Severity;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Verordening;
import nl.verordening.model.WetTag;

/**
 * Wettenregels waarin twee wetten zonder komma staan ("[Jeugdwet, Wmo LLV, PW]"): de lader leest
 * ze als twee tags, maar in de gepubliceerde tekst ontbreekt een komma.
 */
public final class WetSchrijfwijzeCheck implements Check {

    @Override
    public String id() {
        return "wet-schrijfwijze";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String beschrijving() {
        return "wettenregel met twee wetten zonder komma ertussen";
    }

    @Override
    public List<Finding> check(Verordening v) {
        List<Finding> r = new ArrayList<>();
        for (Paragraaf p : v.paragrafen()) controleer(p.wetten(), "paragraaf " + p.nummer(), r);
        for (Artikel a : v.artikelen()) {
            controleer(a.wetten(), "artikel " + a.nummer(), r);
            ModelWalker.blokken(a.inhoud(), b -> {
                if (b instanceof Blok.Wettenregel w) controleer(w.wetten(), "artikel " + a.nummer(), r);
            });
        }
        return r;
    }

    private void controleer(List<WetTag> tags, String waar, List<Finding> r) {
        Set<SourcePosition> gemeld = new LinkedHashSet<>();
        for (WetTag t : tags) {
            if (!t.geschreven().equals(t.code()) && gemeld.add(t.pos())) {
                r.add(new Finding(id(), severity(), t.pos(), "de wettenregel van " + waar + " noemt '" + t.geschreven()
                        + "' zonder komma; bedoeld is vermoedelijk '" + String.join(", ", t.geschreven().split("\\s+")) + "'"));
            }
        }
    }
}

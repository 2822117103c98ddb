package nl.verordening.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.verordening.model.Finding;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Verordening;
import nl.verordening.model.WetTag;

/**
 * Wettenregels waarin twee wetten zonder komma staan ("[Jeugdwet, Wmo LLV, PW]"): de lader leest
 * ze als twee tags, maar in de gepubliceerde tekst ontbreekt een komma.
 */
@CheckInfo(code = "WET001", id = "wet-schrijfwijze", ernst = Severity.WARNING,
        samenvatting = "wettenregel met twee wetten zonder komma ertussen")
public final class WetSchrijfwijzeCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        List<Finding> r = new ArrayList<>();
        Set<SourcePosition> gemeld = new TreeSet<>();
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void wetTag(WetTag t, Pad pad) {
                // Twee tags uit één geschreven stuk ("Wmo LLV") delen hun positie: één melding.
                if (!t.geschreven().equals(t.code()) && gemeld.add(t.pos())) {
                    r.add(bevinding(t.pos(), pad, "de wettenregel van " + pad.omschrijving() + " noemt '"
                            + t.geschreven() + "' zonder komma; bedoeld is vermoedelijk '"
                            + String.join(", ", t.geschreven().split("\\s+")) + "'"));
                }
            }
        });
        return r;
    }
}

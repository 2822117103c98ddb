package nl.verordening.check.structuur;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Artikel;
import nl.verordening.model.Blok;
import nl.verordening.model.Finding;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/** Een artikel zonder tekst (alleen een kop, of alleen een wettenregel): vaak een weggevallen tekst. */
@CheckInfo(code = "STR005", id = "artikel-leeg", ernst = Severity.WARNING,
        samenvatting = "een artikel zonder tekst")
public final class LeegArtikelCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        List<Finding> r = new ArrayList<>();
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void artikel(Artikel a, Pad pad) {
                boolean tekst = a.inhoud().stream().anyMatch(b -> !(b instanceof Blok.Wettenregel));
                if (!tekst) {
                    r.add(bevinding(a.pos(), pad, "artikel " + a.nummer() + (a.titel().isBlank() ? "" : " '" + a.titel() + "'")
                            + " heeft geen tekst; vul de tekst aan uit de vastgestelde versie of laat het artikel vervallen",
                            "artikel " + a.nummer() + " [Vervallen]", null));
                }
            }
        });
        return r;
    }
}

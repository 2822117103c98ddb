package nl.verordening.check.begrip;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Begrip;
import nl.verordening.model.Finding;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/** Een begrip dat buiten zijn eigen definitie nergens in de tekst staat (ook niet als afkorting of variant). */
@CheckInfo(code = "BEG003", id = "begrip-ongebruikt", ernst = Severity.INFO,
        samenvatting = "begrip is gedefinieerd maar wordt nergens gebruikt")
public final class BegripOngebruiktCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        Map<Begrip, Integer> gebruik = new IdentityHashMap<>();
        for (Begrippenscan.Treffer t : Begrippenscan.van(v).treffers) {
            Begrip b = t.term().begrip();
            if (b != null && t.fragment().pad().begrip() != b) gebruik.merge(b, 1, Integer::sum);
        }
        List<Finding> r = new ArrayList<>();
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void begrip(Begrip b, Pad pad) {
                if (!gebruik.containsKey(b)) {
                    r.add(bevinding(b.pos(), pad, "begrip '" + b.term() + "' wordt buiten zijn definitie nergens gebruikt;"
                            + " schrap het, of gebruik de term waar de tekst dit begrip bedoelt"));
                }
            }
        });
        return r;
    }
}

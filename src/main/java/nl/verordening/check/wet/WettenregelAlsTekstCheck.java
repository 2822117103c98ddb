package nl.verordening.check.wet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.check.Teksten;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Een alinea die alleen een lijst wetcodes tussen haakjes is ("(Wi)", "{Wmo, PW}"): een wettenregel
 * die de importeur als gewone tekst liet staan. Alleen als elke code in het register staat, zodat
 * "(zie hierboven)" geen melding geeft.
 */
@CheckInfo(code = "WET002", id = "wettenregel-als-tekst", ernst = Severity.WARNING,
        samenvatting = "wettenregel staat als gewone tekst tussen haakjes")
public final class WettenregelAlsTekstCheck implements Check {

    private static final Pattern REGEL = Pattern.compile("\\s*[(\\[{]([^()\\[\\]{}]+)[)\\]}]\\s*");

    @Override
    public List<Finding> check(Verordening v) {
        List<Finding> r = new ArrayList<>();
        for (Teksten.Fragment f : Teksten.van(v)) {
            Matcher m = REGEL.matcher(f.tekst());
            if (!m.matches()) continue;
            List<String> codes = new ArrayList<>();
            for (String c : m.group(1).split(",")) codes.add(c.strip());
            if (codes.stream().allMatch(c -> v.wet(c).isPresent())) {
                r.add(bevinding(f.pos(), f.pad(), "'" + f.tekst().strip() + "' in " + f.pad().omschrijving()
                        + " is een wettenregel als gewone tekst; schrijf 'wetten: [" + String.join(", ", codes) + "]'"));
            }
        }
        return r;
    }
}

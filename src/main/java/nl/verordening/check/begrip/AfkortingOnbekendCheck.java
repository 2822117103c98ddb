package nl.verordening.check.begrip;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.check.Teksten;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;
import nl.verordening.model.Wet;
import nl.verordening.model.taal.Woorden;

/**
 * Een afkorting in hoofdletters ("ZOOV", "SBO") die nergens gedefinieerd of voluit geschreven is:
 * niet als begrip of afkorting van een begrip, niet tussen haakjes na de volle vorm, niet in het
 * wettenregister.
 */
@CheckInfo(code = "BEG004", id = "afkorting-onbekend", ernst = Severity.WARNING,
        samenvatting = "afkorting in hoofdletters zonder definitie of volle vorm")
public final class AfkortingOnbekendCheck implements Check {

    private static final Pattern HOOFDLETTERS = Pattern.compile("\\p{Lu}{2,}\\d*");
    /** Postcodes ("7080 AA") en ECLI-nummers ("ECLI:NL:CRVB:2016:3075") bevatten hoofdletters maar geen afkortingen. */
    private static final Pattern GEEN_AFKORTING = Pattern.compile("\\b\\d{4} ?\\p{Lu}{2}\\b|ECLI:[\\p{Lu}\\d:]+");
    private static final Pattern ROMEINS = Pattern.compile("[IVXLC]+");

    @Override
    public List<Finding> check(Verordening v) {
        Begrippenscan scan = Begrippenscan.van(v);
        Set<String> bekend = new HashSet<>();
        for (Term t : scan.termen) {
            for (String f : t.vormen()) {
                bekend.add(Normaaltekst.vouw(f).replaceAll(" \\d{4}$", ""));
                Woorden.van(f).forEach(w -> bekend.add(Normaaltekst.vouw(w)));
            }
        }
        for (Wet w : v.wetten()) bekend.add(Normaaltekst.vouw(w.code()));
        Map<String, List<Teksten.Fragment>> onbekend = new LinkedHashMap<>();
        for (Teksten.Fragment f : scan.fragmenten) {
            for (String w : Woorden.van(GEEN_AFKORTING.matcher(f.tekst()).replaceAll(" "))) {
                String kaal = w.replace(".", "");
                if (!HOOFDLETTERS.matcher(kaal).matches() || ROMEINS.matcher(kaal).matches()) continue;
                if (bekend.contains(Normaaltekst.vouw(kaal))) continue;
                List<Teksten.Fragment> l = onbekend.computeIfAbsent(kaal, k -> new ArrayList<>());
                if (l.isEmpty() || l.get(l.size() - 1) != f) l.add(f);
            }
        }
        List<Finding> r = new ArrayList<>();
        onbekend.forEach((a, fs) -> r.add(bevinding(fs.get(0).pos(), fs.get(0).pad(), "afkorting '" + a
                + "' staat nergens voluit of in de begrippenlijst; schrijf de eerste keer de volle vorm met '(" + a
                + ")' erachter, of neem haar op als begrip; " + Plekken.lijst(fs))));
        return r;
    }
}

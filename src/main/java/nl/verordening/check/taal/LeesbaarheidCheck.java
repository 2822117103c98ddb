package nl.verordening.check.taal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;
import nl.verordening.model.taal.Artikelleesbaarheid;
import nl.verordening.model.taal.Leesbaarheid;
import nl.verordening.model.taal.Taalniveau;

/**
 * Artikelen die het taalniveau van de verordening ({@code taalniveau:}, standaard B1) niet halen:
 * Flesch–Douma, woorden per zin en de langste zin, met lange woorden en lijdende vorm als toelichting.
 */
@CheckInfo(code = "TAL001", id = "leesbaarheid", ernst = Severity.INFO,
        samenvatting = "artikel is moeilijker te lezen dan het taalniveau van de verordening")
public final class LeesbaarheidCheck implements Check {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Override
    public List<Finding> check(Verordening v) {
        Taalniveau niveau = v.metadata().taalniveau();
        List<Finding> r = new ArrayList<>();
        for (Artikelleesbaarheid.Maat m : Artikelleesbaarheid.van(v)) {
            Leesbaarheid l = m.leesbaarheid();
            if (l.haalt(niveau)) continue;
            r.add(bevinding(m.artikel().pos(), m.pad(), bericht(m.pad().omschrijving(), l, niveau)));
        }
        return r;
    }

    static String bericht(String waar, Leesbaarheid l, Taalniveau n) {
        StringBuilder sb = new StringBuilder(waar).append(" is moeilijker dan taalniveau ").append(n).append(": ");
        List<String> te = new ArrayList<>();
        if (l.scoreTelt() && l.fleschDouma() < n.minimaleLeesgemak()) {
            te.add(String.format(NL, "Flesch–Douma %.0f (doel %.0f of hoger)", l.fleschDouma(), n.minimaleLeesgemak()));
        }
        if (l.woordenPerZin() > n.woordenPerZin()) {
            te.add(String.format(NL, "gemiddeld %.1f woorden per zin (doel %.0f of minder)", l.woordenPerZin(), n.woordenPerZin()));
        }
        if (l.langsteZin() > n.langsteZin()) {
            te.add("langste zin " + l.langsteZin() + " woorden (doel " + n.langsteZin() + " of minder): '" + begin(l.langsteZinTekst()) + "'");
        }
        sb.append(String.join("; ", te));
        sb.append(String.format(NL, "; %d%% lange woorden, %d van %d zinnen in de lijdende vorm",
                Math.round(100 * l.aandeelLangeWoorden()), l.passief(), l.zinnen()));
        sb.append("; maak zinnen korter, kies kortere woorden en zeg wie iets doet");
        return sb.toString();
    }

    private static String begin(String zin) {
        String[] w = zin.split("\\s+");
        if (w.length <= 10) return zin;
        return String.join(" ", java.util.Arrays.copyOf(w, 10)) + " ...";
    }
}

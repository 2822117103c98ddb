package nl.verordening.check.structuur;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.model.Artikel;
import nl.verordening.model.Finding;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Artikelnummers volgen de opbouw. In het klassieke VNG-model ("Artikel 12") lopen ze door over de
 * hele verordening; in het omgekeerde model ("Artikel 3.3.4") begint elk nummer met dat van zijn
 * hoofdstuk en paragraaf en loopt het laatste deel op. Gemeld: een nummer dat niet onder zijn eigen
 * hoofdstuk of paragraaf valt, dat terugspringt of dat dubbel staat (gelijke nummers meldt de lader al
 * als fout; hier gaat het om "3.1.1 A" naast "3.1.1.A").
 */
@CheckInfo(code = "STR004", id = "artikelnummering", ernst = Severity.WARNING,
        samenvatting = "een artikelnummer valt niet onder zijn hoofdstuk of paragraaf, staat niet op volgorde of dubbel")
public final class ArtikelnummeringCheck implements Check {

    /** "12", "12a", "3.3.4", "3.1.1 A": delen en een ingevoegde letter. */
    private static final Pattern NUMMER = Pattern.compile("(\\d+(?:\\.\\d+)*)(?:\\s*\\.?\\s*([A-Za-z]))?");

    @Override
    public List<Finding> check(Verordening v) {
        List<Finding> r = new ArrayList<>();
        boolean klassiek = v.artikelen().stream().allMatch(a -> a.nummer().matches("\\d+\\s*[A-Za-z]?"));
        Set<String> gezien = new HashSet<>();
        int[][] vorige = {null};
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void hoofdstuk(Hoofdstuk h, Pad pad) {
                if (!klassiek) vorige[0] = null;
            }

            @Override
            public void paragraaf(Paragraaf p, Pad pad) {
                if (!klassiek) vorige[0] = null;
            }

            @Override
            public void artikel(Artikel a, Pad pad) {
                if (pad.begrip() != null) return;
                Matcher m = NUMMER.matcher(a.nummer().trim());
                if (!m.matches()) return;
                String genorm = m.group(1) + (m.group(2) == null ? "" : m.group(2).toLowerCase());
                if (!gezien.add(genorm)) {
                    r.add(bevinding(a.pos(), pad, "artikel " + a.nummer() + " staat al eerder in de verordening (zelfde nummer, andere schrijfwijze)",
                            null, null));
                    return;
                }
                int[] delen = java.util.Arrays.stream(m.group(1).split("\\.")).mapToInt(Integer::parseInt).toArray();
                if (!klassiek) {
                    String ouder = pad.paragraaf() != null && !pad.paragraaf().nummer().isEmpty() ? pad.paragraaf().nummer()
                            : pad.hoofdstuk() != null ? pad.hoofdstuk().nummer() : null;
                    String soort = pad.paragraaf() != null && !pad.paragraaf().nummer().isEmpty() ? "paragraaf" : "hoofdstuk";
                    if (ouder != null && !Structuur.ouder(m.group(1)).equals(ouder.trim())) {
                        r.add(bevinding(a.pos(), pad, "artikel " + a.nummer() + " staat in " + soort + " " + ouder
                                + ", maar zijn nummer begint niet met " + ouder + "; nummer het als " + ouder + "." + delen[delen.length - 1]
                                + " of zet het in de juiste " + soort, ouder + "." + delen[delen.length - 1], null));
                        vorige[0] = delen;
                        return;
                    }
                }
                int[] v0 = vorige[0];
                if (v0 != null && vergelijk(delen, v0) < 0 || v0 != null && vergelijk(delen, v0) == 0 && m.group(2) == null) {
                    r.add(bevinding(a.pos(), pad, "artikel " + a.nummer() + " staat na een artikel met een hoger of gelijk nummer ("
                            + ArtikelnummeringCheck.tekst(v0) + "); artikelen staan op volgorde", null, null));
                }
                vorige[0] = delen;
            }
        });
        return r;
    }

    private static int vergelijk(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
        return Integer.compare(a.length, b.length);
    }

    private static String tekst(int[] d) {
        return String.join(".", java.util.Arrays.stream(d).mapToObj(String::valueOf).toList());
    }
}

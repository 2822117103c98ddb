package nl.verordening.model.taal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splitst lopende tekst in zinnen, zonder te knippen na afkortingen ("bijv.", "o.a.") of in nummers ("2.3.5"). */
public final class Zinnen {

    private Zinnen() {}

    /** Afkortingen waarna een punt geen zin beëindigt, ook niet voor een hoofdletter. */
    private static final Set<String> AFKORTINGEN = Set.of("bijv", "o.a", "e.d", "e.v", "art", "nr", "m.b.t", "i.v.m",
            "t.a.v", "z.s.m", "d.w.z", "a.s", "jl", "mr", "dhr", "mevr", "drs", "ir", "dr", "resp", "incl", "excl",
            "ca", "enz", "etc", "vgl", "jo", "sub", "lid", "t.z.t", "m.u.v", "i.c.m", "stb", "stcrt");

    /**
     * De zinnen van één tekstblok (alinea, onderdeel, cel). Een zin eindigt op . ! ? of ; gevolgd door
     * witruimte, en op het einde van het blok: een onderdeel "a. ...;" is zo één zin.
     */
    public static List<String> splits(String tekst) {
        List<String> r = new ArrayList<>();
        int begin = 0;
        int n = tekst.length();
        for (int i = 0; i < n; i++) {
            char c = tekst.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != ';') continue;
            boolean einde = i + 1 >= n || Character.isWhitespace(tekst.charAt(i + 1));
            if (!einde) continue;
            if (c == '.' && isAfkorting(tekst, i)) continue;
            voegToe(r, tekst.substring(begin, i + 1));
            begin = i + 1;
        }
        if (begin < n) voegToe(r, tekst.substring(begin));
        return r;
    }

    private static boolean isAfkorting(String tekst, int punt) {
        int s = punt;
        while (s > 0 && !Character.isWhitespace(tekst.charAt(s - 1)) && tekst.charAt(s - 1) != '(') s--;
        String woord = tekst.substring(s, punt).toLowerCase();
        if (woord.isEmpty()) return false;
        // een enkele letter of een lidnummer ("a.", "2.") en een nummer als "475.b" zijn geen zinseinde
        if (woord.length() == 1) return true;
        if (Character.isDigit(woord.charAt(0)) && woord.contains(".")) return true;
        return AFKORTINGEN.contains(woord);
    }

    private static void voegToe(List<String> r, String zin) {
        String z = zin.strip();
        if (!Woorden.van(z).isEmpty()) r.add(z);
    }
}

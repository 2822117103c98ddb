package nl.verordening.render;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.model.WetTag;

/** De wettenregel onder een kop ("[Wmo, LLV, Wgs]"), met de tags zoals ze geschreven zijn. */
public final class WettenTekst {

    private WettenTekst() {}

    /**
     * De tags zoals in de bron geschreven. Tags die uit één geschreven stuk komen (Wmo en LLV uit
     * "Wmo LLV": zelfde schrijfwijze, zelfde plek, schrijfwijze is geen code) geven dat stuk één keer;
     * een tag die twee keer is geschreven ("[Wmo, Wmo]") blijft twee keer staan, zoals vastgesteld.
     */
    public static List<String> geschreven(List<WetTag> wetten) {
        List<String> r = new ArrayList<>();
        WetTag vorige = null;
        for (WetTag t : wetten) {
            String g = schrijfwijze(t);
            boolean uitZelfdeStuk = vorige != null && !schrijfwijze(vorige).equals(vorige.code())
                    && schrijfwijze(vorige).equals(g) && vorige.pos().equals(t.pos());
            if (!uitZelfdeStuk) r.add(g);
            vorige = t;
        }
        return r;
    }

    private static String schrijfwijze(WetTag t) {
        return t.geschreven() == null || t.geschreven().isBlank() ? t.code() : t.geschreven().trim();
    }

    /** "[Wmo, LLV, Wgs]", of "" zonder wetten. */
    public static String regel(List<WetTag> wetten) {
        if (wetten.isEmpty()) return "";
        return "[" + String.join(", ", geschreven(wetten)) + "]";
    }
}

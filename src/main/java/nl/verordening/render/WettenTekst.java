package nl.verordening.render;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.model.WetTag;

/** De wettenregel onder een kop ("[Wmo, LLV, Wgs]"), met de tags zoals ze geschreven zijn. */
public final class WettenTekst {

    private WettenTekst() {}

    /**
     * De tags zoals in de bron geschreven, elke schrijfwijze één keer per aaneengesloten groep:
     * de tags Wmo en LLV die samen als "Wmo LLV" zijn geschreven, geven één "Wmo LLV".
     */
    public static List<String> geschreven(List<WetTag> wetten) {
        List<String> r = new ArrayList<>();
        String vorige = null;
        for (WetTag t : wetten) {
            String g = t.geschreven() == null || t.geschreven().isBlank() ? t.code() : t.geschreven().trim();
            if (!g.equals(vorige)) r.add(g);
            vorige = g;
        }
        return r;
    }

    /** "[Wmo, LLV, Wgs]", of "" zonder wetten. */
    public static String regel(List<WetTag> wetten) {
        if (wetten.isEmpty()) return "";
        return "[" + String.join(", ", geschreven(wetten)) + "]";
    }
}

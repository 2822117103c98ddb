package nl.verordening.check.verwijzing;

import java.util.List;

/** Rangtelwoorden van leden in verwijzingen ("derde lid"), heen en terug; tot twintig, zoals in verordeningen. */
final class Rangtelwoorden {

    static final List<String> WOORDEN = List.of("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende",
            "achtste", "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende",
            "zeventiende", "achttiende", "negentiende", "twintigste");

    private Rangtelwoorden() {}

    /** "3" → "derde"; een lidnummer als "2a" blijft "lid 2a"-vorm: "2a". */
    static String rangtelwoord(String lid) {
        if (lid != null && lid.matches("\\d{1,2}")) {
            int n = Integer.parseInt(lid);
            if (n >= 1 && n <= WOORDEN.size()) return WOORDEN.get(n - 1);
        }
        return lid;
    }

    /** "3" → "derde lid"; "2a" → "lid 2a". */
    static String lid(String lid) {
        String w = rangtelwoord(lid);
        return w.equals(lid) ? "lid " + lid : w + " lid";
    }

    /** "derde" → "3". */
    static String nummer(String woord) {
        int i = WOORDEN.indexOf(woord.toLowerCase());
        return i < 0 ? null : String.valueOf(i + 1);
    }

    /** Voor in een reguliere expressie: "eerste|tweede|...". */
    static String alternatief() {
        return String.join("|", WOORDEN);
    }
}

package nl.verordening.load;

import java.util.function.IntFunction;
import nl.verordening.model.SourcePosition;

/**
 * Tekens die niet in een bron horen: stuurtekens (behalve tab en regeleinde) en de tekens die de
 * leesrichting omkeren (U+202A–U+202E, U+2066–U+2069, "Trojan Source"): onzichtbaar, en ze laten
 * de tekst er anders uitzien dan hij is.
 */
final class Tekens {

    private static final int MAX_MELDINGEN = 20;

    private Tekens() {}

    static boolean verboden(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    static String melding(int c) {
        String code = String.format("U+%04X", c);
        if (c >= 0x202A) {
            return "teken " + code + " keert de leesrichting om: de tekst ziet er dan anders uit dan hij is ('Trojan Source');"
                    + " verwijder het (voor Arabische of Hebreeuwse tekst is het niet nodig)";
        }
        return "onzichtbaar stuurteken " + code + " in de bron; verwijder het (een tab of regeleinde mag wel)";
    }

    /** Controleert {@code tekst[van, tot)}; meldt elk verboden teken op zijn plek. Waar als er geen is. */
    static boolean controleer(String tekst, int van, int tot, IntFunction<SourcePosition> positie, Diagnostics diag) {
        int n = 0;
        for (int i = van; i < tot; i++) {
            char c = tekst.charAt(i);
            if (verboden(c)) {
                if (n++ < MAX_MELDINGEN) diag.error(LaadFout.TEKEN_ONGELDIG, positie.apply(i), melding(c));
            }
        }
        return n == 0;
    }

    /** Een waarde na het ontleden (escapes als \u202E zijn dan tekens); gemeld op {@code pos}. */
    static boolean controleer(String waarde, Diagnostics diag, SourcePosition pos) {
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            if (verboden(c)) {
                diag.error(LaadFout.TEKEN_ONGELDIG, pos, melding(c) + " (hier geschreven als escape tussen dubbele aanhalingstekens)");
                return false;
            }
        }
        return true;
    }
}

package nl.verordening.render;

import java.util.Map;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Inline;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Verordening;

/**
 * Maakt van een {@link Inline.Verwijzing} Nederlandse tekst: "artikel 4.6.4, tweede lid, onder a",
 * "paragraaf 3.3", "hoofdstuk 3", of de term van een begrip. Gooit nooit: een onbekend doel (dat de
 * lader normaal tegenhoudt) wordt "[doel]".
 */
public final class VerwijzingTekst {

    private final Map<String, Object> elementen;

    public VerwijzingTekst(Verordening verordening) {
        this.elementen = verordening.elementenOpId();
    }

    /** Eenmalig gebruik; maak voor een hele verordening liever één instantie. */
    public static String van(Inline.Verwijzing verwijzing, Verordening verordening) {
        return new VerwijzingTekst(verordening).tekst(verwijzing);
    }

    public String tekst(Inline.Verwijzing v) {
        Object doel = v.doel() == null ? null : elementen.get(v.doel());
        if (doel instanceof Artikel) {
            return "artikel " + ((Artikel) doel).nummer() + lidEnOnderdeel(v);
        } else if (doel instanceof Paragraaf) {
            return "paragraaf " + ((Paragraaf) doel).nummer() + lidEnOnderdeel(v);
        } else if (doel instanceof Hoofdstuk) {
            return "hoofdstuk " + ((Hoofdstuk) doel).nummer();
        } else if (doel instanceof Begrip) {
            return ((Begrip) doel).term();
        }
        return "[" + v.doel() + "]";
    }

    private static String lidEnOnderdeel(Inline.Verwijzing v) {
        StringBuilder sb = new StringBuilder();
        if (heeft(v.lid())) sb.append(", ").append(Rangtelwoord.lid(v.lid()));
        if (heeft(v.onderdeel())) sb.append(", onder ").append(v.onderdeel().trim());
        return sb.toString();
    }

    private static boolean heeft(String s) {
        return s != null && !s.isBlank();
    }
}

package nl.verordening.render;

import java.util.Optional;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Element;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.Inline;
import nl.verordening.model.ModelIndex;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Verordening;

/**
 * De ene verwijzingsresolver van alle renderers: maakt van een stabiel id met lid en onderdeel
 * Nederlandse tekst ("artikel 4.6.4, tweede lid, onder a", "paragraaf 3.3", "hoofdstuk 3",
 * "bijlage 2", of de term van een begrip) en het anker in een uitvoer ({@link #anker}). Gooit nooit:
 * een onbekend doel (dat de lader normaal tegenhoudt) wordt "[doel]".
 */
public final class VerwijzingTekst {

    private final ModelIndex index;

    public VerwijzingTekst(Verordening verordening) {
        this(verordening.index());
    }

    public VerwijzingTekst(ModelIndex index) {
        this.index = index;
    }

    /** Eenmalig gebruik; maak voor een hele verordening liever één instantie. */
    public static String van(Inline.Verwijzing verwijzing, Verordening verordening) {
        return new VerwijzingTekst(verordening).tekst(verwijzing);
    }

    public String tekst(Inline.Verwijzing v) {
        return citaat(v.doel(), v.lid(), v.onderdeel());
    }

    /**
     * De tekst van een verwijzing op zijn plek in een zin: midden in een zin begint de term van een
     * begrip met een kleine letter ("bij een verhuizing"), aan het begin van een zin zoals geschreven.
     * Afkortingen (AOW, Wmo) en eigennamen met een hoofdletter midden in het woord blijven zoals ze zijn.
     *
     * @param ervoor de tekst vóór de verwijzing in dezelfde alinea
     */
    public String tekst(Inline.Verwijzing v, CharSequence ervoor) {
        String t = tekst(v);
        boolean begrip = index.element(v.doel()).map(e -> e instanceof Begrip).orElse(false);
        return begrip && !zinsbegin(ervoor) ? kleineBeginletter(t) : t;
    }

    /** Of wat na {@code ervoor} komt een zin begint: niets ervoor, of een '.', '!', '?' of ':' met spatie. */
    static boolean zinsbegin(CharSequence ervoor) {
        int i = ervoor.length() - 1;
        while (i >= 0 && Character.isWhitespace(ervoor.charAt(i))) i--;
        if (i < 0) return true;
        char c = ervoor.charAt(i);
        return c == '.' || c == '!' || c == '?';
    }

    static String kleineBeginletter(String term) {
        if (term.length() < 2 || !Character.isUpperCase(term.charAt(0))) return term;
        int eindWoord = 0;
        while (eindWoord < term.length() && Character.isLetter(term.charAt(eindWoord))) eindWoord++;
        String woord = term.substring(0, eindWoord);
        // Afkorting of naam: een tweede hoofdletter, of een kort woord als "Wmo".
        if (woord.length() <= 3 || woord.substring(1).chars().anyMatch(Character::isUpperCase)) return term;
        return Character.toLowerCase(term.charAt(0)) + term.substring(1);
    }

    /** De Nederlandse aanhaling van een id met optioneel lid en onderdeel. */
    public String citaat(String id, String lid, String onderdeel) {
        Optional<Element> doel = id == null ? Optional.empty() : index.element(id);
        if (doel.isEmpty()) return "[" + id + "]";
        String achter = lidEnOnderdeel(lid, onderdeel);
        return doel.get().accept(new Element.Bezoeker<String>() {
            @Override public String hoofdstuk(Hoofdstuk h) { return "hoofdstuk " + h.nummer(); }
            @Override public String paragraaf(Paragraaf p) { return "paragraaf " + p.nummer() + achter; }
            @Override public String artikel(Artikel a) { return "artikel " + a.nummer() + achter; }
            @Override public String begrip(Begrip b) { return b.term(); }
            @Override public String bijlage(Bijlage b) { return b.nummer().isBlank() ? "de bijlage" : "bijlage " + b.nummer(); }
        });
    }

    /**
     * Het anker van het doel in een HTML- of andere uitvoer met fragmenten: het id zelf voor een
     * element, {@code id--lid-2} voor een lid en {@code id--lid-2-a} voor een onderdeel. Een stabiel
     * id bevat nooit "--", dus ankers botsen niet.
     */
    public String anker(Inline.Verwijzing v) {
        return anker(v.doel(), v.lid(), v.onderdeel());
    }

    public String anker(String id, String lid, String onderdeel) {
        StringBuilder sb = new StringBuilder(id);
        if (heeft(lid)) sb.append("--lid-").append(lid.trim());
        if (heeft(onderdeel)) sb.append(heeft(lid) ? "-" : "--onderdeel-").append(onderdeel.trim());
        return sb.toString();
    }

    public ModelIndex index() {
        return index;
    }

    private static String lidEnOnderdeel(String lid, String onderdeel) {
        StringBuilder sb = new StringBuilder();
        if (heeft(lid)) sb.append(", ").append(Rangtelwoord.lid(lid));
        if (heeft(onderdeel)) sb.append(", onder ").append(onderdeel.trim());
        return sb.toString();
    }

    private static boolean heeft(String s) {
        return s != null && !s.isBlank();
    }
}

package nl.verordening.check.begrip;

import java.util.List;
import nl.verordening.model.Begrip;
import nl.verordening.model.SourcePosition;

/**
 * Een gedefinieerde term: een begrip (term, afkortingen, varianten) of een definitie in de lopende
 * tekst ("Buurtzorg Jong (BZJ)", "(verder: de aanbieder)").
 *
 * @param voorkeur de vorm zoals gedefinieerd, die de meldingen voorstellen
 * @param vormen   alle vormen die de tekst zo mag schrijven (de voorkeur, afkortingen, varianten)
 * @param waar     waar de definitie staat, voor meldingen ("begrip 'Cliënt'", "artikel 2.1")
 * @param begrip   het begrip, of null voor een definitie in de tekst
 */
record Term(String voorkeur, List<String> vormen, String waar, SourcePosition pos, Begrip begrip) {

    /** De vorm die bij dit geschreven stuk hoort: de afkorting bij een afkorting ("PGB" → "Pgb"), anders de term. */
    String voorkeurVoor(String geschreven) {
        String n = Normaaltekst.vouw(geschreven).replaceAll(" \\d{4}$", "");
        for (String v : vormen) {
            String m = Normaaltekst.vouw(v);
            if (m.equals(n) || m.replace(" ", "").equals(n.replace(" ", ""))) return v;
        }
        for (String v : vormen) if (Normaaltekst.vouw(v).replaceAll(" \\d{4}$", "").equals(n)) return v;
        return voorkeur;
    }

    /**
     * Een afkorting in hoofdletters ("ZIN", "STOER") die in kleine letters als uitspreekbaar woord
     * staat ("zin"), is meestal dat gewone woord, niet de afkorting.
     */
    boolean isGewoonWoord(String geschreven) {
        if (!geschreven.equals(geschreven.toLowerCase())) return false;
        for (String v : vormen) {
            if (Normaaltekst.vouw(v).equals(Normaaltekst.vouw(geschreven)) && v.equals(v.toUpperCase())
                    && geschreven.matches("[^aeiouy]+[aeiouy]+[^aeiouy]+")) return true;
        }
        return false;
    }

    /** Gelijk, of alleen verschillend in de hoofdletter van het eerste teken (begin van een zin, kop in de lijst). */
    boolean staatZo(String geschreven) {
        for (String v : vormen) {
            if (v.equals(geschreven)) return true;
            if (v.length() == geschreven.length() && v.length() > 1 && v.substring(1).equals(geschreven.substring(1))
                    && Character.toLowerCase(v.charAt(0)) == Character.toLowerCase(geschreven.charAt(0))) return true;
        }
        return false;
    }
}

package nl.verordening.render.stop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Een klein, geordend XML-element: attributen in volgorde van toevoegen, kinderen als elementen of
 * tekst. Eigen serialisatie, zodat de uitvoer byte voor byte vastligt (geen afhankelijkheid van de
 * JAXP-implementatie).
 */
final class XmlElement {

    /** Elementen met gemengde inhoud: op één regel, zonder inspringing erbinnen. */
    private static final Set<String> REGEL = Set.of("Al", "LidNummer", "LiNummer", "Label", "Nummer", "Opschrift",
            "Subtitel", "Term", "title", "i", "b", "IntRef", "ExtRef", "br");

    final String naam;
    final Map<String, String> attributen = new LinkedHashMap<>();
    final List<Object> kinderen = new ArrayList<>();

    XmlElement(String naam) {
        this.naam = naam;
    }

    XmlElement attr(String n, String waarde) {
        attributen.put(n, waarde);
        return this;
    }

    XmlElement kind(XmlElement e) {
        kinderen.add(e);
        return e;
    }

    XmlElement nieuw(String naam) {
        return kind(new XmlElement(naam));
    }

    XmlElement tekst(String t) {
        if (t != null && !t.isEmpty()) kinderen.add(t);
        return this;
    }

    boolean leeg() {
        return kinderen.isEmpty();
    }

    /** De tekst van dit element en alles eronder. */
    String tekstInhoud() {
        StringBuilder sb = new StringBuilder();
        for (Object k : kinderen) sb.append(k instanceof XmlElement e ? e.tekstInhoud() : (String) k);
        return sb.toString();
    }

    void schrijf(StringBuilder sb, int niveau) {
        sb.append("  ".repeat(niveau));
        schrijfOpRegel(sb, niveau, !REGEL.contains(naam));
    }

    private void schrijfOpRegel(StringBuilder sb, int niveau, boolean blok) {
        sb.append('<').append(naam);
        for (Map.Entry<String, String> a : attributen.entrySet()) {
            sb.append(' ').append(a.getKey()).append("=\"").append(escape(a.getValue(), true)).append('"');
        }
        if (kinderen.isEmpty()) {
            sb.append("/>");
        } else if (blok) {
            sb.append('>');
            for (Object k : kinderen) {
                sb.append('\n');
                if (k instanceof XmlElement e) e.schrijf(sb, niveau + 1);
                else sb.append("  ".repeat(niveau + 1)).append(escape((String) k, false));
            }
            sb.append('\n').append("  ".repeat(niveau)).append("</").append(naam).append('>');
        } else {
            sb.append('>');
            for (Object k : kinderen) {
                if (k instanceof XmlElement e) e.schrijfOpRegel(sb, niveau, false);
                else sb.append(escape((String) k, false));
            }
            sb.append("</").append(naam).append('>');
        }
        if (niveau >= 0 && blok) {
            // niets: de ouder zet de regelovergang
        }
    }

    static String escape(String s, boolean attribuut) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append(attribuut ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> sb.append(attribuut ? " " : " ");
                default -> {
                    // tekens die XML 1.0 niet toestaat, vallen weg
                    if (c >= 0x20 || c == 0x09) sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}

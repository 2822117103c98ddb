package nl.verordening.render;

import java.util.Objects;

/**
 * Opmaak die een renderer zelf heeft gemaakt en die dus al veilig is ("&lt;em&gt;zorg&lt;/em&gt;").
 * In een HTML- of XML-sjabloon wordt elke ingevoegde waarde ge-escapet, behalve een
 * {@code VeiligeHtml}: die komt er letterlijk in. Alleen gebruiken voor opmaak waarvan de renderer
 * elke tekst uit de bron zelf al heeft ge-escapet (met {@link #escape}).
 */
public record VeiligeHtml(String markup) {

    public VeiligeHtml {
        Objects.requireNonNull(markup, "markup");
    }

    /** Tekst als veilige opmaak: {@code <}, {@code >}, {@code &}, {@code "} en {@code '} als entiteiten. */
    public static VeiligeHtml tekst(String tekst) {
        return new VeiligeHtml(escape(tekst));
    }

    /** Escapet tekst voor HTML en XML, ook binnen attributen met enkele of dubbele aanhalingstekens. */
    public static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String vervanging = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (vervanging == null) {
                if (sb != null) sb.append(c);
            } else {
                if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                sb.append(vervanging);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Zo komt de opmaak ook in een tekstsjabloon (en in Velocity) als zichzelf terecht. */
    @Override
    public String toString() {
        return markup;
    }
}

package nl.verordening.render;

import java.util.List;
import java.util.Map;

/**
 * Een kleine JSON-schrijver zonder bibliotheek: maps (in hun volgorde), lijsten, tekst, getallen,
 * booleans en null, ingesprongen met twee spaties. Voor de bevindingen als JSON en SARIF; zo blijven
 * Jackson bij de lader en de renderers bij het model.
 */
public final class Json {

    private Json() {}

    /** {@code waarde} als JSON, met een regeleinde aan het eind. */
    public static String schrijf(Object waarde) {
        StringBuilder sb = new StringBuilder();
        schrijf(waarde, sb, 0);
        return sb.append('\n').toString();
    }

    private static void schrijf(Object w, StringBuilder sb, int diepte) {
        if (w == null) {
            sb.append("null");
        } else if (w instanceof String s) {
            tekst(s, sb);
        } else if (w instanceof Number || w instanceof Boolean) {
            sb.append(w);
        } else if (w instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                inspring(sb, diepte + 1);
                tekst(String.valueOf(e.getKey()), sb);
                sb.append(": ");
                schrijf(e.getValue(), sb, diepte + 1);
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            inspring(sb, diepte);
            sb.append('}');
        } else if (w instanceof List<?> l) {
            if (l.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                inspring(sb, diepte + 1);
                schrijf(l.get(i), sb, diepte + 1);
                sb.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            inspring(sb, diepte);
            sb.append(']');
        } else {
            throw new IllegalArgumentException("geen JSON-waarde: " + w.getClass().getName());
        }
    }

    private static void inspring(StringBuilder sb, int diepte) {
        sb.append("  ".repeat(diepte));
    }

    private static void tekst(String s, StringBuilder sb) {
        tekst(s, sb, false);
    }

    /** Een JSON-string die ook in een {@code <script>} veilig is: '<', '>', '&' en '/' ontsnapt. */
    public static String tekstInScript(String s) {
        StringBuilder sb = new StringBuilder();
        tekst(s, sb, true);
        return sb.toString();
    }

    private static void tekst(String s, StringBuilder sb, boolean inScript) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else if (inScript && (c == '<' || c == '>' || c == '&')) sb.append(String.format("\\u%04x", (int) c));
                    else if (inScript && c == '/') sb.append("\\/");
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}

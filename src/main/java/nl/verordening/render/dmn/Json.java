package nl.verordening.render.dmn;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** JSON met inspringing en vaste volgorde; Jackson hoort bij de lader (zie ArchitectuurTest). */
final class Json {

    private Json() {}

    static String waarde(Object o, int diepte) {
        if (o == null) return "null";
        if (o instanceof BigDecimal b) return b.toPlainString();
        if (o instanceof Number || o instanceof Boolean) return o.toString();
        String in = "  ".repeat(diepte + 1);
        String uit = "  ".repeat(diepte);
        if (o instanceof Map<?, ?> m) {
            if (m.isEmpty()) return "{}";
            StringBuilder sb = new StringBuilder("{\n");
            int i = 0;
            for (var e : m.entrySet()) {
                sb.append(in).append(tekst(e.getKey().toString())).append(": ").append(waarde(e.getValue(), diepte + 1));
                sb.append(++i < m.size() ? ",\n" : "\n");
            }
            return sb.append(uit).append('}').toString();
        }
        if (o instanceof List<?> l) {
            if (l.isEmpty()) return "[]";
            boolean kort = l.stream().allMatch(x -> !(x instanceof Map) && !(x instanceof List));
            if (kort) {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? ", " : "").append(waarde(l.get(i), diepte + 1));
                return sb.append(']').toString();
            }
            StringBuilder sb = new StringBuilder("[\n");
            for (int i = 0; i < l.size(); i++) {
                sb.append(in).append(waarde(l.get(i), diepte + 1)).append(i + 1 < l.size() ? ",\n" : "\n");
            }
            return sb.append(uit).append(']').toString();
        }
        return tekst(o.toString());
    }

    static String tekst(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}

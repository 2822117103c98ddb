package nl.verordening.render.bron;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Schrijft Maps, Lists, teksten, getallen en booleans als JSON met twee spaties inspringing. */
final class Json {

    private Json() {}

    static String schrijf(Object waarde) {
        StringBuilder b = new StringBuilder();
        schrijf(waarde, b, "");
        return b.toString();
    }

    private static void schrijf(Object w, StringBuilder b, String in) {
        if (w == null) {
            b.append("null");
        } else if (w instanceof String s) {
            tekst(s, b);
        } else if (w instanceof Number || w instanceof Boolean) {
            b.append(w);
        } else if (w instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                b.append(in).append("  ");
                tekst(String.valueOf(e.getKey()), b);
                b.append(": ");
                schrijf(e.getValue(), b, in + "  ");
                b.append(it.hasNext() ? ",\n" : "\n");
            }
            b.append(in).append('}');
        } else if (w instanceof List<?> l) {
            if (l.stream().allMatch(x -> x instanceof String || x instanceof Number)) {
                b.append('[');
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) b.append(", ");
                    schrijf(l.get(i), b, in);
                }
                b.append(']');
                return;
            }
            b.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                b.append(in).append("  ");
                schrijf(l.get(i), b, in + "  ");
                b.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            b.append(in).append(']');
        } else {
            throw new IllegalArgumentException("geen JSON: " + w.getClass());
        }
    }

    private static void tekst(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }
}

package nl.verordening.beslis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * De uitkomst van één evaluatie.
 *
 * @param invoer    de invoer zoals gebruikt (getallen als BigDecimal)
 * @param uitkomst  per uitvoernaam de waarde; leeg als geen regel past. Bij COLLECT zonder aggregatie
 *                  is de waarde een lijst.
 * @param regels    de nummers van de regels die de uitkomst bepalen (bij FIRST/PRIORITY de gekozen regel)
 * @param grondslag de grondslag van die regels als tekst: "artikel 8.1.2; artikel 8.1.1"
 */
public record Beslissing(String tabel, Map<String, Object> invoer, Map<String, Object> uitkomst, List<Integer> regels,
                         String grondslag) {

    public boolean geenRegel() {
        return regels.isEmpty();
    }

    /** Eén JSON-object, sleutels in vaste volgorde. */
    public String json() {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"tabel\": ").append(Json.tekst(tabel)).append(", \"invoer\": ").append(Json.object(invoer))
                .append(", \"uitkomst\": ").append(Json.object(uitkomst)).append(", \"regels\": ").append(Json.waarde(regels))
                .append(", \"grondslag\": ").append(Json.tekst(grondslag)).append('}');
        return sb.toString();
    }

    /** Kleine JSON-schrijver: Jackson hoort bij de lader (zie ArchitectuurTest). */
    public static final class Json {
        private Json() {}

        public static String object(Map<String, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            boolean eerste = true;
            for (var e : m.entrySet()) {
                if (!eerste) sb.append(", ");
                eerste = false;
                sb.append(tekst(e.getKey())).append(": ").append(waarde(e.getValue()));
            }
            return sb.append('}').toString();
        }

        public static String waarde(Object o) {
            if (o == null) return "null";
            if (o instanceof BigDecimal b) return b.stripTrailingZeros().scale() <= 0 ? b.setScale(0).toPlainString() : b.toPlainString();
            if (o instanceof Number || o instanceof Boolean) return o.toString();
            if (o instanceof LocalDate d) return tekst(d.toString());
            if (o instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked") Map<String, ?> mm = (Map<String, ?>) m;
                return object(mm);
            }
            if (o instanceof List<?> l) {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? ", " : "").append(waarde(l.get(i)));
                return sb.append(']').toString();
            }
            return tekst(o.toString());
        }

        public static String tekst(String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"': sb.append("\\\""); break;
                    case '\\': sb.append("\\\\"); break;
                    case '\n': sb.append("\\n"); break;
                    case '\r': sb.append("\\r"); break;
                    case '\t': sb.append("\\t"); break;
                    default:
                        if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                        else sb.append(c);
                }
            }
            return sb.append('"').toString();
        }
    }
}

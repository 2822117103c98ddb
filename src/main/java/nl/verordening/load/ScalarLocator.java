package nl.verordening.load;

import nl.verordening.model.SourcePosition;

/**
 * Zoekt de regel en kolom van een teken binnen een YAML-waarde terug in het bronbestand. De
 * waarde is de tekst na het ontleden (aanhalingstekens weg, regels samengevoegd); we lopen bron en
 * waarde samen af, waarbij witruimte in de waarde met elke witruimte in de bron overeenkomt.
 *
 * <p>Lineair: opeenvolgende vragen naar dezelfde waarde lopen verder vanaf de vorige plek, en een
 * teken dat in de bron anders staat (een escape als {@code \u00e9}) wordt maar een paar tekens
 * vooruit gezocht, nooit voorbij het einde van de waarde.
 */
final class ScalarLocator {

    /** Zo ver zoekt de lezer vooruit naar een teken: de langste escape is {@code \U0001F600}. */
    private static final int VOORUIT = 12;

    private final String raw;
    private final String file;
    private final int[] regelbegin;

    private Node.Scalar laatste;
    private int laatsteV;
    private int laatsteP;

    ScalarLocator(String raw, String file) {
        this.raw = raw;
        this.file = file;
        this.regelbegin = Posities.regelbeginnen(raw);
    }

    SourcePosition locate(Node.Scalar scalar, int valueIndex) {
        String value = scalar.text() == null ? "" : scalar.text();
        int n = (int) Math.min(raw.length(), Math.max(0, scalar.eind()));
        int p;
        int v;
        if (laatste == scalar && valueIndex >= laatsteV) {
            p = laatsteP;
            v = laatsteV;
        } else {
            p = (int) Math.max(0, Math.min(scalar.offset(), raw.length()));
            if (p < raw.length() && (raw.charAt(p) == '|' || raw.charAt(p) == '>')) {
                while (p < raw.length() && raw.charAt(p) != '\n') p++;
            } else if (p < raw.length() && (raw.charAt(p) == '\'' || raw.charAt(p) == '"')) {
                p++;
            }
            v = 0;
        }
        while (v < valueIndex && v < value.length() && p < n) {
            if (Character.isWhitespace(value.charAt(v))) {
                // Eén witruimte-reeks in de waarde hoort bij één reeks in de bron (regeleinde + inspringing).
                while (v < valueIndex && v < value.length() && Character.isWhitespace(value.charAt(v))) v++;
                while (p < n && Character.isWhitespace(raw.charAt(p))) p++;
            } else {
                p = zoek(value.charAt(v), p, n) + 1;
                v++;
            }
        }
        laatste = scalar;
        laatsteV = v;
        laatsteP = p;
        int q = p;
        if (valueIndex < value.length() && !Character.isWhitespace(value.charAt(valueIndex))) q = zoek(value.charAt(valueIndex), p, n);
        return position(Math.min(q, raw.length()));
    }

    /** Het teken {@code c} vanaf {@code p}, hoogstens {@link #VOORUIT} verder; anders {@code p} zelf. */
    private int zoek(char c, int p, int n) {
        int grens = Math.min(n, p + VOORUIT);
        for (int q = p; q < grens; q++) if (raw.charAt(q) == c) return q;
        return p;
    }

    private SourcePosition position(int offset) {
        return Posities.positie(file, regelbegin, offset);
    }
}

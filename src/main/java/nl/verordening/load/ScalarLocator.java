package nl.verordening.load;

import java.util.Arrays;
import nl.verordening.model.SourcePosition;

/**
 * Zoekt de regel en kolom van een teken binnen een YAML-waarde terug in het bronbestand. De
 * waarde is de tekst na het ontleden (aanhalingstekens weg, regels samengevoegd); we lopen bron en
 * waarde samen af, waarbij witruimte in de waarde met elke witruimte in de bron overeenkomt.
 */
final class ScalarLocator {

    private final String raw;
    private final String file;
    private final int[] regelbegin;

    ScalarLocator(String raw, String file) {
        this.raw = raw;
        this.file = file;
        this.regelbegin = regelbeginnen(raw);
    }

    SourcePosition locate(Node.Scalar scalar, int valueIndex) {
        String value = scalar.text();
        int p = (int) Math.max(0, Math.min(scalar.offset(), raw.length()));
        if (p < raw.length() && (raw.charAt(p) == '|' || raw.charAt(p) == '>')) {
            while (p < raw.length() && raw.charAt(p) != '\n') p++;
        } else if (p < raw.length() && (raw.charAt(p) == '\'' || raw.charAt(p) == '"')) {
            p++;
        }
        int n = raw.length();
        int v = 0;
        while (v < valueIndex && v < value.length() && p < n) {
            if (Character.isWhitespace(value.charAt(v))) {
                // Eén witruimte-reeks in de waarde hoort bij één reeks in de bron (regeleinde + inspringing).
                while (v < valueIndex && v < value.length() && Character.isWhitespace(value.charAt(v))) v++;
                while (p < n && Character.isWhitespace(raw.charAt(p))) p++;
            } else {
                char c = value.charAt(v);
                while (p < n && raw.charAt(p) != c) p++;
                p++;
                v++;
            }
        }
        if (valueIndex < value.length() && !Character.isWhitespace(value.charAt(valueIndex))) {
            char c = value.charAt(valueIndex);
            while (p < n && raw.charAt(p) != c) p++;
        }
        return position(Math.min(p, raw.length()));
    }

    private SourcePosition position(int offset) {
        int i = Arrays.binarySearch(regelbegin, offset);
        int regel = i >= 0 ? i : -i - 2;
        return new SourcePosition(file, regel + 1, offset - regelbegin[regel] + 1);
    }

    /** Begin van elke regel, één keer per bestand, zodat een positie opzoeken niet het hele bestand telt. */
    private static int[] regelbeginnen(String raw) {
        int n = 1;
        for (int i = 0; i < raw.length(); i++) if (raw.charAt(i) == '\n') n++;
        int[] r = new int[n];
        int k = 1;
        for (int i = 0; i < raw.length(); i++) if (raw.charAt(i) == '\n') r[k++] = i + 1;
        return r;
    }
}

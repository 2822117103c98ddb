package nl.verordening.load;

import nl.verordening.model.SourcePosition;

/**
 * Zoekt de regel en kolom van een teken binnen een YAML-waarde terug in het bronbestand. De
 * waarde is de tekst na het ontleden (aanhalingstekens weg, regels samengevoegd); we lopen bron en
 * waarde samen af, waarbij witruimte in de waarde met elke witruimte in de bron overeenkomt.
 */
final class ScalarLocator {

    private final String raw;
    private final String file;

    ScalarLocator(String raw, String file) {
        this.raw = raw;
        this.file = file;
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
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (raw.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, offset - lineStart + 1);
    }
}

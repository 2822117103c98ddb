package nl.verordening.check.begrip;

import java.text.Normalizer;

/**
 * Tekst genormaliseerd voor het zoeken naar begrippen: kleine letters, zonder accenten en punten,
 * koppeltekens en witruimte als één spatie ("W.l.z." → "wlz", "Coördinator" → "coordinator",
 * "pgb-houder" → "pgb houder"), met per teken de plek in de brontekst.
 *
 * @param bron voor elk teken van {@code tekst} de index in de oorspronkelijke tekst
 */
record Normaaltekst(String tekst, int[] bron) {

    static Normaaltekst van(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] map = new int[s.length() + 1];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') continue;
            if (c == '-' || c == '‐' || Character.isWhitespace(c)) {
                if (n > 0 && sb.charAt(n - 1) != ' ') {
                    sb.append(' ');
                    map[n++] = i;
                }
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            for (int k = 0; k < d.length(); k++) {
                char x = d.charAt(k);
                if (Character.getType(x) == Character.NON_SPACING_MARK) continue;
                sb.append(Character.toLowerCase(x));
                map[n++] = i;
            }
        }
        int[] bron = new int[n];
        System.arraycopy(map, 0, bron, 0, n);
        return new Normaaltekst(sb.toString(), bron);
    }

    /** Alleen de genormaliseerde vorm. */
    static String vouw(String s) {
        return van(s).tekst().strip();
    }

    /** Het stuk brontekst onder genormaliseerde tekens {@code begin} tot en met {@code eind}. */
    String bronstuk(String origineel, int begin, int eind) {
        return origineel.substring(bron[begin], bron[eind] + 1);
    }
}

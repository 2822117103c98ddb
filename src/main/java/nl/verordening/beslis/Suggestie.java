package nl.verordening.beslis;

import java.util.Collection;
import java.util.Locale;

/** "; bedoelde u 'x'?" bij een tikfout (Levenshtein ≤ 3 of gelijk zonder hoofdletters). */
final class Suggestie {

    private Suggestie() {}

    static String hint(String fout, Collection<String> kandidaten) {
        String beste = null;
        int min = Integer.MAX_VALUE;
        for (String k : kandidaten) {
            int d = afstand(fout.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < min) {
                min = d;
                beste = k;
            }
        }
        return beste != null && min <= Math.max(1, Math.min(3, fout.length() / 3)) ? "; bedoelde u '" + beste + "'?" : "";
    }

    private static int afstand(String a, String b) {
        int[] vorige = new int[b.length() + 1];
        int[] huidige = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) vorige[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            huidige[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int k = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                huidige[j] = Math.min(Math.min(huidige[j - 1] + 1, vorige[j] + 1), vorige[j - 1] + k);
            }
            int[] t = vorige;
            vorige = huidige;
            huidige = t;
        }
        return vorige[b.length()];
    }
}

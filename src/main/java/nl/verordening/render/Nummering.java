package nl.verordening.render;

import java.util.List;
import nl.verordening.model.LijstSoort;

/**
 * Labels van leden en onderdelen: wat automatische nummering zou geven, en of de vastgestelde
 * labels daarmee kloppen. Vastgestelde teksten nummeren soms onregelmatig (een dubbel lid 1, een
 * lijst die bij "f" begint); een uitvoer met automatische nummering valt dan terug op het label
 * zoals vastgesteld.
 */
public final class Nummering {

    private Nummering() {}

    /** Het label dat automatische nummering op plaats {@code index} (vanaf 0) geeft: "c", "3", "iii". */
    public static String automatisch(LijstSoort soort, int index) {
        return switch (soort) {
            case LETTERS -> letters(index);
            case ROMEINS -> romeins(index + 1);
            case CIJFERS -> String.valueOf(index + 1);
            case GRAAD -> (index + 1) + "°";
            case OPSOMMING -> "";
        };
    }

    /** Het label zoals vastgesteld (zonder punt), of het automatische als de bron er geen geeft. */
    public static String label(LijstSoort soort, String label, int index) {
        String l = kaal(label);
        return l.isEmpty() ? automatisch(soort, index) : l;
    }

    /** Of automatische nummering precies de vastgestelde labels geeft (ontbrekende labels tellen als goed). */
    public static boolean regelmatig(LijstSoort soort, List<String> labels) {
        if (soort == LijstSoort.OPSOMMING) return true;
        for (int i = 0; i < labels.size(); i++) {
            String l = kaal(labels.get(i));
            if (!l.isEmpty() && !l.equalsIgnoreCase(automatisch(soort, i))) return false;
        }
        return true;
    }

    /** Zonder witruimte en afsluitende punt of haakje: "a." en "a)" worden "a". */
    public static String kaal(String label) {
        if (label == null) return "";
        String l = label.strip();
        while (!l.isEmpty() && (l.endsWith(".") || l.endsWith(")"))) l = l.substring(0, l.length() - 1).strip();
        return l;
    }

    /** a, b, ..., z, aa, ab, ... */
    public static String letters(int index) {
        String r = "";
        int i = index;
        do {
            r = (char) ('a' + i % 26) + r;
            i = i / 26 - 1;
        } while (i >= 0);
        return r;
    }

    /** i, ii, iii, iv, ... (kleine letters). */
    public static String romeins(int n) {
        int[] waarden = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] tekens = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder sb = new StringBuilder();
        int rest = n;
        for (int i = 0; i < waarden.length; i++) {
            while (rest >= waarden[i]) {
                sb.append(tekens[i]);
                rest -= waarden[i];
            }
        }
        return sb.toString();
    }
}

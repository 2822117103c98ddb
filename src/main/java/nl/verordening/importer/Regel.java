package nl.verordening.importer;

import java.util.regex.Pattern;

/**
 * Eén regel van de tekst na opschonen: witruimte genormaliseerd (ook NBSP en em-spatie), voor- en
 * achterspaties weg. Een regel die als ruis is weggelaten, is leeg.
 */
final class Regel {

    /** Alle witruimte die PDF-extractie oplevert, ook de niet-brekende en typografische spaties. */
    static final Pattern WITRUIMTE = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]+");

    final int nr;
    final int kolom;
    final String tekst;
    final String ruw;
    /** De ruwe regel eindigde met witruimte ("Erkennings- " tegenover "niet-"). */
    final boolean eindigtMetSpatie;

    Regel(int nr, String ruw) {
        this(nr, ruw, normaliseer(ruw));
    }

    private Regel(int nr, String ruw, String tekst) {
        this.nr = nr;
        this.ruw = ruw;
        this.tekst = tekst;
        int k = 0;
        while (k < ruw.length() && isWit(ruw.charAt(k))) k++;
        this.kolom = k < ruw.length() ? k + 1 : 1;
        this.eindigtMetSpatie = !ruw.isEmpty() && isWit(ruw.charAt(ruw.length() - 1));
    }

    /** Dezelfde plek, maar leeg: voor weggelaten ruis. */
    Regel leeggemaakt() {
        return new Regel(nr, "", "");
    }

    boolean leeg() {
        return tekst.isEmpty();
    }

    int lengte() {
        return tekst.length();
    }

    static String normaliseer(String s) {
        return WITRUIMTE.matcher(s).replaceAll(" ").strip();
    }

    static boolean isWit(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    @Override
    public String toString() {
        return nr + ": " + tekst;
    }
}

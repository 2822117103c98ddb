package nl.verordening.model.taal;

import java.util.ArrayList;
import java.util.List;

/** Woorden in lopende tekst: letters en cijfers, met binnenwoordse '-', ''' en '.' ("W.l.z.", "zo'n", "2.3.5"). */
public final class Woorden {

    private Woorden() {}

    /** Een woord met zijn plek in de tekst (begin inclusief, einde exclusief). */
    public record Woord(String tekst, int begin, int einde) {}

    public static List<String> van(String tekst) {
        List<String> r = new ArrayList<>();
        for (Woord w : metPlek(tekst)) r.add(w.tekst());
        return r;
    }

    public static List<Woord> metPlek(String tekst) {
        List<Woord> r = new ArrayList<>();
        int n = tekst.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(tekst.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n) {
                char c = tekst.charAt(i);
                if (Character.isLetterOrDigit(c)) i++;
                else if ((c == '-' || c == '\'' || c == '.' || c == '’') && i + 1 < n && Character.isLetterOrDigit(tekst.charAt(i + 1))) i++;
                else break;
            }
            r.add(new Woord(tekst.substring(s, i), s, i));
        }
        return r;
    }

    /** Of een woord letters bevat (een getal of bedrag is geen woord voor de leesbaarheid). */
    public static boolean heeftLetters(String woord) {
        for (int i = 0; i < woord.length(); i++) if (Character.isLetter(woord.charAt(i))) return true;
        return false;
    }
}

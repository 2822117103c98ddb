package nl.verordening.load;

import java.util.Arrays;
import nl.verordening.model.SourcePosition;

/**
 * Regel en kolom bij een tekenpositie. Kolommen tellen UTF-16-tekens vanaf 1, zoals VS Code en
 * IntelliJ ze tonen: een emoji telt voor twee, een tab voor één (zie docs/bronformaat.md).
 */
final class Posities {

    private Posities() {}

    /** Begin van elke regel (na '\n'), één keer per bestand. */
    static int[] regelbeginnen(String raw) {
        int n = 1;
        for (int i = 0; i < raw.length(); i++) if (raw.charAt(i) == '\n') n++;
        int[] r = new int[n];
        int k = 1;
        for (int i = 0; i < raw.length(); i++) if (raw.charAt(i) == '\n') r[k++] = i + 1;
        return r;
    }

    static SourcePosition positie(String file, int[] regelbegin, int offset) {
        int i = Arrays.binarySearch(regelbegin, offset);
        int regel = i >= 0 ? i : -i - 2;
        return new SourcePosition(file, regel + 1, offset - regelbegin[regel] + 1);
    }
}

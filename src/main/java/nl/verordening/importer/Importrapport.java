package nl.verordening.importer;

import java.util.List;
import nl.verordening.model.Finding;

/**
 * Het importrapport: alle bevindingen van een import, één per regel, in de volgorde van de invoer
 * ("regel 412: waarschuwing: Kop zonder nummer ... [import-artikel-zonder-nummer]"). De opdracht
 * {@code import} schrijft het als {@value #BESTAND} in de nieuwe bronmap, naast de YAML.
 */
public final class Importrapport {

    /** De bestandsnaam in de bronmap. */
    public static final String BESTAND = "import-rapport.txt";

    private Importrapport() {}

    /** Eén regel per bevinding; "" zonder bevindingen. Bevindingen zonder regelnummer eerst, als "algemeen". */
    public static String tekst(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        findings.stream()
                .sorted((a, b) -> Integer.compare(a.pos().known() ? a.pos().line() : 0, b.pos().known() ? b.pos().line() : 0))
                .forEach(f -> sb.append(f.pos().known() ? "regel " + f.pos().line() : "algemeen").append(": ")
                        .append(f.severity().label()).append(": ").append(f.message().replace('\n', ' ').strip())
                        .append(" [").append(f.code()).append("]\n"));
        return sb.toString();
    }
}

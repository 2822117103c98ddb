package nl.verordening.model;

import java.util.Comparator;

/**
 * Een bevinding over de bron: van de lader (onbruikbare bron) of van een controle.
 * Gedeeld datatype, zodat ook het bevindingenrapport (een renderer) alleen het model nodig heeft.
 *
 * @param code    korte id van de regel die de bevinding doet ("yaml-syntaxis", "verwijzing-onbekend")
 * @param message Nederlandse tekst voor de gebruiker
 */
public record Finding(String code, Severity severity, SourcePosition pos, String message)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDE = Comparator.comparing(Finding::pos)
            .thenComparing(Finding::severity).thenComparing(Finding::code).thenComparing(Finding::message);

    /** {@code bestand:regel:kolom: fout: bericht [code]} */
    public String format() {
        String plek = pos.known() ? pos + ": " : (pos.file().isEmpty() ? "" : pos.file() + ": ");
        return plek + severity.label() + ": " + message + " [" + code + "]";
    }

    @Override
    public int compareTo(Finding o) {
        return ORDE.compare(this, o);
    }
}

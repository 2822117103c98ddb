package nl.verordening.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Een bevinding over de bron: van de lader (onbruikbare bron) of van een controle.
 * Gedeeld datatype, zodat ook het bevindingenrapport (een renderer) alleen het model nodig heeft.
 *
 * <p>Anders dan modelelementen hoort bij een bevinding de plek wél bij de gelijkheid: dezelfde
 * melding op twee plekken zijn twee bevindingen.
 *
 * @param code    code van de regel die de bevinding doet ("REF003", "yaml-syntaxis")
 * @param message Nederlandse tekst voor de gebruiker
 * @param element pad van het element waar de bevinding over gaat ("artikel-id", "artikel-id#lid-2"),
 *                of null; daarop werkt {@code aanvaard:} in de bron
 * @param suggestie wat de schrijver in plaats daarvan kan schrijven, of null
 * @param fragment  de aangewezen tekst zoals hij in de bron staat ("artikel 3.3 ‘beoordelen aanvraag’"), of
 *                  null; daarmee vindt de lader de precieze regel en kolom en toont het rapport de plek
 */
public record Finding(String code, Severity severity, SourcePosition pos, String message, String element,
                      String suggestie, String fragment)
        implements Comparable<Finding> {

    public Finding(String code, Severity severity, SourcePosition pos, String message, String element) {
        this(code, severity, pos, message, element, null, null);
    }

    /** Dezelfde bevinding op een andere plek (preciezer, of met het pad van de bronmap ervoor). */
    public Finding metPos(SourcePosition p) {
        return new Finding(code, severity, p, message, element, suggestie, fragment);
    }

    private static final Comparator<Finding> ORDE = Comparator.comparing(Finding::pos)
            .thenComparing(Finding::severity).thenComparing(Finding::code).thenComparing(Finding::message);

    public Finding(String code, Severity severity, SourcePosition pos, String message) {
        this(code, severity, pos, message, null, null, null);
    }

    /** {@code bestand:regel:kolom: fout: bericht [code]} */
    public String format() {
        String plek = pos.known() ? pos + ": " : (pos.file().isEmpty() ? "" : pos.file() + ": ");
        return plek + severity.label() + ": " + message + " [" + code + "]";
    }

    @Override
    public int compareTo(Finding o) {
        return ORDE.compare(this, o);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && code.equals(f.code) && severity == f.severity && pos.zelfdePlek(f.pos)
                && message.equals(f.message) && Objects.equals(element, f.element)
                && Objects.equals(suggestie, f.suggestie) && Objects.equals(fragment, f.fragment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, pos.file(), pos.line(), pos.column(), message, element);
    }
}

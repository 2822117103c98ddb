package nl.verordening.pijplijn;

import java.util.List;
import nl.verordening.check.Checks;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/**
 * Een geladen en gecontroleerde bron.
 *
 * @param bevindingen niet-aanvaarde bevindingen, gesorteerd op plek
 * @param aanvaard    bevindingen die de bron aanvaardt, met reden
 */
public record Resultaat(Verordening verordening, List<Finding> bevindingen, List<Checks.Aanvaard> aanvaard) {

    public Resultaat {
        bevindingen = List.copyOf(bevindingen);
        aanvaard = List.copyOf(aanvaard);
    }

    public long aantal(Severity ernst) {
        return bevindingen.stream().filter(f -> f.severity() == ernst).count();
    }

    /** Wat {@code --strikt} tegenhoudt: een fout of een niet-aanvaarde waarschuwing. */
    public boolean striktFout() {
        return aantal(Severity.ERROR) > 0 || aantal(Severity.WARNING) > 0;
    }
}

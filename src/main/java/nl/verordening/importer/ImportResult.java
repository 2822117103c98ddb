package nl.verordening.importer;

import java.util.List;
import nl.verordening.model.Finding;
import nl.verordening.model.Verordening;

/**
 * Uitkomst van een import: het model en de waarschuwingen van de importeur (codes {@code import-...}).
 *
 * @param onbruikbaar waarom de invoer geen verordening lijkt (geen koppen, geen artikelen), of null
 */
public record ImportResult(Verordening verordening, List<Finding> findings, String onbruikbaar) {
    public ImportResult {
        findings = List.copyOf(findings);
    }

    public ImportResult(Verordening verordening, List<Finding> findings) {
        this(verordening, findings, null);
    }
}

package nl.verordening.importer;

import java.util.List;
import nl.verordening.model.Finding;
import nl.verordening.model.Verordening;

/**
 * Uitkomst van een import: het model en de waarschuwingen van de importeur (codes {@code import-...}).
 */
public record ImportResult(Verordening verordening, List<Finding> findings) {
    public ImportResult {
        findings = List.copyOf(findings);
    }
}

package nl.verordening.load;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.SourcePosition;

/** Verzamelt alle meldingen van een laadgang. */
final class Diagnostics {

    private final List<Finding> findings = new ArrayList<>();

    void error(LaadFout fout, SourcePosition pos, String message) {
        findings.add(new Finding(fout.code(), Severity.ERROR, pos, message));
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    List<Finding> all() {
        return findings.stream().sorted().toList();
    }
}

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

    /** Een waarschuwing: de bron blijft bruikbaar; de melding komt bij de bevindingen. */
    void warn(LaadFout fout, SourcePosition pos, String message) {
        findings.add(new Finding(fout.code(), Severity.WARNING, pos, message));
    }

    /** Meldt met de ernst van de code. */
    void meld(LaadFout fout, SourcePosition pos, String message) {
        if (fout.ernst() == Severity.ERROR) error(fout, pos, message);
        else warn(fout, pos, message);
    }

    /** Of er al een fout met deze code is (om vervolgfouten te onderdrukken). */
    boolean heeft(LaadFout fout) {
        return findings.stream().anyMatch(f -> f.code().equals(fout.code()));
    }

    /** Alleen de fouten: bij een onbruikbare bron leiden waarschuwingen af. */
    List<Finding> fouten() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).sorted().toList();
    }

    List<Finding> waarschuwingen() {
        return findings.stream().filter(f -> f.severity() != Severity.ERROR).sorted().toList();
    }

    /** Meldingen van elders, zoals die van een bestand uit de {@link BronCache}. */
    void alle(List<Finding> meldingen) {
        findings.addAll(meldingen);
    }

    /** Hoeveel meldingen er nu zijn; met {@link #sinds(int)} de meldingen van één stap. */
    int aantal() {
        return findings.size();
    }

    List<Finding> sinds(int aantal) {
        return List.copyOf(findings.subList(aantal, findings.size()));
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    List<Finding> all() {
        return findings.stream().sorted().toList();
    }
}

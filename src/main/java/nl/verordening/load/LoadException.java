package nl.verordening.load;

import java.util.List;
import nl.verordening.model.Finding;

/** De bron is onbruikbaar; {@link #findings()} zegt alles wat er mis is, gesorteerd op plek. */
public final class LoadException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Finding> findings;

    public LoadException(List<Finding> findings) {
        super(findings.size() + " fout(en) in de bron");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}

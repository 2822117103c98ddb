package nl.verordening.beslis;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import nl.verordening.model.Verordening;
import nl.verordening.model.beslis.Beslistabel;

/**
 * De Java-API om een verordening in te bedden: tabellen op id, parameters op de peildatum (standaard
 * de datum van inwerkingtreding).
 *
 * <pre>{@code
 * Beslisser b = new Beslisser(new SourceLoader().load(Path.of("verordening-source")));
 * Beslissing d = b.beslis("opstartpremie", Map.of("leeftijd", 19, "premie_in_afgelopen_12_maanden", false));
 * d.uitkomst().get("bedrag");   // 62.50
 * }</pre>
 */
public final class Beslisser {

    private final Verordening verordening;
    private final Evaluator evaluator;

    public Beslisser(Verordening verordening) {
        this.verordening = verordening;
        this.evaluator = new Evaluator(verordening);
    }

    public Beslistabel tabel(String id) {
        return verordening.beslistabel(id).orElseThrow(() -> new Beslisfout("onbekende beslistabel '" + id + "'"
                + Suggestie.hint(id, verordening.beslistabellen().stream().map(Beslistabel::id).toList()) + " (tabellen: "
                + verordening.beslistabellen().stream().map(Beslistabel::id).collect(Collectors.joining(", ")) + ")"));
    }

    public LocalDate standaardDatum() {
        LocalDate d = verordening.metadata() == null ? null : verordening.metadata().inwerkingtreding();
        return d == null ? LocalDate.now() : d;
    }

    public Beslissing beslis(String tabel, Map<String, ?> invoer) {
        return beslis(tabel, invoer, standaardDatum());
    }

    public Beslissing beslis(String tabel, Map<String, ?> invoer, LocalDate datum) {
        return evaluator.evalueer(tabel(tabel), invoer, datum);
    }

    public Evaluator evaluator() {
        return evaluator;
    }
}

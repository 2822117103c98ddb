package nl.verordening.beslis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.verordening.model.Artikel;
import nl.verordening.model.Parameter;
import nl.verordening.model.Verordening;
import nl.verordening.model.beslis.Beslistabel;

/**
 * Voert beslistabellen uit zonder DMN-engine. Compileert een tabel per peildatum één keer (de
 * parameters op die datum ingevuld) en bewaart het resultaat; daarna is elke evaluatie een paar
 * vergelijkingen per regel.
 */
public final class Evaluator {

    private final List<Parameter> parameters;
    private final Function<String, String> artikelnummer;
    private final Map<Sleutel, GecompileerdeTabel> cache = new ConcurrentHashMap<>();

    private record Sleutel(Beslistabel tabel, LocalDate datum) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && s.tabel == tabel && s.datum.equals(datum);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(tabel) * 31 + datum.hashCode();
        }
    }

    /** Met de parameters en artikelnummers van de verordening (voor "artikel 8.1.2"). */
    public Evaluator(Verordening verordening) {
        this.parameters = verordening.parameters();
        var index = verordening.index();
        this.artikelnummer = id -> index.artikel(id).map(Artikel::nummer).orElse(id);
    }

    /** Alleen parameters; de grondslag noemt dan artikel-ids. */
    public Evaluator(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        this.artikelnummer = id -> id;
    }

    public GecompileerdeTabel compileer(Beslistabel tabel, LocalDate datum) {
        return cache.computeIfAbsent(new Sleutel(tabel, datum), k -> new GecompileerdeTabel(tabel, new Parameters(parameters, datum), artikelnummer));
    }

    /**
     * Evalueert {@code tabel} met {@code invoer} (naam → waarde) op {@code datum}.
     *
     * @throws Beslisfout bij onbekende, ontbrekende of ongeldige invoer, of als de hitpolicy geschonden wordt
     */
    public Beslissing evalueer(Beslistabel tabel, Map<String, ?> invoer, LocalDate datum) {
        return compileer(tabel, datum).evalueer(invoer);
    }
}

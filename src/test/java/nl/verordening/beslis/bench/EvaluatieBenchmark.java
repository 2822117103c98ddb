package nl.verordening.beslis.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.verordening.beslis.Bron;
import nl.verordening.beslis.Evaluator;
import nl.verordening.beslis.GecompileerdeTabel;
import nl.verordening.beslis.engines.Engines;
import nl.verordening.model.Parameter;
import nl.verordening.model.Verordening;
import nl.verordening.model.beslis.Beslistabel;
import nl.verordening.render.dmn.BeslistabelRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluaties per seconde van dezelfde tabel met dezelfde invoer: onze evaluator (gecompileerd),
 * Camunda 7 en Drools op de geëxporteerde DMN. Draaien: zie docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluatieBenchmark {

    @Param({"inkomenstoeslag", "leerlingenvervoer-vergoeding", "verlaging-benadeling"})
    public String tabel;

    static final int INVOEREN = 1024;
    static final LocalDate DATUM = LocalDate.of(2026, 1, 1);

    GecompileerdeTabel ons;
    Engines.Camunda camunda;
    Engines.Camunda camundaJuel;
    Engines.Drools drools;
    @SuppressWarnings("unchecked")
    Map<String, Object>[] invoer = new Map[INVOEREN];
    int i;

    @Setup
    public void setup() {
        Verordening v = Bron.verordening();
        Beslistabel t = v.beslistabel(tabel).orElseThrow();
        String dmn = BeslistabelRenderer.dmn(v, t, DATUM);
        ons = new Evaluator(v).compileer(t, DATUM);
        camunda = new Engines.Camunda(t, dmn);
        camundaJuel = new Engines.Camunda(t, dmn, true);
        drools = new Engines.Drools(t, dmn);
        Map<String, BigDecimal> parameters = new LinkedHashMap<>();
        for (Parameter p : v.parameters()) p.geldigOp(DATUM).ifPresent(w -> parameters.put(p.id(), new BigDecimal(w.waarde())));
        Random rnd = new Random(11);
        for (int k = 0; k < INVOEREN; k++) invoer[k] = Engines.willekeurig(t, parameters, rnd);
    }

    private Map<String, Object> volgende() {
        i = (i + 1) & (INVOEREN - 1);
        return invoer[i];
    }

    @Benchmark
    public Object ons() {
        return ons.evalueer(volgende());
    }

    @Benchmark
    public Object camunda() {
        return camunda.ruw(volgende());
    }

    @Benchmark
    public Object camundaJuel() {
        return camundaJuel.ruw(volgende());
    }

    @Benchmark
    public Object drools() {
        return drools.ruw(volgende());
    }
}

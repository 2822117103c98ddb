package nl.verordening.beslis.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nl.verordening.beslis.Bron;
import nl.verordening.beslis.Evaluator;
import nl.verordening.beslis.GecompileerdeTabel;
import nl.verordening.model.Parameter;
import nl.verordening.model.Verordening;
import nl.verordening.model.beslis.Beslistabel;
import nl.verordening.model.beslis.Voorbeeld;
import nl.verordening.model.beslis.Waarde;
import nl.verordening.render.dmn.BeslistabelRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Elke geëxporteerde DMN-tabel, uitgevoerd door Camunda 7 en Drools, geeft op alle voorbeelden en
 * op 1.000 gegenereerde invoeren (vaste seed) precies de uitkomst van onze evaluator.
 */
class EngineOvereenstemmingTest {

    static final int GEGENEREERD = 1_000;
    static final LocalDate DATUM = LocalDate.of(2026, 1, 1);
    static final Map<String, int[]> TELLING = new java.util.TreeMap<>();

    static Stream<String> tabellen() {
        return Bron.verordening().beslistabellen().stream().map(Beslistabel::id);
    }

    static Map<String, BigDecimal> parameters(Verordening v) {
        Map<String, BigDecimal> r = new LinkedHashMap<>();
        for (Parameter p : v.parameters()) p.geldigOp(DATUM).ifPresent(w -> r.put(p.id(), new BigDecimal(w.waarde())));
        return r;
    }

    static Object waarde(Waarde w, Map<String, BigDecimal> parameters) {
        if (w instanceof Waarde.Getal g) return g.getal();
        if (w instanceof Waarde.Tekst t) return t.tekst();
        if (w instanceof Waarde.Waarheid b) return b.waar();
        if (w instanceof Waarde.Datum d) return d.datum();
        return parameters.get(((Waarde.Parameter) w).id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tabellen")
    void camundaEnDroolsGevenOnzeUitkomst(String id) {
        Verordening v = Bron.verordening();
        Beslistabel t = v.beslistabel(id).orElseThrow();
        String dmn = BeslistabelRenderer.dmn(v, t, DATUM);
        GecompileerdeTabel ons = new Evaluator(v).compileer(t, DATUM);
        Engines.Camunda camunda = new Engines.Camunda(t, dmn);
        Engines.Camunda juel = new Engines.Camunda(t, dmn, true);
        Engines.Drools drools = new Engines.Drools(t, dmn);
        Map<String, BigDecimal> parameters = parameters(v);

        List<Map<String, Object>> invoeren = new ArrayList<>();
        for (Voorbeeld vb : t.voorbeelden()) {
            Map<String, Object> in = new LinkedHashMap<>();
            vb.invoer().forEach((k, w) -> in.put(k, waarde(w, parameters)));
            invoeren.add(in);
        }
        int voorbeelden = invoeren.size();
        Random rnd = new Random(11L * id.hashCode());
        for (int i = 0; i < GEGENEREERD; i++) invoeren.add(Engines.willekeurig(t, parameters, rnd));

        List<String> verschillen = new ArrayList<>();
        int gelijk = 0;
        for (Map<String, Object> in : invoeren) {
            Map<String, Object> a = Engines.ons(ons, in);
            Map<String, Object> c = camunda.evalueer(in);
            Map<String, Object> d = drools.evalueer(in);
            Map<String, Object> j = juel.evalueer(in);
            if (a.equals(c) && a.equals(d) && a.equals(j)) gelijk++;
            else if (verschillen.size() < 5) verschillen.add(in + ": ons " + a + ", Camunda " + c + ", Camunda-JUEL " + j + ", Drools " + d);
        }
        // Voorbeelden: ook de verwachte uitkomst uit de bron, niet alleen onderlinge gelijkheid.
        for (int k = 0; k < voorbeelden; k++) {
            Map<String, Object> verwacht = new LinkedHashMap<>();
            t.voorbeelden().get(k).uitkomst().forEach((n, w) -> verwacht.put(n, Engines.normaliseer(waarde(w, parameters))));
            assertThat(camunda.evalueer(invoeren.get(k))).as("Camunda, voorbeeld %s", t.voorbeelden().get(k).naam()).isEqualTo(verwacht);
            assertThat(drools.evalueer(invoeren.get(k))).as("Drools, voorbeeld %s", t.voorbeelden().get(k).naam()).isEqualTo(verwacht);
        }
        synchronized (TELLING) {
            TELLING.put(id, new int[] {voorbeelden, invoeren.size(), gelijk});
        }
        assertThat(verschillen).as("verschillen in %s", id).isEmpty();
        assertThat(gelijk).isEqualTo(voorbeelden + GEGENEREERD);
    }

    @AfterAll
    static void telling() {
        TELLING.forEach((id, n) -> System.out.println("engine-overeenstemming " + id + ": " + n[2] + " van " + n[1]
                + " invoeren gelijk in ons, Camunda (FEEL-Scala en JUEL) en Drools (" + n[0] + " voorbeelden)"));
    }
}

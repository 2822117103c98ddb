package nl.verordening.beslis.engines;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import nl.verordening.beslis.Beslisfout;
import nl.verordening.beslis.Beslissing;
import nl.verordening.beslis.GecompileerdeTabel;
import nl.verordening.model.beslis.Beslistabel;
import nl.verordening.model.beslis.Invoer;
import nl.verordening.model.beslis.Regel;
import nl.verordening.model.beslis.Soort;
import nl.verordening.model.beslis.Toets;
import nl.verordening.model.beslis.Waarde;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/**
 * Onze evaluator, Camunda 7 en Drools op dezelfde tabel, met uitkomsten in één vorm: per uitvoer
 * een genormaliseerde waarde (getallen als BigDecimal zonder nullen achter de komma), een lege
 * map als geen regel past, en {@link #FOUT} als de engine de hitpolicy geschonden vindt.
 */
public final class Engines {

    public static final Map<String, Object> FOUT = Map.of("fout", "fout");

    private static final DmnEngine CAMUNDA = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    /** Camunda met de oude FEEL-JUEL-engine: alleen eenvoudige unaire toetsen (precies onze deelverzameling), gecachet. */
    private static final DmnEngine CAMUNDA_JUEL = ((org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();

    private Engines() {}

    public static Object normaliseer(Object o) {
        if (o instanceof BigDecimal b) return b.stripTrailingZeros();
        if (o instanceof Integer || o instanceof Long) return BigDecimal.valueOf(((Number) o).longValue()).stripTrailingZeros();
        if (o instanceof Number n) return new BigDecimal(n.toString()).stripTrailingZeros();
        if (o instanceof List<?> l) return l.stream().map(Engines::normaliseer).toList();
        return o;
    }

    public static Map<String, Object> ons(GecompileerdeTabel t, Map<String, Object> invoer) {
        try {
            Beslissing b = t.evalueer(invoer);
            Map<String, Object> r = new LinkedHashMap<>();
            b.uitkomst().forEach((k, v) -> r.put(k, normaliseer(v)));
            return r;
        } catch (Beslisfout e) {
            return FOUT;
        }
    }

    /** Een geparste Camunda-beslissing. */
    public static final class Camunda {
        final DmnDecision beslissing;
        final Beslistabel tabel;
        final DmnEngine engine;

        public Camunda(Beslistabel tabel, String dmn) {
            this(tabel, dmn, false);
        }

        /** @param juel de oude FEEL-JUEL-engine van Camunda in plaats van de standaard (FEEL-Scala) */
        public Camunda(Beslistabel tabel, String dmn, boolean juel) {
            this.tabel = tabel;
            this.engine = juel ? CAMUNDA_JUEL : CAMUNDA;
            this.beslissing = engine.parseDecision(nl.verordening.render.dmn.BeslistabelRenderer.id(tabel.id()), new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)));
        }

        public DmnDecisionTableResult ruw(Map<String, Object> invoer) {
            return engine.evaluateDecisionTable(beslissing, invoer);
        }

        public Map<String, Object> evalueer(Map<String, Object> invoer) {
            DmnDecisionTableResult r;
            try {
                r = ruw(invoer);
            } catch (RuntimeException e) {
                return FOUT;
            }
            if (r.isEmpty()) return Map.of();
            Map<String, Object> uit = new LinkedHashMap<>();
            if (tabel.uitvoer().size() == 1) {
                // Eén uitvoer heeft in DMN geen naam: Camunda geeft de enige waarde.
                Object o = tabel.enkelvoudig() || tabel.aggregatie() != nl.verordening.model.beslis.Aggregatie.GEEN
                        ? r.getSingleResult().getSingleEntry() : r.collectEntries(null);
                uit.put(tabel.uitvoer().get(0).naam(), normaliseer(o));
            } else if (tabel.enkelvoudig()) {
                r.getSingleResult().getEntryMap().forEach((k, v) -> uit.put(k, normaliseer(v)));
            } else {
                for (var u : tabel.uitvoer()) uit.put(u.naam(), normaliseer(r.collectEntries(u.naam())));
            }
            return uit;
        }
    }

    /** Een Drools-runtime met één model. */
    public static final class Drools {
        final DMNRuntime runtime;
        final DMNModel model;
        final Beslistabel tabel;

        public Drools(Beslistabel tabel, String dmn) {
            this.tabel = tabel;
            Resource res = ResourceFactory.newReaderResource(new StringReader(dmn), "UTF-8");
            res.setSourcePath(tabel.id() + ".dmn");
            this.runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration().fromResources(List.of(res))
                    .getOrElseThrow(e -> new IllegalStateException("Drools kan " + tabel.id() + " niet laden", e));
            this.model = runtime.getModels().get(0);
            if (model.hasErrors()) throw new IllegalStateException("Drools: " + model.getMessages());
        }

        public DMNResult ruw(Map<String, Object> invoer) {
            DMNContext ctx = runtime.newContext();
            invoer.forEach(ctx::set);
            return runtime.evaluateAll(model, ctx);
        }

        public Map<String, Object> evalueer(Map<String, Object> invoer) {
            DMNResult r = ruw(invoer);
            if (r.hasErrors()) return FOUT;
            Object o = r.getDecisionResultByName(tabel.id()).getResult();
            if (o == null) return Map.of();
            Map<String, Object> uit = new LinkedHashMap<>();
            if (tabel.uitvoer().size() == 1) uit.put(tabel.uitvoer().get(0).naam(), normaliseer(o));
            else ((Map<?, ?>) o).forEach((k, v) -> uit.put(k.toString(), normaliseer(v)));
            return uit;
        }
    }

    /**
     * Gegenereerde invoer, deterministisch per seed: keuzes en waarheid willekeurig, getallen vooral op
     * en rond de grenzen uit de regels (daar zitten de fouten), soms ergens ertussen.
     */
    public static Map<String, Object> willekeurig(Beslistabel t, Map<String, BigDecimal> parameters, Random rnd) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (int i = 0; i < t.invoer().size(); i++) {
            Invoer in = t.invoer().get(i);
            switch (in.soort()) {
                case KEUZE -> r.put(in.naam(), in.waarden().get(rnd.nextInt(in.waarden().size())));
                case WAARHEID -> r.put(in.naam(), rnd.nextBoolean());
                default -> r.put(in.naam(), getal(t, i, in, parameters, rnd));
            }
        }
        return r;
    }

    private static BigDecimal getal(Beslistabel t, int i, Invoer in, Map<String, BigDecimal> parameters, Random rnd) {
        TreeSet<BigDecimal> grenzen = new TreeSet<>();
        for (Regel regel : t.regels()) {
            for (Toets.Term term : regel.toetsen().get(i).termen()) {
                List<Waarde> ws = term instanceof Toets.Gelijk g ? List.of(g.waarde()) : term instanceof Toets.Vergelijking v ? List.of(v.waarde())
                        : List.of(((Toets.Bereik) term).van(), ((Toets.Bereik) term).tot());
                for (Waarde w : ws) grenzen.add(w instanceof Waarde.Parameter p ? parameters.get(p.id()) : ((Waarde.Getal) w).getal());
            }
        }
        BigDecimal min = in.minimum() != null ? in.minimum() : BigDecimal.ZERO;
        BigDecimal max = in.maximum() != null ? in.maximum() : (grenzen.isEmpty() ? BigDecimal.valueOf(100) : grenzen.last().multiply(BigDecimal.valueOf(2)).add(BigDecimal.TEN));
        BigDecimal x;
        if (!grenzen.isEmpty() && rnd.nextInt(3) > 0) {
            BigDecimal g = grenzen.stream().skip(rnd.nextInt(grenzen.size())).findFirst().get();
            BigDecimal[] stap = in.geheel() ? new BigDecimal[] {BigDecimal.ONE.negate(), BigDecimal.ZERO, BigDecimal.ONE}
                    : new BigDecimal[] {new BigDecimal("-0.01"), BigDecimal.ZERO, new BigDecimal("0.01"), BigDecimal.ONE.negate(), BigDecimal.ONE};
            x = g.add(stap[rnd.nextInt(stap.length)]);
        } else {
            double d = min.doubleValue() + rnd.nextDouble() * (max.doubleValue() - min.doubleValue());
            x = in.geheel() ? BigDecimal.valueOf(Math.round(d)) : BigDecimal.valueOf(Math.round(d * 100) / 100.0);
        }
        if (x.compareTo(min) < 0) x = min;
        if (x.compareTo(max) > 0) x = max;
        return x.stripTrailingZeros().scale() < 0 ? x.setScale(0) : x;
    }

    static boolean getalSoort(Invoer in) {
        return in.soort() == Soort.GETAL;
    }
}

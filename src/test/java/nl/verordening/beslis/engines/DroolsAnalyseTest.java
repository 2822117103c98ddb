package nl.verordening.beslis.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.verordening.beslis.Bron;
import nl.verordening.beslis.Verificatie;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Verordening;
import nl.verordening.model.beslis.Beslistabel;
import nl.verordening.render.dmn.BeslistabelRenderer;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;

/**
 * De beslistabelanalyse van Drools ({@code ANALYZE_DECISION_TABLE}) naast onze verificatie: op de
 * echte tabellen en op de fixtures van BES001, BES002 en BES004.
 */
class DroolsAnalyseTest {

    static final DMNValidator VALIDATOR = DMNValidatorFactory.newValidator();
    static final LocalDate DATUM = LocalDate.of(2026, 1, 1);

    static List<DMNMessage> analyse(Verordening v, Beslistabel t) {
        String dmn = BeslistabelRenderer.dmn(v, t, DATUM);
        return VALIDATOR.validate(new StringReader(dmn), DMNValidator.Validation.VALIDATE_MODEL, DMNValidator.Validation.ANALYZE_DECISION_TABLE);
    }

    static Set<DMNMessageType> soorten(List<DMNMessage> m) {
        return m.stream().map(DMNMessage::getMessageType).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<Verificatie.Soort> onze(Verordening v, Beslistabel t) {
        return new Verificatie(v, DATUM).verifieer(t).stream().map(Verificatie.Bevinding::soort).collect(Collectors.toCollection(TreeSet::new));
    }

    static Verordening fixture(String pad) throws Exception {
        return new SourceLoader().load(Path.of("src/test/resources/checks", pad));
    }

    @Test
    void deEchteTabellenHebbenVolgensBeideGeenGatenEnGeenOverlappen() {
        Verordening v = Bron.verordening();
        for (Beslistabel t : v.beslistabellen()) {
            List<DMNMessage> m = analyse(v, t);
            System.out.println("drools-analyse " + t.id() + ": " + soorten(m));
            assertThat(soorten(m)).as("Drools over %s: %s", t.id(), m)
                    .doesNotContain(DMNMessageType.DECISION_TABLE_GAP, DMNMessageType.DECISION_TABLE_OVERLAP,
                            DMNMessageType.DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE, DMNMessageType.DECISION_TABLE_OVERLAP_HITPOLICY_ANY);
            assertThat(onze(v, t)).as("wij over %s", t.id()).doesNotContain(Verificatie.Soort.GAT, Verificatie.Soort.OVERLAP,
                    Verificatie.Soort.ANY_TEGENSTRIJDIG);
            assertThat(m).as("Drools over %s", t.id()).noneMatch(x -> x.getLevel() == org.kie.api.builder.Message.Level.ERROR);
        }
    }

    @Test
    void eenGatZienBeide() throws Exception {
        Verordening v = fixture("BES001/gat-tussen-5-en-6");
        Beslistabel t = v.beslistabellen().get(0);
        List<DMNMessage> m = analyse(v, t);
        System.out.println("drools-analyse BES001: " + m);
        assertThat(soorten(m)).contains(DMNMessageType.DECISION_TABLE_GAP);
        assertThat(onze(v, t)).contains(Verificatie.Soort.GAT);
        // Drools noemt het gat [5..6[; wij een concrete invoer erin.
        assertThat(m.stream().filter(x -> x.getMessageType() == DMNMessageType.DECISION_TABLE_GAP).map(DMNMessage::getText))
                .anyMatch(s -> s.contains("[ 5 .. 6 )"));
    }

    @Test
    void eenOverlapOnderUniqueZienBeide() throws Exception {
        Verordening v = fixture("BES002/overlap-op-6");
        Beslistabel t = v.beslistabellen().get(0);
        List<DMNMessage> m = analyse(v, t);
        System.out.println("drools-analyse BES002: " + m);
        assertThat(soorten(m)).containsAnyOf(DMNMessageType.DECISION_TABLE_OVERLAP, DMNMessageType.DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE);
        assertThat(onze(v, t)).contains(Verificatie.Soort.OVERLAP);
    }

    @Test
    void eenSchaduwregelOnderFirstZietAlleenOnzeVerificatie() throws Exception {
        Verordening v = fixture("BES004/schaduw-onder-first");
        Beslistabel t = v.beslistabellen().get(0);
        List<DMNMessage> m = analyse(v, t);
        System.out.println("drools-analyse BES004: " + m);
        assertThat(onze(v, t)).contains(Verificatie.Soort.ONBEREIKBAAR);
        // Regel 3 ([5..6]) valt helemaal onder regel 1 (<6) en regel 2 (>=6) samen, maar onder geen van
        // beide alleen: Drools ziet geen gemaskeerde, gesubsumeerde of dubbele regel.
        assertThat(soorten(m)).doesNotContain(DMNMessageType.DECISION_TABLE_MASKED_RULE, DMNMessageType.DECISION_TABLE_SUBSUMPTION_RULE,
                DMNMessageType.DECISION_TABLE_GAP);
        assertThat(m).noneMatch(x -> x.getText().contains("duplicate"));
    }
}

package nl.verordening.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.verordening.model.Blok;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Tekst;
import org.junit.jupiter.api.Test;

class OpsommingenTest {

    static final SourcePosition P = SourcePosition.NONE;

    static Blok alinea(String s) {
        return new Blok.Alinea(Tekst.van(s), P);
    }

    static Blok lid(String nr, String s) {
        return new Blok.Lid(nr, List.of(alinea(s)), P);
    }

    @Test
    void puntenNaEenDubbelePuntWordenEenGenummerdeOpsomming() {
        List<Blok> r = Opsommingen.genummerdNaDubbelePunt(List.of(alinea("De gemeente biedt aan:"), lid("1", "advies;"),
                lid("2", "training."), alinea("Slotzin.")));
        assertThat(r).extracting(b -> b.getClass().getSimpleName()).containsExactly("Alinea", "Lijst", "Alinea");
        Blok.Lijst l = (Blok.Lijst) r.get(1);
        assertThat(l.soort()).isEqualTo(LijstSoort.CIJFERS);
        assertThat(l.onderdelen()).extracting(o -> o.label()).containsExactly("1", "2");
    }

    @Test
    void ledenNaEenGeheleZinBlijvenLeden() {
        List<Blok> in = List.of(alinea("Ouders betalen zelf."), lid("1", "a"), lid("2", "b"));
        assertThat(Opsommingen.genummerdNaDubbelePunt(in)).isEqualTo(in);
    }

    @Test
    void ledenZonderInleidendeZinBlijvenLeden() {
        List<Blok> in = List.of(lid("1", "a:"), lid("2", "b"));
        assertThat(Opsommingen.genummerdNaDubbelePunt(in)).isEqualTo(in);
    }

    @Test
    void eenNummeringDieNietBijEenBegintBlijftLeden() {
        List<Blok> in = List.of(alinea("Zie:"), lid("3", "a"), lid("4", "b"));
        assertThat(Opsommingen.genummerdNaDubbelePunt(in)).isEqualTo(in);
    }
}

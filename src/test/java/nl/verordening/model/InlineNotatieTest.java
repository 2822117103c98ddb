package nl.verordening.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineNotatieTest {

    static final SourcePosition P = SourcePosition.NONE;

    @Test
    void verwijzingZoalsInDeBron() {
        assertThat(new Inline.Verwijzing("vergoeding", null, null, P).notatie()).isEqualTo("[[vergoeding]]");
        assertThat(new Inline.Verwijzing("vergoeding", "2", null, P).notatie()).isEqualTo("[[vergoeding#lid-2]]");
        assertThat(new Inline.Verwijzing("vergoeding", "2", "a", P).notatie()).isEqualTo("[[vergoeding#lid-2.a]]");
        assertThat(new Inline.Verwijzing("vergoeding", null, "b", P).notatie()).isEqualTo("[[vergoeding#onderdeel-b]]");
        assertThat(new Inline.ParameterWaarde("drempel", P).notatie()).isEqualTo("{{drempel}}");
    }

    @Test
    void platteTekstGebruiktDeBronnotatie() {
        Tekst t = new Tekst(List.of(new Inline.Platte("zie "), new Inline.Verwijzing("ouders", null, "b", P),
                new Inline.Platte(" vanaf "), new Inline.ParameterWaarde("drempel", P)));
        assertThat(t.platteTekst()).isEqualTo("zie [[ouders#onderdeel-b]] vanaf {{drempel}}");
    }
}

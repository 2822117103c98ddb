package nl.verordening.beslis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** De benchmark zelf draait buiten de build (docs/benchmarks.md); hier alleen: elke meting werkt. */
class EvaluatieBenchmarkTest {

    @Test
    void elkeMetingGeeftEenUitkomst() {
        EvaluatieBenchmark b = new EvaluatieBenchmark();
        b.tabel = "inkomenstoeslag";
        b.setup();
        assertThat(b.ons()).isNotNull();
        assertThat(b.camunda()).isNotNull();
        assertThat(b.camundaJuel()).isNotNull();
        assertThat(b.drools()).isNotNull();
    }
}

package nl.verordening.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code verordening check .} in de bronmap: een bestand in "." ligt binnen de bron (was: bestand-buiten-bron). */
class BinnenBronTest {

    @Test
    void puntAlsBronmap() {
        Path dir = Path.of(".");
        assertThat(SourceLoader.binnen(dir, dir.resolve("hoofdstukken/01-a.yaml").normalize())).isTrue();
        assertThat(SourceLoader.binnen(dir, dir.resolve("../elders/01-a.yaml").normalize())).isFalse();
        assertThat(SourceLoader.binnen(Path.of("bron"), Path.of("bron/../bron2/a.yaml").normalize())).isFalse();
    }
}

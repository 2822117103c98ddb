package nl.verordening.testutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class SharedTest {

    @TempDir
    Path map;

    private String oud;

    @BeforeEach
    void zetEigenschap() {
        oud = System.getProperty(Shared.EIGENSCHAP);
        System.setProperty(Shared.EIGENSCHAP, map.toString());
    }

    @AfterEach
    void herstel() {
        if (oud == null) System.clearProperty(Shared.EIGENSCHAP);
        else System.setProperty(Shared.EIGENSCHAP, oud);
    }

    @Test
    void aanwezigDeelGeeftHetPad() throws Exception {
        Files.createDirectories(map.resolve("wetten"));
        assertThat(Shared.vereist("wetten")).isEqualTo(map.toAbsolutePath().normalize().resolve("wetten")).isDirectory();
    }

    @Test
    void ontbrekendDeelSlaatDeTestOverMetUitleg() {
        // TestAbortedException: JUnit telt de test als overgeslagen, niet als mislukt
        assertThatThrownBy(() -> Shared.vereist("stop")).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("../shared ontbreekt").hasMessageContaining("stop")
                .hasMessageContaining("-D" + Shared.EIGENSCHAP);
    }

    @Test
    void ontbrekendeSharedMapSlaatOokOver() {
        System.setProperty(Shared.EIGENSCHAP, map.resolve("bestaat-niet").toString());
        assertThatThrownBy(() -> Shared.vereist("wetten")).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("../shared ontbreekt");
    }
}

package nl.verordening.testutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenTest {

    @TempDir
    Path map;

    private void golden(String naam, String inhoud) throws Exception {
        Path p = map.resolve(naam);
        Files.createDirectories(p.getParent());
        Files.writeString(p, inhoud, StandardCharsets.UTF_8);
    }

    private void vergelijk(boolean bijwerken, String naam, String uitvoer) {
        new Golden(map, bijwerken).vergelijk(naam, uitvoer.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void gelijkeBytesSlagen() throws Exception {
        golden("r/geval.txt", "a\nb\n");
        assertThatCode(() -> vergelijk(false, "r/geval.txt", "a\nb\n")).doesNotThrowAnyException();
    }

    @Test
    void verschilGeeftUnifiedDiff() throws Exception {
        golden("r/geval.txt", "een\ntwee\ndrie\nvier\n");
        assertThatThrownBy(() -> vergelijk(false, "r/geval.txt", "een\nTWEE\ndrie\nvier\n"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("--- golden/r/geval.txt")
                .hasMessageContaining("+++ uitvoer")
                .hasMessageContaining("@@ -1,")
                .hasMessageContaining("\n-twee\n+TWEE\n")
                .hasMessageContaining("-Dgolden.update=true");
    }

    @Test
    void alleenEenSlotregelVerschilIsZichtbaar() throws Exception {
        golden("r/geval.txt", "a\n");
        assertThatThrownBy(() -> vergelijk(false, "r/geval.txt", "a\n\n")).hasMessageContaining("\n+\n");
        assertThatThrownBy(() -> vergelijk(false, "r/geval.txt", "a\r\n")).hasMessageContaining("\\r");
    }

    @Test
    void langeDiffWordtIngekort() throws Exception {
        golden("r/groot.txt", "x\n".repeat(1000));
        assertThatThrownBy(() -> vergelijk(false, "r/groot.txt", "y\n".repeat(1000)))
                .hasMessageContaining("diffregels meer");
    }

    @Test
    void ontbrekendGoldenFileFaaltMetOpdracht() {
        assertThatThrownBy(() -> vergelijk(false, "r/nieuw.txt", "a\n"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Golden file ontbreekt").hasMessageContaining("-Dgolden.update=true");
        assertThat(map.resolve("r/nieuw.txt")).doesNotExist();
    }

    @Test
    void bijwerkenSchrijftEnMeldtDat() throws Exception {
        golden("r/geval.txt", "oud\n");
        assertThatThrownBy(() -> vergelijk(true, "r/geval.txt", "nieuw\n"))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("bijgewerkt, draai opnieuw");
        assertThat(map.resolve("r/geval.txt")).hasBinaryContent("nieuw\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> vergelijk(true, "s/t/nieuw.txt", "x"))
                .hasMessageContaining("aangemaakt");
        assertThat(map.resolve("s/t/nieuw.txt")).hasContent("x");
        // daarna zonder vlag: groen
        assertThatCode(() -> vergelijk(false, "r/geval.txt", "nieuw\n")).doesNotThrowAnyException();
    }

    @Test
    void bijwerkenMetGelijkeInhoudRaaktNietsAan() throws Exception {
        golden("r/geval.txt", "zelfde\n");
        Path p = map.resolve("r/geval.txt");
        FileTime oud = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(p, oud);
        assertThatCode(() -> vergelijk(true, "r/geval.txt", "zelfde\n")).doesNotThrowAnyException();
        assertThat(Files.getLastModifiedTime(p)).isEqualTo(oud);
    }

    @Test
    void naamBuitenDeGoldenMapWordtGeweigerd() {
        assertThatThrownBy(() -> vergelijk(true, "../buiten.txt", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void standaardmapIsDeBronmapVanDeTestresources() {
        assertThat(Golden.map().toString().replace('\\', '/')).endsWith("src/test/resources/golden");
        assertThat(Golden.map()).isDirectory();
    }
}

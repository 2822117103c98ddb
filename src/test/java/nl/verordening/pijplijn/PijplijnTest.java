package nl.verordening.pijplijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.model.Severity;
import nl.verordening.testutil.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** De compiler als API: laden, controleren, renderen in het geheugen en naar een map, zonder CLI. */
class PijplijnTest {

    private static final Path BRON = Path.of("verordening-source");

    @Test
    void laadtControleertEnRendertInHetGeheugen() throws Exception {
        Resultaat r = Pijplijn.laad(BRON);
        assertThat(r.verordening().artikelen()).hasSize(134);
        assertThat(r.bevindingen()).extracting(f -> f.code()).contains("WET001");
        assertThat(r.aantal(Severity.ERROR)).isZero();
        assertThat(r.striktFout()).isTrue();

        GeheugenUitvoer uit = Pijplijn.renderInGeheugen(r, Opties.STANDAARD);
        Golden.assertMatches("kale-tekst/oude-ijsselstreek.txt",
                new String(uit.bestanden().get("kale-tekst/verordening.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void bouwtAllesOfNietsNaarEenMapEnWeigertEenVreemdeMap(@TempDir Path tmp) throws Exception {
        Resultaat r = Pijplijn.laad(BRON);
        Path uit = tmp.resolve("uit");
        Pijplijn.controleerDoel(BRON, uit);
        assertThat(Pijplijn.bouw(r, uit, Opties.STANDAARD)).isEqualTo(Pijplijn.renderers().size());
        assertThat(uit.resolve("kale-tekst/verordening.txt")).exists();
        Pijplijn.controleerDoel(BRON, uit); // eigen uitvoer mag vervangen worden

        Path vreemd = Files.createDirectories(tmp.resolve("vreemd"));
        Files.writeString(vreemd.resolve("brief.docx"), "van iemand anders");
        assertThatThrownBy(() -> Pijplijn.controleerDoel(BRON, vreemd)).isInstanceOf(PijplijnFout.class)
                .hasMessageContaining("geen uitvoermap van verordening");
        assertThatThrownBy(() -> Pijplijn.controleerDoel(BRON, BRON.resolve("uit"))).isInstanceOf(PijplijnFout.class)
                .hasMessageContaining("mag de bronmap niet bevatten of erin liggen");
        assertThatThrownBy(() -> Pijplijn.context(new Opties(tmp.resolve("bestaat-niet"), false)))
                .isInstanceOf(PijplijnFout.class).hasMessageContaining("bestaat niet");
    }
}

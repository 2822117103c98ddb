package nl.verordening.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.verordening.model.Aanvaarding;
import nl.verordening.model.Finding;
import nl.verordening.model.Verordening;
import nl.verordening.testutil.Mappen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** aanvaard: bij hoofdstuk en begrip, en de vormcontrole zonder codelijst. */
class AanvaardingenTest {

    static final String H = "hoofdstukken/01-begrippen.yaml";

    @TempDir
    Path tmp;

    private Path bron(String oud, String nieuw) throws Exception {
        Path dir = Mappen.kopieer(Path.of("src/test/resources/bron/minimaal"), tmp.resolve("bron"));
        String t = Files.readString(dir.resolve(H));
        assertThat(t).contains(oud);
        Files.writeString(dir.resolve(H), t.replace(oud, nieuw));
        return dir;
    }

    @Test
    void opHoofdstukEnBegrip() throws Exception {
        Path dir = bron("titel: Begrippenlijst\n", "titel: Begrippenlijst\naanvaard: [{code: WET001, reden: r1}]\n");
        Files.writeString(dir.resolve(H), Files.readString(dir.resolve(H)).replace("    afkortingen: [Pgb]\n",
                "    afkortingen: [Pgb]\n    aanvaard: [{code: ABC123, reden: r2}]\n"));
        Verordening v = new SourceLoader(Set.of("WET001", "ABC123")).load(dir);
        assertThat(v.aanvaardingen()).extracting(Aanvaarding::element, Aanvaarding::code, Aanvaarding::reden)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("begrippenlijst", "WET001", "r1"),
                        org.assertj.core.groups.Tuple.tuple("begrip-persoonsgebonden-budget", "ABC123", "r2"));
    }

    @Test
    void zonderCodelijstAlleenDeVorm() throws Exception {
        Path dir = bron("titel: Begrippenlijst\n", "titel: Begrippenlijst\naanvaard: [{code: XYZ999, reden: r}, {code: wet-schrijfwijze, reden: r}]\n");
        LoadException e = catchThrowableOfType(() -> new SourceLoader().load(dir), LoadException.class);
        assertThat(e.findings()).singleElement().extracting(Finding::code, Finding::message)
                .containsExactly("aanvaarding-ongeldig", "onbekende code 'wet-schrijfwijze' in 'aanvaard'; een code heeft de vorm WET001");
    }
}

package nl.verordening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verordening build} op de klassieke bron: de kale tekst leest als een regeling van het college. */
class KlassiekBuildTest {

    static final Path KLASSIEK = Path.of("src/test/resources/bron/klassiek");

    @TempDir
    Path tmp;

    @Test
    void kaleTekstVanNadereRegelsVanHetCollege() throws Exception {
        Path uit = tmp.resolve("uit");
        Cli u = Cli.voerUit("build", KLASSIEK.toString(), "-o", uit.toString());
        assertThat(u.code()).as(u.err()).isZero();
        String t = Files.readString(uit.resolve("kale-tekst/verordening.txt"));
        assertThat(t).startsWith("Nadere regels maatschappelijke ondersteuning Voorbeeldstad 2026\n\n"
                + "Het college van burgemeester en wethouders van de gemeente Voorbeeldstad;\n\n"
                + "gelet op artikel 2.1.3 van de Wet maatschappelijke ondersteuning 2015 en artikel 5 van de Verordening "
                + "maatschappelijke ondersteuning Voorbeeldstad 2026;\n\n"
                + "besluit:\n\n"
                + "vast te stellen de volgende regeling: Nadere regels maatschappelijke ondersteuning Voorbeeldstad 2026.\n");
        assertThat(t).contains("1 Begripsbepalingen\n1. In deze nadere regels wordt verstaan onder:\n\n"
                + "   a. aanvrager: degene die een aanvraag om een maatwerkvoorziening indient;\n"
                + "   b. hulpmiddel: een roerende zaak die de zelfredzaamheid van de aanvrager vergroot;\n"
                + "   c. maatwerkvoorziening: een voorziening als bedoeld in artikel 1.1.1 van de wet, waaronder een hulpmiddel;\n"
                + "   d. wet: de Wet maatschappelijke ondersteuning 2015.\n");
        // Artikel zonder titel: alleen het nummer als kop.
        assertThat(t).contains("\n2\n1. De aanvrager doet de aanvraag schriftelijk.\n");
        // Verwijzingen naar een begrip uit de begripsbepalingen en naar een bijlage.
        assertThat(t).contains("De eigen bijdrage voor een maatwerkvoorziening is het tarief uit bijlage 1.\n");
        // Geen wettenregels: geen regel met haken.
        assertThat(t).doesNotContain("[");
        assertThat(t).contains("Vastgesteld door het college van burgemeester en wethouders van de gemeente Voorbeeldstad "
                + "op 10 februari 2026,\n");
        assertThat(t).endsWith("Bijlage 1 Tarieven\nDe tarieven gelden per uur, tenzij anders vermeld.\n\n"
                + "Tarieven 2026\n"
                + "Voorziening | Tarief | Eenheid\n"
                + "Huishoudelijke ondersteuning | € 35,50 | per uur\n"
                + "Begeleiding | € 62,10 | per uur\n"
                + "Woningaanpassing | naar offerte\n");
        assertThat(t.indexOf("De burgemeester")).isLessThan(t.indexOf("Bijlage 1 Tarieven"));
    }
}

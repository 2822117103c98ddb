package nl.verordening.testutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeedTekstTest {

    private static final String KOP = "Verordening Sociaal Domein Gemeente Oude IJsselstreek 2026";

    @Test
    void paginanummerEnKopregelWeg() {
        String ruw = String.join("\n",
                "kan worden opgelost. Dat betekent het volgende:",
                "",
                "",
                "55",
                KOP,
                "",
                "a. De inwoner informeert de organisatie.",
                "[Gemeentewet]",
                "",
                "63",
                KOP,
                "",
                "12 Niet eens met de uitvoering");
        String s = SeedTekst.schoon(ruw);
        assertThat(s).doesNotContain(KOP).doesNotContain("55").doesNotContain("63")
                .contains("kan worden opgelost. Dat betekent het volgende:")
                .contains("a. De inwoner informeert de organisatie.")
                .contains("[Gemeentewet]")
                .contains("12 Niet eens met de uitvoering");
    }

    @Test
    void eenmaligeRegelBijPaginanummerBlijft() {
        String ruw = String.join("\n", "tekst", "7", "Een gewone regel", "meer", "8", "Andere regel");
        assertThat(SeedTekst.schoon(ruw)).isEqualTo(String.join("\n", "tekst", "Een gewone regel", "meer", "Andere regel"));
    }

    @Test
    void regelUitDeTekstDieVaakVoorkomtIsGeenKopregel() {
        String ruw = String.join("\n", "[Gemeentewet]", "1", "x", "[Gemeentewet]", "2", "y",
                "[Gemeentewet]", "z", "[Gemeentewet]", "w", "[Gemeentewet]");
        assertThat(SeedTekst.schoon(ruw).split("\n")).filteredOn("[Gemeentewet]"::equals).hasSize(5);
    }

    @Test
    void bolletjesWeg() {
        assertThat(SeedTekst.schoon("Kernwaarden:\n\uF0B7 De gemeente maakt hulp makkelijk bereikbaar. \n\uF0B7De hulpvraag."))
                .isEqualTo("Kernwaarden:\nDe gemeente maakt hulp makkelijk bereikbaar. \nDe hulpvraag.");
    }

    @Test
    void losseUrlAlleenWegAlsLinkannotatie() {
        String ruw = String.join("\n",
                "\uF0B7 online, via de contactgegevens op de website: ",
                "\uF0B7 https://www.oude-ijsselstreek.nl/zorg-en-gezondheid ",
                "\uF0B7 online, via het contactformulier op www.stoerversterkt.nl ",
                "",
                "https://www.stoerversterkt.nl/",
                " \uF0B7 telefonisch",
                "verstrekt. Gaat het om een product, dan houdt de gemeente bij de hoogte van het pgb ",
                "",
                "https://wmo.schulinck.nl/jurisprudence/verdict-unlinked/470026",
                "https://wmo.schulinck.nl/jurisprudence/verdict-unlinked/470027",
                " rekening met een reële termijn",
                "preferente proces loonkostensubsidie. Meer informatie staat op ",
                "http://www.normaalstezaak.nl.");
        String s = SeedTekst.schoon(ruw);
        assertThat(s).contains("https://www.oude-ijsselstreek.nl/zorg-en-gezondheid")
                .doesNotContain("https://www.stoerversterkt.nl/")
                .contains("online, via het contactformulier op www.stoerversterkt.nl")
                .doesNotContain("schulinck")
                .contains(" rekening met een reële termijn")
                .endsWith("Meer informatie staat op \nhttp://www.normaalstezaak.nl.");
    }

    @Test
    void echteSeed() {
        String s = SeedTekst.tekst();
        assertThat(s).doesNotContain("\uF0B7").doesNotContain("\r");
        assertThat(Arrays.stream(s.split("\n")).map(String::strip))
                .doesNotContain(KOP, "55", "63", "https://www.stoerversterkt.nl/")
                .contains("3 De hulpvraag", "3.1.1 A Indienen hulpvraag bij de gemeente", "[Wmo, LLV, Wgs]",
                        "https://www.oude-ijsselstreek.nl/zorg-en-gezondheid", "M.B.J. Looman L.J. Werger");
        assertThat(s).contains("Vastgesteld door de gemeenteraad van de gemeente Oude IJsselstreek");
        assertThat(WoordGelijkenis.woorden(s).size()).isGreaterThan(20_000);
    }

    @Test
    void seedIsDeKopieUitDeTestresources() throws Exception {
        Path p = SeedTekst.pad();
        assertThat(p.toString().replace('\\', '/')).endsWith("test-classes/" + SeedTekst.BESTAND);
        // byte-identiek aan ../shared/seeds/003_72c33bf3c5678ba1.txt
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        assertThat(sha).isEqualTo("123e7db15c4a642a16fb59bff910f567e2ca28a589807d57e7598d6f3980b190");
    }

    @Test
    void ontbrekendeSeedGeeftDuidelijkeFout() {
        assertThatThrownBy(() -> SeedTekst.pad("/seeds/bestaat-niet.txt")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Seedtekst niet gevonden").hasMessageContaining("src/test/resources/seeds/bestaat-niet.txt");
    }
}

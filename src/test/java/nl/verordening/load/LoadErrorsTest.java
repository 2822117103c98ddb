package nl.verordening.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.testutil.Mappen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Elke foutklasse van de lader, op een kleine kapotte kopie van de minimale bron. */
class LoadErrorsTest {

    static final String HOOFDSTUK = "hoofdstukken/02-vervoer.yaml";

    @TempDir
    Path dir;

    @Test
    void yamlSyntaxis() throws Exception {
        kopieer();
        vervang(HOOFDSTUK, "        titel: Ouders en leerling", "        titel: Ouders: en leerling");
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("yaml-syntaxis");
        assertThat(f.message()).startsWith("ongeldige YAML: een dubbele punt met spatie").contains("aanhalingstekens");
        assertThat(f.pos().file()).isEqualTo(HOOFDSTUK);
        assertThat(f.pos().line()).isEqualTo(19);
        assertThat(f.pos().column()).isEqualTo(22);
    }

    @Test
    void onbekendVeldMetSuggestie() throws Exception {
        kopieer();
        vervang(HOOFDSTUK, "        titel: Ouders en leerling", "        titl: Ouders en leerling");
        List<Finding> fouten = fouten();
        Finding f = fouten.stream().filter(x -> x.code().equals("veld-onbekend")).findFirst().orElseThrow();
        assertThat(f.message()).startsWith("onbekend veld 'titl' in artikel 2.1.1; bedoelde u 'titel'?");
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(HOOFDSTUK, 19, 9);
        // Een artikel zonder titel mag (oudere regelingen): alleen het onbekende veld is fout.
        assertThat(fouten).extracting(Finding::code).containsExactly("veld-onbekend");
    }

    @Test
    void verplichtVeldOntbreekt() throws Exception {
        kopieer();
        vervang(HOOFDSTUK, "        id: vergoeding-vervoer\n", "");
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("veld-ontbreekt");
        assertThat(f.message()).isEqualTo("artikel 2.1.2 mist het verplichte veld 'id'");
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(HOOFDSTUK, 29, 9);
    }

    @Test
    void dubbelId() throws Exception {
        kopieer();
        vervang(HOOFDSTUK, "id: vergoeding-vervoer", "id: ouders-en-leerling");
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("id-dubbel");
        assertThat(f.message()).isEqualTo("id 'ouders-en-leerling' is al gebruikt op " + HOOFDSTUK + ":17:9");
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(HOOFDSTUK, 29, 9);
    }

    @Test
    void dubbelNummer() throws Exception {
        kopieer();
        vervang(HOOFDSTUK, "- artikel: 2.1.2", "- artikel: 2.1.1");
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("nummer-dubbel");
        assertThat(f.message()).contains("'2.1.1' is al gebruikt op " + HOOFDSTUK + ":17:9");
        assertThat(f.pos().line()).isEqualTo(29);
    }

    @Test
    void onbekendeWetMetSuggestie() throws Exception {
        kopieer();
        vervang(HOOFDSTUK, "        wetten: [LLV]\n        inhoud:\n          - lid: 1",
                "        wetten: [LLW]\n        inhoud:\n          - lid: 1");
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("wet-onbekend");
        assertThat(f.message()).startsWith("onbekende wet 'LLW' in de wettenregel; bedoelde u 'LLV'?");
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(HOOFDSTUK, 20, 18);
    }

    @Test
    void verwijzingNaarOnbekendId() throws Exception {
        kopieer();
        vervang(HOOFDSTUK, "[[ouders-en-leerling#lid-2.b]]", "[[ouders-en-leering#lid-2.b]]");
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("verwijzing-onbekend");
        assertThat(f.message()).isEqualTo("verwijzing naar onbekend id 'ouders-en-leering'; bedoelde u 'ouders-en-leerling'?");
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(HOOFDSTUK, 38, 29);
    }

    @Test
    void verwijzingNaarOnbekendLid() throws Exception {
        kopieer();
        vervang(HOOFDSTUK, "[[ouders-en-leerling#lid-2.b]]", "[[ouders-en-leerling#lid-7]]");
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("verwijzing-onbekend");
        assertThat(f.message()).isEqualTo("artikel 2.1.1 ('ouders-en-leerling') heeft geen lid 7 (wel: 1, 2)");
    }

    @Test
    void tweedeTekstBijEenOnderdeelWordtGemeldNietStilGenegeerd() throws Exception {
        kopieer();
        vervang(HOOFDSTUK, "              - a: schriftelijk;\n", "              - a: schriftelijk;\n                tekst: per brief\n");
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("veld-onbekend");
        assertThat(f.message()).startsWith("onbekend veld 'tekst' in onderdeel a");
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(HOOFDSTUK, 28, 17);
    }

    @Test
    void geenUtf8() throws Exception {
        kopieer();
        Path p = dir.resolve(HOOFDSTUK);
        String tekst = Files.readString(p).replace("De ouders zijn verantwoordelijk", "De ouders zijn verantwoordelijk (café)");
        // Latin-1: 'é' wordt één byte 0xE9, geen geldige UTF-8.
        Files.write(p, tekst.getBytes(StandardCharsets.ISO_8859_1));
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("geen-utf8");
        assertThat(f.message()).contains("geen geldige UTF-8");
        int kolom = "            tekst: De ouders zijn verantwoordelijk (caf".length() + 1;
        assertThat(f.pos()).extracting(p2 -> p2.file(), p2 -> p2.line(), p2 -> p2.column()).containsExactly(HOOFDSTUK, 23, kolom);
    }

    @Test
    void alleFoutenInEenKeerOokUitVerschillendeBestanden() throws Exception {
        kopieer();
        vervang(HOOFDSTUK, "        titel: Ouders en leerling", "        titl: Ouders en leerling");
        vervang("hoofdstukken/01-begrippen.yaml", "  - term: Schoolafstand", "  - term: Schoolafstand\n    afkorting: [SA]");
        vervang("verordening.yaml", "cbs-code: gm9999", "cbs-code: 9999");
        List<Finding> fouten = fouten();
        assertThat(fouten).extracting(f -> f.pos().file())
                .contains(HOOFDSTUK, "hoofdstukken/01-begrippen.yaml", "verordening.yaml");
        assertThat(fouten).extracting(Finding::code).contains("veld-onbekend", "cbs-code-ongeldig");
        assertThat(fouten).isSorted();
    }

    @Test
    void ontbrekendHoofdstukbestandWijstNaarDeVermelding() throws Exception {
        kopieer();
        Files.delete(dir.resolve("hoofdstukken/01-begrippen.yaml"));
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("bestand-ontbreekt");
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly("verordening.yaml", 16, 5);
    }

    @Test
    void elkeMeldingHeeftHetFormaatBestandRegelKolom() throws Exception {
        kopieer();
        vervang(HOOFDSTUK, "[[ouders-en-leerling#lid-2.b]]", "[[ouders-en-leering#lid-2.b]]");
        assertThat(enigeFout().format()).isEqualTo(HOOFDSTUK + ":38:29: fout: verwijzing naar onbekend id 'ouders-en-leering'; "
                + "bedoelde u 'ouders-en-leerling'? [verwijzing-onbekend]");
    }

    private Finding enigeFout() {
        List<Finding> f = fouten();
        assertThat(f).as("verwacht precies één fout, kreeg: %s", f).hasSize(1);
        return f.get(0);
    }

    private List<Finding> fouten() {
        try {
            new SourceLoader().load(dir);
        } catch (LoadException e) {
            assertThat(e.findings()).allMatch(x -> x.severity() == Severity.ERROR);
            return e.findings();
        }
        return fail("de lader accepteerde een kapotte bron");
    }

    private void kopieer() {
        Mappen.kopieer(Path.of("src/test/resources/bron/minimaal"), dir);
    }

    private void vervang(String bestand, String oud, String nieuw) throws IOException {
        Path p = dir.resolve(bestand);
        String s = Files.readString(p);
        assertThat(s).as("fixture bevat de te vervangen tekst").contains(oud);
        Files.writeString(p, s.replace(oud, nieuw));
    }
}

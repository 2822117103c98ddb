package nl.verordening.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.verordening.model.Blok;
import nl.verordening.model.Finding;
import nl.verordening.model.Inline;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Orgaan;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;
import nl.verordening.testutil.Mappen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bijlagen, tabellen, begripsbepalingen, aanhef, orgaan, slotformule en inwerkingtreding: wat de lader
 * accepteert en elke fout (code, bericht, bestand, regel, kolom), op een aangepaste kopie van de
 * klassieke bron.
 */
class BronConstructiesTest {

    static final String HOOFD = "verordening.yaml";
    static final String H1 = "hoofdstukken/01-algemene-bepalingen.yaml";
    static final String H2 = "hoofdstukken/02-slotbepalingen.yaml";
    static final String BIJLAGE = "bijlagen/01-tarieven.yaml";

    @TempDir
    Path dir;

    // ---- wat mag ----

    @Test
    void inwerkingtredingAlsDatumSlotformuleEnBurgemeester() throws Exception {
        kopieer();
        vervang(HOOFD, "inwerkingtreding: de dag na die van de bekendmaking", "inwerkingtreding: 2026-03-01");
        vervang(HOOFD, "orgaan: college", "orgaan: burgemeester\nslotformule: Aldus besloten door de burgemeester op 10 februari 2026.");
        Verordening v = laad();
        assertThat(v.metadata().inwerkingtreding()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(v.metadata().inwerkingtredingTekst()).isNull();
        assertThat(v.metadata().orgaan()).isEqualTo(Orgaan.BURGEMEESTER);
        assertThat(v.metadata().slotformule()).isEqualTo("Aldus besloten door de burgemeester op 10 februari 2026.");
    }

    @Test
    void zonderOrgaanDeRaadEnZonderVastgesteldGeenDatum() throws Exception {
        kopieer();
        vervang(HOOFD, "orgaan: college\nvastgesteld: 2026-02-10\n", "");
        Verordening v = laad();
        assertThat(v.metadata().orgaan()).isEqualTo(Orgaan.RAAD);
        assertThat(v.metadata().vastgesteld()).isNull();
    }

    @Test
    void aanhefAlsTekstBlijftLopendeTekst() throws Exception {
        kopieer();
        vervang(HOOFD, "aanhef:\n  tekst: Het college", "aanhef: Het college");
        vervang(HOOFD, "  gelet-op:\n    - artikel 2.1.3 van de Wet maatschappelijke ondersteuning 2015\n"
                + "    - artikel 5 van de Verordening maatschappelijke ondersteuning Voorbeeldstad 2026\n"
                + "  besluit: 'vast te stellen de volgende regeling: Nadere regels maatschappelijke ondersteuning Voorbeeldstad 2026.'\n", "");
        var a = laad().metadata().aanhef();
        assertThat(a.tekst()).hasSize(1);
        assertThat(a.geletOp()).isEmpty();
        assertThat(a.besluit()).isEmpty();
    }

    @Test
    void cellenKennenVerwijzingenParametersEnNadruk() throws Exception {
        Mappen.kopieer(Path.of("src/test/resources/bron/minimaal"), dir);
        vervang("hoofdstukken/02-vervoer.yaml", "              - b: of digitaal.\n", "              - b: of digitaal.\n"
                + "            inhoud:\n"
                + "              - tabel:\n"
                + "                  kop: [Afstand, Geldt]\n"
                + "                  rijen:\n"
                + "                    - ['{{drempel-schoolafstand}}', 'zie [[ouders-en-leerling]]']\n"
                + "                    - ['*kort*', '']\n");
        Verordening v = laad();
        Blok.Lid lid2 = v.artikelen().get(0).lid("2").orElseThrow();
        Blok.Tabel t = (Blok.Tabel) lid2.inhoud().get(2);
        assertThat(t.titel().isLeeg()).isTrue();
        assertThat(t.rijen().get(0).cellen().get(0).delen()).singleElement().isInstanceOf(Inline.ParameterWaarde.class);
        assertThat(t.rijen().get(0).cellen().get(1).delen().get(1)).isInstanceOf(Inline.Verwijzing.class);
        assertThat(t.rijen().get(1).cellen().get(0).delen()).singleElement().isInstanceOf(Inline.Nadruk.class);
        assertThat(t.rijen().get(1).cellen().get(1).isLeeg()).isTrue();
    }

    @Test
    void begrippenZonderLabelsZijnEenOpsomming() throws Exception {
        kopieer();
        for (String l : List.of("a", "b", "c", "d")) vervang(H1, "              - label: " + l + "\n                term:", "              - term:");
        Blok.Begrippenlijst lijst = (Blok.Begrippenlijst) laad().artikelen().get(0).lid("1").orElseThrow().inhoud().get(1);
        assertThat(lijst.soort()).isEqualTo(LijstSoort.OPSOMMING);
        assertThat(lijst.begrippen()).allMatch(b -> b.label() == null);
    }

    // ---- fouten ----

    @Test
    void onbekendOrgaan() throws Exception {
        kopieer();
        vervang(HOOFD, "orgaan: college", "orgaan: colege");
        fout("orgaan-ongeldig", "onbekend orgaan 'colege'; bedoelde u 'college'? (toegestaan: raad, college, burgemeester)", HOOFD, 9, 9);
    }

    @Test
    void onbekendeSleutelInVerordening() throws Exception {
        kopieer();
        vervang(HOOFD, "orgaan: college", "orgaam: college");
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("veld-onbekend");
        assertThat(f.message()).startsWith("onbekend veld 'orgaam' in verordening.yaml; bedoelde u 'orgaan'?");
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(HOOFD, 9, 1);
    }

    @Test
    void inwerkingtredingDieOpEenDatumLijktMoetEenDatumZijn() throws Exception {
        kopieer();
        vervang(HOOFD, "inwerkingtreding: de dag na die van de bekendmaking", "inwerkingtreding: 2026-02-30");
        fout("datum-ongeldig", "'inwerkingtreding' '2026-02-30' is geen geldige datum; schrijf jaar-maand-dag (2026-01-01), "
                + "of tekst als 'de dag na die van de bekendmaking'", HOOFD, 11, 19);
    }

    @Test
    void onbekendeSleutelInDeAanhef() throws Exception {
        kopieer();
        vervang(HOOFD, "  gelet-op:", "  geletop:");
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("veld-onbekend");
        assertThat(f.message()).startsWith("onbekend veld 'geletop' in de aanhef; bedoelde u 'gelet-op'?");
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(HOOFD, 14, 3);
    }

    @Test
    void bijlagebestandBuitenDeBron() throws Exception {
        kopieer();
        vervang(HOOFD, "  - bijlagen/01-tarieven.yaml", "  - ../tarieven.yaml");
        fout("bestand-buiten-bron", "bijlagebestand '../tarieven.yaml' ligt buiten de bronmap", HOOFD, 27, 5);
    }

    @Test
    void ontbrekendBijlagebestand() throws Exception {
        kopieer();
        Files.delete(dir.resolve(BIJLAGE));
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("bestand-ontbreekt");
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(HOOFD, 27, 5);
    }

    @Test
    void bijlageZonderId() throws Exception {
        kopieer();
        vervang(BIJLAGE, "id: bijlage-tarieven\n", "");
        fout("veld-ontbreekt", "bijlage 1 mist het verplichte veld 'id'", BIJLAGE, 1, 1);
    }

    @Test
    void onbekendBlokMetSuggestie() throws Exception {
        kopieer();
        vervang(BIJLAGE, "  - tabel:", "  - tabl:");
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo("blok-onbekend");
        assertThat(f.message()).startsWith("onbekend blok 'tabl' in bijlage 1; bedoelde u 'tabel'?")
                .endsWith("één van: lid, onderdelen, opsomming, wetten, tabel, begrippen");
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(BIJLAGE, 6, 5);
    }

    @Test
    void tabelZonderRijen() throws Exception {
        kopieer();
        vervang(BIJLAGE, "      rijen:", "      rijn:");
        List<Finding> fouten = fouten();
        // Op volgorde van positie: het blok (waar het veld ontbreekt) voor de sleutel erin.
        assertThat(fouten).extracting(Finding::code).containsExactly("veld-ontbreekt", "veld-onbekend");
        assertThat(fouten.get(1).message()).startsWith("onbekend veld 'rijn' in tabel in bijlage 1; bedoelde u 'rijen'?");
        assertThat(fouten.get(1).pos()).extracting(p -> p.line(), p -> p.column()).containsExactly(9, 7);
        assertThat(fouten.get(0).message()).isEqualTo("tabel in bijlage 1 mist het verplichte veld 'rijen'");
        assertThat(fouten.get(0).pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(BIJLAGE, 7, 7);
    }

    @Test
    void rijDieGeenLijstIs() throws Exception {
        kopieer();
        vervang(BIJLAGE, "        - [Begeleiding, '€ 62,10', per uur]", "        - Begeleiding");
        fout("soort-onjuist", "rij 2 van de tabel moet een lijst cellen zijn, zoals [Alarmering, '€ 20'], maar is tekst", BIJLAGE, 11, 11);
    }

    @Test
    void celDieGeenTekstIs() throws Exception {
        kopieer();
        vervang(BIJLAGE, "[Woningaanpassing, naar offerte]", "[Woningaanpassing, [naar, offerte]]");
        fout("soort-onjuist", "een cel in rij 3 van de tabel moet tekst zijn, maar is een opsomming (lijst met '-')", BIJLAGE, 12, 30);
    }

    @Test
    void begripZonderLabelTussenBegrippenMetLabel() throws Exception {
        kopieer();
        vervang(H1, "              - label: b\n                term: hulpmiddel", "              - term: hulpmiddel");
        fout("label-ontbreekt", "begrip 'hulpmiddel' mist 'label:'; in deze begripsbepalingen hebben de andere begrippen wel een "
                + "letter of nummer", H1, 16, 17);
    }

    @Test
    void ongeldigLabel() throws Exception {
        kopieer();
        vervang(H1, "label: d\n", "label: d)\n");
        fout("nummer-ongeldig", "label 'd)' van begrip 'wet' moet een letter of nummer zijn, zoals a, aa of 1", H1, 24, 24);
    }

    @Test
    void onbekendeSleutelInEenBegripsbepaling() throws Exception {
        kopieer();
        vervang(H1, "                term: wet\n", "                trem: wet\n");
        List<Finding> fouten = fouten();
        assertThat(fouten).extracting(Finding::code).containsExactly("veld-ontbreekt", "veld-onbekend");
        assertThat(fouten.get(0).message()).isEqualTo("begrip mist het verplichte veld 'term'");
        assertThat(fouten.get(1).message()).startsWith("onbekend veld 'trem' in begrip; bedoelde u 'term'?");
        assertThat(fouten.get(1).pos()).extracting(p -> p.line(), p -> p.column()).containsExactly(25, 17);
    }

    @Test
    void dubbelBegripIdInBegripsbepalingen() throws Exception {
        kopieer();
        vervang(H1, "id: begrip-maatwerk", "id: begrip-aanvrager");
        Finding f = fouten().stream().filter(x -> x.code().equals("id-dubbel")).findFirst().orElseThrow();
        assertThat(f.message()).isEqualTo("id 'begrip-aanvrager' is al gebruikt op " + H1 + ":13:17");
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(H1, 20, 17);
    }

    @Test
    void wettenregelBijEenLeegRegister() throws Exception {
        kopieer();
        vervang(H2, "    titel: Eigen bijdrage\n", "    titel: Eigen bijdrage\n    wetten: [Wmo]\n");
        fout("wet-onbekend", "onbekende wet 'Wmo' in de wettenregel; voeg de wet toe aan wetten.yaml (dat is nu leeg)", H2, 8, 14);
    }

    private void fout(String code, String bericht, String bestand, int regel, int kolom) {
        Finding f = enigeFout();
        assertThat(f.code()).isEqualTo(code);
        assertThat(f.message()).isEqualTo(bericht);
        assertThat(f.pos()).extracting(p -> p.file(), p -> p.line(), p -> p.column()).containsExactly(bestand, regel, kolom);
    }

    private Verordening laad() throws LoadException {
        return new SourceLoader().load(dir);
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
        Mappen.kopieer(Path.of("src/test/resources/bron/klassiek"), dir);
    }

    private void vervang(String bestand, String oud, String nieuw) throws IOException {
        Path p = dir.resolve(bestand);
        String s = Files.readString(p);
        assertThat(s).as("fixture bevat de te vervangen tekst").contains(oud);
        Files.writeString(p, s.replace(oud, nieuw));
    }
}

package nl.verordening.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Blok;
import nl.verordening.model.Finding;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Metadata;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Verordening;
import nl.verordening.model.WetTag;
import org.junit.jupiter.api.Test;

/** Kleine, zelfgemaakte teksten: de regels zijn algemeen en niet op de seed afgestemd. */
class TextImporterSyntheticTest {

    /** Een andere regeling, met een kopregel en paginanummer midden in een zin van een lid. */
    static final String REGELING = String.join("\n",
            " 1 Begripsbepalingen",
            "In deze regeling gebruiken we de volgende begrippen. Ze hebben dezelfde betekenis als in de",
            "Jeugdwet, tenzij hieronder iets anders staat.",
            "",
            "Jeugdhulp: hulp aan jeugdigen en hun ouders bij opgroei- en opvoedingsproblemen, zoals die is",
            "bedoeld in artikel 1.1 van de Jeugdwet.",
            "",
            "Persoonsgebonden budget (PGB): een bedrag waarmee de ouder zelf jeugdhulp kan inkopen bij een",
            "aanbieder naar keuze.",
            "Wijkteam: het team van professionals dat namens het college de toegang tot jeugdhulp verzorgt.",
            "Als het gaat om de toegang tot jeugdhulp voor een jeugdige die in een andere gemeente woont: het",
            "wijkteam van die gemeente.",
            " 2 Toegang tot jeugdhulp",
            "Dit hoofdstuk regelt hoe een ouder of een jeugdige om hulp vraagt. Het wijkteam is elke dag",
            "bereikbaar, ook in het weekend.",
            "24 Uur na een melding in een crisissituatie neemt het wijkteam in ieder geval contact op.",
            "",
            "Kernwaarden:",
            "\uF0B7 De jeugdige staat centraal.",
            "\uF0B7 Hulp is dichtbij, snel en passend voor iedere jeugdige en voor iedere ouder die daarom",
            "vraagt.",
            "",
            "2.1 Melden bij het wijkteam, de huisarts, de jeugdarts, de medisch specialist of de",
            "gecertificeerde instelling",
            "[Jeugdwet, Wmo Awb]",
            "1. De ouder of de jeugdige meldt de hulpvraag bij het wijkteam. Het wijkteam bevestigt de",
            "melding binnen drie werkdagen en nodigt de ouder uit voor een gesprek over de hulpvraag van de",
            "",
            "",
            "12",
            "Regeling Jeugdhulp Gemeente Voorbeeldstad 2030",
            "",
            "jeugdige en over de mogelijkheden van het gezin zelf en van de mensen om het gezin heen.",
            "2. Het gesprek vindt plaats binnen twee weken na de melding, tenzij de ouder om uitstel vraagt.",
            "[Awb]",
            "3. De ouder kan bezwaar maken tegen het besluit van het college over de toegang tot de hulp.",
            "",
            "2.2 Onderzoek",
            "[Jeugdwet]",
            "Het wijkteam onderzoekt samen met de ouder en de jeugdige wat er nodig is. Het gaat in ieder",
            "geval om:",
            "",
            "a. welke hulp de jeugdige nodig heeft en wat daarmee moet worden bereikt;",
            "b. wat het gezin zelf kan doen en wie uit het netwerk kan helpen.",
            "",
            "2.2.1 Termijn",
            "Het onderzoek duurt ten hoogste zes weken. Het college kan deze termijn eenmaal met vier weken",
            "verlengen als het onderzoek meer tijd vraagt dan verwacht.",
            "",
            "2.2.2 Verslag",
            "1. Het wijkteam legt de uitkomsten van het onderzoek vast in een verslag en bespreekt dat met",
            "de ouder en de jeugdige.",
            "2. De ouder ontvangt het verslag binnen een week na het laatste gesprek.",
            "",
            "",
            "13",
            "Regeling Jeugdhulp Gemeente Voorbeeldstad 2030",
            "",
            "2.3 Slotbepalingen",
            "[Gemeentewet]",
            "1. Deze regeling wordt aangehaald als: Regeling Jeugdhulp gemeente Voorbeeldstad 2030.",
            "2. Deze regeling treedt in werking op 1 maart 2030.",
            "3. De Regeling Jeugdhulp gemeente Voorbeeldstad 2025, zoals vastgesteld op 3 juni 2025, wordt",
            "ingetrokken.",
            "",
            "Aldus vastgesteld door de raad van de gemeente Voorbeeldstad in zijn vergadering van",
            "14 februari 2030.",
            "",
            "De griffier,             De voorzitter,",
            "J. de Vries              A.B. Jansen",
            "");

    static ImportResult lees(String tekst) {
        return new TextImporter(new ImportOptions("gm9999")).importText(tekst, "regeling.txt");
    }

    @Test
    void andereRegelingAndereTitels() {
        ImportResult r = lees(REGELING);
        Verordening v = r.verordening();
        assertThat(v.hoofdstukken()).extracting(Hoofdstuk::titel).containsExactly("Begripsbepalingen", "Toegang tot jeugdhulp");
        Hoofdstuk h2 = v.hoofdstukken().get(1);
        // "24 Uur ..." is geen hoofdstuk: het volgende hoofdstuk zou 3 zijn
        assertThat(h2.inleiding()).extracting(b -> ((Blok.Alinea) b).tekst().platteTekst()).containsExactly(
                "Dit hoofdstuk regelt hoe een ouder of een jeugdige om hulp vraagt. Het wijkteam is elke dag bereikbaar, ook in het weekend.",
                "24 Uur na een melding in een crisissituatie neemt het wijkteam in ieder geval contact op.");
        assertThat(h2.kernwaarden()).extracting(k -> k.tekst().platteTekst()).containsExactly("De jeugdige staat centraal.",
                "Hulp is dichtbij, snel en passend voor iedere jeugdige en voor iedere ouder die daarom vraagt.");
        assertThat(v.artikelen()).extracting(Artikel::nummer).containsExactly("2.1", "2.2.1", "2.2.2", "2.3");
    }

    @Test
    void kopDieDoorloopt_wetTagZonderKomma_wettenregelMiddenInArtikel_koptekstMiddenInLid() {
        ImportResult r = lees(REGELING);
        Artikel a = r.verordening().artikelen().get(0);
        assertThat(a.titel()).isEqualTo(
                "Melden bij het wijkteam, de huisarts, de jeugdarts, de medisch specialist of de gecertificeerde instelling");
        assertThat(a.wetten()).extracting(WetTag::code).containsExactly("Jeugdwet", "Wmo", "Awb");
        assertThat(a.wetten()).extracting(WetTag::geschreven).containsExactly("Jeugdwet", "Wmo Awb", "Wmo Awb");
        assertThat(r.findings()).extracting(Finding::code).contains("import-wettag-zonder-komma");
        assertThat(a.inhoud()).extracting(b -> b.getClass().getSimpleName()).containsExactly("Lid", "Lid", "Wettenregel", "Lid");
        assertThat(((Blok.Wettenregel) a.inhoud().get(2)).wetten()).extracting(WetTag::code).containsExactly("Awb");
        String lid1 = ((Blok.Alinea) a.leden().get(0).inhoud().get(0)).tekst().platteTekst();
        assertThat(lid1).isEqualTo("De ouder of de jeugdige meldt de hulpvraag bij het wijkteam. Het wijkteam bevestigt de "
                + "melding binnen drie werkdagen en nodigt de ouder uit voor een gesprek over de hulpvraag van de "
                + "jeugdige en over de mogelijkheden van het gezin zelf en van de mensen om het gezin heen.");
        assertThat(String.join(" ", Modelwoorden.teksten(r.verordening())))
                .doesNotContain("Regeling Jeugdhulp Gemeente Voorbeeldstad 2030").doesNotContain(" 12 ").doesNotContain(" 13 ");
        assertThat(r.findings()).filteredOn(f -> f.code().equals("import-regel-overgeslagen")).hasSize(4);
    }

    @Test
    void paragraafMetWettenregelInleidingEnKinderen() {
        Verordening v = lees(REGELING).verordening();
        Paragraaf p = v.paragrafen().get(0);
        assertThat(p.nummer()).isEqualTo("2.2");
        assertThat(p.id()).isEqualTo("onderzoek");
        assertThat(p.wetten()).extracting(WetTag::code).containsExactly("Jeugdwet");
        assertThat(p.inleiding()).hasSize(2);
        Blok.Lijst lijst = (Blok.Lijst) p.inleiding().get(1);
        assertThat(lijst.soort()).isEqualTo(LijstSoort.LETTERS);
        assertThat(lijst.onderdelen()).extracting(Onderdeel::label).containsExactly("a", "b");
        assertThat(p.artikelen()).extracting(Artikel::titel).containsExactly("Termijn", "Verslag");
        assertThat(v.hoofdstukken().get(1).onderdelen()).extracting(o -> o.nummer()).containsExactly("2.1", "2.2", "2.3");
        assertThat(p.artikelen().get(1).leden()).hasSize(2);
    }

    @Test
    void begrippenMetAfkorting() {
        Hoofdstuk h1 = lees(REGELING).verordening().hoofdstukken().get(0);
        assertThat(h1.inleiding()).hasSize(1);
        assertThat(h1.begrippen()).extracting(Begrip::term).containsExactly("Jeugdhulp", "Persoonsgebonden budget", "Wijkteam");
        Begrip pgb = h1.begrippen().get(1);
        assertThat(pgb.afkortingen()).containsExactly("PGB");
        assertThat(pgb.id()).isEqualTo("begrip-persoonsgebonden-budget");
        assertThat(h1.begrippen().get(0).definitie()).singleElement().satisfies(b -> assertThat(((Blok.Alinea) b)
                .tekst().platteTekst()).isEqualTo("hulp aan jeugdigen en hun ouders bij opgroei- en opvoedingsproblemen, "
                + "zoals die is bedoeld in artikel 1.1 van de Jeugdwet."));
        // "Als het gaat om ... woont: het" is geen nieuw begrip (te veel woorden voor de dubbele punt)
        assertThat(((Blok.Alinea) h1.begrippen().get(2).definitie().get(0)).tekst().platteTekst())
                .endsWith("verzorgt. Als het gaat om de toegang tot jeugdhulp voor een jeugdige die in een andere gemeente "
                        + "woont: het wijkteam van die gemeente.");
    }

    @Test
    void metadataEnOndertekeningInKolommen() {
        ImportResult r = lees(REGELING);
        Metadata m = r.verordening().metadata();
        assertThat(m.titel()).isEqualTo("Regeling Jeugdhulp Gemeente Voorbeeldstad 2030");
        assertThat(m.citeertitel()).isEqualTo("Regeling Jeugdhulp gemeente Voorbeeldstad 2030");
        assertThat(m.gemeente()).isEqualTo("Voorbeeldstad");
        assertThat(m.jaar()).isEqualTo(2030);
        assertThat(m.cbsCode()).isEqualTo("gm9999");
        assertThat(m.inwerkingtreding()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(m.vastgesteld()).isEqualTo(LocalDate.of(2030, 2, 14));
        assertThat(m.intrekt()).isEqualTo("Regeling Jeugdhulp gemeente Voorbeeldstad 2025");
        assertThat(m.ondertekening().ondertekenaars()).extracting(o -> o.functie() + " | " + o.naam())
                .containsExactly("De griffier | J. de Vries", "De voorzitter | A.B. Jansen");
        assertThat(m.ondertekening().ondertekenaars().get(1).pos().column()).isEqualTo(26);
        assertThat(r.verordening().wetten()).extracting(w -> w.code()).containsExactly("Jeugdwet", "Wmo", "Awb", "Gemeentewet");
    }

    @Test
    void romeinseOnderdelenEnStreepjesEnOnbekendeWet() {
        String tekst = String.join("\n",
                "1 Algemeen",
                "1.1 Voorwaarden",
                "[Wmo, Wet Xyz]",
                "1. Het college verstrekt de voorziening als:",
                "a. de inwoner in de gemeente woont; en",
                "b. de inwoner een van de volgende documenten heeft:",
                "(i) een paspoort;",
                "(ii) een identiteitskaart.",
                "c. de voorziening nodig is.",
                "2. Het college kan besluiten:",
                "- de voorziening te weigeren;",
                "- de voorziening te beperken.",
                "1.2 Bullets in een onderdeel",
                "a. de aanvraag bevat ten minste:",
                "\uF0B7 de naam;",
                "\uF0B7 het adres.",
                "b. verder niets.");
        ImportResult r = lees(tekst);
        Artikel a = r.verordening().artikelen().get(0);
        Blok.Lijst letters = (Blok.Lijst) a.lid("1").orElseThrow().inhoud().get(1);
        assertThat(letters.onderdelen()).extracting(Onderdeel::label).containsExactly("a", "b", "c");
        Blok.Lijst romeins = (Blok.Lijst) letters.onderdelen().get(1).inhoud().get(1);
        assertThat(romeins.soort()).isEqualTo(LijstSoort.ROMEINS);
        assertThat(romeins.onderdelen()).extracting(Onderdeel::label).containsExactly("i", "ii");
        Blok.Lijst streepjes = (Blok.Lijst) a.lid("2").orElseThrow().inhoud().get(1);
        assertThat(streepjes.soort()).isEqualTo(LijstSoort.OPSOMMING);
        assertThat(streepjes.onderdelen()).hasSize(2).allMatch(o -> o.label() == null);
        assertThat(r.verordening().wet("Wet Xyz")).hasValueSatisfying(w -> assertThat(w.bwbId()).isNull());
        assertThat(r.findings()).extracting(Finding::code).contains("import-wet-onbekend", "import-titel-onbekend",
                "import-citeertitel-onbekend", "import-vaststelling-onbekend", "import-ondertekening-onbekend");

        Artikel b = r.verordening().artikelen().get(1);
        Blok.Lijst l = (Blok.Lijst) b.inhoud().get(0);
        assertThat(l.onderdelen()).hasSize(2);
        Blok.Lijst bullets = (Blok.Lijst) l.onderdelen().get(0).inhoud().get(1);
        assertThat(bullets.soort()).isEqualTo(LijstSoort.OPSOMMING);
        assertThat(bullets.onderdelen()).hasSize(2);
    }

    @Test
    void dubbeleTitelsKrijgenHetNummerErachter() {
        String tekst = String.join("\n",
                "1 Algemeen",
                "1.1 A Uitnodiging voor gesprek",
                "Tekst een.",
                "1.1 B Uitnodiging voor gesprek",
                "Tekst twee.",
                "1.2 Uitnodiging voor gesprek",
                "Tekst drie.",
                "2 Algemeen",
                "2.1 Een titel die heel erg lang is en daarom op een woordgrens wordt afgekapt in het id",
                "Tekst.");
        Verordening v = lees(tekst).verordening();
        assertThat(v.hoofdstukken()).extracting(Hoofdstuk::id).containsExactly("algemeen", "algemeen-2");
        assertThat(v.artikelen()).extracting(Artikel::id).containsExactly("uitnodiging-voor-gesprek",
                "uitnodiging-voor-gesprek-1-1-b", "uitnodiging-voor-gesprek-1-2",
                "een-titel-die-heel-erg-lang-is-en-daarom-op-een");
    }

    @Test
    void herhaaldeRegelZonderPaginanummerIsGeenKoptekst() {
        String tekst = String.join("\n",
                "1 Algemeen",
                "1.1 Doel",
                "Samen Sterker Thuis Team",
                "",
                "1.2 Middelen",
                "Samen Sterker Thuis Team",
                "");
        ImportResult r = lees(tekst);
        assertThat(r.verordening().artikelen()).allSatisfy(a -> assertThat(a.inhoud()).singleElement()
                .satisfies(b -> assertThat(((Blok.Alinea) b).tekst().platteTekst()).isEqualTo("Samen Sterker Thuis Team")));
        assertThat(r.verordening().metadata().titel()).isEmpty();
    }

    @Test
    void slugs() {
        assertThat(Ids.slug("Beëindiging maatwerkvoorziening")).isEqualTo("beeindiging-maatwerkvoorziening");
        assertThat(Ids.slug("Cliënt")).isEqualTo("client");
        assertThat(Ids.slug("W.P.O/WEC/WVO")).isEqualTo("w-p-o-wec-wvo");
        assertThat(Ids.slug("  --Wat is de bijdrage in de kosten?--")).isEqualTo("wat-is-de-bijdrage-in-de-kosten");
        assertThat(Ids.slug("a".repeat(60))).hasSize(50);
    }

    @Test
    void vreemdeInvoerLeidtNietTotEenCrash() {
        for (String t : new String[] {"", "\n\n\n", "Zomaar wat tekst zonder structuur.", "1 Titel", "1 Titel\n1.1 Kop\n[",
                "1 Titel\n1.1 Kop\n[]\n1.\na.\n\uF0B7\n-", "Vastgesteld door de raad op 1 januari 2020"}) {
            assertThatCode(() -> {
                ImportResult r = new TextImporter(new ImportOptions(null)).importText(t, "x.txt");
                assertThat(r.verordening()).isNotNull();
                assertThat(r.findings()).allMatch(f -> f.code().startsWith("import-"));
            }).as("invoer %s", t).doesNotThrowAnyException();
        }
        ImportResult leeg = new TextImporter(null).importText(null, null);
        assertThat(leeg.findings()).extracting(Finding::code).contains("import-geen-hoofdstukken", "import-cbs-code-onbekend");
    }

    @Test
    void crlfEnNbsp() {
        String tekst = "1 Algemeen\r\n1.1\u00A0Doel\r\n[Jeugdwet,Wmo]\r\nDe\u00A0regeling heeft een doel.\r\n";
        Artikel a = lees(tekst).verordening().artikelen().get(0);
        assertThat(a.titel()).isEqualTo("Doel");
        assertThat(a.wetten()).extracting(WetTag::code).containsExactly("Jeugdwet", "Wmo");
        assertThat(((Blok.Alinea) a.inhoud().get(0)).tekst().platteTekst()).isEqualTo("De regeling heeft een doel.");
    }

    static List<String> codes(List<Finding> f) {
        return f.stream().map(Finding::code).toList();
    }
}

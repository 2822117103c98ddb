package nl.verordening.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import nl.verordening.model.Wet;
import nl.verordening.model.WetTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** De importeur op de echte tekst: Verordening Sociaal Domein gemeente Oude IJsselstreek 2026. */
class TextImporterSeedTest {

    static final String KOPTEKST = "Verordening Sociaal Domein Gemeente Oude IJsselstreek 2026";

    static String tekst;
    static ImportResult resultaat;
    static Verordening v;

    @BeforeAll
    static void importeer() {
        tekst = Modelwoorden.seed();
        resultaat = new TextImporter(new ImportOptions(null)).importText(tekst, "seed.txt");
        v = resultaat.verordening();
    }

    static Artikel artikel(String nummer) {
        return v.artikelen().stream().filter(a -> a.nummer().equals(nummer)).findFirst()
                .orElseThrow(() -> new AssertionError("artikel " + nummer + " ontbreekt"));
    }

    static Paragraaf paragraaf(String nummer) {
        return v.paragrafen().stream().filter(p -> p.nummer().equals(nummer)).findFirst()
                .orElseThrow(() -> new AssertionError("paragraaf " + nummer + " ontbreekt"));
    }

    static String tekst(Blok b) {
        List<String> r = new ArrayList<>();
        Modelwoorden.blokken(List.of(b), r);
        return String.join(" ", r);
    }

    static String alinea(Blok b) {
        assertThat(b).isInstanceOf(Blok.Alinea.class);
        return ((Blok.Alinea) b).tekst().platteTekst();
    }

    static List<String> codes(List<WetTag> tags) {
        return tags.stream().map(WetTag::code).toList();
    }

    // ------------------------------------------------------------------ structuur

    @Test
    void veertienHoofdstukkenMetHunTitels() {
        assertThat(v.hoofdstukken()).extracting(Hoofdstuk::nummer)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
        assertThat(v.hoofdstukken()).extracting(Hoofdstuk::titel).containsExactly(
                "Begrippenlijst", "Inleiding", "De hulpvraag", "Gezond en veilig opgroeien",
                "Wonen in een veilige en gezonde omgeving", "De vorm van de hulp", "Werk en Participatie",
                "Inkomen en Schulden", "Inburgering", "Afspraken tussen inwoner en gemeente",
                "Inspraak en inwonersparticipatie", "Niet eens met de uitvoering", "Kwaliteit en aanbesteding",
                "Van oud naar nieuw");
        assertThat(v.hoofdstukken()).extracting(Hoofdstuk::id).startsWith("begrippenlijst", "inleiding", "de-hulpvraag");
    }

    /**
     * 154 genummerde koppen ("N.M ..."), waarvan 20 paragrafen (een kop die door een kind-kop wordt
     * gevolgd): 3.1–3.5, 4.6, 5.2, 5.3, 5.4, 5.6, 6.3, 6.4, 7.2, 8.1, 8.2, 9.3, 10.1–10.4. Dus 134 artikelen.
     * Onafhankelijk nageteld met een eigen regex over de ruwe tekst.
     */
    @Test
    void exactAantalArtikelenEnParagrafen() {
        assertThat(v.artikelen()).hasSize(134);
        assertThat(v.paragrafen()).hasSize(20);

        Pattern kop = Pattern.compile("^[\\s\\u00A0\\u2003]*(\\d+(?:\\.\\d+)+)(?:\\s+[A-Z])?[\\s\\u00A0\\u2003]+\\p{Lu}.*");
        List<int[]> koppen = new ArrayList<>();
        for (String regel : tekst.split("\n")) {
            Matcher m = kop.matcher(regel);
            if (m.matches()) koppen.add(Arrays.stream(m.group(1).split("\\.")).mapToInt(Integer::parseInt).toArray());
        }
        int ouders = 0;
        for (int i = 0; i + 1 < koppen.size(); i++) {
            int[] a = koppen.get(i);
            int[] b = koppen.get(i + 1);
            if (b.length > a.length && Arrays.equals(Arrays.copyOf(b, a.length), a)) ouders++;
        }
        assertThat(koppen).hasSize(154);
        assertThat(ouders).isEqualTo(20);
        assertThat(koppen.size() - ouders).isEqualTo(v.artikelen().size());

        assertThat(v.paragrafen()).extracting(Paragraaf::nummer).containsExactly("3.1", "3.2", "3.3", "3.4", "3.5",
                "4.6", "5.2", "5.3", "5.4", "5.6", "6.3", "6.4", "7.2", "8.1", "8.2", "9.3", "10.1", "10.2", "10.3", "10.4");
        Map<String, Long> perHoofdstuk = v.hoofdstukken().stream()
                .collect(Collectors.toMap(Hoofdstuk::nummer, h -> (long) h.artikelen().size()));
        // met de hand geteld per hoofdstuk, bijv. 3: 3.1.1 A–D, 3.1.2 A–D, 3.1.3, 3.2.1 A–B, 3.2.2, 3.2.3 A–D,
        // 3.2.4, 3.2.5, 3.3.1–3.3.8, 3.4.1–3.4.3, 3.5.1–3.5.2 = 31
        assertThat(v.hoofdstukken()).extracting(h -> h.artikelen().size())
                .containsExactly(0, 4, 31, 13, 15, 11, 17, 4, 5, 18, 3, 5, 3, 5);
        assertThat(perHoofdstuk.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(134L);
    }

    @Test
    void idsZijnUniekEnStabiel() {
        List<String> ids = new ArrayList<>();
        v.hoofdstukken().forEach(h -> {
            ids.add(h.id());
            h.begrippen().forEach(b -> ids.add(b.id()));
            h.onderdelen().forEach(o -> ids.add(o.id()));
            h.paragrafen().forEach(p -> p.artikelen().forEach(a -> ids.add(a.id())));
        });
        assertThat(ids).doesNotHaveDuplicates().hasSize(14 + 81 + 20 + 134);
        assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*") && id.length() <= 57);
        assertThat(artikel("3.2.1 A").id()).isEqualTo("uitnodiging-voor-gesprek");
        assertThat(artikel("3.2.1 B").id()).isEqualTo("uitnodiging-voor-gesprek-3-2-1-b");
        assertThat(artikel("3.2.3 D").id()).isEqualTo("inhoud-gesprek-3-2-3-d");
        assertThat(artikel("5.1").id()).isEqualTo("uitgangspunten-5-1");
        assertThat(artikel("10.2.1").id()).isEqualTo("beeindiging-maatwerkvoorziening");
        assertThat(paragraaf("3.1").id()).isEqualTo("stap-1-melding-bij-de-gemeente-buurtzorg-jong");
    }

    @Test
    void artikel_4_6_4() {
        Artikel a = artikel("4.6.4");
        assertThat(a.titel()).isEqualTo("Vergoeding van kosten");
        assertThat(a.wetten()).isEmpty(); // de wettenregel [LLV] staat bij paragraaf 4.6
        assertThat(paragraaf("4.6").wetten()).extracting(WetTag::code).containsExactly("LLV");
        assertThat(alinea(a.inhoud().get(0))).isEqualTo("Ouders betalen in beginsel zelf de kosten van het vervoer naar school.");
        assertThat(a.leden()).extracting(Blok.Lid::nummer).containsExactly("1", "2", "3");
        Blok.Lijst l2 = (Blok.Lijst) a.lid("2").orElseThrow().inhoud().get(1);
        assertThat(l2.soort()).isEqualTo(LijstSoort.LETTERS);
        assertThat(l2.onderdelen()).extracting(Onderdeel::label).containsExactly("a", "b", "c", "d");
        assertThat(tekst(l2.onderdelen().get(3).inhoud().get(0)))
                .startsWith("als openbaar vervoer geen optie is").endsWith("ook vergoeding voor vervoer naar een VO-school.");
        Blok.Lijst l3 = (Blok.Lijst) a.lid("3").orElseThrow().inhoud().get(1);
        assertThat(l3.onderdelen()).extracting(Onderdeel::label).containsExactly("a", "b", "c");
        assertThat(a.pos().line()).isEqualTo(1202);
        assertThat(a.pos().file()).isEqualTo("seed.txt");
    }

    @Test
    void artikel_3_1_1_A_metUrlInEersteItem() {
        Artikel a = artikel("3.1.1 A");
        assertThat(a.titel()).isEqualTo("Indienen hulpvraag bij de gemeente");
        assertThat(codes(a.wetten())).containsExactly("Wmo", "LLV", "Wgs");
        assertThat(a.wetten().get(1).pos().column()).isEqualTo(7);
        Blok.Lijst lijst = (Blok.Lijst) a.inhoud().get(1);
        assertThat(lijst.soort()).isEqualTo(LijstSoort.OPSOMMING);
        assertThat(lijst.onderdelen()).hasSize(5).allMatch(o -> o.label() == null);
        assertThat(tekst(lijst.onderdelen().get(0).inhoud().get(0))).isEqualTo(
                "online, via de contactgegevens op de website: https://www.oude-ijsselstreek.nl/zorg-en-gezondheid");
        assertThat(tekst(lijst.onderdelen().get(3).inhoud().get(0)))
                .endsWith("7080 AA Gendringen, Toegangsteam Oude IJsselstreek");
    }

    @Test
    void artikel_3_1_1_C_zonderDubbeleLinkAnnotatie() {
        Artikel a = artikel("3.1.1 C");
        Blok.Lijst lijst = (Blok.Lijst) a.inhoud().get(1);
        assertThat(lijst.onderdelen()).hasSize(5);
        assertThat(tekst(lijst.onderdelen().get(1).inhoud().get(0)))
                .isEqualTo("online, via het contactformulier op www.stoerversterkt.nl");
        assertThat(String.join(" ", Modelwoorden.teksten(v))).doesNotContain("https://www.stoerversterkt.nl/");
    }

    @Test
    void artikel_6_3_4_annotatieUrlsMiddenInDeZinZijnWeg() {
        String lid2 = tekst(artikel("6.3.4").lid("2").orElseThrow());
        assertThat(lid2).doesNotContain("schulinck")
                .contains("houdt de gemeente bij de hoogte van het pgb rekening met een reële termijn");
        assertThat(tekst(artikel("7.2.2").lid("7").orElseThrow())).endsWith("Meer informatie staat op http://www.normaalstezaak.nl.");
        assertThat(resultaat.findings()).filteredOn(f -> f.message().contains("schulinck")).hasSize(3);
    }

    @Test
    void artikel_10_4_10_heeftVierLeden() {
        Artikel a = artikel("10.4.10");
        assertThat(a.titel()).isEqualTo("Herhaling (Recidive)");
        assertThat(a.leden()).extracting(Blok.Lid::nummer).containsExactly("1", "2", "3", "4");
        assertThat(tekst(a.lid("4").orElseThrow())).isEqualTo("4 Een herhaalde verlaging kan maximaal 3 maanden duren.");
    }

    @Test
    void artikel_11_2_wetTagZonderKomma() {
        Artikel a = artikel("11.2");
        assertThat(codes(a.wetten())).containsExactly("Jeugdwet", "Wmo", "LLV", "PW", "Wgs");
        assertThat(a.wetten()).filteredOn(t -> t.geschreven().equals("Wmo LLV")).extracting(WetTag::code)
                .containsExactly("Wmo", "LLV");
        assertThat(resultaat.findings()).filteredOn(f -> f.code().equals("import-wettag-zonder-komma"))
                .singleElement().satisfies(f -> assertThat(f.pos().line()).isEqualTo(2877));
        assertThat(codes(artikel("6.3.2").wetten())).containsExactly("Jeugdwet", "Wmo"); // "[Jeugdwet,Wmo]"
        assertThat(codes(artikel("10.2.2").wetten())).containsExactly("Wmo", "Jeugdwet", "PW", "Burgerlijk Wetboek");
    }

    @Test
    void wettenregelMiddenInArtikel() {
        List<Blok> inhoud = artikel("3.2.3 A").inhoud();
        assertThat(inhoud).extracting(b -> b.getClass().getSimpleName())
                .containsExactly("Lid", "Wettenregel", "Lid", "Lid");
        assertThat(codes(((Blok.Wettenregel) inhoud.get(1)).wetten())).containsExactly("Jeugdwet");
        assertThat(inhoud.get(1).pos().line()).isEqualTo(549);

        List<Blok> b43 = artikel("4.3").inhoud();
        Blok.Wettenregel llv = (Blok.Wettenregel) b43.stream().filter(b -> b instanceof Blok.Wettenregel).findFirst().orElseThrow();
        assertThat(codes(llv.wetten())).containsExactly("LLV");
        Blok laatste = b43.get(b43.size() - 1);
        assertThat(((Blok.Lijst) laatste).soort()).isEqualTo(LijstSoort.OPSOMMING);
        assertThat(((Blok.Lijst) laatste).onderdelen()).hasSize(3);
        // Genummerde punten na "aanbieden:" zijn een opsomming, geen leden.
        assertThat(artikel("4.3").leden()).isEmpty();
        assertThat(punten("4.3").onderdelen()).hasSize(12);
        assertThat(punten("4.3").soort()).isEqualTo(LijstSoort.CIJFERS);
    }

    /** 4.1: tien vormen van hulp, elk met kleine letter en ';': één zin, dus een lijst en geen tien leden. */
    @Test
    void artikel_4_1_isEenOpsommingGeenLeden() {
        Artikel a = artikel("4.1");
        assertThat(a.leden()).isEmpty();
        assertThat(punten("4.1").onderdelen()).extracting(Onderdeel::label)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(artikel("4.2").leden()).hasSizeGreaterThan(1); // echte leden ("1. Bij het bieden ...") blijven leden
    }

    @Test
    void paragrafenMetWettenEnInleiding() {
        Paragraaf p72 = paragraaf("7.2");
        assertThat(codes(p72.wetten())).containsExactly("PW", "IOAZ", "IOAW");
        assertThat(p72.inleiding()).hasSize(5).allMatch(b -> b instanceof Blok.Lid);
        assertThat(p72.artikelen()).hasSize(14);

        Paragraaf p81 = paragraaf("8.1");
        assertThat(codes(p81.wetten())).containsExactly("PW");
        assertThat(alinea(p81.inleiding().get(0))).startsWith("Voor inwoners die langdurig moeten leven van een laag inkomen");

        Paragraaf p93 = paragraaf("9.3");
        assertThat(p93.titel()).isEqualTo("Handhaving Wet inburgering");
        assertThat(p93.wetten()).isEmpty();
        assertThat(p93.inleiding()).hasSize(1);
        assertThat(alinea(p93.inleiding().get(0))).isEqualTo("(Wi)");

        assertThat(alinea(paragraaf("10.4").inleiding().get(0))).startsWith("In dit hoofdstuk van de verordening")
                .endsWith("of we wel of niet een verlaging toepassen.");
        assertThat(paragraaf("3.1").titel()).isEqualTo("Stap 1: Melding bij de gemeente, Buurtzorg Jong, STOER of Samen Sterker Thuis");
        assertThat(paragraaf("6.4").titel()).isEqualTo("Tegemoetkoming meerkosten persoon met beperking of chronische problemen");
        assertThat(paragraaf("3.4").titel()).isEqualTo("Stap 4. Beslissing");
        assertThat(artikel("3.3.7").titel()).isEqualTo("Deskundig onderzoek, deskundige toeleiding en beoordeling.");
        assertThat(paragraaf("5.2").artikelen()).extracting(Artikel::nummer)
                .containsExactly("5.2.1", "5.2.2", "5.2.3", "5.2.3 A", "5.2.3 B", "5.2.3 C", "5.2.4");
        assertThat(v.hoofdstukken().get(1).onderdelen()).extracting(o -> o.nummer())
                .containsExactly("2.1", "2.2", "2.3", "2.4");
        assertThat(artikel("2.3").titel()).isEqualTo("Kernwaarden");
        assertThat(artikel("2.1").wetten()).isEmpty();
    }

    @Test
    void ledenZoalsGeschrevenEnOnderdelen() {
        assertThat(artikel("4.6.2").leden()).extracting(Blok.Lid::nummer).containsExactly("1", "1", "2");

        // 6.3.1 lid 3 a: de vervolgregel "De uitzondering ..." hoort bij onderdeel a
        Blok.Lijst l = (Blok.Lijst) artikel("6.3.1").lid("3").orElseThrow().inhoud().get(1);
        Onderdeel a = l.onderdelen().get(0);
        assertThat(a.inhoud()).hasSize(2);
        assertThat(alinea(a.inhoud().get(1))).startsWith("De uitzondering zijn de bemiddelingskosten");
        assertThat(l.onderdelen()).extracting(Onderdeel::label).containsExactly("a", "b", "c", "d", "e");

        // 3.3.6 lid 1: één lijst a t/m m, "; en" blijft bij d, "i." is een letter (na h)
        Blok.Lijst l336 = (Blok.Lijst) artikel("3.3.6").lid("1").orElseThrow().inhoud().get(1);
        assertThat(l336.onderdelen()).extracting(Onderdeel::label)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m");
        assertThat(tekst(l336.onderdelen().get(3).inhoud().get(0))).endsWith("van de ouders of de volwassene; en");

        // 4.6.3 lid 3 b: "(i) ... (ii) ..." midden in de zin blijft tekst
        Blok.Lijst l463 = (Blok.Lijst) artikel("4.6.3").lid("3").orElseThrow().inhoud().get(1);
        assertThat(l463.onderdelen()).hasSize(2);
        assertThat(l463.onderdelen().get(1).inhoud()).hasSize(1);
        assertThat(tekst(l463.onderdelen().get(1).inhoud().get(0))).contains("bereikbaar en als: (i) de leerling 11 jaar")
                .contains("of (ii) jonger dan 11 jaar");

        // 10.4.5 lid 2: categorieën tussen de onderdelen, in volgorde
        List<Blok> lid2 = artikel("10.4.5").lid("2").orElseThrow().inhoud();
        assertThat(lid2).extracting(b -> b instanceof Blok.Alinea al ? al.tekst().platteTekst() : ((Blok.Lijst) b).onderdelen().size() + " onderdelen")
                .containsExactly("eerste categorie:", "3 onderdelen", "tweede categorie:", "2 onderdelen", "derde categorie:", "2 onderdelen");

        // slotalinea's na het laatste lid horen bij het artikel
        List<Blok> b562 = artikel("5.6.2").inhoud();
        assertThat(b562).hasSize(4);
        assertThat(alinea(b562.get(2))).startsWith("Een mantelzorger kan één keer per jaar");
        assertThat(alinea(b562.get(3))).startsWith("Een mantelzorger die mantelzorg verleende");
        List<Blok> b643 = artikel("6.4.3").inhoud();
        assertThat(alinea(b643.get(b643.size() - 1))).startsWith("De inwoner die tegen Wmo-tarief");
    }

    @Test
    void regelovergangenEnAfbrekingen() {
        assertThat(tekst(artikel("3.3.5").lid("1").orElseThrow())).contains("(gebruikelijke en niet-gebruikelijke hulp)");
        assertThat(alinea(artikel("6.3.2").inhoud().get(0))).contains("CRvB 30-9-2025, ECLI:NL:CRVB:2025:1276");
        assertThat(tekst(artikel("7.2.5").lid("9").orElseThrow())).contains("Erkennings- en intrekkingskader");
        assertThat(tekst(artikel("5.3.2").lid("2").orElseThrow())).contains("één-op-één");
        assertThat(tekst(artikel("7.2.8").lid("2").orElseThrow())).contains("werkritme en werkervaring te laten krijgen. Ook");
        assertThat(tekst(punten("7.1").onderdelen().get(1).inhoud().get(0))).endsWith("zijn opgenomen in het Doelgroepregister.");

        // korte regels zonder slotleesteken sluiten hun alinea
        List<String> h7 = v.hoofdstukken().get(6).inleiding().stream().map(TextImporterSeedTest::alinea).toList();
        assertThat(h7).contains("Wij werken vanuit het gezichtspunt van de inwoners", "Werk moet lonen",
                "We blijven volgen hoe het gaat, ook als de inkomensondersteuning gestopt is",
                "We staan in verbinding met onze omgeving");
        List<String> h2 = v.hoofdstukken().get(1).inleiding().stream().map(TextImporterSeedTest::alinea).toList();
        assertThat(h2).contains("Verordening Sociaal Domein Gemeente Oude IJsselstreek", "Vervoer naar school", "Uitkeringen;");
        assertThat(artikel("8.1.2").inhoud()).extracting(TextImporterSeedTest::alinea).contains("€ 465 voor een alleenstaande;");

        // 2.1: het laatste opsommingsitem eindigt zonder punt; de alinea daarna staat los
        List<Blok> b21 = artikel("2.1").inhoud();
        Blok.Lijst l21 = (Blok.Lijst) b21.get(1);
        assertThat(tekst(l21.onderdelen().get(3).inhoud().get(0))).endsWith("naar school kunnen gaan die bij hen past");
        assertThat(alinea(b21.get(2))).startsWith("Het is de taak van de gemeente");
    }

    @Test
    void kernwaardenPerHoofdstuk() {
        assertThat(v.hoofdstukken()).extracting(h -> h.kernwaarden().size())
                .containsExactly(0, 0, 5, 6, 6, 5, 0, 5, 4, 4, 2, 3, 4, 3);
        Hoofdstuk h4 = v.hoofdstukken().get(3);
        assertThat(h4.kernwaarden().get(3).tekst().platteTekst())
                .isEqualTo("De gemeente stemt de hulp af op de jeugdige en zijn ouders en zorgt voor goede aansluiting met andere hulp.");
        assertThat(h4.kernwaarden().get(0).pos().line()).isEqualTo(1021);
        // het blok staat niet meer in de inleiding
        assertThat(v.hoofdstukken()).allSatisfy(h -> assertThat(h.inleiding()).noneMatch(b -> tekst(b).contains("Kernwaarden")));
        assertThat(v.hoofdstukken().get(2).inleiding()).hasSize(2);
    }

    @Test
    void begrippenlijst() {
        Hoofdstuk h1 = v.hoofdstukken().get(0);
        List<Begrip> b = h1.begrippen();
        assertThat(b).hasSize(81);
        assertThat(v.begrippen()).hasSize(81);
        assertThat(b.get(0).term()).isEqualTo("Aangepast vervoer");
        assertThat(b.get(0).id()).isEqualTo("begrip-aangepast-vervoer");
        assertThat(b.get(80).term()).isEqualTo("W.P.O/WEC/WVO");
        assertThat(b).extracting(Begrip::term).contains("De hulpvraag", "L.L.V.", "Cliënt", "Wmo 2015",
                "Taxivervoer (anders dan collectief taxivervoer)", "Persoonlijk Inburgerings- en Participatieplan");
        assertThat(h1.inleiding()).hasSize(5);
        assertThat(alinea(h1.inleiding().get(0))).startsWith("Een verordening is een verzameling");

        Map<String, Begrip> opTerm = b.stream().collect(Collectors.toMap(Begrip::term, x -> x));
        assertThat(opTerm.get("Persoonsgebonden budget").afkortingen()).containsExactly("Pgb");
        assertThat(opTerm.get("Persoonsgebonden budget").id()).isEqualTo("begrip-persoonsgebonden-budget");
        assertThat(opTerm.get("Wet gemeentelijke schuldhulpverlening").afkortingen()).containsExactly("Wgs");
        assertThat(opTerm.get("Participatieverklaringstraject").afkortingen()).containsExactly("PVT");
        assertThat(opTerm.get("Taxivervoer (anders dan collectief taxivervoer)").afkortingen()).isEmpty();
        assertThat(opTerm.get("Cliënt").id()).isEqualTo("begrip-client");

        Begrip mwv = opTerm.get("Maatwerkvoorziening");
        assertThat(mwv.definitie()).hasSize(2);
        assertThat(alinea(mwv.definitie().get(1))).startsWith("Als het gaat om een voorziening in het kader van de Wmo 2015")
                .contains("Als het gaat om een voorziening in het kader van de Jeugdwet");
        assertThat(alinea(opTerm.get("Samenwonen").definitie().get(0))).contains("Van een gezamenlijke huishouding is sprake");
        Begrip soort = opTerm.get("Schoolsoort");
        assertThat(soort.definitie()).hasSize(2);
        Blok.Lijst lijst = (Blok.Lijst) soort.definitie().get(1);
        assertThat(lijst.soort()).isEqualTo(LijstSoort.OPSOMMING);
        assertThat(lijst.onderdelen()).hasSize(6);
        assertThat(tekst(lijst.onderdelen().get(0).inhoud().get(0))).isEqualTo("Bo:regulier basisonderwijs op grond van de WPO (niet zijnde SBO)");
        assertThat(alinea(opTerm.get("College").definitie().get(0))).startsWith("Het college van burgermeester");
        assertThat(opTerm.get("L.L.V.").pos().line()).isEqualTo(156);
    }

    @Test
    void metadataEnOndertekening() {
        Metadata m = v.metadata();
        assertThat(m.titel()).isEqualTo(KOPTEKST);
        assertThat(m.citeertitel()).isEqualTo("Verordening Sociaal Domein gemeente Oude IJsselstreek 2026");
        assertThat(m.gemeente()).isEqualTo("Oude IJsselstreek");
        assertThat(m.jaar()).isEqualTo(2026);
        assertThat(m.vastgesteld()).isEqualTo(LocalDate.of(2025, 12, 18));
        assertThat(m.inwerkingtreding()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(m.intrekt()).isEqualTo("Verordening Sociaal Domein gemeente Oude IJsselstreek 2025");
        assertThat(m.aanhef().isEmpty()).isTrue();
        assertThat(m.cbsCode()).isEmpty();
        assertThat(resultaat.findings()).anyMatch(f -> f.code().equals("import-cbs-code-onbekend"));
        assertThat(m.ondertekening().ondertekenaars()).extracting(o -> o.functie() + " | " + o.naam())
                .containsExactly("De raadsgriffier | M.B.J. Looman", "De raadsvoorzitter | L.J. Werger");
        assertThat(m.ondertekening().ondertekenaars().get(1).pos().column()).isEqualTo(18);
        // de vaststelling hoort niet bij artikel 14.5
        assertThat(artikel("14.5").leden()).hasSize(2);
        assertThat(tekst(artikel("14.5").lid("2").orElseThrow())).doesNotContain("Vastgesteld");
    }

    @Test
    void cbsCodeUitDeOpties() {
        ImportResult r = new TextImporter(new ImportOptions("gm1509")).importText(tekst, "seed.txt");
        assertThat(r.verordening().metadata().cbsCode()).isEqualTo("gm1509");
        assertThat(r.findings()).noneMatch(f -> f.code().startsWith("import-cbs-code"));
    }

    @Test
    void wettenregister() {
        assertThat(v.wetten()).extracting(Wet::code).containsExactly("Wmo", "LLV", "Wgs", "Jeugdwet", "PW", "IOAW",
                "IOAZ", "Wi", "Awb", "Gemeentewet", "Burgerlijk Wetboek", "WSW");
        Map<String, Wet> w = v.wetten().stream().collect(Collectors.toMap(Wet::code, x -> x));
        assertThat(w.get("Wmo").naam()).isEqualTo("Wet maatschappelijke ondersteuning 2015");
        assertThat(w.get("Wmo").bwbId()).isEqualTo("BWBR0035362");
        assertThat(w.get("Jeugdwet").bwbId()).isEqualTo("BWBR0034925");
        assertThat(w.get("PW").naam()).isEqualTo("Participatiewet");
        assertThat(w.get("IOAZ").bwbId()).isEqualTo("BWBR0004045");
        assertThat(w.get("Wi").naam()).isEqualTo("Wet inburgering 2021");
        assertThat(w.get("LLV").bwbId()).isNull();
        assertThat(w.get("WSW").bwbId()).isNull();
        assertThat(w.get("Burgerlijk Wetboek").bwbId()).isEqualTo("BWBR0002656");
        assertThat(w.get("Wmo").pos().line()).isEqualTo(419);
        assertThat(resultaat.findings()).noneMatch(f -> f.code().equals("import-wet-onbekend"));
    }

    @Test
    void geenOpmaakruisInDeTekst() {
        List<String> alles = Modelwoorden.teksten(v);
        assertThat(alles).noneMatch(t -> t.indexOf('\uF0B7') >= 0);
        assertThat(alles).noneMatch(t -> t.contains(KOPTEKST));
        assertThat(alles).noneMatch(t -> t.equals("55") || t.equals("63"));
        assertThat(alles).noneMatch(t -> t.startsWith(" ") || t.endsWith(" ") || t.contains("  "));
        assertThat(resultaat.findings()).extracting(Finding::code).allMatch(c -> c.startsWith("import-"));
        assertThat(resultaat.findings()).filteredOn(f -> f.code().equals("import-regel-overgeslagen"))
                .extracting(f -> f.pos().line()).containsExactly(453, 1670, 1671, 1672, 2505, 2506, 2900, 2901);
    }

    @Test
    void bronplekken() {
        assertThat(v.hoofdstukken().get(0).pos().line()).isEqualTo(1);
        assertThat(v.hoofdstukken().get(0).pos().column()).isEqualTo(2);
        assertThat(artikel("3.1.1 A").pos().line()).isEqualTo(418);
        assertThat(paragraaf("3.2").pos().column()).isEqualTo(2);
        var lid6 = punten("3.2.3 C").onderdelen().get(5);
        assertThat(lid6.label()).isEqualTo("6");
        assertThat(lid6.pos().line()).isEqualTo(622);
        assertThat(lid6.pos().column()).isEqualTo(2);
        assertThat(v.artikelen()).allMatch(a -> a.pos().line() > 0 && a.pos().column() > 0);
    }

    /** De genummerde opsomming (1., 2., ...) van een artikel. */
    private static Blok.Lijst punten(String nummer) {
        return artikel(nummer).inhoud().stream().filter(b -> b instanceof Blok.Lijst l && l.soort() == LijstSoort.CIJFERS)
                .map(b -> (Blok.Lijst) b).findFirst().orElseThrow();
    }
}

package nl.verordening.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Bijlage;
import nl.verordening.model.Blok;
import nl.verordening.model.Finding;
import nl.verordening.model.Kopstijl;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.Metadata;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Ondertekening;
import nl.verordening.model.Orgaan;
import nl.verordening.model.Paragraaf;
import nl.verordening.model.Verordening;
import nl.verordening.render.bron.BronWriter;
import nl.verordening.testutil.ZonderPosities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eén fixture per conventie ({@code src/test/resources/import/<conventie>/invoer.txt}), zelfgemaakt en
 * niet afgestemd op één gemeente. Elke fixture moet ook woord voor woord terugkomen in de kale tekst.
 */
class ConventiesTest {

    static String invoer(String conventie) {
        try {
            return Files.readString(Path.of("src/test/resources/import", conventie, "invoer.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult lees(String conventie) {
        return new TextImporter(new ImportOptions("gm0000")).importText(invoer(conventie), conventie + ".txt");
    }

    static Artikel artikel(Verordening v, String nummer) {
        return v.artikelen().stream().filter(a -> a.nummer().equals(nummer)).findFirst()
                .orElseThrow(() -> new AssertionError("artikel " + nummer + " ontbreekt: " + v.artikelen().stream().map(Artikel::nummer).toList()));
    }

    /** Alle woorden van de ruwe invoer komen terug, ook de trefwoorden van de koppen ("Artikel 12"). */
    static void woordtrouw(String conventie, Verordening v, double minimum) {
        Kaal.Trouw t = Kaal.trouw(invoer(conventie), Kaal.tekst(v));
        assertThat(t.recall()).as(conventie + ": " + t + "\n" + t.resultaat().rapport(10)).isGreaterThanOrEqualTo(minimum);
    }

    @Test
    void vngModel_inhoudsopgave_begripsbepalingenVoorbijZ_aanhef_aldusBesloten() {
        ImportResult r = lees("vng-model");
        Verordening v = r.verordening();
        assertThat(v.artikelen()).extracting(Artikel::nummer).containsExactly("1", "2", "3", "4");
        assertThat(v.hoofdstukken()).singleElement().satisfies(h -> assertThat(h.nummer()).isEmpty());

        // inhoudsopgave overgeslagen, het verschil in titel gemeld met regelnummer
        assertThat(r.findings()).anyMatch(f -> f.code().equals("import-inhoudsopgave") && f.pos().line() == 3);
        assertThat(r.findings()).filteredOn(f -> f.code().equals("import-inhoudsopgave-verschil")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Onderzoek").contains("Onderzoeken").contains("regel 50"));

        // 28 begrippen, a t/m z en dan aa, bb
        Blok.Begrippenlijst bl = (Blok.Begrippenlijst) artikel(v, "1").inhoud().get(1);
        assertThat(bl.soort()).isEqualTo(LijstSoort.LETTERS);
        assertThat(bl.begrippen()).hasSize(28);
        assertThat(bl.begrippen().get(26).label()).isEqualTo("aa");
        assertThat(bl.begrippen().get(27).label()).isEqualTo("bb");
        assertThat(bl.begrippen().get(8).label()).isEqualTo("i"); // "i." na "h." is een letter
        assertThat(bl.begrippen().get(17).term()).isEqualTo("persoonsgebonden budget");
        assertThat(v.begrippen()).hasSize(28);

        // leden "(1)", onderdelen "a)"
        Artikel a3 = artikel(v, "3");
        assertThat(a3.leden()).extracting(Blok.Lid::nummer).containsExactly("1", "2");
        Blok.Lijst l = (Blok.Lijst) a3.lid("1").orElseThrow().inhoud().get(1);
        assertThat(l.onderdelen()).extracting(Onderdeel::label).containsExactly("a", "b");

        Metadata m = v.metadata();
        assertThat(m.titel()).isEqualTo("Verordening maatschappelijke ondersteuning gemeente Voorbeeldstad 2024");
        assertThat(m.aanhef().geletOp()).extracting(t -> t.platteTekst())
                .containsExactly("artikel 2.1.3 van de Wet maatschappelijke ondersteuning 2015");
        assertThat(m.aanhef().besluit()).singleElement().satisfies(b -> assertThat(((Blok.Alinea) b).tekst().platteTekst())
                .startsWith("vast te stellen de Verordening"));
        assertThat(m.orgaan()).isEqualTo(Orgaan.RAAD);
        assertThat(m.slotformule()).startsWith("Aldus besloten in de openbare vergadering");
        assertThat(m.vastgesteld()).isEqualTo(LocalDate.of(2024, 3, 28));
        assertThat(m.inwerkingtreding()).isNull(); // de tekst noemt geen datum: niet verzonnen
        assertThat(m.inwerkingtredingTekst()).isEqualTo("op de dag na die van de bekendmaking");
        assertThat(m.ondertekening().ondertekenaars()).extracting(o -> o.functie() + " | " + o.naam())
                .containsExactly("De griffier | A. Jansen", "De voorzitter | B. de Vries");
        assertThat(v.wetten()).isEmpty(); // geen wettenregels: leeg register
        woordtrouw("vng-model", v, 0.96); // de inhoudsopgave (17 woorden) valt bewust weg
    }

    @Test
    void koppenInElkeVorm() {
        Verordening v = lees("koppen").verordening();
        assertThat(v.hoofdstukken()).extracting(h -> h.nummer() + " " + h.titel())
                .containsExactly("1 ALGEMEEN", "II Hulp", "3 Slot");
        assertThat(v.artikelen()).extracting(Artikel::nummer)
                .containsExactly("1", "1a", "2:1", "3.1.1 A", "3.1.1 B", "12", "13");
        assertThat(artikel(v, "1").titel()).isEmpty();
        assertThat(artikel(v, "12").titel()).isEmpty();
        assertThat(v.paragrafen()).extracting(p -> p.nummer() + "|" + p.titel())
                .containsExactly("2.1|Toegang", "|Stap 1: Gesprek", "2.3|Besluit");
        // de kopstijl: per soort het vaakst geschreven woord; de kale tekst schrijft het voor elke kop
        assertThat(v.metadata().kopstijl()).isEqualTo(new Kopstijl("Hoofdstuk", "§", "Artikel"));
        String kaal = Kaal.tekst(v);
        assertThat(kaal).contains("\nArtikel 1\nDit artikel", "\nArtikel 2:1 Melden\n", "\n§ Stap 1: Gesprek\n",
                "\n§ 2.3 Besluit\n", "\nHoofdstuk II Hulp\n");
        Paragraaf stap = v.paragrafen().get(1);
        assertThat(stap.artikelen()).extracting(Artikel::nummer).containsExactly("3.1.1 A", "3.1.1 B");
        // 0.98: "Paragraaf 2.3" tussen de §-koppen wordt "§ 2.3" (één woord per soort kop; gemeld als import-kopwoord-afwijkend)
        assertThat(lees("koppen").findings()).anyMatch(f -> f.code().equals("import-kopwoord-afwijkend") && f.pos().line() == 26);
        woordtrouw("koppen", v, 0.98);
    }

    @Test
    void lijstenEnNesting() {
        Verordening v = lees("lijsten").verordening();
        // a. met 1°-onderdelen eronder; bolletjes in lid 2
        Blok.Lijst letters = (Blok.Lijst) artikel(v, "1").lid("1").orElseThrow().inhoud().get(1);
        assertThat(letters.onderdelen()).extracting(Onderdeel::label).containsExactly("a", "b", "c");
        Blok.Lijst graden = (Blok.Lijst) letters.onderdelen().get(0).inhoud().get(1);
        assertThat(graden.soort()).isEqualTo(LijstSoort.GRAAD);
        assertThat(graden.onderdelen()).extracting(Onderdeel::label).containsExactly("1°", "2°");
        assertThat(Kaal.tekst(v)).contains("\n      1° ").doesNotContain("1°.");
        Blok.Lijst bolletjes = (Blok.Lijst) artikel(v, "1").lid("2").orElseThrow().inhoud().get(1);
        assertThat(bolletjes.soort()).isEqualTo(LijstSoort.OPSOMMING);
        // "i." na "h." is een letter
        Blok.Lijst hij = (Blok.Lijst) artikel(v, "2").inhoud().get(1);
        assertThat(hij.soort()).isEqualTo(LijstSoort.LETTERS);
        assertThat(hij.onderdelen()).extracting(Onderdeel::label).containsExactly("h", "i", "j");
        // "i." na "a. ... met:" is romeins, en genest; ❖ onder b.
        Blok.Lijst rang = (Blok.Lijst) artikel(v, "3").inhoud().get(1);
        assertThat(rang.onderdelen()).extracting(Onderdeel::label).containsExactly("a", "b", "c");
        Blok.Lijst romeins = (Blok.Lijst) rang.onderdelen().get(0).inhoud().get(1);
        assertThat(romeins.soort()).isEqualTo(LijstSoort.ROMEINS);
        assertThat(romeins.onderdelen()).extracting(Onderdeel::label).containsExactly("i", "ii", "iii");
        assertThat(((Blok.Lijst) rang.onderdelen().get(1).inhoud().get(1)).soort()).isEqualTo(LijstSoort.OPSOMMING);
        // genummerde zinsdelen (kleine letter, ';') na een zin met punt: een lijst, geen leden
        Artikel a4 = artikel(v, "4");
        assertThat(a4.leden()).isEmpty();
        assertThat(((Blok.Lijst) a4.inhoud().get(1)).soort()).isEqualTo(LijstSoort.CIJFERS);
        // streepjes (en-dash)
        assertThat(((Blok.Lijst) artikel(v, "5").inhoud().get(1)).onderdelen()).hasSize(2);
        woordtrouw("lijsten", v, 0.99);
    }

    @Test
    void bijlagenMetTabellenInDrieVormen() {
        ImportResult r = lees("bijlagen-tabellen");
        Verordening v = r.verordening();
        assertThat(v.bijlagen()).extracting(Bijlage::nummer).containsExactly("1", "II", "3");
        assertThat(v.bijlagen()).extracting(Bijlage::titel)
                .containsExactly("Tarieven met tabs", "Tarieven in kolommen", "Tarieven met strepen");
        for (Bijlage b : v.bijlagen()) {
            Blok.Tabel t = (Blok.Tabel) b.inhoud().get(0);
            assertThat(t.kop()).as(b.nummer()).isNotNull();
            assertThat(t.kop().cellen().get(0).platteTekst()).isEqualTo("Product");
            assertThat(t.rijen()).hasSize(2);
        }
        Blok.Tabel kolommen = (Blok.Tabel) v.bijlagen().get(1).inhoud().get(0);
        assertThat(kolommen.rijen().get(0).cellen()).extracting(c -> c.platteTekst()).containsExactly("Dagbesteding", "dagdeel", "41,00");
        assertThat(v.metadata().ondertekening().ondertekenaars()).extracting(o -> o.functie() + " | " + o.naam())
                .containsExactly("De griffier | C. Claes", "De voorzitter | D. Dekker");
        assertThat(v.metadata().slotformule()).isNull(); // de standaardformule van de raad
        woordtrouw("bijlagen-tabellen", v, 0.97); // ondertekening staat hier per regel; de uitvoer zet functies en namen in rijen
    }

    @Test
    void collegeregelsMetStreepjesbegrippenEnNamenBovenDeFuncties() {
        Verordening v = lees("college-slot").verordening();
        Metadata m = v.metadata();
        assertThat(m.titel()).isEqualTo("Nadere regels jeugdhulp Collegedorp 2025");
        assertThat(m.orgaan()).isEqualTo(Orgaan.COLLEGE);
        assertThat(m.gemeente()).isEqualTo("Collegedorp");
        assertThat(m.aanhef().geletOp()).extracting(t -> t.platteTekst())
                .containsExactly("de Jeugdwet", "de Verordening jeugdhulp gemeente Collegedorp 2024");
        assertThat(m.slotformule()).startsWith("Aldus vastgesteld door burgemeester en wethouders");
        assertThat(m.vastgesteld()).isEqualTo(LocalDate.of(2025, 8, 12));
        assertThat(m.inwerkingtreding()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(m.ondertekening().ondertekenaars()).extracting(o -> o.functie() + " | " + o.naam())
                .containsExactly("de secretaris | E. Evers", "de burgemeester | F. Fransen");
        assertThat(m.ondertekening().volgorde()).isEqualTo(Ondertekening.Volgorde.NAAM_FUNCTIE);
        assertThat(Kaal.tekst(v)).contains("E. Evers         F. Fransen\n\nde secretaris    de burgemeester\n");
        List<Begrip> b = v.begrippen();
        assertThat(b).extracting(Begrip::term).containsExactly("jeugdige", "ouder");
        assertThat(b.get(0).label()).isNull();
        assertThat(((Blok.Alinea) b.get(0).definitie().get(0)).tekst().platteTekst()).isEqualTo("een persoon jonger dan achttien jaar;");
        woordtrouw("college-slot", v, 0.99); // namen boven de functies, zoals vastgesteld
    }

    /** Elke fixture geschreven als bron en weer geladen geeft hetzelfde model (kopstijl, 1°, volgorde inbegrepen). */
    @Test
    void elkeFixtureHeenEnTerugAlsBron(@TempDir Path tmp) throws Exception {
        for (String c : List.of("vng-model", "koppen", "lijsten", "bijlagen-tabellen", "college-slot")) {
            Verordening v = lees(c).verordening();
            Path dir = tmp.resolve(c);
            for (Map.Entry<String, String> e : new BronWriter().write(v).entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue());
            }
            Verordening terug = new SourceLoader().load(dir);
            assertThat(ZonderPosities.van(terug)).as(c).isEqualTo(ZonderPosities.van(v));
        }
    }

    @Test
    void geenFixtureGeeftEenOnbruikbaarResultaat() {
        for (String c : List.of("vng-model", "koppen", "lijsten", "bijlagen-tabellen", "college-slot")) {
            ImportResult r = lees(c);
            assertThat(r.onbruikbaar()).as(c).isNull();
            assertThat(r.findings()).extracting(Finding::code).allMatch(code -> code.startsWith("import-"));
        }
    }
}

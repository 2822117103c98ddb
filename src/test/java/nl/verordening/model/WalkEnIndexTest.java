package nl.verordening.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verordening.load.SourceLoader;
import nl.verordening.testutil.Mappen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** De walk bereikt elke soort knoop waar hij ook staat, met het juiste pad; de index zoekt zonder te zoeken. */
class WalkEnIndexTest {

    private static final SourcePosition P = SourcePosition.NONE;

    private static Tekst t(String s) {
        return Tekst.van(s);
    }

    private static Blok.Alinea alinea(String s) {
        return new Blok.Alinea(t(s), P);
    }

    private static Inline.Verwijzing ref(String doel) {
        return new Inline.Verwijzing(doel, null, null, P);
    }

    private static Tekst metRef(String voor, String doel) {
        return new Tekst(List.of(new Inline.Platte(voor), new Inline.Sterk(List.of(ref(doel)))));
    }

    /** Eén van elk: elke soort knoop op elke plek waar hij mag staan. */
    static Verordening alles() {
        Begrip lijstBegrip = new Begrip("aanvraag", "Aanvraag", List.of(), List.of(), List.of(alinea("een verzoek")), P);
        Begrip artikelBegrip = new Begrip("aanvrager", "aanvrager", List.of(), List.of(),
                List.of(new Blok.Alinea(metRef("zie ", "aanvraag"), P)), "a", P);
        Blok.Tabel tabel = new Blok.Tabel(t("Tarieven"), new Blok.Tabel.Rij(List.of(t("Soort"), t("Bedrag")), P),
                List.of(new Blok.Tabel.Rij(List.of(metRef("volgens ", "hulp"), t("€ 10")), P)), P);
        Onderdeel genest = new Onderdeel("1", List.of(alinea("dieper")), P);
        Onderdeel b = new Onderdeel("b", List.of(alinea("onderdeel b"),
                new Blok.Lijst(LijstSoort.CIJFERS, List.of(genest), P)), P);
        Blok.Lid lid2 = new Blok.Lid("2", List.of(alinea("lid twee:"),
                new Blok.Lijst(LijstSoort.LETTERS, List.of(new Onderdeel("a", List.of(alinea("a")), P), b), P)), P);
        Artikel hulp = new Artikel("hulp", "1.1", "Hulp", List.of(new WetTag("Wmo", P)),
                List.of(new Blok.Lid("1", List.of(alinea("lid een")), P), new Blok.Wettenregel(List.of(new WetTag("Jeugdwet", P)), P),
                        lid2, tabel, new Blok.Begrippenlijst(LijstSoort.LETTERS, List.of(artikelBegrip), P)),
                new Publieksextra(List.of(alinea("uitleg")), List.of(alinea("voorbeeld")), new Illustratie("a.svg", "alt", P)),
                List.of(alinea("toelichting")), P);
        Artikel los = new Artikel("los", "1.2", "", List.of(), List.of(alinea("zonder titel")), null, List.of(), P);
        Paragraaf par = new Paragraaf("par", "1.1", "Paragraaf", List.of(new WetTag("Wmo", P)),
                List.of(new Blok.Wettenregel(List.of(new WetTag("Wmo", "Wmo Jeugdwet", P), new WetTag("Jeugdwet", "Wmo Jeugdwet", P)), P)),
                List.of(hulp), P);
        Hoofdstuk h = new Hoofdstuk("h1", "1", "Eerste", List.of(alinea("inleiding")),
                List.of(new Kernwaarde(new Tekst(List.of(new Inline.Nadruk(List.of(new Inline.Platte("kern"))))), P)),
                List.of(lijstBegrip), List.of(par, los), P);
        Bijlage bijlage = new Bijlage("tarieven", "1", "Tarieven", List.of(alinea("bijlagetekst"), tabel), P);
        Aanhef aanhef = new Aanhef(List.of(alinea("De raad;")), List.of(t("artikel 147 van de Gemeentewet")),
                List.of(alinea("vast te stellen")), P);
        Metadata m = new Metadata("X", "gm0001", "Titel", "Cite", 2026, LocalDate.of(2025, 1, 1), null, null, aanhef,
                new Ondertekening(List.of(new Ondertekening.Ondertekenaar("De secretaris", "A", P)), P),
                Orgaan.COLLEGE, null, "de dag na die van de bekendmaking", P);
        return new Verordening(m, List.of(), List.of(), List.of(h), List.of(bijlage), List.of());
    }

    @Test
    void deWalkBereiktElkeSoortKnoopMetZijnPad() {
        List<String> gezien = new ArrayList<>();
        ModelWalker.walk(alles(), new ModelBezoeker() {
            @Override public void hoofdstuk(Hoofdstuk x, Pad p) { gezien.add("hoofdstuk " + p.id()); }
            @Override public void paragraaf(Paragraaf x, Pad p) { gezien.add("paragraaf " + p.id()); }
            @Override public void artikel(Artikel x, Pad p) { gezien.add("artikel " + p.id() + (p.paragraaf() == null ? " in " + p.hoofdstuk().id() : " in " + p.paragraaf().id())); }
            @Override public void begrip(Begrip x, Pad p) { gezien.add("begrip " + p.id() + (p.artikel() == null ? "" : " in " + p.artikel().id())); }
            @Override public void kernwaarde(Kernwaarde x, Pad p) { gezien.add("kernwaarde " + p.id()); }
            @Override public void bijlage(Bijlage x, Pad p) { gezien.add("bijlage " + p.id()); }
            @Override public void illustratie(Illustratie x, Pad p) { gezien.add("illustratie " + p.id() + " " + p.deel()); }
            @Override public void ondertekenaar(Ondertekening.Ondertekenaar x, Pad p) { gezien.add("ondertekenaar " + p.deel()); }
            @Override public void lid(Blok.Lid x, Pad p) { gezien.add("lid " + p.id()); }
            @Override public void onderdeel(Onderdeel x, Pad p) { gezien.add("onderdeel " + p.id()); }
            @Override public void tabel(Blok.Tabel x, Pad p) { gezien.add("tabel " + p.id()); }
            @Override public void begrippenlijst(Blok.Begrippenlijst x, Pad p) { gezien.add("begrippenlijst " + p.id()); }
            @Override public void wettenregel(Blok.Wettenregel x, Pad p) { gezien.add("wettenregel " + p.id()); }
            @Override public void wetTag(WetTag x, Pad p) { gezien.add("wettag " + x.geschreven() + " " + p.id() + " " + p.deel()); }
            @Override public void inline(Inline x, Pad p) {
                if (x instanceof Inline.Verwijzing v) gezien.add("verwijzing " + v.doel() + " in " + p.id() + " " + p.deel());
            }
            @Override public void tekst(Tekst x, Pad p) {
                if (p.deel() == Pad.Deel.AANHEF || p.deel() == Pad.Deel.UITLEG || p.deel() == Pad.Deel.VOORBEELD
                        || p.deel() == Pad.Deel.TOELICHTING || p.deel() == Pad.Deel.INLEIDING) {
                    gezien.add("tekst " + x.platteTekst() + " " + p.deel());
                }
            }
        });
        assertThat(gezien).containsExactly(
                "tekst De raad; AANHEF", "tekst artikel 147 van de Gemeentewet AANHEF", "tekst vast te stellen AANHEF",
                "hoofdstuk h1", "tekst inleiding INLEIDING", "kernwaarde h1", "begrip aanvraag",
                "paragraaf par", "wettag Wmo par INHOUD",
                // de wettenregel in de inleiding van een paragraaf (die miste wet-schrijfwijze eerst)
                "wettenregel par", "wettag Wmo Jeugdwet par INLEIDING", "wettag Wmo Jeugdwet par INLEIDING",
                "artikel hulp in par", "wettag Wmo hulp INHOUD",
                "lid hulp#lid-1", "wettenregel hulp", "wettag Jeugdwet hulp INHOUD",
                "lid hulp#lid-2", "onderdeel hulp#lid-2.a", "onderdeel hulp#lid-2.b", "onderdeel hulp#lid-2.b.1",
                "tabel hulp", "verwijzing hulp in hulp INHOUD",
                "begrippenlijst hulp", "begrip aanvrager in hulp", "verwijzing aanvraag in aanvrager DEFINITIE",
                "tekst uitleg UITLEG", "tekst voorbeeld VOORBEELD", "illustratie hulp UITLEG", "tekst toelichting TOELICHTING",
                "artikel los in h1",
                "ondertekenaar SLOT",
                "bijlage tarieven", "tabel tarieven", "verwijzing hulp in tarieven INHOUD");
    }

    @Test
    void deIndexVindtElementenLedenEnOnderdelenEnHunOuders() {
        Verordening v = alles();
        ModelIndex index = v.index();
        assertThat(index.artikel("hulp")).get().extracting(Artikel::nummer).isEqualTo("1.1");
        assertThat(index.element("par", Artikel.class)).isEmpty();
        assertThat(index.element("aanvrager", Begrip.class)).get().extracting(Begrip::label).isEqualTo("a");
        assertThat(index.element("tarieven", Bijlage.class)).isPresent();
        assertThat(index.lid("hulp", "2")).get().extracting(Blok.Lid::nummer).isEqualTo("2");
        assertThat(index.lid("hulp", "3")).isEmpty();
        assertThat(index.onderdeel("hulp", "2", "b")).get().extracting(Onderdeel::label).isEqualTo("b");
        assertThat(index.opPad("hulp#lid-2.b.1")).get().isInstanceOf(Onderdeel.class);
        assertThat(index.onderdeel("hulp", null, "b")).isEmpty();
        Artikel hulp = index.artikel("hulp").orElseThrow();
        Pad pad = index.pad(hulp).orElseThrow();
        assertThat(pad.paragraaf().id()).isEqualTo("par");
        assertThat(pad.hoofdstuk().id()).isEqualTo("h1");
        assertThat(index.pad(index.onderdeel("hulp", "2", "b").orElseThrow()).orElseThrow().lid().nummer()).isEqualTo("2");
        assertThat(index.hoofdstukVan("hulp")).get().extracting(Hoofdstuk::id).isEqualTo("h1");
        assertThat(index.omvattend("hulp#lid-2.b")).containsExactly("hulp#lid-2.b", "hulp#lid-2", "hulp", "par", "h1");
        assertThat(index.omvattend("aanvrager")).containsExactly("aanvrager", "hulp", "par", "h1");
        assertThat(v.begrippen()).extracting(Begrip::id).containsExactly("aanvraag", "aanvrager");
    }

    @Test
    void positiesHorenNietBijDeGelijkheidVanHetModel() {
        SourcePosition hier = new SourcePosition("a.yaml", 3, 5);
        SourcePosition daar = new SourcePosition("b.yaml", 9, 1);
        assertThat(new Blok.Alinea(t("x"), hier)).isEqualTo(new Blok.Alinea(t("x"), daar))
                .hasSameHashCodeAs(new Blok.Alinea(t("x"), daar));
        assertThat(new Blok.Alinea(t("x"), hier)).isNotEqualTo(new Blok.Alinea(t("y"), hier));
        assertThat(hier.zelfdePlek(daar)).isFalse();
        assertThat(hier.zelfdePlek(new SourcePosition("a.yaml", 3, 5))).isTrue();
        // Een bevinding is wél plaatsgebonden: dezelfde melding op twee plekken zijn er twee.
        assertThat(new Finding("X", Severity.WARNING, hier, "m")).isNotEqualTo(new Finding("X", Severity.WARNING, daar, "m"));
        assertThat(new Finding("X", Severity.WARNING, hier, "m")).isEqualTo(new Finding("X", Severity.WARNING,
                new SourcePosition("a.yaml", 3, 5), "m"));
    }

    @Test
    void tweeKeerDezelfdeTekstAndersOpgemaaktGeeftGelijkeModellen(@TempDir Path tmp) throws Exception {
        Path kopie = Mappen.kopieer(Path.of("verordening-source"), tmp.resolve("bron"));
        Path h4 = kopie.resolve("hoofdstukken/04-gezond-en-veilig-opgroeien.yaml");
        // Andere opmaak: commentaar en lege regels ervoor verschuiven elke positie in het bestand.
        Files.writeString(h4, "# opnieuw opgemaakt\n\n\n" + Files.readString(h4));
        Verordening origineel = new SourceLoader().load(Path.of("verordening-source"));
        Verordening anders = new SourceLoader().load(kopie);
        assertThat(anders.hoofdstukken().get(3).artikelen().get(0).pos().zelfdePlek(origineel.hoofdstukken().get(3).artikelen().get(0).pos())).isFalse();
        assertThat(anders).isEqualTo(origineel).hasSameHashCodeAs(origineel);

        Files.writeString(h4, Files.readString(h4).replace("Preventieve maatregelen", "Preventieve maatregel"));
        assertThat(new SourceLoader().load(kopie)).isNotEqualTo(origineel);
    }
}

package nl.verordening.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.verordening.model.Artikel;
import nl.verordening.model.Blok;
import nl.verordening.model.Inline;
import nl.verordening.model.LijstSoort;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Verordening;
import nl.verordening.model.WetTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourceLoaderTest {

    static Verordening v;

    @BeforeAll
    static void laad() throws Exception {
        v = new SourceLoader().load(Path.of("src/test/resources/bron/minimaal"));
    }

    @Test
    void leestMetadataEnOndertekening() {
        assertThat(v.metadata().gemeente()).isEqualTo("Voorbeeldstad");
        assertThat(v.metadata().cbsCode()).isEqualTo("gm9999");
        assertThat(v.metadata().vastgesteld()).isEqualTo(LocalDate.of(2025, 12, 18));
        assertThat(v.metadata().inwerkingtreding()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(v.metadata().ondertekening().ondertekenaars())
                .extracting(o -> o.functie() + "|" + o.naam())
                .containsExactly("De raadsgriffier|A. Griffier", "De raadsvoorzitter|B. Voorzitter");
        assertThat(v.metadata().aanhef().isEmpty()).isTrue();
    }

    @Test
    void leestStructuurInVolgorde() {
        assertThat(v.hoofdstukken()).extracting(h -> h.nummer() + " " + h.titel())
                .containsExactly("1 Begrippenlijst", "2 Vervoer naar school");
        assertThat(v.hoofdstukken().get(1).inleiding()).hasSize(2);
        assertThat(v.hoofdstukken().get(1).kernwaarden()).hasSize(2);
        assertThat(v.paragrafen()).extracting(p -> p.nummer()).containsExactly("2.1");
        assertThat(v.artikelen()).extracting(Artikel::nummer).containsExactly("2.1.1", "2.1.2");
        assertThat(v.begrippen()).extracting(b -> b.id()).containsExactly("begrip-persoonsgebonden-budget", "begrip-schoolafstand");
        assertThat(v.begrippen().get(0).afkortingen()).containsExactly("Pgb");
    }

    @Test
    void ledenOnderdelenEnWettenregel() {
        Artikel a = v.artikelen().get(0);
        Blok.Lid lid2 = a.lid("2").orElseThrow();
        Blok.Lijst lijst = (Blok.Lijst) lid2.inhoud().get(1);
        assertThat(lijst.soort()).isEqualTo(LijstSoort.LETTERS);
        assertThat(lijst.onderdelen()).extracting(o -> o.label()).containsExactly("a", "b");

        Artikel b = v.artikelen().get(1);
        assertThat(b.inhoud()).extracting(x -> x.getClass().getSimpleName())
                .containsExactly("Alinea", "Lid", "Lid", "Wettenregel", "Lid");
        assertThat(b.publiek().uitleg()).hasSize(1);
    }

    @Test
    void tweeCodesZonderKommaWordenTweeTagsMetHunSchrijfwijze() {
        Artikel b = v.artikelen().get(1);
        assertThat(b.wetten()).extracting(WetTag::code).containsExactly("LLV", "Wmo", "Jeugdwet");
        assertThat(b.wetten()).extracting(WetTag::geschreven).containsExactly("LLV", "Wmo Jeugdwet", "Wmo Jeugdwet");
    }

    @Test
    void verwijzingenEnParametersHebbenHunExactePositie() {
        Artikel b = v.artikelen().get(1);
        Blok.Alinea lid1 = (Blok.Alinea) b.lid("1").orElseThrow().inhoud().get(0);
        Inline.ParameterWaarde p = (Inline.ParameterWaarde) lid1.tekst().delen().get(1);
        assertThat(p.parameter()).isEqualTo("drempel-schoolafstand");
        assertThat(p.pos()).isEqualTo(new SourcePosition("hoofdstukken/02-vervoer.yaml", 36, 79));

        Blok.Alinea lid2 = (Blok.Alinea) b.lid("2").orElseThrow().inhoud().get(0);
        Inline.Verwijzing r = (Inline.Verwijzing) lid2.tekst().delen().get(1);
        assertThat(r.doel()).isEqualTo("ouders-en-leerling");
        assertThat(r.lid()).isEqualTo("2");
        assertThat(r.onderdeel()).isEqualTo("b");
        // In een tekst tussen aanhalingstekens: kolom 20 is de quote, 21 de 'Z' van "Zie ook ".
        assertThat(r.pos()).isEqualTo(new SourcePosition("hoofdstukken/02-vervoer.yaml", 38, 29));
    }

    @Test
    void cursiefWordtNadruk() {
        var k = v.hoofdstukken().get(1).kernwaarden().get(1).tekst().delen();
        assertThat(k).hasSize(3);
        assertThat(k.get(1)).isInstanceOf(Inline.Nadruk.class);
    }
}

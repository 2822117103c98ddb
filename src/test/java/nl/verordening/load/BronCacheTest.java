package nl.verordening.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import nl.verordening.model.Finding;
import nl.verordening.model.Verordening;
import nl.verordening.testutil.Mappen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** De cache leest alleen gewijzigde bestanden opnieuw, en geeft hetzelfde model en dezelfde fouten als zonder. */
class BronCacheTest {

    static final String HOOFDSTUK = "hoofdstukken/04-gezond-en-veilig-opgroeien.yaml";

    @Test
    void naEenWijzigingInEenHoofdstukWordtAlleenDatBestandOpnieuwGelezen(@TempDir Path tmp) throws Exception {
        Path bron = Mappen.kopieer(Path.of("verordening-source"), tmp.resolve("bron"));
        BronCache cache = new BronCache();
        SourceLoader lader = new SourceLoader(null, cache);
        Verordening eerst = lader.load(bron);
        long bestanden = cache.ontleed();
        assertThat(bestanden).isEqualTo(17); // verordening.yaml, wetten.yaml, parameters.yaml, 14 hoofdstukken

        Verordening weer = lader.load(bron);
        assertThat(cache.ontleed()).isEqualTo(bestanden);
        assertThat(cache.gelezen()).isEqualTo(bestanden);
        assertThat(weer).isEqualTo(eerst);
        assertThat(cache.hoofdstukHergebruikt()).isEqualTo(14);

        Path h = bron.resolve(HOOFDSTUK);
        Files.writeString(h, Files.readString(h).replace("titel: Preventieve maatregelen", "titel: Preventieve maatregelen en meer"));
        Verordening na = lader.load(bron);
        assertThat(cache.gelezen()).isEqualTo(bestanden + 1);
        assertThat(cache.ontleed()).isEqualTo(bestanden + 1);
        assertThat(cache.hoofdstukHergebruikt()).isEqualTo(14 + 13);
        assertThat(na.artikelen()).anyMatch(a -> a.titel().equals("Preventieve maatregelen en meer"));
        assertThat(na).isEqualTo(new SourceLoader().load(bron));
    }

    @Test
    void eenAndereTijdMetDezelfdeInhoudLeestWelMaarOntleedtNiet(@TempDir Path tmp) throws Exception {
        Path bron = Mappen.kopieer(Path.of("verordening-source"), tmp.resolve("bron"));
        BronCache cache = new BronCache();
        SourceLoader lader = new SourceLoader(null, cache);
        lader.load(bron);
        long g = cache.gelezen();
        long o = cache.ontleed();
        Files.setLastModifiedTime(bron.resolve(HOOFDSTUK), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        lader.load(bron);
        assertThat(cache.gelezen()).isEqualTo(g + 1);
        assertThat(cache.ontleed()).isEqualTo(o);
    }

    @Test
    void foutenUitEenBewaardBestandKomenElkeKeerTerug(@TempDir Path tmp) throws Exception {
        Path bron = Mappen.kopieer(Path.of("verordening-source"), tmp.resolve("bron"));
        Path h = bron.resolve(HOOFDSTUK);
        Files.writeString(h, Files.readString(h).replace("titel: Preventieve maatregelen", "titel: 'Preventieve"));
        BronCache cache = new BronCache();
        SourceLoader lader = new SourceLoader(null, cache);
        List<Finding> eerst = fouten(lader, bron);
        List<Finding> weer = fouten(lader, bron);
        assertThat(eerst).isNotEmpty().isEqualTo(weer).isEqualTo(fouten(new SourceLoader(), bron));
        assertThat(eerst).extracting(Finding::code).contains("yaml-syntaxis");
    }

    @Test
    void eenVerdwenenBestandIsEenFout(@TempDir Path tmp) throws Exception {
        Path bron = Mappen.kopieer(Path.of("verordening-source"), tmp.resolve("bron"));
        SourceLoader lader = new SourceLoader(null, new BronCache());
        lader.load(bron);
        Files.delete(bron.resolve(HOOFDSTUK));
        assertThat(fouten(lader, bron)).extracting(Finding::code).containsExactly("bestand-ontbreekt");
    }

    private static List<Finding> fouten(SourceLoader lader, Path bron) {
        try {
            lader.load(bron);
        } catch (LoadException e) {
            return e.findings();
        }
        throw new AssertionError("de bron laadde");
    }

    @Test
    void eenAnderWettenregisterLeestDeHoofdstukkenOpnieuw(@TempDir Path tmp) throws Exception {
        Path bron = Mappen.kopieer(Path.of("verordening-source"), tmp.resolve("bron"));
        BronCache cache = new BronCache();
        SourceLoader lader = new SourceLoader(null, cache);
        lader.load(bron);
        Path w = bron.resolve("wetten.yaml");
        Files.writeString(w, Files.readString(w).replace("code: Jeugdwet", "code: Jeugd"));
        List<Finding> fouten = fouten(lader, bron);
        assertThat(fouten).extracting(Finding::code).contains("wet-onbekend");
        assertThat(fouten).isEqualTo(fouten(new SourceLoader(), bron));
    }

    @Test
    void zonderBronmapGeenCacheNodig() {
        assertThatThrownBy(() -> new SourceLoader(null, new BronCache()).load(Path.of("bestaat-niet"))).isInstanceOf(LoadException.class);
    }
}

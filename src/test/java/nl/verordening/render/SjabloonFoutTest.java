package nl.verordening.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Elke sjabloonfout als Nederlandse melding met het bestand dat de gebruiker kan openen, regel en kolom. */
class SjabloonFoutTest {

    @TempDir
    Path tmp;

    /** Een object met methoden, zoals KaleTekstOpmaak in het echte sjabloon. */
    public static final class Hulp {
        public String kop(String nummer) {
            return "kop " + nummer;
        }

        public String kapot() {
            throw new IllegalStateException("geen nummer");
        }
    }

    private SjabloonFout fout(String sjabloon) {
        Templates t = new Sjablonenmap(tmp).met("test/a.txt.vm", sjabloon).templates();
        return catchThrowableOfType(SjabloonFout.class, () -> t.render("test/a.txt.vm", Map.of("tekst", new Hulp(), "titel", "T")));
    }

    private String pad(String naam) {
        return tmp.resolve(naam).toString();
    }

    @Test
    void syntaxisfoutMetRegelEnKolom() {
        SjabloonFout f = fout("regel een\n#if($titel)\n  tekst\n#end\n  $titel #end\n");
        assertThat(f.getMessage()).isEqualTo(pad("test/a.txt.vm") + ":5:10: fout: sjabloonfout: syntaxisfout: onverwachte #end;"
                + " staat er een #end te veel, of ontbreekt er een ')' voor? [sjabloon]");
        assertThat(f.bestand()).isEqualTo(pad("test/a.txt.vm"));
        assertThat(f.regel()).isEqualTo(5);
        assertThat(f.kolom()).isEqualTo(10);
    }

    @Test
    void onverwachtEinde() {
        SjabloonFout f = fout("x\n#if($titel\n");
        assertThat(f.getMessage()).startsWith(pad("test/a.txt.vm") + ":3:1: ")
                .contains("fout: sjabloonfout: syntaxisfout: onverwacht einde van het sjabloon");
    }

    @Test
    void onbekendeVerwijzingMetPlekEnWatErWelIs() {
        SjabloonFout f = fout("a\nb  $onbekend c\n");
        assertThat(f.getMessage()).isEqualTo(pad("test/a.txt.vm") + ":2:4: fout: sjabloonfout: onbekende verwijzing $onbekend;"
                + " beschikbaar zijn $tekst, $titel (gebruik $!naam of #if voor iets dat mag ontbreken) [sjabloon]");
    }

    @Test
    void onbekendeMethodeEnEigenschap() {
        SjabloonFout m = fout("\n\n  $tekst.kopp(\"3\")");
        assertThat(m.regel()).isEqualTo(3);
        assertThat(m.kolom()).isEqualTo(10); // Velocity wijst de methodenaam aan
        assertThat(m.bericht()).startsWith("$tekst heeft geen methode kopp(String) (klasse ");
        assertThat(fout("$tekst.nummer").bericht()).startsWith("$tekst heeft geen eigenschap 'nummer'");
    }

    @Test
    void foutInEenAangeroepenMethode() {
        SjabloonFout f = fout("x\n$tekst.kop(\"1\") $tekst.kapot()\n");
        assertThat(f.getMessage()).isEqualTo(pad("test/a.txt.vm")
                + ":2:24: fout: sjabloonfout: fout in $tekst.kapot(): IllegalStateException: geen nummer [sjabloon]");
    }

    @Test
    void ontbrekendIngeslotenSjabloonMetDePlekVanParse() {
        SjabloonFout f = fout("een\n  twee #parse(\"gemeenschappelijk/weg.vm\")\n");
        assertThat(f.getMessage()).isEqualTo(pad("test/a.txt.vm") + ":2:8: fout: sjabloonfout: #parse: sjabloon"
                + " 'gemeenschappelijk/weg.vm' niet gevonden, niet in de eigen sjablonenmap en niet bij de standaardsjablonen [sjabloon]");
    }

    @Test
    void ontbrekendSjabloonHeeftDeMeegeleverdeNaam() {
        SjabloonFout f = catchThrowableOfType(SjabloonFout.class, () -> Templates.bundled().render("publiek/weg.html.vm", Map.of()));
        assertThat(f.getMessage()).isEqualTo("templates/publiek/weg.html.vm: fout: sjabloonfout: sjabloon 'publiek/weg.html.vm'"
                + " niet gevonden, niet in de eigen sjablonenmap en niet bij de standaardsjablonen [sjabloon]");
    }

    @Test
    void foutInEenIngeslotenDeelWijstNaarDatDeel() {
        Templates t = new Sjablonenmap(tmp)
                .met("test/a.txt.vm", "#parse(\"gemeenschappelijk/kop.vm\")")
                .met("gemeenschappelijk/kop.vm", "\n $niets")
                .templates();
        SjabloonFout f = catchThrowableOfType(SjabloonFout.class, () -> t.render("test/a.txt.vm", Map.of()));
        assertThat(f.bestand()).isEqualTo(pad("gemeenschappelijk/kop.vm"));
        assertThat(f.regel()).isEqualTo(2);
        assertThat(f.kolom()).isEqualTo(2);
    }

    @Test
    void eenEigenMapOnderDeWerkmapWordtRelatiefGemeld() throws Exception {
        Path werkmap = Path.of("").toAbsolutePath();
        Path map = Files.createTempDirectory(werkmap.resolve("target"), "sjablonen-");
        try {
            Templates t = new Sjablonenmap(map).met("test/a.txt.vm", "$niets").templates();
            SjabloonFout f = catchThrowableOfType(SjabloonFout.class, () -> t.render("test/a.txt.vm", Map.of()));
            assertThat(f.getMessage()).startsWith("target/" + map.getFileName() + "/test/a.txt.vm:1:1: fout: sjabloonfout: ");
        } finally {
            Files.delete(map.resolve("test/a.txt.vm"));
            Files.delete(map.resolve("test"));
            Files.delete(map);
        }
    }
}

package nl.verordening.beslis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import nl.verordening.load.LoadException;
import nl.verordening.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fouten in een beslistabel: allemaal tegelijk, elk op bestand:regel:kolom, in het Nederlands. */
class BeslistabelLaadfoutenTest {

    @TempDir
    Path map;

    @Test
    void alleFoutenMetPreciezePlek() {
        String tabel = """
                id: t
                titel: Test
                grondslag: [vergoeding-van-kosten]
                hitpolicy: SOMS
                invoer:
                  - {naam: afstand, type: getal}
                  - {naam: school, type: keuze, waarden: [BO, SBO]}
                  - {naam: jong, type: waarheden}
                uitvoer:
                  - {naam: bedrag, type: getal}
                regels:
                  - als: {afstand: '>>6', school: 'HAVO'}
                    dan: {bedrag: '{{bedrg}}'}
                  - als: {afstnd: '[6..20]', school: '"BO",'}
                    dan: {bedrag: zes}
                voorbeelden:
                  - naam: een
                    invoer: {afstand: 3, school: BO, jong: true}
                    uitkomst: {bedrag: 1}
                """;
        LoadException e = catchThrowableOfType(() -> MiniBron.laad(map, tabel), LoadException.class);
        List<String> m = e.findings().stream().map(Finding::format).toList();
        assertThat(m).containsExactly(
                "beslistabellen/t.yaml:4:12: fout: onbekende hitpolicy 'SOMS' (toegestaan: UNIQUE, ANY, FIRST, PRIORITY, COLLECT, RULE ORDER) [beslistabel-ongeldig]",
                "beslistabellen/t.yaml:8:24: fout: onbekend type 'waarheden' in invoer 'jong'; bedoelde u 'waarheid'? (toegestaan: datum, getal, keuze, waarheid) [beslistabel-ongeldig]",
                "beslistabellen/t.yaml:12:22: fout: regel 1, invoer 'afstand': '>6' is geen getal (invoer 'afstand' is een getal; decimalen met een punt: 62.50) [feel-ongeldig]",
                "beslistabellen/t.yaml:12:36: fout: regel 1, invoer 'school': 'HAVO' is geen toegestane waarde van invoer 'school' (toegestaan: BO, SBO) [feel-ongeldig]",
                "beslistabellen/t.yaml:13:20: fout: regel 1, uitvoer 'bedrag': onbekende parameter 'bedrg' (niet in parameters.yaml); bedoelde u 'bedrag'? [feel-ongeldig]",
                "beslistabellen/t.yaml:14:11: fout: onbekende invoer 'afstnd' in regel 2 van beslistabel t; bedoelde u 'afstand'? (invoer van t: afstand, school, jong) [naam-onbekend]",
                "beslistabellen/t.yaml:14:44: fout: regel 2, invoer 'school': lege term tussen komma's [feel-ongeldig]",
                "beslistabellen/t.yaml:15:19: fout: regel 2, uitvoer 'bedrag': 'zes' is geen getal (uitvoer 'bedrag' is een getal; decimalen met een punt: 62.50) [feel-ongeldig]",
                // Gevolgfout: met een onbekend type leest de lader 'jong' als getal.
                "beslistabellen/t.yaml:18:44: fout: voorbeeld 'een': 'true' is geen getal (invoer 'jong' is een getal; decimalen met een punt: 62.50) [feel-ongeldig]");
    }
}

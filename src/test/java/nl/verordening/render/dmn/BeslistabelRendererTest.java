package nl.verordening.render.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Verordening;
import nl.verordening.render.GeheugenOutput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** De export van de echte tabellen: drie bestanden per tabel, deterministisch, parameters ingevuld. */
class BeslistabelRendererTest {

    static Verordening v;

    @BeforeAll
    static void laad() throws Exception {
        v = new SourceLoader().load(Path.of("verordening-source"));
    }

    static Map<String, String> render() throws Exception {
        GeheugenOutput out = new GeheugenOutput();
        new BeslistabelRenderer().render(v, out);
        Map<String, String> r = new TreeMap<>();
        out.bestanden().forEach((k, b) -> r.put(k, new String(b, StandardCharsets.UTF_8)));
        return r;
    }

    @Test
    void drieBestandenPerTabelEnDeterministisch() throws Exception {
        Map<String, String> a = render();
        assertThat(a).hasSize(3 * v.beslistabellen().size()).containsKeys("beslistabellen/inkomenstoeslag.dmn",
                "beslistabellen/inkomenstoeslag.json", "beslistabellen/inkomenstoeslag.md");
        assertThat(render()).isEqualTo(a);
    }

    @Test
    void dmnMetInvoerwaardenWaarHetDomeinOpTeSommenIs() throws Exception {
        String dmn = render().get("beslistabellen/inkomenstoeslag.dmn");
        assertThat(dmn).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"")
                .contains("<decisionTable id=\"tabel_inkomenstoeslag\" hitPolicy=\"UNIQUE\"")
                .contains("<text>\"alleenstaande\",\"alleenstaande ouder\",\"gehuwd of samenwonend\"</text>")
                .contains("<text>true,false</text>")
                // parameters ingevuld: {{inkomenstoeslag-inkomensgrens}} is 110, {{inkomenstoeslag-alleenstaande}} 465
                .contains("<text>&gt;=110</text>", "<text>465</text>")
                .doesNotContain("{{");
        // een getalinvoer heeft geen inputValues: 2 keuze/waarheid-invoeren van de 5 niet, 3 wel
        assertThat(dmn.split("<inputValues ", -1)).hasSize(4);
    }

    @Test
    void jsonMetParametersOpDePeildatum() throws Exception {
        String json = render().get("beslistabellen/opstartpremie.json");
        assertThat(json).contains("\"peildatum\": \"2026-01-01\"", "\"hitpolicy\": \"UNIQUE\"",
                "\"parameters\": {\n    \"opstartpremie-18-tot-21\": 62.50,\n    \"opstartpremie-vanaf-21\": 250\n  }",
                "\"leeftijd\": \"[18..21[\"");
        String md = render().get("beslistabellen/opstartpremie.md");
        assertThat(md).contains("| 3 | [18..21[ | false | 62,50 euro |");
    }
}

package nl.verordening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@code check --format json|sarif} en de tekstuitvoer op de echte verordening. */
class RapportformaatTest {

    private static final String BRON = "verordening-source";

    @Test
    void jsonGeeftPerBevindingAlleVeldenMetPreciezePlek() throws Exception {
        Cli u = Cli.voerUit("check", BRON, "--format", "json");
        assertThat(u.code()).isZero();
        JsonNode r = new ObjectMapper().readTree(u.out());
        assertThat(r.isArray()).isTrue();
        assertThat(r.size()).isGreaterThan(10);
        for (JsonNode f : r) {
            assertThat(f.fieldNames()).toIterable().contains("code", "ernst", "bestand", "regel", "kolom", "artikel", "bericht", "suggestie");
        }
        // artikel 5.2.1, vierde lid: "artikel 3.3 ‘beoordelen aanvraag’" — 3.3 is een paragraaf, de titel hoort bij 3.3.4
        JsonNode ref003 = vind(r, "REF003", "5.2.1");
        assertThat(ref003.get("bestand").asText()).endsWith("hoofdstukken/05-wonen-in-een-veilige-en-gezonde-omgeving.yaml");
        assertThat(ref003.get("regel").asInt()).isEqualTo(74);
        assertThat(ref003.get("suggestie").asText()).isEqualTo("artikel 3.3.4");
        String regel = Files.readAllLines(Path.of(BRON, "hoofdstukken/05-wonen-in-een-veilige-en-gezonde-omgeving.yaml")).get(73);
        assertThat(regel.substring(ref003.get("kolom").asInt() - 1)).startsWith("artikel 3.3 ‘beoordelen aanvraag’");
    }

    private static JsonNode vind(JsonNode r, String code, String artikel) {
        for (JsonNode f : r) if (f.get("code").asText().equals(code) && artikel.equals(f.get("artikel").asText())) return f;
        throw new AssertionError(code + " bij artikel " + artikel + " niet gevonden");
    }

    @Test
    void sarifIsGeldigVolgensHetSarif210Schema() throws Exception {
        Cli u = Cli.voerUit("check", BRON, "--format", "sarif");
        assertThat(u.code()).isZero();
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(Path.of("src/test/resources/sarif/sarif-2.1.0-rtm.5.json")), InputFormat.JSON);
        assertThat(schema.validate(u.out(), InputFormat.JSON)).isEmpty();
        JsonNode log = new ObjectMapper().readTree(u.out());
        JsonNode results = log.at("/runs/0/results");
        assertThat(results.size()).isGreaterThan(10);
        assertThat(log.at("/runs/0/tool/driver/rules").size()).isGreaterThanOrEqualTo(15);
        assertThat(results.get(0).at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    }

    @Test
    void eenOngeldigeSarifValtDoorHetSchema() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(Path.of("src/test/resources/sarif/sarif-2.1.0-rtm.5.json")), InputFormat.JSON);
        assertThat(schema.validate("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}", InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void tekstuitvoerPerBestandMetCodeInDeErnstEnSuggestie() {
        Cli u = Cli.voerUit("check", BRON);
        assertThat(u.out()).contains(Path.of(BRON, "hoofdstukken/05-wonen-in-een-veilige-en-gezonde-omgeving.yaml") + " (0 fouten, 5 waarschuwingen, 26 info)\n")
                .contains(":74:38: waarschuwing[REF003]: artikel 5.2.1, lid 4: in 'artikel 3.3 ‘beoordelen aanvraag’ van deze verordening'")
                .contains("    suggestie: artikel 3.3.4\n")
                .doesNotContain("\u001b[");
    }

    @Test
    void aantallenPerCodeOpDeEchteVerordening() throws Exception {
        Cli u = Cli.voerUit("check", BRON, "--format", "json");
        Map<String, Integer> n = new TreeMap<>();
        for (JsonNode f : new ObjectMapper().readTree(u.out())) n.merge(f.get("code").asText(), 1, Integer::sum);
        List<String> r = new ArrayList<>();
        n.forEach((k, v) -> r.add(k + "=" + v));
        assertThat(r).containsExactly("BEG001=9", "BEG002=1", "BEG003=6", "BEG004=9", "BEG005=1", "BES009=7",
                "MET001=1", "REF001=3", "REF003=4", "REF004=2", "REF005=1", "REF006=17",
                "STR001=1", "STR006=1", "TAL001=124", "TAL002=102", "TAL003=1", "WET001=1", "WET002=1", "WET003=3");
    }
}

package nl.verordening.render.bron;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.verordening.check.Checks;
import nl.verordening.load.LoadException;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.bron.Bestandssoort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * De schema's en de lader zijn het eens: elke fixture en de echte bron wordt met beide gelezen. Heeft
 * de lader een fout die een schemakwestie is (vorm, sleutels, soorten, patronen), dan keurt het
 * schema ten minste één bestand af; heeft hij er geen, dan keurt het schema niets af. Fouten die
 * geen schemakwestie zijn (verwijzingen, dubbele ids, bestanden, YAML-syntaxis) staan in
 * {@link #GEEN_SCHEMAKWESTIE} en in docs/editor.md.
 */
class BronSchemaTest {

    /** Laadfouten die een schema kan zien. */
    static final Set<String> SCHEMAKWESTIE = Set.of("veld-onbekend", "veld-ontbreekt", "soort-onjuist", "blok-onbekend",
            "nummer-ongeldig", "datum-ongeldig", "jaar-ongeldig", "cbs-code-ongeldig", "bwb-ongeldig", "waarde-ongeldig",
            "id-ongeldig", "orgaan-ongeldig");

    /** Laadfouten die over bestanden, meer dan één plek of de betekenis van tekst gaan. */
    static final Set<String> GEEN_SCHEMAKWESTIE = Set.of("map-ontbreekt", "bestand-ontbreekt", "bestand-onleesbaar",
            "bestand-buiten-bron", "bestand-leeg", "geen-utf8", "yaml-syntaxis", "sleutel-dubbel", "id-dubbel", "nummer-dubbel",
            "wet-onbekend", "wet-dubbel", "tekst-opmaak", "verwijzing-ongeldig", "verwijzing-onbekend", "parameter-ongeldig",
            "parameter-onbekend", "parameter-geen-waarde", "label-ontbreekt", "parameter-dubbel", "bestand-dubbel",
            "bestand-te-groot", "afbeelding-ongeldig", "eenheid-onbekend",
            // YAML-constructies en tekens die de lader weigert, en wat de tekst betekent (issue 6)
            "yaml-anker", "teken-ongeldig", "tekst-leeg", "html-in-tekst", "link-onveilig",
            // beslistabellen/*.yaml hebben (nog) geen schema
            "beslistabel-ongeldig", "feel-ongeldig", "naam-onbekend");

    /**
     * Deels: een aanvaarding zonder {@code reden} ziet het schema (reden is verplicht), een onbekende
     * code niet (de codes horen bij de controles, niet bij het formaat); te diep geneste YAML keurt het
     * schema af als de diepte op een plek staat waar tekst hoort. Hier geen eis aan het schema.
     */
    static final Set<String> DEELS = Set.of("aanvaarding-ongeldig", "te-diep");

    static final Map<Bestandssoort, Schema> SCHEMAS = new EnumMap<>(Bestandssoort.class);

    @BeforeAll
    static void laadSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (Bestandssoort s : Bestandssoort.values()) SCHEMAS.put(s, registry.getSchema(BronSchema.json(s), InputFormat.JSON));
    }

    static Stream<Path> bronnen() throws IOException {
        List<Path> r = new ArrayList<>();
        r.add(Path.of("verordening-source"));
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/bron"))) {
            s.filter(Files::isDirectory).sorted().forEach(r::add);
        }
        try (Stream<Path> codes = Files.list(Path.of("src/test/resources/checks"))) {
            for (Path code : codes.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> g = Files.list(code)) {
                    g.filter(p -> Files.isRegularFile(p.resolve("verordening.yaml"))).sorted().forEach(r::add);
                }
            }
        }
        return r.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bronnen")
    void schemaEnLaderZijnHetEens(Path bron) throws IOException {
        Set<String> laadfouten = new TreeSet<>();
        try {
            new SourceLoader(Checks.codes()).load(bron);
        } catch (LoadException e) {
            for (Finding f : e.findings()) if (f.severity() == Severity.ERROR) laadfouten.add(f.code());
        }
        assertThat(laadfouten).as("elke laadfout is ingedeeld").allMatch(c -> SCHEMAKWESTIE.contains(c) || GEEN_SCHEMAKWESTIE.contains(c) || DEELS.contains(c));
        List<String> afgekeurd = valideer(bron);
        boolean schemakwestie = laadfouten.stream().anyMatch(SCHEMAKWESTIE::contains);
        if (schemakwestie) {
            assertThat(afgekeurd).as("de lader meldt %s; het schema moet iets afkeuren", laadfouten).isNotEmpty();
        } else if (laadfouten.stream().noneMatch(DEELS::contains)) {
            assertThat(afgekeurd).as("de lader meldt geen schemakwestie (%s); het schema mag niets afkeuren", laadfouten).isEmpty();
        }
    }

    /** De meldingen van het schema voor elk YAML-bestand van de bron dat geldige YAML is. */
    static List<String> valideer(Path bron) throws IOException {
        List<String> r = new ArrayList<>();
        List<Path> bestanden;
        try (Stream<Path> s = Files.walk(bron)) {
            bestanden = s.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path p : bestanden) {
            Bestandssoort soort = soort(bron.relativize(p).toString().replace('\\', '/'));
            if (soort == null) continue;
            String tekst;
            try {
                tekst = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                continue; // geen UTF-8: geen schemakwestie
            }
            if (tekst.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) continue; // leeg bestand
            List<Error> fouten;
            try {
                fouten = SCHEMAS.get(soort).validate(tekst, InputFormat.YAML);
            } catch (RuntimeException e) {
                continue; // geen geldige YAML: geen schemakwestie
            }
            for (Error f : fouten) r.add(bron.relativize(p) + ": " + f.getInstanceLocation() + ": " + f.getMessage());
        }
        return r;
    }

    static Bestandssoort soort(String relatief) {
        for (Bestandssoort s : Bestandssoort.values()) {
            String patroon = s.patroon();
            if (patroon.equals(relatief)) return s;
            if (patroon.endsWith("/*.yaml") && relatief.startsWith(patroon.substring(0, patroon.length() - 6))
                    && !relatief.substring(patroon.length() - 6).contains("/")) {
                return s;
            }
        }
        return null;
    }

    @Test
    void deEchteBronEnDeGoedeFixturesZijnGeldig() throws IOException {
        for (String bron : List.of("verordening-source", "src/test/resources/bron/minimaal", "src/test/resources/bron/klassiek")) {
            assertThat(valideer(Path.of(bron))).as(bron).isEmpty();
        }
    }

    @Test
    void elkeSleutelMetEenBlokHeeftEenElement() {
        assertThat(BronSchema.zonderElement()).isEmpty();
    }

    @Test
    void eenSchemaPerBestandssoortMetTitelEnOmschrijvingBijElkeSleutel() throws IOException {
        assertThat(BronSchema.alle().keySet()).containsExactly("verordening.schema.json", "wetten.schema.json",
                "parameters.schema.json", "hoofdstuk.schema.json", "bijlage.schema.json");
        ObjectMapper om = new ObjectMapper();
        for (String json : BronSchema.alle().values()) {
            JsonNode s = om.readTree(json);
            assertThat(s.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            for (JsonNode def : s.get("$defs")) {
                JsonNode props = def.get("properties");
                if (props == null) continue;
                assertThat(def.get("additionalProperties").asBoolean(true)).isFalse();
                for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    assertThat(e.getValue().path("title").asText()).as(e.getKey()).isNotBlank();
                    assertThat(e.getValue().path("description").asText()).as(e.getKey()).isNotBlank();
                }
            }
        }
        assertThat(BronSchema.alle().get("verordening.schema.json")).contains("\"enum\": [\"raad\", \"college\", \"burgemeester\"]");
    }

    @Test
    void deSchemasZijnDeterministisch() {
        assertThat(BronSchema.alle()).isEqualTo(BronSchema.alle());
    }

    @Test
    void eenSchemaVindtWatDeLaderVindt() {
        Schema h = SCHEMAS.get(Bestandssoort.HOOFDSTUK);
        String goed = "hoofdstuk: 1\nid: vervoer\ntitel: Vervoer\ninhoud:\n  - artikel: '1.1'\n    id: a\n    inhoud:\n"
                + "      - lid: 1\n        tekst: Tekst.\n        onderdelen:\n          - a: een\n          - b: twee\n";
        assertThat(h.validate(goed, InputFormat.YAML)).isEmpty();
        assertThat(h.validate(goed.replace("titel: Vervoer", "titl: Vervoer"), InputFormat.YAML)).isNotEmpty();
        assertThat(h.validate(goed.replace("id: a", "id: A"), InputFormat.YAML)).isNotEmpty();
        assertThat(h.validate(goed.replace("- a: een", "- A: een"), InputFormat.YAML)).isNotEmpty();
        assertThat(h.validate(goed.replace("- lid: 1", "- lid: een"), InputFormat.YAML)).isNotEmpty();
        assertThat(h.validate(goed.replace("- lid: 1", "- lidd: 1"), InputFormat.YAML)).isNotEmpty();
    }
}

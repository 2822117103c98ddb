package nl.verordening.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.verordening.load.SourceLoader;
import org.junit.jupiter.api.Test;

/**
 * Telt per soort knoop wat de walk op de echte bron bezoekt, tegen tellingen die onafhankelijk van
 * lader en walk uit de YAML-bestanden komen (Jackson-boom, eigen regels hieronder). Zo valt op als
 * de walk een soort knoop ergens mist, of de lader iets anders leest dan er staat.
 */
class WalkTellingTest {

    private static final Path BRON = Path.of("verordening-source");
    /** Sleutels waarvan de waarde blokken (of één tekst) is. */
    private static final Set<String> BLOKSLEUTELS = Set.of("inhoud", "inleiding", "uitleg", "voorbeeld", "toelichting",
            "definitie", "aanhef");

    @Test
    void deWalkBezoektElkeKnoopZoalsDeBronHemSchrijft() throws Exception {
        Verordening v = new SourceLoader().load(BRON);
        Map<String, Integer> walk = new TreeMap<>();
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override public void hoofdstuk(Hoofdstuk x, Pad p) { tel(walk, "hoofdstuk"); }
            @Override public void paragraaf(Paragraaf x, Pad p) { tel(walk, "paragraaf"); }
            @Override public void artikel(Artikel x, Pad p) { tel(walk, "artikel"); }
            @Override public void begrip(Begrip x, Pad p) { tel(walk, "begrip"); }
            @Override public void kernwaarde(Kernwaarde x, Pad p) { tel(walk, "kernwaarde"); }
            @Override public void lid(Blok.Lid x, Pad p) { tel(walk, "lid"); }
            @Override public void lijst(Blok.Lijst x, Pad p) { tel(walk, "lijst"); }
            @Override public void onderdeel(Onderdeel x, Pad p) { tel(walk, "onderdeel"); }
            @Override public void wettenregel(Blok.Wettenregel x, Pad p) { tel(walk, "wettenregel"); }
            @Override public void wetTag(WetTag x, Pad p) { tel(walk, "wettag"); }
            @Override public void alinea(Blok.Alinea x, Pad p) { tel(walk, "alinea"); }
            @Override public void ondertekenaar(Ondertekening.Ondertekenaar x, Pad p) { tel(walk, "ondertekenaar"); }
        });

        Map<String, Integer> yaml = new TreeMap<>();
        YAMLMapper mapper = new YAMLMapper();
        JsonNode hoofd = mapper.readTree(BRON.resolve("verordening.yaml").toFile());
        yaml.put("ondertekenaar", hoofd.get("ondertekening").size());
        mapper.readTree(BRON.resolve("wetten.yaml").toFile()).get("wetten").forEach(w -> CODES.add(w.get("code").asText()));
        try (Stream<Path> s = Files.list(BRON.resolve("hoofdstukken"))) {
            for (Path f : s.sorted().toList()) {
                tel(yaml, "hoofdstuk");
                telYaml(mapper.readTree(f.toFile()), null, yaml);
            }
        }
        assertThat(walk).isEqualTo(yaml);
        // Houvast uit de vastgestelde tekst (seed), los van beide tellingen.
        assertThat(walk).containsEntry("hoofdstuk", 14).containsEntry("paragraaf", 20).containsEntry("artikel", 134)
                .containsEntry("begrip", 81).containsEntry("kernwaarde", 47);
    }

    /** Telt de knopen zoals de bron ze opschrijft; {@code sleutel} is de sleutel waaronder de knoop staat. */
    private static void telYaml(JsonNode n, String sleutel, Map<String, Integer> t) throws IOException {
        if (n.isTextual()) {
            if (sleutel != null && (BLOKSLEUTELS.contains(sleutel) || sleutel.equals("tekst") || sleutel.equals("label")
                    || sleutel.equals("opsomming"))) {
                // Een lege regel scheidt alinea's in een letterlijke tekst.
                for (String alinea : n.asText().split("\n\\s*\n")) if (!alinea.isBlank()) tel(t, "alinea");
            }
            return;
        }
        if (n.isArray()) {
            for (JsonNode item : n) telYaml(item, sleutel, t);
            return;
        }
        if (sleutel != null && sleutel.equals("begrippen")) tel(t, "begrip");
        if (n.has("artikel")) tel(t, "artikel");
        if (n.has("paragraaf")) tel(t, "paragraaf");
        if (n.has("lid")) tel(t, "lid");
        if (n.has("wetten") && n.size() == 1) tel(t, "wettenregel");
        if (n.has("kernwaarden")) t.merge("kernwaarde", n.get("kernwaarden").size(), Integer::sum);
        if (n.has("wetten")) {
            // Een code uit het register is één tag ("Burgerlijk Wetboek"); anders is elk woord er een:
            // "Wmo LLV" zijn twee wetten met een ontbrekende komma.
            for (JsonNode w : n.get("wetten")) {
                String tag = w.asText().trim();
                t.merge("wettag", CODES.contains(tag) ? 1 : tag.split("\\s+").length, Integer::sum);
            }
        }
        for (String lijst : new String[] {"onderdelen", "opsomming"}) {
            if (n.has(lijst)) {
                tel(t, "lijst");
                t.merge("onderdeel", n.get(lijst).size(), Integer::sum);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> velden = n.fields();
        while (velden.hasNext()) {
            Map.Entry<String, JsonNode> e = velden.next();
            String k = e.getKey();
            // De waarde onder een onderdeelletter ("a: tekst") is de tekst van dat onderdeel.
            boolean label = "onderdelen".equals(sleutel) && k.matches("[a-z]{1,2}|[0-9]+|[ivx]+");
            telYaml(e.getValue(), label ? "label" : k, t);
        }
    }

    private static final Set<String> CODES = new java.util.HashSet<>();

    private static void tel(Map<String, Integer> t, String soort) {
        t.merge(soort, 1, Integer::sum);
    }
}

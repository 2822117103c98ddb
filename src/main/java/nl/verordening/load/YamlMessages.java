package nl.verordening.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** Vertaalt de meldingen van de YAML-parser naar Nederlands met een hint voor de schrijver. */
final class YamlMessages {

    private static final Map<String, String> VERTALING = new LinkedHashMap<>();

    static {
        VERTALING.put("mapping values are not allowed here",
                "een dubbele punt met spatie (': ') mag hier niet; zet de tekst tussen enkele aanhalingstekens");
        VERTALING.put("could not find expected ':'", "verwacht een sleutel met ':'; controleer inspringing en aanhalingstekens");
        VERTALING.put("did not find expected key", "verwacht hier een sleutel; controleer de inspringing");
        VERTALING.put("did not find expected '-' indicator", "verwacht hier een lijstitem met '-'; controleer de inspringing");
        VERTALING.put("did not find expected node content", "verwacht hier een waarde");
        VERTALING.put("found character '\\t' that cannot start any token", "tab gevonden; gebruik spaties om in te springen");
        VERTALING.put("found unexpected end of stream", "het bestand eindigt midden in een waarde; is een aanhalingsteken niet gesloten?");
        VERTALING.put("found undefined alias", "onbekende verwijzing met '*'; zet de tekst tussen aanhalingstekens");
        VERTALING.put("found unexpected ':'", "onverwachte ':'; zet de tekst tussen aanhalingstekens");
        VERTALING.put("block sequence entries are not allowed in this context",
                "een lijstitem ('- ') mag hier niet; controleer de inspringing");
        VERTALING.put("found character '@' that cannot start any token", "een waarde mag niet met '@' beginnen; zet de tekst tussen aanhalingstekens");
        VERTALING.put("found character '`' that cannot start any token", "een waarde mag niet met '`' beginnen; zet de tekst tussen aanhalingstekens");
        VERTALING.put("expected <block end>, but found", "inspringing klopt niet: dit staat verder of minder ver ingesprongen dan verwacht");
    }

    private YamlMessages() {}

    static String dutch(String original) {
        String eersteRegel = original == null ? "" : original.lines().findFirst().orElse("").trim();
        for (Map.Entry<String, String> e : VERTALING.entrySet()) {
            if (original != null && original.contains(e.getKey())) return "ongeldige YAML: " + e.getValue();
        }
        return "ongeldige YAML (" + eersteRegel + ")";
    }
}

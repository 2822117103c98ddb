package nl.verordening.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.model.Finding;

/**
 * Zet bij elke onzekere plek van een import een YAML-commentaar "# controleer: regel N: ..." in de
 * geschreven bron, boven de regel {@code id: <element>} van het element waar de bevinding bij hoort.
 * Een bevinding zonder element komt bovenaan {@code verordening.yaml}. Nabewerking op de tekst van de
 * bronschrijver, zodat die geen weet hoeft te hebben van importbevindingen.
 */
final class Controleerregels {

    private static final Pattern ID_REGEL = Pattern.compile("^(\\s*)(?:-\\s+)?id:\\s*['\"]?([^'\"\\s#]+)['\"]?\\s*$");

    private Controleerregels() {}

    static Map<String, String> voegToe(Map<String, String> bestanden, List<Finding> punten) {
        Map<String, List<Finding>> opId = new LinkedHashMap<>();
        List<Finding> los = new ArrayList<>();
        for (Finding f : punten) {
            if (f.element() == null) los.add(f);
            else opId.computeIfAbsent(f.element(), k -> new ArrayList<>()).add(f);
        }
        Map<String, String> uit = new LinkedHashMap<>();
        for (var e : bestanden.entrySet()) {
            if (!e.getKey().endsWith(".yaml")) {
                uit.put(e.getKey(), e.getValue());
                continue;
            }
            StringBuilder sb = new StringBuilder();
            if (e.getKey().equals("verordening.yaml")) {
                for (Finding f : los) sb.append(regel("", f));
            }
            for (String r : e.getValue().split("\n", -1)) {
                Matcher m = ID_REGEL.matcher(r);
                if (m.matches() && opId.containsKey(m.group(2))) {
                    String inspringing = m.group(1) + (r.stripLeading().startsWith("-") ? "  " : "");
                    for (Finding f : opId.remove(m.group(2))) sb.append(regel(inspringing, f));
                }
                sb.append(r).append('\n');
            }
            sb.setLength(sb.length() - 1);
            uit.put(e.getKey(), sb.toString());
        }
        if (!opId.isEmpty() && uit.containsKey("verordening.yaml")) {
            // id niet gevonden (element zonder id-regel): dan toch zichtbaar, bovenaan
            StringBuilder sb = new StringBuilder();
            opId.values().forEach(l -> l.forEach(f -> sb.append(regel("", f))));
            uit.put("verordening.yaml", sb + uit.get("verordening.yaml"));
        }
        return uit;
    }

    private static String regel(String inspringing, Finding f) {
        String plek = f.pos().known() ? "regel " + f.pos().line() + ": " : "";
        return inspringing + "# controleer: " + plek + f.message().replace('\n', ' ') + "\n";
    }
}

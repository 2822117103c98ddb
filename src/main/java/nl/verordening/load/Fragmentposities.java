package nl.verordening.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.model.Finding;
import nl.verordening.model.SourcePosition;

/**
 * Maakt de plek van een bevinding over een stuk tekst precies. Controles kennen alleen het model: ze
 * melden het begin van de alinea en het aangewezen fragment ({@link Finding#fragment()}). Hier, waar de
 * bron gelezen wordt, zoeken we het fragment vanaf dat begin terug in het bestand; witruimte in het
 * fragment past op elke witruimte in de bron (een gevouwen YAML-regel), zodat regel en kolom naar de
 * verwijzing zelf wijzen, ook als die op de derde regel van een alinea staat.
 */
public final class Fragmentposities {

    /** Zo ver na het begin van het blok zoeken we; een alinea is nooit langer. */
    private static final int BEREIK = 20_000;

    private Fragmentposities() {}

    /** De bevindingen met een zo precies mogelijke plek; wat niet te vinden is, blijft ongewijzigd. */
    public static List<Finding> verfijn(Path bronmap, List<Finding> bevindingen) {
        Map<String, String> bestanden = new HashMap<>();
        Map<String, int[]> regels = new HashMap<>();
        List<Finding> r = new ArrayList<>(bevindingen.size());
        for (Finding f : bevindingen) {
            SourcePosition p = f.pos();
            if (f.fragment() == null || f.fragment().isBlank() || !p.known() || p.file().isEmpty()) {
                r.add(f);
                continue;
            }
            String raw = bestanden.computeIfAbsent(p.file(), b -> lees(bronmap.resolve(b)));
            SourcePosition q = raw == null ? null : zoek(raw, regels.computeIfAbsent(p.file(), b -> regelbeginnen(raw)), p, f.fragment());
            r.add(q == null ? f : f.metPos(q));
        }
        return r;
    }

    private static String lees(Path bestand) {
        try {
            return Files.readString(bestand, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static SourcePosition zoek(String raw, int[] regels, SourcePosition p, String fragment) {
        if (p.line() > regels.length) return null;
        int start = Math.min(raw.length(), regels[p.line() - 1] + Math.max(0, p.column() - 1));
        StringBuilder re = new StringBuilder();
        for (String deel : fragment.strip().split("\\s+")) {
            if (re.length() > 0) re.append("\\s+");
            // in een YAML-tekst tussen enkele aanhalingstekens staat ' als ''
            for (int i = 0; i < deel.length(); i++) {
                char c = deel.charAt(i);
                re.append(c == '\'' ? "''?" : Pattern.quote(String.valueOf(c)));
            }
        }
        Matcher m = Pattern.compile(re.toString()).matcher(raw);
        m.region(start, Math.min(raw.length(), start + BEREIK));
        if (!m.find()) return null;
        int o = m.start();
        int i = java.util.Arrays.binarySearch(regels, o);
        int regel = i >= 0 ? i : -i - 2;
        return new SourcePosition(p.file(), regel + 1, o - regels[regel] + 1);
    }

    private static int[] regelbeginnen(String raw) {
        List<Integer> r = new ArrayList<>();
        r.add(0);
        for (int i = 0; i < raw.length(); i++) if (raw.charAt(i) == '\n') r.add(i + 1);
        return r.stream().mapToInt(Integer::intValue).toArray();
    }
}

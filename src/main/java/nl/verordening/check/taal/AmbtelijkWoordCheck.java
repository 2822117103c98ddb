package nl.verordening.check.taal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.check.Teksten;
import nl.verordening.model.Finding;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;
import nl.verordening.model.taal.Woorden;

/**
 * Ambtelijke woorden met een gewoon alternatief ("indien" → "als"), uit {@code taal/ambtelijk.txt}.
 * Eén bevinding per tekstblok met elk woord, hoe vaak en het alternatief. Alleen de vastgestelde
 * tekst en de publieksextra's; de toelichting is voor juristen.
 */
@CheckInfo(code = "TAL002", id = "ambtelijk-woord", ernst = Severity.INFO,
        samenvatting = "ambtelijk woord waarvoor een gewoon woord bestaat")
public final class AmbtelijkWoordCheck implements Check {

    /** Woord of woordgroep (kleine letters, woorden met één spatie) → alternatief. */
    static final Map<String, String> LIJST = lees();
    private static final int LANGSTE = LIJST.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);

    @Override
    public List<Finding> check(Verordening v) {
        List<Finding> r = new ArrayList<>();
        for (Teksten.Fragment f : Teksten.van(v)) {
            if (f.pad().deel() == Pad.Deel.TOELICHTING) continue;
            Map<String, Integer> gevonden = zoek(f.tekst());
            if (gevonden.isEmpty()) continue;
            List<String> delen = new ArrayList<>();
            gevonden.forEach((w, n) -> delen.add("'" + w + "'" + (n > 1 ? " (" + n + "×)" : "") + " → '" + LIJST.get(w) + "'"));
            r.add(bevinding(f.pos(), f.pad(), "ambtelijk in " + f.pad().omschrijving() + ": " + String.join(", ", delen)));
        }
        return r;
    }

    /** De woorden uit de lijst in deze tekst, in volgorde van eerste voorkomen, met hun aantal. */
    static Map<String, Integer> zoek(String tekst) {
        List<String> ws = Woorden.van(tekst.toLowerCase(Locale.ROOT));
        Map<String, Integer> r = new LinkedHashMap<>();
        for (int i = 0; i < ws.size(); i++) {
            // de langste woordgroep eerst: "dan wel" gaat voor "dan"
            for (int n = Math.min(LANGSTE, ws.size() - i); n >= 1; n--) {
                String groep = String.join(" ", ws.subList(i, i + n));
                if (LIJST.containsKey(groep)) {
                    r.merge(groep, 1, Integer::sum);
                    i += n - 1;
                    break;
                }
            }
        }
        return r;
    }

    private static Map<String, String> lees() {
        Map<String, String> r = new LinkedHashMap<>();
        try (InputStream in = AmbtelijkWoordCheck.class.getResourceAsStream("/taal/ambtelijk.txt")) {
            if (in == null) throw new IllegalStateException("taal/ambtelijk.txt ontbreekt in de jar");
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String regel; (regel = br.readLine()) != null; ) {
                if (regel.isBlank() || regel.startsWith("#")) continue;
                int is = regel.indexOf('=');
                r.put(String.join(" ", Woorden.van(regel.substring(0, is).strip())), regel.substring(is + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }
}

package nl.verordening.importer;

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
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Wet;
import nl.verordening.model.WetTag;

/**
 * Leest wettenregels ("[Jeugdwet, Wmo LLV, PW]") en houdt het wettenregister bij: één {@link Wet} per
 * code, in volgorde van eerste gebruik, met naam en BWB-id uit de ingebouwde catalogus.
 */
final class Wetten {

    private record Item(String code, String naam, String bwbId) {}

    private static final Map<String, Item> CATALOGUS = laadCatalogus();

    private final Bevindingen bevindingen;
    private final Map<String, Wet> register = new LinkedHashMap<>();

    Wetten(Bevindingen bevindingen) {
        this.bevindingen = bevindingen;
    }

    private static Map<String, Item> laadCatalogus() {
        Map<String, Item> m = new LinkedHashMap<>();
        try (InputStream in = Wetten.class.getResourceAsStream("wetten.tsv")) {
            if (in == null) throw new IllegalStateException("wetten.tsv ontbreekt in de jar");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String regel = r.readLine(); regel != null; regel = r.readLine()) {
                if (regel.isBlank() || regel.startsWith("#")) continue;
                String[] k = regel.split("\t", -1);
                Item item = new Item(k[0].strip(), k[1].strip(), k.length > 2 && !k[2].strip().equals("-")
                        && !k[2].isBlank() ? k[2].strip() : null);
                m.put(sleutel(item.code()), item);
                if (k.length > 3) {
                    for (String alias : k[3].split(",")) {
                        if (!alias.isBlank()) m.putIfAbsent(sleutel(alias), item);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static String sleutel(String s) {
        return Regel.normaliseer(s).toLowerCase(Locale.ROOT);
    }

    /** De code in de catalogus voor deze schrijfwijze, of null. */
    static String bekendeCode(String geschreven) {
        Item i = CATALOGUS.get(sleutel(geschreven));
        return i == null ? null : i.code();
    }

    /**
     * De tags van een wettenregel. {@code binnen} is de tekst tussen de haken, {@code kolom} de kolom
     * (1-based) van het eerste teken daarvan.
     */
    List<WetTag> lees(Regel regel, String binnen, int kolom) {
        List<WetTag> tags = new ArrayList<>();
        int offset = 0;
        for (String stuk : binnen.split(",", -1)) {
            int lead = 0;
            while (lead < stuk.length() && Regel.isWit(stuk.charAt(lead))) lead++;
            SourcePosition pos = bevindingen.pos(regel, kolom + offset + lead);
            offset += stuk.length() + 1;
            String s = Regel.normaliseer(stuk);
            if (s.isEmpty()) {
                bevindingen.waarschuwing("import-wettag-leeg", pos, "Lege wet in de wettenregel [" + binnen + "].");
                continue;
            }
            String code = bekendeCode(s);
            if (code != null) {
                tags.add(new WetTag(code, s, pos));
                registreer(code, pos);
                continue;
            }
            String[] woorden = s.split(" ");
            boolean allemaalBekend = woorden.length > 1;
            for (String w : woorden) allemaalBekend &= bekendeCode(w) != null;
            if (allemaalBekend) {
                bevindingen.waarschuwing("import-wettag-zonder-komma", pos,
                        "Wetten zonder komma geschreven: '" + s + "'; gelezen als " + woorden.length + " wetten.");
                for (String w : woorden) {
                    String c = bekendeCode(w);
                    tags.add(new WetTag(c, s, pos));
                    registreer(c, pos);
                }
                continue;
            }
            bevindingen.waarschuwing("import-wet-onbekend", pos,
                    "Wet '" + s + "' staat niet in de ingebouwde catalogus; opgenomen zonder naam en BWB-id.");
            tags.add(new WetTag(s, s, pos));
            register.putIfAbsent(s, new Wet(s, s, null, pos));
        }
        return tags;
    }

    private void registreer(String code, SourcePosition pos) {
        if (register.containsKey(code)) return;
        Item i = CATALOGUS.get(sleutel(code));
        register.put(code, new Wet(code, i.naam(), i.bwbId(), pos));
    }

    List<Wet> register() {
        return List.copyOf(register.values());
    }
}

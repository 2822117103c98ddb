package nl.verordening.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * De vastgestelde tekst van de verordening (de PDF-tekst van <i>Verordening Sociaal Domein gemeente
 * Oude IJsselstreek 2026</i>) als referentie voor trouwtests, met alleen de opmaakruis van de PDF
 * eruit: paginanummers, de lopende kopregel, de opsommingstekens U+F0B7 en losse regels met alleen
 * een url (linkannotaties).
 *
 * <p>Een byte-identieke kopie van {@code ../shared/seeds/003_72c33bf3c5678ba1.txt} staat in de
 * testresources ({@value #RESOURCE}), zodat de tests in een kale clone draaien.
 */
public final class SeedTekst {

    public static final String BESTAND = "seeds/003_72c33bf3c5678ba1.txt";
    /** Klassepad-naam van de kopie in {@code src/test/resources}. */
    public static final String RESOURCE = "/" + BESTAND;

    /** Opsommingsteken uit een Symbol-lettertype (privégebruik-gebied), met één spatie erachter. */
    private static final Pattern BOLLETJE = Pattern.compile("\uF0B7[ \\t\\u00A0]?");
    private static final Pattern PAGINANUMMER = Pattern.compile("\\d{1,4}");
    private static final Pattern URL = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    /** Een url die een zin afsluit, hoort bij de tekst ("Meer informatie staat op http://x.nl."). */
    private static final Pattern ZINSEINDE = Pattern.compile(".*[.,;:!?)]");
    /** Zo ver kijkt de kopregeldetectie vanaf een paginanummer (niet-lege regels overslaand). */
    private static final int VENSTER = 4;

    private static String cache;

    private SeedTekst() {}

    /** Het seedbestand op het klassepad (target/test-classes); faalt met uitleg als het er niet is. */
    public static Path pad() {
        return pad(RESOURCE);
    }

    /** Een testresource als bestand; het pad is nodig omdat de CLI-tests een bestandsnaam meegeven. */
    static Path pad(String resource) {
        URL url = SeedTekst.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Seedtekst niet gevonden op het klassepad: " + resource
                    + ". Hij hoort in src/test/resources" + resource + " (kopie van ../shared/" + BESTAND + ").");
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException | FileSystemNotFoundException e) {
            throw new IllegalStateException("Seedtekst niet als bestand bereikbaar: " + url, e);
        }
    }

    /** De tekst zoals hij in het bestand staat. */
    public static String ruw() {
        try {
            return Files.readString(pad(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Seedtekst onleesbaar: " + e.getMessage(), e);
        }
    }

    /** De tekst zonder opmaakruis ({@link #schoon(String)}); eenmaal gelezen per JVM. */
    public static synchronized String tekst() {
        if (cache == null) cache = schoon(ruw());
        return cache;
    }

    /**
     * Verwijdert alleen opmaakruis van de PDF, verder blijft alles (ook lege regels en spaties) staan:
     * <ul>
     *   <li>het teken U+F0B7 (met één spatie erna);</li>
     *   <li>regels met alleen een paginanummer;</li>
     *   <li>de lopende kopregel: een regel die minstens twee keer vlak bij een paginanummer staat
     *       (als eerstvolgende of voorgaande niet-lege regel binnen {@value #VENSTER} regels), en daar
     *       minstens de helft van zijn voorkomens; elke regel met precies die tekst gaat weg;</li>
     *   <li>regels met alleen een url, behalve als de vorige niet-lege regel op ':' eindigt (de url
     *       is dan de tekst: "via de website:" / url) of de url zelf een zin afsluit ("x.nl.").</li>
     * </ul>
     * Regeleinden worden '\n'.
     */
    public static String schoon(String ruw) {
        String[] bron = ruw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> regels = new ArrayList<>(bron.length);
        for (String r : bron) regels.add(BOLLETJE.matcher(r).replaceAll(""));

        Set<String> koppen = kopregels(regels);
        List<String> uit = new ArrayList<>(regels.size());
        String vorigeTekst = "";
        for (String r : regels) {
            String t = r.strip();
            if (isPaginanummer(t) || (!t.isEmpty() && koppen.contains(t))) continue;
            if (URL.matcher(t).matches() && !vorigeTekst.endsWith(":") && !ZINSEINDE.matcher(t).matches()) continue;
            uit.add(r);
            if (!t.isEmpty()) vorigeTekst = t;
        }
        return String.join("\n", uit);
    }

    /** De lopende kopregel(s): teksten die minstens twee keer naast een paginanummer staan. */
    static Set<String> kopregels(List<String> regels) {
        Map<String, Integer> telling = new LinkedHashMap<>();
        for (int i = 0; i < regels.size(); i++) {
            if (!isPaginanummer(regels.get(i).strip())) continue;
            for (int richting = -1; richting <= 1; richting += 2) {
                for (int j = i + richting; j >= 0 && j < regels.size() && Math.abs(j - i) <= VENSTER; j += richting) {
                    String t = regels.get(j).strip();
                    if (t.isEmpty()) continue;
                    if (!isPaginanummer(t)) telling.merge(t, 1, Integer::sum);
                    break;
                }
            }
        }
        Map<String, Integer> totaal = new LinkedHashMap<>();
        for (String regel : regels) {
            String t = regel.strip();
            if (telling.containsKey(t)) totaal.merge(t, 1, Integer::sum);
        }
        // Een kopregel staat (bijna) altijd bij een paginanummer; een regel uit de lopende tekst die
        // toevallig twee keer onderaan een pagina staat ("[Gemeentewet]"), staat elders veel vaker.
        Set<String> r = new LinkedHashSet<>();
        telling.forEach((t, n) -> {
            if (n >= 2 && 2 * n >= totaal.get(t)) r.add(t);
        });
        return r;
    }

    private static boolean isPaginanummer(String gestript) {
        return PAGINANUMMER.matcher(gestript).matches();
    }
}

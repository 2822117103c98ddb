package nl.verordening.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Koppen met een trefwoord, in elke schrijfwijze: "Hoofdstuk 3", "HOOFDSTUK III:", "Afdeling 2",
 * "§ 4.2", "§ Stap 1: ...", "Paragraaf 2.1", "Artikel 12", "Artikel 12.", "Artikel 12a", "Artikel 2:1",
 * "Artikel 3.1.1 A", "Bijlage I", "Bijlage 2:". Koppen zonder trefwoord ("3.1.1 Titel") leest de
 * {@link Eenheidlezer} zelf, zoals altijd.
 */
final class Koppen {

    enum Soort { HOOFDSTUK, AFDELING, PARAGRAAF, ARTIKEL, BIJLAGE }

    /**
     * Een kop: het nummer zoals geschreven ("" als er geen is), de titel ("" als er geen is) en het
     * trefwoord zoals geschreven ("Artikel", "HOOFDSTUK", "§").
     */
    record Kop(Soort soort, String nummer, String titel, String woord) {}

    private static final String ROMEINS = "[IVXLC]{1,7}";
    private static final String SCHEIDER = "\\s*(?:[:.\\-\u2013\u2014]\\s*)?";
    private static final Pattern HOOFDSTUK = Pattern.compile(
            "(?iu)^(hoofdstuk|afdeling)\\s+(\\d{1,3}[a-z]?|" + ROMEINS + ")(?![\\p{L}\\d])\\.?" + SCHEIDER + "(.*)$");
    private static final Pattern PARAGRAAF = Pattern.compile(
            "(?iu)^(paragraaf|§)\\s*(\\d{1,3}(?:\\.\\d{1,3})*[a-z]?)?(?![\\p{L}\\d])\\.?" + SCHEIDER + "(.*)$");
    private static final Pattern ARTIKEL = Pattern.compile(
            "(?iu)^(artikel)\\s+(\\d{1,3}(?:[.:]\\d{1,3})*[a-z]{0,2}|" + ROMEINS + ")(?![\\p{L}\\d])"
                    + "(?:\\s+([A-Z])(?=\\s|$))?\\.?" + SCHEIDER + "(.*)$");
    /** "Artikel" zonder nummer, eventueel met een opmerking tussen haken. */
    private static final Pattern ARTIKEL_ZONDER_NUMMER = Pattern.compile("(?iu)^(artikel)\\s*(\\[.*\\]|\\(.*\\))?$");
    private static final Pattern BIJLAGE = Pattern.compile(
            "(?iu)^(bijlage)(?:\\s+(\\d{1,3}[a-z]?|" + ROMEINS + "|[A-Z])(?![\\p{L}\\d]))?\\.?" + SCHEIDER + "(.*)$");
    /** Inhoudsopgave: stippellijn en paginanummer aan het eind ("Artikel 1 Begrippen ........ 3"). */
    private static final Pattern PAGINA_AAN_EIND = Pattern.compile("\\s*(?:\\.{2,}|\u2026+|\\s{2,}|\\t)\\s*\\d{1,4}$");

    /** Eerste woorden waarmee een zin doorloopt na "Artikel 12": geen kop maar lopende tekst. */
    private static final Set<String> ZINSVERVOLG = Set.of("van", "lid", "eerste", "tweede", "derde", "vierde",
            "vijfde", "zesde", "onder", "sub", "en", "of", "de", "het", "is", "zijn", "wordt", "worden", "bedoeld",
            "juncto", "jo", "tot", "vindt", "geldt", "blijft", "aanhef");

    private Koppen() {}

    /** De kop in deze regel, of null. Strenger dan een patroon: een zin die met "Artikel 4 van ..." begint is geen kop. */
    static Kop lees(String tekst) {
        String t = tekst.strip();
        // een trefwoord midden in een afgebroken zin begint met een kleine letter: geen kop
        if (t.isEmpty() || t.length() > 200 || Character.isLowerCase(t.codePointAt(0))) return null;
        Matcher m = ARTIKEL.matcher(t);
        if (m.matches()) {
            String nummer = m.group(3) == null ? m.group(2) : m.group(2) + " " + m.group(3);
            String titel = m.group(4).strip();
            return titelPast(titel) ? new Kop(Soort.ARTIKEL, nummer, titel, m.group(1)) : null;
        }
        m = ARTIKEL_ZONDER_NUMMER.matcher(t);
        if (m.matches()) return new Kop(Soort.ARTIKEL, "", m.group(2) == null ? "" : m.group(2), m.group(1));
        m = HOOFDSTUK.matcher(t);
        if (m.matches()) {
            String titel = m.group(3).strip();
            if (!titelPast(titel)) return null;
            return new Kop(m.group(1).toLowerCase(Locale.ROOT).equals("hoofdstuk") ? Soort.HOOFDSTUK : Soort.AFDELING,
                    m.group(2), titel, m.group(1));
        }
        m = PARAGRAAF.matcher(t);
        if (m.matches() && (m.group(2) != null || t.startsWith("§"))) {
            String titel = m.group(3).strip();
            return titelPast(titel) ? new Kop(Soort.PARAGRAAF, m.group(2) == null ? "" : m.group(2), titel, m.group(1)) : null;
        }
        m = BIJLAGE.matcher(t);
        if (m.matches()) {
            String titel = m.group(3).strip();
            // "Bijlage bij artikel 3" is een kop; "Bijlage 2 bevat de tarieven." niet
            if (titel.endsWith(".") && titel.split(" ").length > 3) return null;
            if (m.group(2) == null && !titel.isEmpty() && Character.isLowerCase(titel.codePointAt(0))
                    && !titel.startsWith("bij ")) {
                return null;
            }
            return new Kop(Soort.BIJLAGE, m.group(2) == null ? "" : m.group(2), titel, m.group(1));
        }
        return null;
    }

    /** Een titel is kort, loopt niet door als zin en eindigt niet op een komma of puntkomma. */
    private static boolean titelPast(String titel) {
        if (titel.isEmpty()) return true;
        if (titel.length() > 160 || titel.endsWith(",") || titel.endsWith(";")) return false;
        String eerste = titel.split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("[,.;:]+$", "");
        if (Character.isLowerCase(titel.codePointAt(0)) && ZINSVERVOLG.contains(eerste)) return false;
        // een hele zin na het nummer ("Artikel 4 is van toepassing op ...") is geen titel
        return !(titel.endsWith(".") && titel.split(" ").length > 12);
    }

    /** De regel zonder stippellijn en paginanummer van een inhoudsopgave. */
    static String zonderPaginanummer(String ruw) {
        return Regel.normaliseer(PAGINA_AAN_EIND.matcher(ruw.stripTrailing()).replaceFirst(""));
    }

    /**
     * Staat de tekst in de trefwoordvorm? Dan maken alleen trefwoordkoppen de structuur, en is "1 Tekst"
     * een lid en geen hoofdstuk. Minstens twee artikelkoppen met een trefwoord aan het begin van een regel.
     */
    static boolean trefwoordvorm(List<Regel> regels) {
        int n = 0;
        for (Regel r : regels) {
            Kop k = lees(zonderPaginanummer(r.ruw));
            if (k != null && k.soort() == Soort.ARTIKEL && !k.nummer().isEmpty()) n++;
            if (n >= 2) return true;
        }
        return false;
    }
}

package nl.verordening.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Eerste stap: regels splitsen en de opmaakruis van de PDF weglaten.
 *
 * <ul>
 *   <li>Koptekst: een niet-structurele regel die minstens twee keer voorkomt en eruitziet als een titel
 *       (begint met een hoofdletter, minstens drie woorden, geen slotleesteken, en het woord "verordening"
 *       of "regeling", of anders overwegend woorden met een hoofdletter én naast een paginanummer, zodat
 *       een inhoudsopgave geen koptekst wordt). De beste kandidaat is de titel van de verordening.</li>
 *   <li>Paginanummer: een regel met alleen een getal ("55", "pagina 5 van 60") naast een koptekst, of
 *       los tussen lege regels.</li>
 *   <li>Link-annotatie: een regel met alleen een URL, tenzij de vorige inhoudsregel op ':' eindigt of de
 *       URL een afgebroken zin direct voortzet. Weg als de URL al in de vorige regel staat, of als hij
 *       na een lege regel of na een andere weggelaten URL komt.</li>
 * </ul>
 * Weggelaten regels worden lege regels: een paginawissel gedraagt zich dus als een witregel, en of de
 * zin doorloopt beslist de regel voor witregels in {@link Eenheidlezer}.
 */
final class Voorbewerking {

    record Resultaat(List<Regel> regels, String koptekst, Regel koptekstRegel, int breedte) {}

    static final String OPSOMTEKENS = "\uF0B7\u2022\u25AA\u25CF\u25E6\uF0A7\u25A0\u2023\u2756\u25CB\u25C6\u27A2\u25BA\u2043\u2219\uF0D8\uF076";

    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
    private static final Pattern PAGINA = Pattern.compile(
            "(?i)(?:(?:pagina|blz\\.?|p\\.)\\s*)?\\d{1,4}(?:\\s*(?:/|van)\\s*\\d{1,4})?|[-\u2013]\\s*\\d{1,4}\\s*[-\u2013]");
    private static final Pattern STRUCTUUR = Pattern.compile("^(\\d|\\[|[-\u2013]|[a-z][.)]\\s|(?i:kernwaarden\\b))");
    private static final Pattern TITELWOORD = Pattern.compile("(?i).*\\b(verordening|regeling|beleidsregels|besluit)\\b.*");

    private Voorbewerking() {}

    static Resultaat verwerk(String tekst, Bevindingen bevindingen) {
        String[] ruw = (tekst == null ? "" : tekst).split("\r\n|\r|\n", -1);
        List<Regel> regels = new ArrayList<>();
        for (int i = 0; i < ruw.length; i++) regels.add(new Regel(i + 1, ruw[i]));
        if (!regels.isEmpty() && regels.get(regels.size() - 1).leeg() && ruw.length > 1) {
            regels.remove(regels.size() - 1); // de regelafsluiting aan het eind
        }
        int breedte = breedte(regels);

        // Koptekst(en)
        Map<String, Integer> aantal = new HashMap<>();
        for (Regel r : regels) if (!r.leeg()) aantal.merge(r.tekst, 1, Integer::sum);
        List<String> kandidaten = new ArrayList<>();
        for (Map.Entry<String, Integer> e : aantal.entrySet()) {
            if (e.getValue() >= 2 && lijktTitel(e.getKey(), breedte)
                    && (TITELWOORD.matcher(e.getKey()).matches() || naastPaginanummer(regels, e.getKey()))) {
                kandidaten.add(e.getKey());
            }
        }
        kandidaten.sort(Comparator.<String>comparingInt(k -> TITELWOORD.matcher(k).matches() ? 0 : 1)
                .thenComparing(k -> -aantal.get(k)).thenComparing(k -> -k.length()).thenComparing(k -> k));
        Set<String> kopteksten = new HashSet<>(kandidaten);
        String koptekst = kandidaten.isEmpty() ? null : kandidaten.get(0);
        Regel koptekstRegel = null;

        boolean[] kop = new boolean[regels.size()];
        for (int i = 0; i < regels.size(); i++) {
            if (kopteksten.contains(regels.get(i).tekst)) {
                kop[i] = true;
                if (koptekstRegel == null && regels.get(i).tekst.equals(koptekst)) koptekstRegel = regels.get(i);
            }
        }
        boolean[] weg = Arrays.copyOf(kop, kop.length);
        for (int i = 0; i < regels.size(); i++) {
            Regel r = regels.get(i);
            if (kop[i]) {
                bevindingen.info("import-regel-overgeslagen", bevindingen.pos(r),
                        "Koptekst van de pagina overgeslagen: '" + r.tekst + "'.");
            } else if (!r.leeg() && PAGINA.matcher(r.tekst).matches() && (naastKop(kop, i) || los(regels, i))) {
                weg[i] = true;
                bevindingen.info("import-regel-overgeslagen", bevindingen.pos(r),
                        "Paginanummer overgeslagen: '" + r.tekst + "'.");
            }
        }

        // Link-annotaties
        boolean vorigeWasWegUrl = false;
        int vorigeInhoud = -1;
        boolean witSindsVorige = false;
        for (int i = 0; i < regels.size(); i++) {
            Regel r = regels.get(i);
            if (r.leeg() || weg[i]) {
                witSindsVorige = true;
                continue;
            }
            if (URL.matcher(r.tekst).matches()) {
                Regel vorige = vorigeInhoud < 0 ? null : regels.get(vorigeInhoud);
                boolean inhoud;
                if (vorige != null && vorige.tekst.endsWith(":")) inhoud = true;
                else if (vorige != null && kern(vorige.tekst).contains(kern(r.tekst))) inhoud = false;
                else inhoud = !(vorige == null || witSindsVorige || vorigeWasWegUrl);
                if (!inhoud) {
                    weg[i] = true;
                    vorigeWasWegUrl = true;
                    witSindsVorige = true;
                    bevindingen.info("import-regel-overgeslagen", bevindingen.pos(r),
                            "Regel met alleen een link (PDF-annotatie) overgeslagen: '" + r.tekst + "'.");
                    continue;
                }
            }
            vorigeWasWegUrl = false;
            witSindsVorige = false;
            vorigeInhoud = i;
        }

        List<Regel> uit = new ArrayList<>(regels.size());
        for (int i = 0; i < regels.size(); i++) uit.add(weg[i] ? regels.get(i).leeggemaakt() : regels.get(i));
        return new Resultaat(uit, koptekst, koptekstRegel, breedte);
    }

    /** Het 90e percentiel van de regellengte: de typische breedte van een volle (afgebroken) regel. */
    static int breedte(List<Regel> regels) {
        int[] l = regels.stream().filter(r -> !r.leeg()).mapToInt(Regel::lengte).sorted().toArray();
        if (l.length < 10) return 90;
        return Math.max(40, l[(int) Math.floor(0.9 * (l.length - 1))]);
    }

    private static boolean lijktTitel(String t, int breedte) {
        if (t.length() > breedte || STRUCTUUR.matcher(t).find()) return false;
        if (OPSOMTEKENS.indexOf(t.charAt(0)) >= 0 || !Character.isUpperCase(t.codePointAt(0))) return false;
        if (t.matches(".*[.,;:!?]$") || t.contains("?") || t.contains("!")) return false;
        String[] w = t.split(" ");
        if (w.length < 3) return false;
        int hoofd = 0;
        for (String s : w) if (Character.isUpperCase(s.codePointAt(0)) || Character.isDigit(s.codePointAt(0))) hoofd++;
        return TITELWOORD.matcher(t).matches() || hoofd * 2 >= w.length;
    }

    /** Staat de regel ergens binnen drie regels van een paginanummer? (Een inhoudsopgave niet.) */
    private static boolean naastPaginanummer(List<Regel> regels, String tekst) {
        for (int i = 0; i < regels.size(); i++) {
            if (!regels.get(i).tekst.equals(tekst)) continue;
            for (int j = Math.max(0, i - 3); j <= Math.min(regels.size() - 1, i + 3); j++) {
                if (j != i && PAGINA.matcher(regels.get(j).tekst).matches()) return true;
            }
        }
        return false;
    }

    private static boolean naastKop(boolean[] kop, int i) {
        for (int j = Math.max(0, i - 3); j <= Math.min(kop.length - 1, i + 3); j++) if (kop[j]) return true;
        return false;
    }

    private static boolean los(List<Regel> regels, int i) {
        return (i == 0 || regels.get(i - 1).leeg()) && (i == regels.size() - 1 || regels.get(i + 1).leeg());
    }

    /** URL zonder schema, "www." en slotteken, in kleine letters, om dubbele vermeldingen te herkennen. */
    private static String kern(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("https?://", "").replace("www.", "").replaceAll("[/.,;:]+$", "");
    }
}

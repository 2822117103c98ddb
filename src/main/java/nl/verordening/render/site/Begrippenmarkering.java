package nl.verordening.render.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.model.Begrip;
import nl.verordening.render.VeiligeHtml;

/**
 * Vindt gedefinieerde begrippen in al ge-escapete HTML en laat {@code opmaak} er een uitleg van maken.
 * Alleen hele woorden; een term en zijn varianten zonder onderscheid tussen hoofd- en kleine letters,
 * een afkorting (en een term in hoofdletters zoals "IOAW") precies zoals geschreven. Langste eerst,
 * zodat "Wet gemeentelijke schuldhulpverlening" wint van "Wet". Tekst binnen een {@code <a>} of
 * een ander element dat al interactief is blijft ongemoeid; een begrip wordt per {@code gezien}-set
 * één keer gemarkeerd (de eerste keer in een artikel), anders staat elke alinea vol knoppen.
 */
final class Begrippenmarkering {

    private final Pattern patroon;
    private final Map<String, Begrip> exact = new HashMap<>();
    private final Map<String, Begrip> zonderHoofdletters = new HashMap<>();

    Begrippenmarkering(List<Begrip> begrippen) {
        Map<String, Boolean> vormen = new LinkedHashMap<>(); // vorm (ge-escapet) -> hoofdlettergevoelig
        for (Begrip b : begrippen) {
            for (String vorm : termvormen(b.term())) voegToe(vormen, vorm, b, isAfkorting(vorm));
            for (String v : b.varianten()) voegToe(vormen, v.strip(), b, isAfkorting(v.strip()));
            for (String a : b.afkortingen()) voegToe(vormen, a.strip(), b, true);
        }
        List<Map.Entry<String, Boolean>> lijst = new ArrayList<>(vormen.entrySet());
        lijst.sort(Comparator.comparingInt((Map.Entry<String, Boolean> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Boolean> e : lijst) {
            if (sb.length() > 0) sb.append('|');
            sb.append(e.getValue() ? "" : "(?iu:").append(Pattern.quote(e.getKey())).append(e.getValue() ? "" : ")");
        }
        patroon = sb.length() == 0 ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}&#-])(?:" + sb + ")(?![\\p{L}\\p{N}-])");
    }

    /** "Taxivervoer (anders dan ...)" wordt "Taxivervoer"; "De hulpvraag" ook "hulpvraag". */
    static List<String> termvormen(String term) {
        String t = term.strip();
        int haak = t.indexOf(" (");
        if (haak > 0) t = t.substring(0, haak).strip();
        List<String> r = new ArrayList<>(List.of(t));
        String klein = t.toLowerCase(Locale.ROOT);
        if (klein.startsWith("de ") || klein.startsWith("het ")) r.add(t.substring(t.indexOf(' ') + 1));
        return r;
    }

    /** Een afkorting: meer dan één hoofdletter of een punt ("IOAW", "L.L.V.", "Pgb" als afkorting gegeven). */
    static boolean isAfkorting(String vorm) {
        long hoofd = vorm.chars().filter(Character::isUpperCase).count();
        return hoofd > 1 || vorm.contains(".");
    }

    private void voegToe(Map<String, Boolean> vormen, String vorm, Begrip b, boolean gevoelig) {
        if (vorm.length() < 2) return;
        String e = VeiligeHtml.escape(vorm);
        vormen.putIfAbsent(e, gevoelig);
        if (gevoelig) exact.putIfAbsent(e, b);
        else zonderHoofdletters.putIfAbsent(e.toLowerCase(Locale.ROOT), b);
    }

    /**
     * @param html   ge-escapete HTML (van InlineHtml): '<' komt alleen in tags voor
     * @param gezien ids van begrippen die in dit artikel al gemarkeerd zijn; wordt aangevuld
     * @param opmaak (begrip, gevonden tekst) -> vervangende HTML
     */
    String markeer(String html, Set<String> gezien, BiFunction<Begrip, String, String> opmaak) {
        if (patroon == null) return html;
        StringBuilder uit = new StringBuilder(html.length() + 64);
        int i = 0;
        int inLink = 0;
        while (i < html.length()) {
            int tag = html.indexOf('<', i);
            int eind = tag < 0 ? html.length() : tag;
            String tekst = html.substring(i, eind);
            uit.append(inLink > 0 ? tekst : markeerTekst(tekst, gezien, opmaak));
            if (tag < 0) break;
            int sluit = html.indexOf('>', tag);
            String t = html.substring(tag, sluit + 1);
            if (t.startsWith("<a ") || t.equals("<a>") || t.startsWith("<button")) inLink++;
            else if (t.equals("</a>") || t.equals("</button>")) inLink--;
            uit.append(t);
            i = sluit + 1;
        }
        return uit.toString();
    }

    private String markeerTekst(String tekst, Set<String> gezien, BiFunction<Begrip, String, String> opmaak) {
        Matcher m = patroon.matcher(tekst);
        StringBuilder sb = new StringBuilder();
        int vanaf = 0;
        while (m.find()) {
            String gevonden = m.group();
            Begrip b = exact.get(gevonden);
            if (b == null) b = zonderHoofdletters.get(gevonden.toLowerCase(Locale.ROOT));
            if (b == null || !gezien.add(b.id())) continue;
            sb.append(tekst, vanaf, m.start()).append(opmaak.apply(b, gevonden));
            vanaf = m.end();
        }
        return sb.append(tekst.substring(vanaf)).toString();
    }
}

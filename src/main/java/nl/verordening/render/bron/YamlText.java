package nl.verordening.render.bron;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Schrijft een tekstwaarde als YAML die een mens graag leest: kaal waar dat veilig is, tussen
 * enkele aanhalingstekens als het moet, en lange tekst als gevouwen blok ({@code >-}) met
 * regels van hooguit {@link #BREEDTE} tekens.
 */
final class YamlText {

    static final int BREEDTE = 100;
    private static final Pattern SPECIAAL_BEGIN = Pattern.compile("^[-?:,\\[\\]{}#&*!|>'\"%@`\\s].*", Pattern.DOTALL);
    private static final Pattern FLOW_TEKEN = Pattern.compile(".*[,\\[\\]{}].*", Pattern.DOTALL);

    private YamlText() {}

    /**
     * De waarde na "sleutel: " of "- ", inclusief afsluitend regeleinde.
     *
     * @param inspringing het aantal spaties voor vervolgregels van een blok
     * @param kolom       de kolom waar de waarde begint (voor de keuze kaal of blok)
     */
    static String waarde(String s, int inspringing, int kolom) {
        if (s.contains("\n")) return letterlijk(s, inspringing);
        if (kolom + s.length() > BREEDTE && vouwbaar(s)) return gevouwen(s, inspringing);
        return (kaal(s, false) ? s : enkel(s)) + "\n";
    }

    /** Een item in een flow-lijst ([a, b]). */
    static String flowItem(String s) {
        return kaal(s, true) ? s : enkel(s);
    }

    static boolean kaal(String s, boolean flow) {
        if (s.isEmpty() || !s.strip().equals(s)) return false;
        if (SPECIAAL_BEGIN.matcher(s).matches()) return false;
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.contains("\t")) return false;
        if (flow && FLOW_TEKEN.matcher(s).matches()) return false;
        String l = s.toLowerCase(Locale.ROOT);
        // YAML 1.1 leest deze als ja/nee of leeg; Jackson en andere lezers verschillen erin.
        return !List.of("true", "false", "yes", "no", "on", "off", "null", "~", "y", "n").contains(l);
    }

    static String enkel(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** Gevouwen kan alleen als er geen dubbele spaties zijn (die zou vouwen veranderen) en geen tab. */
    private static boolean vouwbaar(String s) {
        return !s.contains("  ") && !s.contains("\t") && s.strip().equals(s) && s.indexOf(' ') > 0;
    }

    private static String gevouwen(String s, int inspringing) {
        StringBuilder sb = new StringBuilder(">-\n");
        String pad = " ".repeat(inspringing);
        int max = Math.max(40, BREEDTE - inspringing);
        for (String regel : breek(s, max)) sb.append(pad).append(regel).append('\n');
        return sb.toString();
    }

    private static List<String> breek(String s, int max) {
        List<String> regels = new ArrayList<>();
        String[] woorden = s.split(" ");
        StringBuilder r = new StringBuilder();
        for (String w : woorden) {
            if (r.length() > 0 && r.length() + 1 + w.length() > max) {
                regels.add(r.toString());
                r.setLength(0);
            }
            if (r.length() > 0) r.append(' ');
            r.append(w);
        }
        if (r.length() > 0) regels.add(r.toString());
        return regels;
    }

    private static String letterlijk(String s, int inspringing) {
        String pad = " ".repeat(inspringing);
        StringBuilder sb = new StringBuilder(s.endsWith("\n") ? "|\n" : "|-\n");
        for (String regel : s.split("\n", -1)) {
            sb.append(regel.isEmpty() ? "" : pad + regel).append('\n');
        }
        // split(-1) geeft na een afsluitend regeleinde een lege laatste regel: niet dubbel schrijven.
        if (s.endsWith("\n")) sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}

package nl.verordening.check.structuur;

import java.util.List;

/** Kleine hulpmiddelen voor nummers in de structuurcontroles. */
final class Structuur {

    private Structuur() {}

    /** De rang van een label in zijn reeks: "a"→1, "c"→3, "3"→3, "iv"→4; -1 als het geen eenvoudig label is ("aa", "2a"). */
    static int rang(String label) {
        if (label == null) return -1;
        if (label.matches("\\d{1,3}")) return Integer.parseInt(label);
        if (label.matches("[ivx]{1,5}") && !label.equals("i") || label.equals("i")) {
            int r = romeins(label);
            if (r > 0 && !label.matches("[a-z]") ) return r;
        }
        if (label.matches("[a-z]")) return label.charAt(0) - 'a' + 1;
        return -1;
    }

    private static int romeins(String s) {
        int som = 0;
        int vorige = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int w = switch (s.charAt(i)) { case 'i' -> 1; case 'v' -> 5; case 'x' -> 10; default -> 0; };
            som += w < vorige ? -w : w;
            vorige = Math.max(vorige, w);
        }
        return som;
    }

    /** Of alle labels romeinse cijfers zijn (i, ii, iii): dan telt "i" als 1, niet als de negende letter. */
    static boolean romeinseReeks(List<String> labels) {
        return labels.size() > 1 && labels.stream().allMatch(l -> l != null && l.matches("[ivx]{1,5}"))
                && labels.stream().anyMatch(l -> l.length() > 1);
    }

    static int rangInReeks(String label, boolean romeins) {
        if (romeins && label.matches("[ivx]{1,5}")) return romeins(label);
        return rang(label);
    }

    /** "2" → "2", "4.6.2" → "4.6"; de ouder van een genummerd element, of "" zonder punt. */
    static String ouder(String nummer) {
        int i = nummer.lastIndexOf('.');
        return i < 0 ? "" : nummer.substring(0, i);
    }
}

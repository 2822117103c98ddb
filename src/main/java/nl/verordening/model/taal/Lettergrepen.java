package nl.verordening.model.taal;

/**
 * Lettergrepen van een Nederlands woord, geteld als klinkergroepen: "aa", "ie", "eeu", "ij" zijn één
 * klank; een trema ("coördinator", "geïnd") begint een nieuwe lettergreep. Een benadering: zie docs/taal.md.
 */
public final class Lettergrepen {

    private Lettergrepen() {}

    public static int tel(String woord) {
        String w = woord.toLowerCase();
        int groepen = 0;
        boolean inGroep = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean trema = "ëïöüä".indexOf(c) >= 0;
            boolean klinker = isKlinker(c) || (c == 'j' && i > 0 && w.charAt(i - 1) == 'i');
            if (klinker && (!inGroep || trema)) groepen++;
            inGroep = klinker;
        }
        if (groepen == 0) {
            // afkorting zonder klinker ("BSN") wordt gespeld: één lettergreep per letter
            int letters = 0;
            for (int i = 0; i < w.length(); i++) if (Character.isLetter(w.charAt(i))) letters++;
            return Math.max(1, letters);
        }
        return groepen;
    }

    private static boolean isKlinker(char c) {
        return "aeiouyáéíóúàèìòùâêîôûäëïöü".indexOf(c) >= 0;
    }
}

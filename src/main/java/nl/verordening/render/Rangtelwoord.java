package nl.verordening.render;

/**
 * Nederlandse rangtelwoorden voluit ("eerste", "twaalfde", "eenentwintigste", "honderdeerste"),
 * zoals in verwijzingen naar leden ("artikel 4.6.4, tweede lid").
 */
public final class Rangtelwoord {

    private static final String[] EENHEDEN = {
        "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
        "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
        "achttien", "negentien"
    };
    private static final String[] TIENTALLEN = {
        "", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"
    };

    /** Tot en met dit getal voluit; daarboven als cijfers met "e" ("10000e"). */
    public static final int MAXIMUM = 9999;

    private Rangtelwoord() {}

    /**
     * Het rangtelwoord van {@code n}: "eerste", "derde", "achtste", "tiende", "twintigste",
     * "eenentwintigste", "honderdste". Buiten 1..{@value #MAXIMUM}: cijfers met "e" ("0e").
     */
    public static String van(int n) {
        if (n < 1 || n > MAXIMUM) return n + "e";
        int duizend = n / 1000;
        int honderd = (n / 100) % 10;
        int rest = n % 100;
        StringBuilder voor = new StringBuilder();
        if (duizend > 0) voor.append(duizend == 1 ? "" : EENHEDEN[duizend]).append("duizend");
        if (honderd > 0) voor.append(honderd == 1 ? "" : EENHEDEN[honderd]).append("honderd");
        if (rest == 0) return voor + "ste";
        return voor + rangTot100(rest);
    }

    /** "tweede lid" als het lidnummer een getal is, anders "lid 2a". */
    public static String lid(String nummer) {
        String n = nummer == null ? "" : nummer.trim();
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        if (!n.isEmpty() && n.length() <= 4 && n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int waarde = Integer.parseInt(n);
            if (waarde >= 1) return van(waarde) + " lid";
        }
        return "lid " + n;
    }

    /** Hoofdtelwoord 1..99 voluit ("eenentwintig", "tweeëntwintig"). */
    static String hoofdtelwoord(int n) {
        if (n < 20) return EENHEDEN[n];
        int eenheid = n % 10;
        String tiental = TIENTALLEN[n / 10];
        if (eenheid == 0) return tiental;
        String e = EENHEDEN[eenheid];
        // twee + en -> tweeën, drie + en -> drieën (trema tegen klinkerbotsing)
        return e + (e.endsWith("e") ? "ën" : "en") + tiental;
    }

    private static String rangTot100(int n) {
        switch (n) {
            case 1: return "eerste";
            case 3: return "derde";
            case 8: return "achtste";
            default:
                return n < 20 ? EENHEDEN[n] + "de" : hoofdtelwoord(n) + "ste";
        }
    }
}

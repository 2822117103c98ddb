package nl.verordening.model.taal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * De leesbaarheid van een stuk tekst (meestal één artikel): zinnen, woorden, lettergrepen, de
 * langste zin, lange woorden, zinnen in de lijdende vorm, en daaruit Flesch–Douma:
 * 206,835 − 0,93 · (woorden/zinnen) − 77 · (lettergrepen/woorden).
 *
 * @param langeWoorden woorden van vier of meer lettergrepen
 * @param passief      zinnen met een vorm van "worden" of "zijn" en een voltooid deelwoord
 */
public record Leesbaarheid(int zinnen, int woorden, int lettergrepen, int langsteZin, String langsteZinTekst,
                           int langeWoorden, int passief) {

    public static final Leesbaarheid LEEG = new Leesbaarheid(0, 0, 0, 0, "", 0, 0);

    /** Vanaf zoveel lettergrepen telt een woord als lang. */
    public static final int LANG_WOORD = 4;

    private static final Set<String> WORDEN = Set.of("word", "wordt", "worden", "werd", "werden");
    private static final Set<String> ZIJN = Set.of("is", "zijn", "was", "waren");
    private static final Pattern DEELWOORD = Pattern.compile(
            "(?:aan|op|uit|in|af|mee|vast|voor|door|toe|over|terug|weg|bij|na|vrij|tegen)?ge\\p{L}{3,}(?:d|t|en)"
                    + "|(?:be|ver|ont|her|er)\\p{L}{3,}(?:d|t)");
    // Woorden die op een deelwoord lijken maar het niet zijn, en deelwoorden van werkwoorden die met
    // "zijn" een voltooide tijd vormen ("is gekomen" is geen lijdende vorm).
    private static final Set<String> GEEN_DEELWOORD = Set.of("gemeenten", "gebieden", "gevallen", "gezinnen", "gelden",
            "gesprekken", "gebreken", "gebouwen", "gedachten", "gegevens", "gehad", "gekomen", "gegaan", "geweest",
            "geworden", "gebleven", "geboren", "gestopt", "gestart", "geslaagd", "gelukt", "verstand", "bestand",
            "verband", "gezond", "geduld", "gevolgen", "gerechten", "verschillend", "bevoegd", "bekend", "gewend", "gerechtigd", "verschuldigd");

    /** Meet tekstblokken (alinea's, onderdelen, cellen); een zin loopt nooit over twee blokken. */
    public static Leesbaarheid meet(List<String> blokken) {
        int zinnen = 0, woorden = 0, grepen = 0, langste = 0, lang = 0, passief = 0;
        String langsteTekst = "";
        for (String blok : blokken) {
            for (String zin : Zinnen.splits(blok)) {
                List<String> ws = Woorden.van(zin).stream().filter(Woorden::heeftLetters).toList();
                if (ws.isEmpty()) continue;
                zinnen++;
                woorden += ws.size();
                for (String w : ws) {
                    int g = Lettergrepen.tel(w);
                    grepen += g;
                    if (g >= LANG_WOORD) lang++;
                }
                if (ws.size() > langste) {
                    langste = ws.size();
                    langsteTekst = zin;
                }
                if (isPassief(ws)) passief++;
            }
        }
        return new Leesbaarheid(zinnen, woorden, grepen, langste, langsteTekst, lang, passief);
    }

    /** Een vorm van "worden" met een deelwoord in dezelfde zin, of "zijn" direct gevolgd door of volgend op een deelwoord. */
    static boolean isPassief(List<String> woorden) {
        boolean worden = false;
        boolean deelwoord = false;
        for (int i = 0; i < woorden.size(); i++) {
            String w = woorden.get(i).toLowerCase(Locale.ROOT);
            if (WORDEN.contains(w)) worden = true;
            else if (isDeelwoord(w)) {
                deelwoord = true;
                if (i > 0 && ZIJN.contains(woorden.get(i - 1).toLowerCase(Locale.ROOT))) return true;
                if (i + 1 < woorden.size() && ZIJN.contains(woorden.get(i + 1).toLowerCase(Locale.ROOT))) return true;
            }
        }
        return worden && deelwoord;
    }

    static boolean isDeelwoord(String w) {
        return !GEEN_DEELWOORD.contains(w) && DEELWOORD.matcher(w).matches();
    }

    public double woordenPerZin() {
        return zinnen == 0 ? 0 : (double) woorden / zinnen;
    }

    public double lettergrepenPerWoord() {
        return woorden == 0 ? 0 : (double) lettergrepen / woorden;
    }

    /** Flesch–Douma: hoger is makkelijker; 60–70 is gewone krantentaal, onder 30 zeer moeilijk. */
    public double fleschDouma() {
        if (zinnen == 0 || woorden == 0) return 0;
        return 206.835 - 0.93 * woordenPerZin() - 77 * lettergrepenPerWoord();
    }

    public double aandeelLangeWoorden() {
        return woorden == 0 ? 0 : (double) langeWoorden / woorden;
    }

    public double aandeelPassief() {
        return zinnen == 0 ? 0 : (double) passief / zinnen;
    }

    /** Onder zoveel woorden zegt een gemiddelde als Flesch–Douma te weinig; dan tellen alleen de zinslengtes. */
    public static final int MINIMUM_VOOR_SCORE = 30;

    /** Of de Flesch–Douma-score meetelt: pas vanaf {@link #MINIMUM_VOOR_SCORE} woorden. */
    public boolean scoreTelt() {
        return woorden >= MINIMUM_VOOR_SCORE;
    }

    /** Of deze tekst binnen de grenzen van het niveau valt. */
    public boolean haalt(Taalniveau niveau) {
        return zinnen == 0 || ((!scoreTelt() || fleschDouma() >= niveau.minimaleLeesgemak())
                && woordenPerZin() <= niveau.woordenPerZin() && langsteZin <= niveau.langsteZin());
    }
}

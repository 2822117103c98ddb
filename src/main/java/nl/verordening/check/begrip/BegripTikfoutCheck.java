package nl.verordening.check.begrip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.check.Teksten;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;
import nl.verordening.model.taal.Woorden;

/**
 * Een woord dat één letter verschilt van een gedefinieerde term of van een orgaan van de gemeente
 * ("burgermeester" voor "burgemeester"). Alleen woorden van zeven of meer letters die zelden staan
 * (hoogstens twee keer) terwijl de bedoelde term vaker staat of een orgaan is: een echt ander woord
 * ("aanvrager" naast "aanvragen") staat meestal vaker.
 */
@CheckInfo(code = "BEG002", id = "begrip-tikfout", ernst = Severity.WARNING,
        samenvatting = "woord lijkt een tikfout in een gedefinieerde term of de naam van een orgaan")
public final class BegripTikfoutCheck implements Check {

    /** De organen en functies van een gemeente; hun naam hoort foutloos in de verordening. */
    static final List<String> ORGANEN = List.of("burgemeester", "wethouder", "wethouders", "gemeenteraad", "raadsgriffier",
            "griffier", "college", "gemeentesecretaris", "ombudsman", "rekenkamer");
    private static final int MIN = 7;

    @Override
    public List<Finding> check(Verordening v) {
        Begrippenscan scan = Begrippenscan.van(v);
        Map<String, List<Teksten.Fragment>> woorden = new LinkedHashMap<>();
        Map<String, String> geschreven = new HashMap<>();
        for (Teksten.Fragment f : scan.fragmenten) {
            for (String w : Woorden.van(f.tekst())) {
                if (!Woorden.heeftLetters(w)) continue;
                String n = Normaaltekst.vouw(w);
                woorden.computeIfAbsent(n, k -> new ArrayList<>()).add(f);
                geschreven.putIfAbsent(n, w);
            }
        }
        // doelen: termen van één woord en de organen, met wie ze definieert
        Map<String, String> doelen = new LinkedHashMap<>();
        for (Term t : scan.termen) {
            String n = Normaaltekst.vouw(t.voorkeur());
            if (!n.contains(" ") && n.length() >= MIN && t.begrip() != null) doelen.putIfAbsent(n, t.waar());
        }
        ORGANEN.forEach(o -> doelen.putIfAbsent(o, "orgaan van de gemeente"));
        for (String d : v.metadata().gemeente().split("\\s+")) {
            String n = Normaaltekst.vouw(d);
            if (n.length() >= MIN) doelen.putIfAbsent(n, "naam van de gemeente");
        }
        List<Finding> r = new ArrayList<>();
        woorden.forEach((w, fs) -> {
            if (w.length() < MIN || fs.size() > 2 || doelen.containsKey(w)) return;
            for (Map.Entry<String, String> d : doelen.entrySet()) {
                String doel = d.getKey();
                if (Math.abs(doel.length() - w.length()) > 1 || isVerbuiging(w, doel) || alleenSlotletter(w, doel)) continue;
                boolean orgaan = !d.getValue().startsWith("begrip");
                if (!orgaan && woorden.getOrDefault(doel, List.of()).size() < 2) continue;
                if (afstand(w, doel) == 1) {
                    r.add(bevinding(fs.get(0).pos(), fs.get(0).pad(), "'" + geschreven.get(w) + "' lijkt een tikfout voor '"
                            + doel + "' (" + d.getValue() + "); " + Plekken.lijst(fs)));
                    break;
                }
            }
        });
        return r;
    }

    /** "inwoners" bij "inwoner", "cliënte" bij "cliënt": een buigingsuitgang, geen tikfout. */
    static boolean isVerbuiging(String w, String doel) {
        String lang = w.length() > doel.length() ? w : doel;
        String kort = lang == w ? doel : w;
        if (!lang.startsWith(kort)) return false;
        String rest = lang.substring(kort.length());
        return rest.equals("s") || rest.equals("n") || rest.equals("e") || rest.equals("en");
    }

    /** "collega" naast "college": alleen de laatste letter anders is meestal een ander woord. */
    static boolean alleenSlotletter(String w, String doel) {
        int n = w.length();
        return n == doel.length() && w.regionMatches(0, doel, 0, n - 1);
    }

    /** Damerau–Levenshtein (beperkt): invoegen, weglaten, vervangen en twee buren omwisselen. */
    static int afstand(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int k = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + k);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

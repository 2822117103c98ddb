package nl.verordening.check.wet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.verordening.check.Check;
import nl.verordening.check.CheckInfo;
import nl.verordening.check.Teksten;
import nl.verordening.model.Finding;
import nl.verordening.model.Hoofdstuk;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;
import nl.verordening.model.Wet;
import nl.verordening.model.WetTag;
import nl.verordening.model.taal.Woorden;

/**
 * De inleiding van de verordening (het hoofdstuk "Inleiding") noemt de wetten waarop zij rust. Een
 * wettenregel die een wet noemt die de inleiding niet noemt, of die de inleiding anders schrijft dan
 * het register (een letter anders, een andere afkorting), is een tegenstrijdigheid in de tekst.
 * Eén melding per wet, bij haar eerste wettag. Zonder inleiding geen melding.
 */
@CheckInfo(code = "WET003", id = "wet-inleiding", ernst = Severity.WARNING,
        samenvatting = "wettenregel noemt een wet die de inleiding niet of anders noemt")
public final class WetInleidingCheck implements Check {

    @Override
    public List<Finding> check(Verordening v) {
        Optional<Hoofdstuk> inleiding = v.hoofdstukken().stream()
                .filter(h -> h.titel().strip().equalsIgnoreCase("inleiding")).findFirst();
        if (inleiding.isEmpty()) return List.of();
        StringBuilder sb = new StringBuilder();
        for (Teksten.Fragment f : Teksten.van(v)) if (f.pad().hoofdstuk() == inleiding.get()) sb.append(f.tekst()).append(" \n ");
        String tekst = sb.toString();
        List<String> woorden = Woorden.van(vouw(tekst));
        Map<String, List<WetTag>> tags = new LinkedHashMap<>();
        Map<String, Pad> paden = new LinkedHashMap<>();
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void wetTag(WetTag t, Pad pad) {
                tags.computeIfAbsent(t.code(), k -> new ArrayList<>()).add(t);
                paden.putIfAbsent(t.code(), pad);
            }
        });
        List<Finding> r = new ArrayList<>();
        tags.forEach((code, ts) -> {
            Optional<Wet> w = v.wet(code);
            if (w.isEmpty()) return;
            String oordeel = oordeel(w.get(), tekst, woorden);
            if (oordeel == null) return;
            Pad pad = paden.get(code);
            r.add(bevinding(ts.get(0).pos(), pad, "de wettenregel van " + pad.omschrijving() + " noemt '" + code + "' ("
                    + w.get().naam() + "), maar " + oordeel + " (" + inleiding.get().pos() + "); " + ts.size()
                    + " wettag" + (ts.size() == 1 ? "" : "s") + " met deze wet"));
        });
        return r;
    }

    /** Null als de inleiding de wet noemt zoals het register; anders wat er mis is. */
    static String oordeel(Wet w, String tekst, List<String> woorden) {
        List<String> namen = namen(w);
        for (String naam : namen) if (bevat(woorden, Woorden.van(vouw(naam)), 0) >= 0) return null;
        for (String naam : namen) {
            List<String> nw = Woorden.van(vouw(naam));
            int i = bevat(woorden, nw, 1);
            if (i >= 0) {
                String gevonden = String.join(" ", woorden.subList(i, i + nw.size()));
                return "de inleiding schrijft '" + gevonden + "' waar het register '" + naam + "' heeft";
            }
        }
        if (woorden.contains(vouw(w.code()).replace(" ", "")) || bevat(woorden, Woorden.van(vouw(w.code())), 0) >= 0) return null;
        return "de inleiding noemt deze wet niet bij de wetten waarop de verordening rust";
    }

    /** De naam uit het register, en bij een verzamelnaam ("Leerlingenvervoer (Wet op het ..., Wet ...)") elke wet erin. */
    static List<String> namen(Wet w) {
        List<String> r = new ArrayList<>();
        String naam = w.naam().replaceAll("\\s+", " ").strip();
        int haakje = naam.indexOf('(');
        if (haakje > 0 && naam.endsWith(")")) {
            for (String deel : naam.substring(haakje + 1, naam.length() - 1).split(",")) r.add(deel.strip());
        } else {
            r.add(naam);
            // "Wet maatschappelijke ondersteuning 2015" staat ook zonder jaartal in een tekst
            String zonderJaar = naam.replaceAll(" (19|20)\\d\\d$", "");
            if (!zonderJaar.equals(naam)) r.add(zonderJaar);
        }
        return r;
    }

    /** Waar {@code naam} in {@code woorden} begint, met per woord hoogstens {@code fouten} letters anders; of -1. */
    static int bevat(List<String> woorden, List<String> naam, int fouten) {
        if (naam.isEmpty()) return -1;
        outer:
        for (int i = 0; i + naam.size() <= woorden.size(); i++) {
            for (int k = 0; k < naam.size(); k++) {
                if (afstand(woorden.get(i + k), naam.get(k)) > fouten) continue outer;
            }
            return i;
        }
        return -1;
    }

    static String vouw(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static int afstand(String a, String b) {
        if (a.equals(b)) return 0;
        if (Math.abs(a.length() - b.length()) > 1) return 2;
        int[] vorige = new int[b.length() + 1];
        int[] nu = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) vorige[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            nu[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                nu[j] = Math.min(Math.min(nu[j - 1] + 1, vorige[j] + 1), vorige[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = vorige;
            vorige = nu;
            nu = t;
        }
        return vorige[b.length()];
    }
}

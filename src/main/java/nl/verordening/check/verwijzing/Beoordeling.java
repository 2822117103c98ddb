package nl.verordening.check.verwijzing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.check.verwijzing.Tekstverwijzing.Niveau;
import nl.verordening.check.verwijzing.Verwijzingen.Vondst;
import nl.verordening.model.Artikel;
import nl.verordening.model.Begrip;
import nl.verordening.model.Blok;
import nl.verordening.model.Onderdeel;
import nl.verordening.model.Pad;
import nl.verordening.model.Verordening;
import nl.verordening.model.Wet;

/**
 * Lost elke tekstverwijzing op tegen de structuur en beoordeelt haar één keer: per verwijzing hooguit
 * één oordeel, het zwaarste (een doel dat niet bestaat gaat voor een afwijkende schrijfwijze). De
 * controles REF001..REF007 tonen elk hun eigen soort oordeel.
 */
final class Beoordeling {

    enum Soort { DOEL_ONBEKEND, LID_ONBEKEND, TITEL_ANDERS, ALLEEN_TITEL, ZELF, VORM, ONDERWERP }

    record Oordeel(Soort soort, Vondst vondst, String bericht, String suggestie) {}

    private static Verordening laatsteBron;
    private static List<Oordeel> laatste;

    private Beoordeling() {}

    static synchronized List<Oordeel> van(Verordening v) {
        if (laatsteBron != v) {
            laatste = beoordeel(Verwijzingen.van(v));
            laatsteBron = v;
        }
        return laatste;
    }

    static List<Oordeel> van(Verordening v, Soort soort) {
        return van(v).stream().filter(o -> o.soort() == soort).toList();
    }

    private static List<Oordeel> beoordeel(Verwijzingen w) {
        List<Oordeel> r = new ArrayList<>();
        Map<String, List<String[]>> termen = termen(w.verordening());
        for (Vondst x : w.vondsten()) {
            Tekstverwijzing t = x.verwijzing();
            if (t.extern()) continue;
            Oordeel o = oordeel(w, x, t, termen);
            if (o != null) r.add(o);
        }
        for (Vondst x : w.ditZonderDoel()) {
            String wat = x.verwijzing().niveau() == Niveau.LID ? "een lid" : "een artikel";
            r.add(new Oordeel(Soort.ZELF, x, x.pad().omschrijving() + " zegt '" + x.verwijzing().tekst() + "', maar staat niet in "
                    + wat + "; noem het " + (x.verwijzing().niveau() == Niveau.LID ? "lid" : "artikel") + " bij nummer", null));
        }
        r.sort(java.util.Comparator.comparing((Oordeel o) -> o.vondst().pos()).thenComparingInt(o -> o.vondst().verwijzing().begin()));
        return r;
    }

    private static Oordeel oordeel(Verwijzingen w, Vondst x, Tekstverwijzing t, Map<String, List<String[]>> termen) {
        Artikel hier = x.pad().artikel();
        String waar = x.pad().omschrijving();
        switch (t.niveau()) {
            case HOOFDSTUK, PARAGRAAF, BIJLAGE -> {
                boolean bestaat = switch (t.niveau()) {
                    case HOOFDSTUK -> w.hoofdstuk(t.nummer()).isPresent();
                    case PARAGRAAF -> w.paragraaf(t.nummer()).isPresent();
                    default -> w.bijlage(t.nummer()).isPresent();
                };
                if (bestaat) return vorm(x, t, t.nummer());
                String anders = w.watIs(t.nummer());
                return new Oordeel(Soort.DOEL_ONBEKEND, x, waar + " verwijst naar '" + t.tekst() + "', maar "
                        + (t.niveau() == Niveau.HOOFDSTUK ? "dat hoofdstuk" : "die " + t.niveau().name().toLowerCase(Locale.ROOT)) + " bestaat niet" + (anders == null ? "" : "; " + t.nummer() + " is " + anders),
                        anders == null ? null : anders.replaceAll(" '.*", ""));
            }
            case LID, ONDERDEEL -> {
                if (hier == null || x.pad().begrip() != null && t.niveau() == Niveau.LID) {
                    return new Oordeel(Soort.DOEL_ONBEKEND, x, waar + " verwijst naar '" + t.tekst()
                            + "', maar staat niet in een artikel met leden; noem het artikel", null);
                }
                Blok.Lid zelf = x.pad().lid();
                if (t.niveau() == Niveau.LID) {
                    Optional<Blok.Lid> l = hier.lid(t.lid());
                    if (l.isEmpty()) {
                        return new Oordeel(Soort.LID_ONBEKEND, x, waar + " verwijst naar '" + t.tekst() + "', maar artikel "
                                + hier.nummer() + " heeft " + ledenTekst(hier), null);
                    }
                    if (t.onderdeel() != null && !heeftOnderdeel(l.get().inhoud(), t.onderdeel())) {
                        return new Oordeel(Soort.LID_ONBEKEND, x, waar + " verwijst naar '" + t.tekst() + "', maar het "
                                + Rangtelwoorden.lid(t.lid()) + " van artikel " + hier.nummer() + " heeft geen onderdeel " + t.onderdeel(), null);
                    }
                    if (zelf != null && zelf == l.get() && t.onderdeel() == null && x.pad().deel() == Pad.Deel.INHOUD) {
                        return new Oordeel(Soort.ZELF, x, waar + " verwijst met '" + t.tekst() + "' naar het lid waarin het staat",
                                "dit lid");
                    }
                    Oordeel ond = onderwerp(w, x, t, hier, l.get(), termen);
                    if (ond != null) return ond;
                    return vorm(x, t, null);
                }
                // "het onder a genoemde": een onderdeel in hetzelfde lid, of anders in het artikel
                List<Blok> binnen = zelf != null ? zelf.inhoud() : hier.inhoud();
                if (!heeftOnderdeel(binnen, t.onderdeel())) {
                    return new Oordeel(Soort.LID_ONBEKEND, x, waar + " verwijst naar '" + t.tekst() + "', maar "
                            + (zelf != null ? "het " + Rangtelwoorden.lid(zelf.nummer()) : "artikel " + hier.nummer())
                            + " heeft geen onderdeel " + t.onderdeel(), null);
                }
                return null;
            }
            default -> {
                return artikel(w, x, t, hier, waar, termen);
            }
        }
    }

    private static Oordeel artikel(Verwijzingen w, Vondst x, Tekstverwijzing t, Artikel hier, String waar, Map<String, List<String[]>> termen) {
        if (t.nummer() == null) {
            List<Artikel> m = w.metTitel(t.titel());
            if (m.isEmpty()) {
                return new Oordeel(Soort.DOEL_ONBEKEND, x, waar + " verwijst naar '" + t.tekst()
                        + "', maar geen artikel heeft de titel '" + t.titel() + "'", null);
            }
            Artikel a = m.get(0);
            return new Oordeel(Soort.ALLEEN_TITEL, x, waar + " verwijst alleen met een titel naar een artikel ('" + t.tekst()
                    + "'); dat is artikel " + a.nummer() + titel(a), t.standaardvorm(a.nummer()));
        }
        Optional<Artikel> doel = w.artikel(t.nummer());
        List<Artikel> opTitel = t.titel() == null ? List.of() : w.metTitel(t.titel());
        if (doel.isPresent() && t.titel() != null && !doel.get().titel().equalsIgnoreCase(t.titel().trim())) {
            String rest = opTitel.isEmpty() ? "geen artikel heeft de titel '" + t.titel() + "'"
                    : "'" + opTitel.get(0).titel() + "' is artikel " + opTitel.get(0).nummer();
            return new Oordeel(Soort.TITEL_ANDERS, x, waar + ": in '" + t.tekst() + "' horen nummer en titel niet bij elkaar; artikel "
                    + doel.get().nummer() + " heet '" + doel.get().titel() + "', " + rest,
                    opTitel.isEmpty() ? null : t.standaardvorm(opTitel.get(0).nummer()));
        }
        if (doel.isEmpty()) {
            String anders = w.watIs(t.nummer());
            if (!opTitel.isEmpty()) {
                return new Oordeel(Soort.TITEL_ANDERS, x, waar + ": in '" + t.tekst() + "' horen nummer en titel niet bij elkaar; "
                        + (anders == null ? "artikel " + t.nummer() + " bestaat niet" : t.nummer() + " is " + anders)
                        + ", en '" + opTitel.get(0).titel() + "' is artikel " + opTitel.get(0).nummer(),
                        t.standaardvorm(opTitel.get(0).nummer()));
            }
            if (anders != null && t.afwijkingen().contains(VerwijzingParser.KAAL)) {
                // "onder 3.1": een kaal nummer mag een paragraaf of hoofdstuk zijn; alleen de vorm wijkt af
                return new Oordeel(Soort.VORM, x, waar + ": '" + t.tekst() + "' noemt " + anders + " zonder te zeggen wat het is",
                        anders.replaceAll(" '.*", ""));
            }
            String wet = wetInZin(w.verordening(), x.tekst(), t.tekst());
            String bericht = waar + " verwijst naar '" + t.tekst() + "', maar artikel " + t.nummer() + " bestaat niet in deze verordening";
            String suggestie = null;
            if (anders != null) {
                bericht += "; " + t.nummer() + " is " + anders;
                suggestie = anders.replaceAll(" '.*", "");
            } else if (wet != null) {
                bericht += "; de zin noemt " + wet + ": bedoelt u een artikel van die wet?";
                suggestie = new Tekstverwijzing(Tekstverwijzing.Soort.EXTERN, t.niveau(), t.nummer(), null, t.lid(), t.onderdeel(), wet,
                        false, List.of(), t.begin(), t.eind(), t.tekst()).standaardvorm();
            }
            return new Oordeel(Soort.DOEL_ONBEKEND, x, bericht, suggestie);
        }
        Artikel a = doel.get();
        if (t.lid() != null) {
            Optional<Blok.Lid> l = a.lid(t.lid());
            if (l.isEmpty()) {
                return new Oordeel(Soort.LID_ONBEKEND, x, waar + " verwijst naar '" + t.tekst() + "', maar artikel " + a.nummer()
                        + " heeft " + ledenTekst(a), null);
            }
            if (t.onderdeel() != null && !heeftOnderdeel(l.get().inhoud(), t.onderdeel())) {
                return new Oordeel(Soort.LID_ONBEKEND, x, waar + " verwijst naar '" + t.tekst() + "', maar het "
                        + Rangtelwoorden.lid(t.lid()) + " van artikel " + a.nummer() + " heeft geen onderdeel " + t.onderdeel(), null);
            }
        } else if (t.onderdeel() != null && !heeftOnderdeel(a.inhoud(), t.onderdeel())) {
            return new Oordeel(Soort.LID_ONBEKEND, x, waar + " verwijst naar '" + t.tekst() + "', maar artikel " + a.nummer()
                    + " heeft geen onderdeel " + t.onderdeel(), null);
        }
        if (hier == a && x.pad().begrip() == null) {
            String s = t.lid() == null ? "dit artikel" : "het " + Rangtelwoorden.lid(t.lid()) + (t.onderdeel() == null ? "" : ", onder " + t.onderdeel());
            if (t.lid() != null && x.pad().lid() != null && x.pad().lid().nummer().equals(t.lid()) && t.onderdeel() == null) s = "dit lid";
            return new Oordeel(Soort.ZELF, x, waar + " verwijst met '" + t.tekst() + "' naar het eigen artikel", s);
        }
        if (t.lid() != null) {
            Oordeel o = onderwerp(w, x, t, a, a.lid(t.lid()).get(), termen);
            if (o != null) return o;
        }
        return vorm(x, t, a.nummer());
    }

    private static Oordeel vorm(Vondst x, Tekstverwijzing t, String nummer) {
        if (t.standaard()) return null;
        return new Oordeel(Soort.VORM, x, x.pad().omschrijving() + ": '" + t.tekst() + "' is geen standaardschrijfwijze ("
                + String.join(", ", t.afwijkingen()) + ")", nummer == null ? t.standaardvorm() : t.standaardvorm(nummer));
    }

    /**
     * De zin noemt een begrip dat niet in het aangewezen lid staat, maar wel in één ander lid van
     * hetzelfde artikel: vermoedelijk is dat lid bedoeld.
     */
    private static Oordeel onderwerp(Verwijzingen w, Vondst x, Tekstverwijzing t, Artikel a, Blok.Lid doel, Map<String, List<String[]>> termen) {
        String zin = x.zin().toLowerCase(Locale.ROOT).replace(t.tekst().toLowerCase(Locale.ROOT), " ");
        String doelTekst = w.tekst(doel);
        // alleen begrippen waarvan het eerste woord in de zin staat: de kosten hangen af van de zin, niet van de begrippenlijst
        java.util.Set<String[]> kandidaten = new java.util.LinkedHashSet<>();
        for (String woord : zin.split("[^\\p{L}\\p{N}-]+")) kandidaten.addAll(termen.getOrDefault(woord, List.of()));
        for (String[] term : kandidaten) {
            String gevonden = null;
            for (String s : term) if (bevat(zin, s)) gevonden = s;
            if (gevonden == null) continue;
            boolean inDoel = false;
            for (String s : term) inDoel |= bevat(doelTekst, s);
            if (inDoel) continue;
            List<Blok.Lid> met = new ArrayList<>();
            for (Blok.Lid l : a.leden()) {
                if (l == doel || l == x.pad().lid()) continue;
                for (String s : term) if (bevat(w.tekst(l), s)) { met.add(l); break; }
            }
            if (met.size() != 1) continue;
            Blok.Lid ander = met.get(0);
            Tekstverwijzing voorstel = new Tekstverwijzing(t.soort(), t.niveau(), t.nummer(), null, ander.nummer(), null, null,
                    false, List.of(), t.begin(), t.eind(), t.tekst());
            return new Oordeel(Soort.ONDERWERP, x, x.pad().omschrijving() + ": de zin bij '" + t.tekst() + "' gaat over '" + gevonden
                    + "', maar het " + Rangtelwoorden.lid(doel.nummer()) + " van artikel " + a.nummer() + " noemt dat niet; het "
                    + Rangtelwoorden.lid(ander.nummer()) + " wel", voorstel.standaardvorm(t.niveau() == Niveau.LID ? null : a.nummer()));
        }
        return null;
    }

    private static boolean bevat(String tekst, String woord) {
        int i = tekst.indexOf(woord);
        while (i >= 0) {
            int e = i + woord.length();
            if ((i == 0 || !Character.isLetterOrDigit(tekst.charAt(i - 1))) && (e >= tekst.length() || !Character.isLetterOrDigit(tekst.charAt(e)))) {
                return true;
            }
            i = tekst.indexOf(woord, i + 1);
        }
        return false;
    }

    /** De begrippen als zoektermen (term, afkortingen, varianten), in kleine letters, op elk eerste woord. */
    private static Map<String, List<String[]>> termen(Verordening v) {
        Map<String, List<String[]>> r = new java.util.HashMap<>();
        java.util.Set<String> gezien = new java.util.HashSet<>();
        for (Begrip b : v.begrippen()) {
            List<String> s = new ArrayList<>();
            s.add(b.term().toLowerCase(Locale.ROOT));
            b.afkortingen().forEach(x -> s.add(x.toLowerCase(Locale.ROOT)));
            b.varianten().forEach(x -> s.add(x.toLowerCase(Locale.ROOT)));
            s.removeIf(x -> x.length() < 4);
            if (s.isEmpty() || !gezien.add(String.join("|", s))) continue;
            String[] term = s.toArray(String[]::new);
            for (String x : s) r.computeIfAbsent(x.split("[^\\p{L}\\p{N}-]+")[0], k -> new ArrayList<>()).add(term);
        }
        return r;
    }

    /** Een wet die de zin noemt (code of naam uit het wettenregister), buiten de verwijzing zelf. */
    private static String wetInZin(Verordening v, String zin, String verwijzing) {
        String z = zin.replace(verwijzing, " ");
        for (Wet wet : v.wetten()) {
            for (String naam : new String[] {wet.naam(), wet.code()}) {
                if (naam == null || naam.length() < 3) continue;
                Matcher m = Pattern.compile("\\b" + Pattern.quote(naam) + "(?: \\d{4})?\\b").matcher(z);
                if (m.find()) return m.group();
            }
        }
        return null;
    }

    private static boolean heeftOnderdeel(List<Blok> blokken, String label) {
        boolean[] ja = {false};
        nl.verordening.model.ModelWalker.walk(blokken, Pad.WORTEL, new nl.verordening.model.ModelBezoeker() {
            @Override
            public void onderdeel(Onderdeel o, Pad p) {
                if (label.equals(o.label())) ja[0] = true;
            }

            @Override
            public void begrip(Begrip b, Pad p) {
                if (label.equals(b.label())) ja[0] = true;
            }
        });
        return ja[0];
    }

    private static String ledenTekst(Artikel a) {
        List<Blok.Lid> l = a.leden();
        if (l.isEmpty()) return "geen leden";
        return l.size() == 1 ? "alleen lid " + l.get(0).nummer() : "de leden " + l.get(0).nummer() + " tot en met " + l.get(l.size() - 1).nummer();
    }

    private static String titel(Artikel a) {
        return Verwijzingen.titel(a.titel());
    }
}

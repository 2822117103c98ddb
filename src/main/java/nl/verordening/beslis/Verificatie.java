package nl.verordening.beslis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.model.Inline;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelIndex;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import nl.verordening.model.beslis.Beslistabel;
import nl.verordening.model.beslis.Grondslag;
import nl.verordening.model.beslis.HitPolicy;
import nl.verordening.model.beslis.Regel;
import nl.verordening.model.beslis.Toets;
import nl.verordening.model.beslis.Uitvoer;
import nl.verordening.model.beslis.Voorbeeld;
import nl.verordening.model.beslis.Waarde;

/**
 * Verifieert beslistabellen exact, zonder te gokken: elke getal- en datuminvoer wordt opgedeeld in de
 * grenspunten uit alle regels en de open stukken ertussen, een keuze in haar waarden, een waarheid
 * in true en false. Binnen één deel gedragen alle waarden zich gelijk (elke toets is een
 * vergelijking met een grens), dus het product van de delen dekt de hele invoerruimte. Per cel van
 * dat product: welke regels passen. Daaruit volgen gaten, overlappen en schaduwregels.
 */
public final class Verificatie {

    /** Het soort bevinding; elke soort is één controle in {@code nl.verordening.check}. */
    public enum Soort {
        GAT, OVERLAP, ANY_TEGENSTRIJDIG, ONBEREIKBAAR, PRIORITEIT_ZONDER_VOLGORDE, VOORBEELD_FAALT, GETAL_NIET_IN_TEKST,
        GRONDSLAG_ONBEKEND, TWIJFEL
    }

    /**
     * @param element het pad waar de bevinding over gaat (het grondslagartikel), voor {@code aanvaard:}
     */
    public record Bevinding(Soort soort, String tabel, SourcePosition pos, String bericht, String element) {}

    /** Meer cellen dan dit slaan we over (de tabellen van een verordening blijven ver daaronder). */
    static final long MAXIMUM_CELLEN = 5_000_000;
    private static final int VOORBEELDEN_PER_SOORT = 3;

    private final Verordening verordening;
    private final ModelIndex index;
    private final LocalDate datum;
    private final Evaluator evaluator;
    private Map<String, String> artikelteksten;

    public Verificatie(Verordening verordening, LocalDate datum) {
        this.verordening = verordening;
        this.index = verordening.index();
        this.datum = datum;
        this.evaluator = new Evaluator(verordening);
    }

    /** Op de datum van inwerkingtreding. */
    public static List<Bevinding> van(Verordening v) {
        LocalDate d = v.metadata() == null || v.metadata().inwerkingtreding() == null ? LocalDate.now() : v.metadata().inwerkingtreding();
        Verificatie ver = new Verificatie(v, d);
        List<Bevinding> r = new ArrayList<>();
        for (Beslistabel t : v.beslistabellen()) r.addAll(ver.verifieer(t));
        return r;
    }

    public List<Bevinding> verifieer(Beslistabel t) {
        List<Bevinding> r = new ArrayList<>();
        String element = t.grondslag().isEmpty() ? null : t.grondslag().get(0).artikel();
        grondslagen(t, r);
        if (r.stream().anyMatch(b -> b.soort() == Soort.GRONDSLAG_ONBEKEND)) element = null;
        GecompileerdeTabel c;
        try {
            c = evaluator.compileer(t, datum);
        } catch (Beslisfout e) {
            r.add(new Bevinding(Soort.VOORBEELD_FAALT, t.id(), t.pos(), "tabel " + t.id() + " is niet uit te voeren op " + datum + ": " + e.getMessage(), element));
            return r;
        }
        partities(t, c, element, r);
        prioriteit(t, element, r);
        voorbeelden(t, c, element, r);
        getallen(t, r);
        for (Regel regel : t.regels()) {
            if (regel.twijfel() == null) continue;
            Grondslag g = regel.grondslag() != null ? regel.grondslag() : t.grondslag().isEmpty() ? null : t.grondslag().get(0);
            String art = g == null ? "de grondslag" : "artikel " + nummer(g.artikel());
            r.add(new Bevinding(Soort.TWIJFEL, t.id(), regel.pos(), art + " is dubbelzinnig: " + regel.twijfel()
                    + " Tabel " + t.id() + ", regel " + regel.nummer() + " kiest: " + regel.uitleg(), g == null ? null : pad(g)));
        }
        return r;
    }

    private String nummer(String artikelId) {
        return index.artikel(artikelId).map(a -> a.nummer()).orElse(artikelId);
    }

    private String pad(Grondslag g) {
        return index.artikel(g.artikel()).isEmpty() ? null : g.lid() == null ? g.artikel() : g.artikel() + "#lid-" + g.lid();
    }

    private void grondslagen(Beslistabel t, List<Bevinding> r) {
        List<Grondslag> alle = new ArrayList<>(t.grondslag());
        for (Regel regel : t.regels()) if (regel.grondslag() != null) alle.add(regel.grondslag());
        for (Grondslag g : alle) {
            var a = index.artikel(g.artikel());
            if (a.isEmpty()) {
                r.add(new Bevinding(Soort.GRONDSLAG_ONBEKEND, t.id(), g.pos(), "grondslag '" + g.artikel() + "' van tabel " + t.id()
                        + " is geen artikel van de verordening", null));
            } else if (g.lid() != null && index.lid(g.artikel(), g.lid()).isEmpty()) {
                r.add(new Bevinding(Soort.GRONDSLAG_ONBEKEND, t.id(), g.pos(), "artikel " + a.get().nummer() + " heeft geen lid " + g.lid()
                        + " (grondslag van tabel " + t.id() + ")", g.artikel()));
            }
        }
    }

    /** Eén deel van de invoerruimte van één invoer: een waarde die het hele deel vertegenwoordigt. */
    record Deel(Object genormaliseerd, Object waarde, String omschrijving) {}

    /** De delen van elke invoer. */
    List<List<Deel>> delen(Beslistabel t) {
        Parameters p = new Parameters(verordening.parameters(), datum);
        List<List<Deel>> r = new ArrayList<>();
        for (int i = 0; i < t.invoer().size(); i++) {
            var in = t.invoer().get(i);
            List<Deel> d = new ArrayList<>();
            switch (in.soort()) {
                case KEUZE:
                    for (String w : in.waarden()) d.add(new Deel(w, w, "\"" + w + "\""));
                    break;
                case WAARHEID:
                    d.add(new Deel(true, true, "true"));
                    d.add(new Deel(false, false, "false"));
                    break;
                default:
                    TreeSet<BigDecimal> grenzen = new TreeSet<>();
                    for (Regel regel : t.regels()) {
                        for (Toets.Term term : regel.toetsen().get(i).termen()) {
                            if (term instanceof Toets.Gelijk g) grenzen.add(getal(g.waarde(), p));
                            else if (term instanceof Toets.Vergelijking v) grenzen.add(getal(v.waarde(), p));
                            else if (term instanceof Toets.Bereik b) {
                                grenzen.add(getal(b.van(), p));
                                grenzen.add(getal(b.tot(), p));
                            }
                        }
                    }
                    d = getallen(grenzen, in.geheel(), in.minimum(), in.maximum(), in.soort() == nl.verordening.model.beslis.Soort.DATUM);
            }
            r.add(d);
        }
        return r;
    }

    private static BigDecimal getal(Waarde w, Parameters p) {
        Object o = p.waarde(w);
        if (o instanceof LocalDate d) return BigDecimal.valueOf(d.toEpochDay());
        return (BigDecimal) o;
    }

    /** Grenspunten en de open stukken ertussen (bij gehele getallen alleen stukken met een geheel getal). */
    static List<Deel> getallen(TreeSet<BigDecimal> grenzen, boolean geheel, BigDecimal min, BigDecimal max, boolean datum) {
        List<BigDecimal> punten = new ArrayList<>();
        for (BigDecimal g : grenzen) {
            if (min != null && g.compareTo(min) < 0) continue;
            if (max != null && g.compareTo(max) > 0) continue;
            if (geheel && g.stripTrailingZeros().scale() > 0) continue;
            punten.add(g);
        }
        if (min != null && (punten.isEmpty() || punten.get(0).compareTo(min) > 0)) punten.add(0, min);
        if (max != null && (punten.isEmpty() || punten.get(punten.size() - 1).compareTo(max) < 0)) punten.add(max);
        List<Deel> r = new ArrayList<>();
        if (punten.isEmpty()) {
            r.add(deel(BigDecimal.ZERO, "elke waarde", datum));
            return r;
        }
        BigDecimal eerste = punten.get(0);
        if (min == null) r.add(deel(geheel ? eerste.setScale(0, java.math.RoundingMode.CEILING).subtract(BigDecimal.ONE) : eerste.subtract(BigDecimal.ONE),
                "< " + eerste.toPlainString(), datum));
        for (int k = 0; k < punten.size(); k++) {
            BigDecimal a = punten.get(k);
            r.add(deel(a, a.toPlainString(), datum));
            if (k + 1 < punten.size()) {
                BigDecimal b = punten.get(k + 1);
                BigDecimal m;
                if (geheel) {
                    m = a.setScale(0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE);
                    if (m.compareTo(b) >= 0) continue;
                } else {
                    m = a.add(b).divide(BigDecimal.valueOf(2));
                }
                r.add(deel(m, "tussen " + a.toPlainString() + " en " + b.toPlainString(), datum));
            }
        }
        BigDecimal laatste = punten.get(punten.size() - 1);
        if (max == null) r.add(deel(geheel ? laatste.setScale(0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE) : laatste.add(BigDecimal.ONE),
                "> " + laatste.toPlainString(), datum));
        return r;
    }

    private static Deel deel(BigDecimal v, String omschrijving, boolean datum) {
        if (datum) {
            LocalDate d = LocalDate.ofEpochDay(v.longValue());
            return new Deel(v.doubleValue(), d, omschrijving);
        }
        return new Deel(v.doubleValue(), v, omschrijving);
    }

    private void partities(Beslistabel t, GecompileerdeTabel c, String element, List<Bevinding> r) {
        List<List<Deel>> delen = delen(t);
        long cellen = 1;
        for (List<Deel> d : delen) cellen *= d.size();
        if (cellen > MAXIMUM_CELLEN || delen.isEmpty()) return;
        int n = delen.size();
        int[] teller = new int[n];
        Object[] waarden = new Object[n];
        int regels = t.regels().size();
        boolean[] past = new boolean[regels];
        boolean[] ooitEerste = new boolean[regels];
        List<String> gaten = new ArrayList<>();
        long aantalGaten = 0;
        Map<String, String> overlappen = new LinkedHashMap<>();
        Map<String, String> tegenstrijdig = new LinkedHashMap<>();
        while (true) {
            for (int i = 0; i < n; i++) waarden[i] = delen.get(i).get(teller[i]).genormaliseerd();
            int[] p = c.passend(waarden);
            for (int x : p) past[x - 1] = true;
            if (p.length > 0) ooitEerste[p[0] - 1] = true;
            if (p.length == 0 && t.enkelvoudig()) {
                aantalGaten++;
                if (gaten.size() < VOORBEELDEN_PER_SOORT) gaten.add(cel(t, delen, teller));
            }
            if (p.length > 1 && (t.hitPolicy() == HitPolicy.UNIQUE || t.hitPolicy() == HitPolicy.ANY)) {
                for (int a = 0; a < p.length; a++) {
                    for (int b = a + 1; b < p.length; b++) {
                        String sleutel = p[a] + " en " + p[b];
                        if (t.hitPolicy() == HitPolicy.UNIQUE) overlappen.putIfAbsent(sleutel, cel(t, delen, teller));
                        else if (!gelijk(c.uitkomst(p[a]), c.uitkomst(p[b]))) tegenstrijdig.putIfAbsent(sleutel, cel(t, delen, teller));
                    }
                }
            }
            int k = n - 1;
            while (k >= 0 && ++teller[k] == delen.get(k).size()) teller[k--] = 0;
            if (k < 0) break;
        }
        if (aantalGaten > 0) {
            r.add(new Bevinding(Soort.GAT, t.id(), t.pos(), "tabel " + t.id() + " (" + t.hitPolicy().dmn() + ") heeft geen regel voor "
                    + aantalGaten + (aantalGaten == 1 ? " deel" : " delen") + " van de invoer, bijvoorbeeld " + String.join("; ", gaten), element));
        }
        for (var e : overlappen.entrySet()) {
            r.add(new Bevinding(Soort.OVERLAP, t.id(), regelPos(t, e.getKey()), "in tabel " + t.id() + " (UNIQUE) passen regels " + e.getKey()
                    + " allebei, bijvoorbeeld bij " + e.getValue(), element));
        }
        for (var e : tegenstrijdig.entrySet()) {
            r.add(new Bevinding(Soort.ANY_TEGENSTRIJDIG, t.id(), regelPos(t, e.getKey()), "in tabel " + t.id() + " (ANY) passen regels "
                    + e.getKey() + " met verschillende uitkomsten, bijvoorbeeld bij " + e.getValue(), element));
        }
        for (int x = 0; x < regels; x++) {
            Regel regel = t.regels().get(x);
            if (!past[x]) {
                r.add(new Bevinding(Soort.ONBEREIKBAAR, t.id(), regel.pos(), "regel " + regel.nummer() + " van tabel " + t.id()
                        + " past bij geen enkele invoer", element));
            } else if (t.hitPolicy() == HitPolicy.FIRST && !ooitEerste[x]) {
                r.add(new Bevinding(Soort.ONBEREIKBAAR, t.id(), regel.pos(), "regel " + regel.nummer() + " van tabel " + t.id()
                        + " (FIRST) wordt nooit gekozen: waar hij past, past altijd een eerdere regel", element));
            }
        }
    }

    private static boolean gelijk(Object[] a, Object[] b) {
        for (int i = 0; i < a.length; i++) if (!GecompileerdeTabel.gelijk(a[i], b[i])) return false;
        return true;
    }

    private static SourcePosition regelPos(Beslistabel t, String paar) {
        int eerste = Integer.parseInt(paar.substring(paar.lastIndexOf(' ') + 1));
        return t.regels().get(eerste - 1).pos();
    }

    /** Een concrete invoer als {@code naam=waarde, ...}, zo te plakken in {@code verordening decide}. */
    private static String cel(Beslistabel t, List<List<Deel>> delen, int[] teller) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < teller.length; i++) {
            Object w = delen.get(i).get(teller[i]).waarde();
            r.add(t.invoer().get(i).naam() + "=" + (w instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : w));
        }
        return String.join(" ", r);
    }

    private void prioriteit(Beslistabel t, String element, List<Bevinding> r) {
        if (t.hitPolicy() != HitPolicy.PRIORITY) return;
        for (int u = 0; u < t.uitvoer().size(); u++) {
            Uitvoer uit = t.uitvoer().get(u);
            if (uit.waarden().isEmpty()) {
                r.add(new Bevinding(Soort.PRIORITEIT_ZONDER_VOLGORDE, t.id(), uit.pos(), "tabel " + t.id() + " heeft hitpolicy PRIORITY, maar uitvoer '"
                        + uit.naam() + "' noemt geen waarden in volgorde van voorrang", element));
                continue;
            }
            for (Regel regel : t.regels()) {
                Waarde w = regel.uitkomsten().get(u);
                String s = w instanceof Waarde.Tekst x ? x.tekst() : w.toString();
                if (!uit.waarden().contains(s)) {
                    r.add(new Bevinding(Soort.PRIORITEIT_ZONDER_VOLGORDE, t.id(), regel.pos(), "regel " + regel.nummer() + " van tabel " + t.id()
                            + " geeft '" + s + "', dat niet in de voorrangsvolgorde van '" + uit.naam() + "' staat", element));
                }
            }
        }
    }

    private void voorbeelden(Beslistabel t, GecompileerdeTabel c, String element, List<Bevinding> r) {
        Parameters p = new Parameters(verordening.parameters(), datum);
        for (Voorbeeld v : t.voorbeelden()) {
            Map<String, Object> invoer = new LinkedHashMap<>();
            v.invoer().forEach((k, w) -> invoer.put(k, p.waarde(w)));
            Beslissing b;
            try {
                b = c.evalueer(invoer);
            } catch (Beslisfout e) {
                r.add(new Bevinding(Soort.VOORBEELD_FAALT, t.id(), v.pos(), "voorbeeld '" + v.naam() + "' van tabel " + t.id() + ": " + e.getMessage(), element));
                continue;
            }
            List<String> verschil = new ArrayList<>();
            if (v.uitkomst().isEmpty() && !b.geenRegel()) verschil.add("verwacht dat geen regel past, maar regel " + b.regels() + " past");
            for (var e : v.uitkomst().entrySet()) {
                Object verwacht = p.waarde(e.getValue());
                Object kreeg = b.uitkomst().get(e.getKey());
                if (!GecompileerdeTabel.gelijk(verwacht, kreeg)) {
                    verschil.add(e.getKey() + " is " + tekst(kreeg) + " in plaats van " + tekst(verwacht)
                            + (b.geenRegel() ? " (geen regel past)" : " (regel " + b.regels().get(0) + ")"));
                }
            }
            if (!verschil.isEmpty()) {
                r.add(new Bevinding(Soort.VOORBEELD_FAALT, t.id(), v.pos(), "voorbeeld '" + v.naam() + "' van tabel " + t.id() + " klopt niet: "
                        + String.join("; ", verschil), element));
            }
        }
    }

    private static String tekst(Object o) {
        return o instanceof BigDecimal b ? b.toPlainString() : String.valueOf(o);
    }

    private static final Pattern GETAL = Pattern.compile("(?<![0-9.,])([0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)(?:,([0-9]+))?");
    private static final Map<String, Integer> WOORDEN = Map.ofEntries(Map.entry("een", 1), Map.entry("één", 1), Map.entry("twee", 2),
            Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6), Map.entry("zeven", 7),
            Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("tien", 10), Map.entry("elf", 11), Map.entry("twaalf", 12),
            Map.entry("twintig", 20), Map.entry("honderd", 100));

    /**
     * Elk getal in de tabel (toetsgrenzen en uitkomsten, behalve 0) moet in de tekst van een
     * grondslagartikel staan: als cijfers ("€ 1.000,-", "62,50"), als woord ("zes weken", "één maand"),
     * "één jaar" als 12 (maanden), en een verdubbeling als het artikel "verdubbeld" zegt.
     */
    private void getallen(Beslistabel t, List<Bevinding> r) {
        Set<String> artikelen = new LinkedHashSet<>();
        t.grondslag().forEach(g -> artikelen.add(g.artikel()));
        t.regels().forEach(x -> { if (x.grondslag() != null) artikelen.add(x.grondslag().artikel()); });
        // Zonder bestaand grondslagartikel is er geen tekst om mee te vergelijken; BES008 meldt dat al.
        artikelen.removeIf(a -> index.artikel(a).isEmpty());
        if (artikelen.isEmpty()) return;
        StringBuilder tekst = new StringBuilder();
        for (String a : artikelen) tekst.append(artikeltekst(a)).append('\n');
        Set<BigDecimal> inTekst = getallenIn(tekst.toString());
        Parameters p = new Parameters(verordening.parameters(), datum);
        Map<BigDecimal, SourcePosition> tabel = new LinkedHashMap<>();
        for (Regel regel : t.regels()) {
            for (int i = 0; i < regel.toetsen().size(); i++) {
                if (t.invoer().get(i).soort() != nl.verordening.model.beslis.Soort.GETAL) continue;
                for (Toets.Term term : regel.toetsen().get(i).termen()) {
                    List<Waarde> ws = term instanceof Toets.Gelijk g ? List.of(g.waarde()) : term instanceof Toets.Vergelijking v ? List.of(v.waarde())
                            : List.of(((Toets.Bereik) term).van(), ((Toets.Bereik) term).tot());
                    for (Waarde w : ws) tabel.putIfAbsent(((BigDecimal) p.waarde(w)).stripTrailingZeros(), regel.toetsen().get(i).pos());
                }
            }
            for (int u = 0; u < regel.uitkomsten().size(); u++) {
                if (t.uitvoer().get(u).soort() != nl.verordening.model.beslis.Soort.GETAL) continue;
                tabel.putIfAbsent(((BigDecimal) p.waarde(regel.uitkomsten().get(u))).stripTrailingZeros(), regel.pos());
            }
        }
        for (var e : tabel.entrySet()) {
            if (e.getKey().signum() == 0 || inTekst.contains(e.getKey())) continue;
            List<String> nummers = artikelen.stream().map(this::nummer).toList();
            r.add(new Bevinding(Soort.GETAL_NIET_IN_TEKST, t.id(), e.getValue(), "tabel " + t.id() + " gebruikt " + e.getKey().toPlainString()
                    + ", maar dat getal staat niet in de tekst van " + (nummers.size() == 1 ? "artikel " : "de artikelen ") + String.join(", ", nummers),
                    t.grondslag().isEmpty() || index.artikel(t.grondslag().get(0).artikel()).isEmpty() ? null : t.grondslag().get(0).artikel()));
        }
    }

    static Set<BigDecimal> getallenIn(String tekst) {
        Set<BigDecimal> r = new java.util.HashSet<>();
        Matcher m = GETAL.matcher(tekst);
        while (m.find()) {
            String heel = m.group(1).replace(".", "");
            r.add(new BigDecimal(m.group(2) == null ? heel : heel + "." + m.group(2)).stripTrailingZeros());
        }
        String klein = tekst.toLowerCase(Locale.ROOT);
        for (String w : klein.split("[^\\p{L}]+")) {
            Integer g = WOORDEN.get(w);
            if (g != null) r.add(BigDecimal.valueOf(g).stripTrailingZeros());
        }
        if (klein.matches("(?s).*\\b(één|een) jaar\\b.*")) r.add(BigDecimal.valueOf(12).stripTrailingZeros());
        if (klein.contains("verdubbel")) {
            for (BigDecimal b : new ArrayList<>(r)) r.add(b.multiply(BigDecimal.valueOf(2)).stripTrailingZeros());
        }
        return r;
    }

    /** De tekst van een artikel (alle leden en onderdelen), parameters ingevuld op de peildatum. */
    String artikeltekst(String id) {
        if (artikelteksten == null) {
            Map<String, StringBuilder> sb = new HashMap<>();
            Parameters p = new Parameters(verordening.parameters(), datum);
            ModelWalker.walk(verordening, new ModelBezoeker() {
                @Override
                public void tekst(Tekst tekst, Pad pad) {
                    if (pad.artikel() == null) return;
                    StringBuilder b = sb.computeIfAbsent(pad.artikel().id(), k -> new StringBuilder());
                    for (Inline i : tekst.delen()) {
                        if (i instanceof Inline.ParameterWaarde w) {
                            try {
                                b.append(p.waarde(w.parameter()).toPlainString().replace('.', ','));
                            } catch (Beslisfout e) {
                                b.append(w.notatie());
                            }
                        } else {
                            b.append(new Tekst(List.of(i)).platteTekst());
                        }
                    }
                    b.append('\n');
                }
            });
            artikelteksten = new HashMap<>();
            sb.forEach((k, v) -> artikelteksten.put(k, v.toString()));
        }
        return artikelteksten.getOrDefault(id, "");
    }
}

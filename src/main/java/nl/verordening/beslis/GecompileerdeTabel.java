package nl.verordening.beslis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.verordening.model.beslis.Aggregatie;
import nl.verordening.model.beslis.Beslistabel;
import nl.verordening.model.beslis.Grondslag;
import nl.verordening.model.beslis.HitPolicy;
import nl.verordening.model.beslis.Invoer;
import nl.verordening.model.beslis.Regel;
import nl.verordening.model.beslis.Soort;
import nl.verordening.model.beslis.Uitvoer;

/**
 * Een beslistabel voor één peildatum, klaar om snel te evalueren: per regel en invoer een
 * {@link Cel}, per regel de uitkomsten met parameters al ingevuld. Onveranderlijk en thread-safe.
 */
public final class GecompileerdeTabel {

    private final Beslistabel tabel;
    private final Cel[][] cellen;
    private final Object[][] uitkomsten;
    private final String[] grondslagen;
    private final String tabelGrondslag;
    private final int[][] voorrang;

    GecompileerdeTabel(Beslistabel tabel, Parameters parameters, Function<String, String> artikelnummer) {
        this.tabel = tabel;
        int n = tabel.regels().size();
        cellen = new Cel[n][];
        uitkomsten = new Object[n][];
        grondslagen = new String[n];
        voorrang = new int[n][];
        tabelGrondslag = Grondslagtekst.van(tabel.grondslag(), artikelnummer);
        for (int r = 0; r < n; r++) {
            Regel regel = tabel.regels().get(r);
            List<Cel> rij = new ArrayList<>();
            for (int i = 0; i < tabel.invoer().size(); i++) rij.add(Cel.compileer(regel.toetsen().get(i), tabel.invoer().get(i).soort(), parameters));
            cellen[r] = rij.toArray(new Cel[0]);
            uitkomsten[r] = regel.uitkomsten().stream().map(parameters::waarde).toArray();
            List<Grondslag> g = regel.grondslag() != null ? List.of(regel.grondslag()) : tabel.grondslag();
            grondslagen[r] = Grondslagtekst.van(g, artikelnummer);
            voorrang[r] = new int[tabel.uitvoer().size()];
            for (int u = 0; u < tabel.uitvoer().size(); u++) {
                int p = tabel.uitvoer().get(u).waarden().indexOf(String.valueOf(regel.uitkomsten().get(u) instanceof nl.verordening.model.beslis.Waarde.Tekst t
                        ? t.tekst() : uitkomsten[r][u]));
                voorrang[r][u] = p < 0 ? Integer.MAX_VALUE : p;
            }
        }
    }

    public Beslistabel tabel() {
        return tabel;
    }

    /** Evalueert met invoer op naam: getallen als Number of tekst ("62,50"), keuzes als tekst, waarheid als Boolean of "ja"/"nee". */
    public Beslissing evalueer(Map<String, ?> invoer) {
        Object[] waarden = new Object[tabel.invoer().size()];
        Map<String, Object> getypeerd = normaliseer(invoer, waarden);
        return beslis(waarden, getypeerd);
    }

    /** De nummers (vanaf 1) van alle regels die passen, in tabelvolgorde; invoer genormaliseerd. */
    int[] passend(Object[] waarden) {
        int[] r = new int[cellen.length];
        int k = 0;
        for (int i = 0; i < cellen.length; i++) if (past(cellen[i], waarden)) r[k++] = i + 1;
        return Arrays.copyOf(r, k);
    }

    private static boolean past(Cel[] rij, Object[] waarden) {
        for (int j = 0; j < rij.length; j++) {
            Cel c = rij[j];
            if (c != null && !c.past(waarden[j])) return false;
        }
        return true;
    }

    Object[] uitkomst(int regel) {
        return uitkomsten[regel - 1];
    }

    private Beslissing beslis(Object[] waarden, Map<String, Object> invoer) {
        HitPolicy hp = tabel.hitPolicy();
        List<Uitvoer> uitvoer = tabel.uitvoer();
        if (hp == HitPolicy.FIRST) {
            for (int i = 0; i < cellen.length; i++) {
                if (past(cellen[i], waarden)) return enkel(invoer, i);
            }
            return geen(invoer);
        }
        int[] passend = passend(waarden);
        if (passend.length == 0) return geen(invoer);
        switch (hp) {
            case UNIQUE:
                if (passend.length > 1) throw new Beslisfout("meer dan één regel past (regels " + lijst(passend)
                        + ") terwijl de tabel " + tabel.id() + " hitpolicy UNIQUE heeft");
                return enkel(invoer, passend[0] - 1);
            case ANY:
                for (int p : passend) {
                    if (!Arrays.equals(uitkomsten[p - 1], uitkomsten[passend[0] - 1])) {
                        throw new Beslisfout("regels " + lijst(passend) + " passen met verschillende uitkomsten terwijl de tabel "
                                + tabel.id() + " hitpolicy ANY heeft");
                    }
                }
                return enkel(invoer, passend[0] - 1);
            case PRIORITY:
                int beste = passend[0] - 1;
                for (int p : passend) if (Arrays.compare(voorrang[p - 1], voorrang[beste]) < 0) beste = p - 1;
                return enkel(invoer, beste);
            default:
                return meer(invoer, passend);
        }
    }

    private Beslissing enkel(Map<String, Object> invoer, int regel) {
        Map<String, Object> uit;
        List<Uitvoer> uitvoer = tabel.uitvoer();
        if (uitvoer.size() == 1) uit = Collections.singletonMap(uitvoer.get(0).naam(), uitkomsten[regel][0]);
        else {
            uit = new LinkedHashMap<>();
            for (int u = 0; u < uitvoer.size(); u++) uit.put(uitvoer.get(u).naam(), uitkomsten[regel][u]);
        }
        return new Beslissing(tabel.id(), invoer, uit, List.of(regel + 1), grondslagen[regel]);
    }

    private Beslissing geen(Map<String, Object> invoer) {
        return new Beslissing(tabel.id(), invoer, Map.of(), List.of(), tabelGrondslag);
    }

    /** COLLECT en RULE ORDER: per uitvoer de lijst, of bij COLLECT met aggregatie één getal. */
    private Beslissing meer(Map<String, Object> invoer, int[] passend) {
        Map<String, Object> uit = new LinkedHashMap<>();
        List<Uitvoer> uitvoer = tabel.uitvoer();
        for (int u = 0; u < uitvoer.size(); u++) {
            List<Object> l = new ArrayList<>();
            for (int p : passend) l.add(uitkomsten[p - 1][u]);
            uit.put(uitvoer.get(u).naam(), tabel.hitPolicy() == HitPolicy.COLLECT ? aggregeer(l, tabel.aggregatie()) : List.copyOf(l));
        }
        List<Integer> regels = Arrays.stream(passend).boxed().toList();
        List<String> g = new ArrayList<>();
        for (int p : passend) if (!g.contains(grondslagen[p - 1])) g.add(grondslagen[p - 1]);
        return new Beslissing(tabel.id(), invoer, uit, regels, String.join("; ", g));
    }

    private static Object aggregeer(List<Object> l, Aggregatie a) {
        switch (a) {
            case COUNT: return BigDecimal.valueOf(l.size());
            case SUM: return l.stream().map(BigDecimal.class::cast).reduce(BigDecimal.ZERO, BigDecimal::add);
            case MIN: return l.stream().map(BigDecimal.class::cast).min(BigDecimal::compareTo).orElse(null);
            case MAX: return l.stream().map(BigDecimal.class::cast).max(BigDecimal::compareTo).orElse(null);
            default: return List.copyOf(l);
        }
    }

    private static String lijst(int[] r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length; i++) sb.append(i == 0 ? "" : i == r.length - 1 ? " en " : ", ").append(r[i]);
        return sb.toString();
    }

    /**
     * Controleert en normaliseert de invoer; alle fouten samen in één {@link Beslisfout}.
     * Vult {@code waarden} (getal/datum als Double) en geeft de getypeerde invoer op naam.
     */
    Map<String, Object> normaliseer(Map<String, ?> invoer, Object[] waarden) {
        List<String> fouten = new ArrayList<>();
        List<String> namen = tabel.invoer().stream().map(Invoer::naam).toList();
        for (String k : invoer.keySet()) {
            if (!namen.contains(k)) fouten.add("onbekende invoer '" + k + "' voor tabel " + tabel.id() + Suggestie.hint(k, namen)
                    + " (invoer: " + String.join(", ", namen) + ")");
        }
        Map<String, Object> getypeerd = new LinkedHashMap<>();
        for (int i = 0; i < namen.size(); i++) {
            Invoer in = tabel.invoer().get(i);
            Object v = invoer.get(in.naam());
            if (v == null) {
                fouten.add("invoer '" + in.naam() + "' (" + in.label() + ") ontbreekt" + mogelijk(in));
                continue;
            }
            try {
                Object t = typeer(in, v);
                getypeerd.put(in.naam(), t);
                waarden[i] = t instanceof BigDecimal b ? (Object) b.doubleValue() : t instanceof LocalDate d ? (Object) (double) d.toEpochDay() : t;
            } catch (Beslisfout e) {
                fouten.add(e.getMessage());
            }
        }
        if (!fouten.isEmpty()) throw new Beslisfout(fouten);
        return getypeerd;
    }

    private static String mogelijk(Invoer in) {
        switch (in.soort()) {
            case KEUZE: return "; kies uit: " + String.join(", ", in.waarden());
            case WAARHEID: return "; geef true of false";
            case DATUM: return "; geef een datum als 2026-01-01";
            default: return "; geef een getal" + (in.eenheid().isEmpty() ? "" : " (" + in.eenheid() + ")");
        }
    }

    private static Object typeer(Invoer in, Object v) {
        String wat = "invoer '" + in.naam() + "'";
        switch (in.soort()) {
            case GETAL: {
                BigDecimal b;
                if (v instanceof BigDecimal x) b = x;
                else if (v instanceof Integer || v instanceof Long || v instanceof Short) b = BigDecimal.valueOf(((Number) v).longValue());
                else if (v instanceof Number n) b = BigDecimal.valueOf(n.doubleValue());
                else {
                    String s = v.toString().strip().replace(',', '.');
                    if (!s.matches("-?[0-9]+(\\.[0-9]+)?")) throw new Beslisfout(wat + " moet een getal zijn, niet '" + v + "'");
                    b = new BigDecimal(s);
                }
                if (in.geheel() && b.stripTrailingZeros().scale() > 0) throw new Beslisfout(wat + " moet een geheel getal zijn, niet " + b.toPlainString());
                if (in.minimum() != null && b.compareTo(in.minimum()) < 0) throw new Beslisfout(wat + " is minstens " + in.minimum().toPlainString() + ", niet " + b.toPlainString());
                if (in.maximum() != null && b.compareTo(in.maximum()) > 0) throw new Beslisfout(wat + " is hoogstens " + in.maximum().toPlainString() + ", niet " + b.toPlainString());
                return b;
            }
            case WAARHEID:
                if (v instanceof Boolean b) return b;
                String s = v.toString().strip().toLowerCase(java.util.Locale.ROOT);
                if (s.equals("true") || s.equals("ja") || s.equals("waar")) return true;
                if (s.equals("false") || s.equals("nee") || s.equals("onwaar")) return false;
                throw new Beslisfout(wat + " moet true of false (ja of nee) zijn, niet '" + v + "'");
            case DATUM:
                if (v instanceof LocalDate d) return d;
                try {
                    return LocalDate.parse(v.toString().strip());
                } catch (DateTimeParseException e) {
                    throw new Beslisfout(wat + " moet een datum zijn als 2026-01-01, niet '" + v + "'");
                }
            default:
                String k = v.toString();
                if (!in.waarden().contains(k)) throw new Beslisfout("'" + k + "' is geen toegestane waarde van " + wat
                        + Suggestie.hint(k, in.waarden()) + "; kies uit: " + String.join(", ", in.waarden()));
                return k;
        }
    }

    static boolean gelijk(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) return x.compareTo(y) == 0;
        return Objects.equals(a, b);
    }
}

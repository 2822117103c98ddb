package nl.verordening.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.beslis.Invoer;
import nl.verordening.model.beslis.Soort;
import nl.verordening.model.beslis.Toets;
import nl.verordening.model.beslis.Waarde;

/**
 * Ontleedt een cel met FEEL-unaire toetsen (DMN 1.3, 10.3.1.1 "simple unary tests"): {@code -},
 * een lijst termen gescheiden door komma's, of {@code not(...)} daarvan. Een term is een waarde,
 * een vergelijking ({@code <6}, {@code >=4000}) of een bereik ({@code [6..20]}). Een waarde is een
 * getal, een tekst tussen dubbele aanhalingstekens, {@code true}/{@code false},
 * {@code date("2026-01-01")} of een parameter {@code {{id}}}. Bij een keuze-invoer mag een
 * toegestane waarde ook zonder aanhalingstekens. Fouten gooien {@link Fout} met de tekenpositie.
 */
final class FeelToetsen {

    /** Een fout in de cel, met de plek in de celtekst. */
    static final class Fout extends Exception {
        final int index;

        Fout(int index, String message) {
            super(message, null, false, false);
            this.index = index;
        }
    }

    private static final Pattern GETAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\{\\s*([a-z0-9-]+)\\s*}}");
    private static final Pattern DATUM = Pattern.compile("date\\(\\s*\"([^\"]*)\"\\s*\\)");

    private final Set<String> parameters;

    FeelToetsen(Set<String> parameters) {
        this.parameters = parameters;
    }

    Toets toets(String tekst, Invoer invoer, SourcePosition pos) throws Fout {
        String t = tekst.strip();
        int basis = tekst.indexOf(t.isEmpty() ? tekst : t);
        if (t.isEmpty()) throw new Fout(0, "lege cel; schrijf '-' voor 'elke waarde'");
        if (t.equals("-")) return new Toets(tekst, false, List.of(), pos);
        boolean niet = false;
        if (t.startsWith("not(") || t.startsWith("not (")) {
            if (!t.endsWith(")")) throw new Fout(basis + t.length(), "'not(' zonder sluitend ')'");
            int open = t.indexOf('(');
            basis += open + 1;
            t = t.substring(open + 1, t.length() - 1);
            niet = true;
        }
        List<Toets.Term> termen = new ArrayList<>();
        for (int[] deel : delen(t, basis)) {
            String s = tekst.substring(deel[0], deel[1]);
            int lead = s.length() - s.stripLeading().length();
            termen.add(term(s.strip(), deel[0] + lead, invoer));
        }
        return new Toets(tekst, niet, termen, pos);
    }

    /** Splitst op komma's buiten aanhalingstekens en haken; geeft [begin, eind) in de celtekst. */
    private static List<int[]> delen(String t, int basis) throws Fout {
        List<int[]> r = new ArrayList<>();
        boolean inTekst = false;
        int diepte = 0;
        int begin = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') inTekst = !inTekst;
            else if (!inTekst && (c == '[' || c == '(')) diepte++;
            else if (!inTekst && (c == ']' || c == ')')) diepte = Math.max(0, diepte - 1);
            else if (!inTekst && diepte == 0 && c == ',') {
                r.add(new int[] {basis + begin, basis + i});
                begin = i + 1;
            }
        }
        if (inTekst) throw new Fout(basis + t.lastIndexOf('"'), "tekst zonder sluitend aanhalingsteken '\"'");
        r.add(new int[] {basis + begin, basis + t.length()});
        for (int[] d : r) {
            if (d[0] >= d[1] || t.substring(d[0] - basis, d[1] - basis).isBlank()) throw new Fout(d[0], "lege term tussen komma's");
        }
        return r;
    }

    private Toets.Term term(String s, int at, Invoer invoer) throws Fout {
        for (String op : new String[] {"<=", ">=", "<", ">"}) {
            if (s.startsWith(op)) {
                if (invoer.soort() != Soort.GETAL && invoer.soort() != Soort.DATUM) {
                    throw new Fout(at, "vergelijking '" + op + "' kan niet bij invoer '" + invoer.naam() + "' van soort " + invoer.soort().bron());
                }
                String rest = s.substring(op.length());
                int lead = rest.length() - rest.stripLeading().length();
                return new Toets.Vergelijking(op, waarde(rest.strip(), at + op.length() + lead, invoer));
            }
        }
        char c = s.charAt(0);
        if ((c == '[' || c == '(' || c == ']') && s.contains("..")) {
            char e = s.charAt(s.length() - 1);
            if (e != ']' && e != ')' && e != '[') throw new Fout(at + s.length() - 1, "bereik moet eindigen met ']', ')' of '['");
            if (invoer.soort() != Soort.GETAL && invoer.soort() != Soort.DATUM) {
                throw new Fout(at, "een bereik kan niet bij invoer '" + invoer.naam() + "' van soort " + invoer.soort().bron());
            }
            int punten = s.indexOf("..");
            String van = s.substring(1, punten);
            String tot = s.substring(punten + 2, s.length() - 1);
            int vanAt = at + 1 + (van.length() - van.stripLeading().length());
            int totAt = at + punten + 2 + (tot.length() - tot.stripLeading().length());
            Waarde w1 = waarde(van.strip(), vanAt, invoer);
            Waarde w2 = waarde(tot.strip(), totAt, invoer);
            if (w1 instanceof Waarde.Getal g1 && w2 instanceof Waarde.Getal g2 && g1.getal().compareTo(g2.getal()) > 0) {
                throw new Fout(at, "bereik " + s + " is leeg: de ondergrens is groter dan de bovengrens");
            }
            return new Toets.Bereik(w1, c != '[', w2, e != ']');
        }
        return new Toets.Gelijk(waarde(s, at, invoer));
    }

    /** Een waarde van de soort van de invoer. */
    Waarde waarde(String s, int at, Invoer invoer) throws Fout {
        return waarde(s, at, invoer.soort(), invoer.waarden(), "invoer '" + invoer.naam() + "'", true);
    }

    /**
     * @param kaal bij een keuze mag een toegestane waarde zonder aanhalingstekens
     */
    Waarde waarde(String s, int at, Soort soort, List<String> toegestaan, String wat, boolean kaal) throws Fout {
        if (s.isEmpty()) throw new Fout(at, "waarde ontbreekt");
        Matcher pm = PARAMETER.matcher(s);
        if (pm.matches()) {
            String id = pm.group(1);
            if (!parameters.contains(id)) throw new Fout(at, "onbekende parameter '" + id + "' (niet in parameters.yaml)"
                    + DidYouMean.hint(id, parameters));
            if (soort != Soort.GETAL) throw new Fout(at, "een parameter is een getal, maar " + wat + " is van soort " + soort.bron());
            return new Waarde.Parameter(id);
        }
        switch (soort) {
            case GETAL:
                if (GETAL.matcher(s).matches()) return new Waarde.Getal(new BigDecimal(s));
                throw new Fout(at, "'" + s + "' is geen getal (" + wat + " is een getal; decimalen met een punt: 62.50)");
            case WAARHEID:
                if (s.equals("true")) return new Waarde.Waarheid(true);
                if (s.equals("false")) return new Waarde.Waarheid(false);
                throw new Fout(at, "'" + s + "' is geen waarheidswaarde (" + wat + " is true of false)");
            case DATUM:
                Matcher dm = DATUM.matcher(s);
                String d = dm.matches() ? dm.group(1) : s;
                try {
                    return new Waarde.Datum(LocalDate.parse(d));
                } catch (DateTimeParseException e) {
                    throw new Fout(at, "'" + s + "' is geen datum (" + wat + " is een datum als date(\"2026-01-01\"))");
                }
            default:
                String tekst;
                if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) tekst = s.substring(1, s.length() - 1);
                else if (kaal) tekst = s;
                else throw new Fout(at, "tekst moet tussen dubbele aanhalingstekens: \"" + s + "\"");
                if (!toegestaan.isEmpty() && !toegestaan.contains(tekst)) {
                    throw new Fout(at, "'" + tekst + "' is geen toegestane waarde van " + wat + DidYouMean.hint(tekst, Set.copyOf(toegestaan))
                            + " (toegestaan: " + String.join(", ", toegestaan) + ")");
                }
                return new Waarde.Tekst(tekst);
        }
    }
}

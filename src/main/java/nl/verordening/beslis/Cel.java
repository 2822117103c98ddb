package nl.verordening.beslis;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.verordening.model.beslis.Soort;
import nl.verordening.model.beslis.Toets;
import nl.verordening.model.beslis.Waarde;

/**
 * Een gecompileerde invoercel: een predicaat op de genormaliseerde invoerwaarde (getal en datum als
 * {@code double}, keuze als String, waarheid als Boolean). Eén keer per tabel en peildatum gemaakt.
 */
@FunctionalInterface
interface Cel {

    boolean past(Object waarde);

    /** Null voor {@code -}: de evaluator slaat de cel dan over. */
    static Cel compileer(Toets toets, Soort soort, Parameters parameters) {
        if (toets.elk()) return null;
        Cel of = of(toets.termen(), soort, parameters);
        return toets.niet() ? v -> !of.past(v) : of;
    }

    private static Cel of(List<Toets.Term> termen, Soort soort, Parameters parameters) {
        if (soort == Soort.KEUZE) {
            Set<String> waarden = new HashSet<>();
            for (Toets.Term t : termen) waarden.add((String) parameters.waarde(((Toets.Gelijk) t).waarde()));
            if (waarden.size() == 1) {
                String w = waarden.iterator().next();
                return w::equals;
            }
            return waarden::contains;
        }
        if (soort == Soort.WAARHEID) {
            boolean waar = false;
            boolean onwaar = false;
            for (Toets.Term t : termen) {
                if ((Boolean) parameters.waarde(((Toets.Gelijk) t).waarde())) waar = true;
                else onwaar = true;
            }
            if (waar && onwaar) return v -> true;
            Boolean b = waar;
            return b::equals;
        }
        Cel[] delen = new Cel[termen.size()];
        for (int i = 0; i < delen.length; i++) delen[i] = getal(termen.get(i), parameters);
        if (delen.length == 1) return delen[0];
        return v -> {
            for (Cel c : delen) if (c.past(v)) return true;
            return false;
        };
    }

    private static Cel getal(Toets.Term term, Parameters parameters) {
        if (term instanceof Toets.Gelijk g) {
            double d = getal(g.waarde(), parameters);
            return v -> (Double) v == d;
        }
        if (term instanceof Toets.Vergelijking c) {
            double d = getal(c.waarde(), parameters);
            switch (c.operator()) {
                case "<": return v -> (Double) v < d;
                case "<=": return v -> (Double) v <= d;
                case ">": return v -> (Double) v > d;
                default: return v -> (Double) v >= d;
            }
        }
        Toets.Bereik b = (Toets.Bereik) term;
        double van = getal(b.van(), parameters);
        double tot = getal(b.tot(), parameters);
        boolean vo = b.vanOpen();
        boolean to = b.totOpen();
        return v -> {
            double x = (Double) v;
            return (vo ? x > van : x >= van) && (to ? x < tot : x <= tot);
        };
    }

    /** Getallen en datums (als dagnummer) als double: exact voor de decimale grenzen in verordeningen. */
    static double getal(Waarde w, Parameters parameters) {
        Object o = parameters.waarde(w);
        if (o instanceof BigDecimal b) return b.doubleValue();
        if (o instanceof java.time.LocalDate d) return d.toEpochDay();
        throw new Beslisfout("waarde " + w + " is geen getal of datum");
    }
}

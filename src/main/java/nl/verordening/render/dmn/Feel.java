package nl.verordening.render.dmn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verordening.model.Parameter;
import nl.verordening.model.Verordening;
import nl.verordening.model.beslis.Toets;
import nl.verordening.model.beslis.Waarde;

/**
 * Toetsen en waarden als FEEL-tekst voor DMN, met parameters ingevuld op de peildatum: een engine
 * kent onze {@code {{id}}} niet. Teksten altijd tussen aanhalingstekens.
 */
final class Feel {

    private final Verordening verordening;
    private final LocalDate datum;

    Feel(Verordening verordening, LocalDate datum) {
        this.verordening = verordening;
        this.datum = datum;
    }

    String toets(Toets t) {
        if (t.elk()) return "-";
        List<String> termen = new ArrayList<>();
        for (Toets.Term term : t.termen()) termen.add(term(term));
        String lijst = String.join(",", termen);
        return t.niet() ? "not(" + lijst + ")" : lijst;
    }

    private String term(Toets.Term term) {
        if (term instanceof Toets.Gelijk g) return waarde(g.waarde());
        if (term instanceof Toets.Vergelijking v) return v.operator() + waarde(v.waarde());
        Toets.Bereik b = (Toets.Bereik) term;
        return (b.vanOpen() ? "]" : "[") + waarde(b.van()) + ".." + waarde(b.tot()) + (b.totOpen() ? "[" : "]");
    }

    String waarde(Waarde w) {
        if (w instanceof Waarde.Getal g) return g.getal().toPlainString();
        if (w instanceof Waarde.Tekst t) return tekst(t.tekst());
        if (w instanceof Waarde.Waarheid b) return String.valueOf(b.waar());
        if (w instanceof Waarde.Datum d) return "date(\"" + d.datum() + "\")";
        return getal(((Waarde.Parameter) w).id()).toPlainString();
    }

    /** De waarde als Java-object (voor JSON): BigDecimal, String, Boolean of datumtekst. */
    Object object(Waarde w) {
        if (w instanceof Waarde.Getal g) return g.getal();
        if (w instanceof Waarde.Tekst t) return t.tekst();
        if (w instanceof Waarde.Waarheid b) return b.waar();
        if (w instanceof Waarde.Datum d) return d.datum().toString();
        return getal(((Waarde.Parameter) w).id());
    }

    BigDecimal getal(String parameter) {
        Parameter p = verordening.parameter(parameter).orElseThrow(() -> new IllegalStateException("onbekende parameter " + parameter));
        return new BigDecimal(p.geldigOp(datum).orElseThrow(() -> new IllegalStateException("parameter " + parameter + " heeft geen waarde op " + datum)).waarde());
    }

    static String tekst(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

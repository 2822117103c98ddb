package nl.verordening.beslis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verordening.model.Parameter;
import nl.verordening.model.beslis.Waarde;

/** Parameterwaarden op een peildatum; een parameter zonder geldende waarde is een {@link Beslisfout}. */
public final class Parameters {

    private final Map<String, Parameter> opId;
    private final LocalDate datum;

    public Parameters(List<Parameter> parameters, LocalDate datum) {
        this.opId = parameters.stream().collect(Collectors.toMap(Parameter::id, Function.identity(), (a, b) -> a));
        this.datum = datum;
    }

    public LocalDate datum() {
        return datum;
    }

    public BigDecimal waarde(String id) {
        Parameter p = opId.get(id);
        if (p == null) throw new Beslisfout("onbekende parameter '" + id + "'");
        return p.geldigOp(datum).map(w -> new BigDecimal(w.waarde()))
                .orElseThrow(() -> new Beslisfout("parameter '" + id + "' heeft geen waarde op " + datum));
    }

    /** Een letterlijke waarde als Java-waarde (BigDecimal, String, Boolean, LocalDate); parameters opgezocht. */
    public Object waarde(Waarde w) {
        if (w instanceof Waarde.Getal g) return g.getal();
        if (w instanceof Waarde.Tekst t) return t.tekst();
        if (w instanceof Waarde.Waarheid b) return b.waar();
        if (w instanceof Waarde.Datum d) return d.datum();
        return waarde(((Waarde.Parameter) w).id());
    }
}

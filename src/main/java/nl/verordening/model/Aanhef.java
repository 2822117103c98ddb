package nl.verordening.model;

import java.util.List;

/**
 * De aanhef (considerans) vóór de artikelen, in de vorm van het VNG-model:
 * <pre>
 * De raad van de gemeente X;          ← tekst
 * gelezen het voorstel van ...;       ← tekst
 * gelet op artikel 147 van de ...;    ← geletOp (elk een regel)
 * besluit: vast te stellen de ...     ← besluit
 * </pre>
 */
public record Aanhef(List<Blok> tekst, List<Tekst> geletOp, List<Blok> besluit, SourcePosition pos) {

    public static final Aanhef GEEN = new Aanhef(List.of(), List.of(), List.of(), SourcePosition.NONE);

    public Aanhef {
        tekst = List.copyOf(tekst);
        geletOp = List.copyOf(geletOp);
        besluit = List.copyOf(besluit);
    }

    /** Een aanhef van alleen lopende tekst (zonder aparte "gelet op"-regels). */
    public static Aanhef vanTekst(List<Blok> tekst, SourcePosition pos) {
        return tekst.isEmpty() ? GEEN : new Aanhef(tekst, List.of(), List.of(), pos);
    }

    public boolean isEmpty() {
        return tekst.isEmpty() && geletOp.isEmpty() && besluit.isEmpty();
    }
}

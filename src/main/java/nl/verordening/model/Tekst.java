package nl.verordening.model;

import java.util.List;

/** Lopende tekst: een reeks inline-delen (uit de kleine Markdown-subset van de pos). */
public record Tekst(List<Inline> delen) {

    public Tekst {
        delen = List.copyOf(delen);
    }

    public static Tekst van(String platte) {
        return new Tekst(List.of(new Inline.Platte(platte)));
    }

    /** De tekst zonder opmaak; verwijzingen en parameters als hun bronnotatie. */
    public String platteTekst() {
        StringBuilder sb = new StringBuilder();
        schrijf(delen, sb);
        return sb.toString();
    }

    private static void schrijf(List<Inline> delen, StringBuilder sb) {
        for (Inline i : delen) {
            if (i instanceof Inline.Platte p) {
                sb.append(p.tekst());
            } else if (i instanceof Inline.Nadruk n) {
                schrijf(n.inhoud(), sb);
            } else if (i instanceof Inline.Sterk s) {
                schrijf(s.inhoud(), sb);
            } else if (i instanceof Inline.Link l) {
                schrijf(l.inhoud(), sb);
            } else if (i instanceof Inline.Verwijzing v) {
                sb.append(v.notatie());
            } else if (i instanceof Inline.ParameterWaarde w) {
                sb.append(w.notatie());
            }
        }
    }
}

package nl.verordening.model;

import java.util.List;

/** Lopende tekst: een reeks inline-delen (uit de kleine Markdown-subset van de bron). */
public record Tekst(List<Inline> delen) {

    public static final Tekst LEEG = new Tekst(List.of());

    public Tekst {
        delen = List.copyOf(delen);
    }

    public static Tekst van(String platte) {
        return new Tekst(List.of(new Inline.Platte(platte)));
    }

    public boolean isLeeg() {
        return delen.isEmpty();
    }

    /** De tekst zonder opmaak; verwijzingen en parameters als hun bronnotatie. */
    public String platteTekst() {
        StringBuilder sb = new StringBuilder();
        schrijf(delen, sb);
        return sb.toString();
    }

    private static void schrijf(List<Inline> delen, StringBuilder sb) {
        Inline.Bezoeker<Void> b = new Inline.Bezoeker<>() {
            @Override public Void platte(Inline.Platte p) { sb.append(p.tekst()); return null; }
            @Override public Void nadruk(Inline.Nadruk n) { schrijf(n.inhoud(), sb); return null; }
            @Override public Void sterk(Inline.Sterk s) { schrijf(s.inhoud(), sb); return null; }
            @Override public Void link(Inline.Link l) { schrijf(l.inhoud(), sb); return null; }
            @Override public Void verwijzing(Inline.Verwijzing v) { sb.append(v.notatie()); return null; }
            @Override public Void parameter(Inline.ParameterWaarde w) { sb.append(w.notatie()); return null; }
        };
        for (Inline i : delen) i.accept(b);
    }
}

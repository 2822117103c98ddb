package nl.verordening.model.taal;

import java.util.List;
import nl.verordening.model.Inline;
import nl.verordening.model.Tekst;

/** Tekst zoals de lezer hem ziet: zonder opmaak, een verwijzing als "artikel", een parameter als "bedrag". */
public final class Leestekst {

    private Leestekst() {}

    public static String plat(Tekst t) {
        StringBuilder sb = new StringBuilder();
        plat(t.delen(), sb);
        return sb.toString();
    }

    private static void plat(List<Inline> delen, StringBuilder sb) {
        Inline.Bezoeker<Void> b = new Inline.Bezoeker<>() {
            @Override public Void platte(Inline.Platte p) { sb.append(p.tekst()); return null; }
            @Override public Void nadruk(Inline.Nadruk n) { plat(n.inhoud(), sb); return null; }
            @Override public Void sterk(Inline.Sterk s) { plat(s.inhoud(), sb); return null; }
            @Override public Void link(Inline.Link l) { plat(l.inhoud(), sb); return null; }
            // een verwijzing leest als "artikel 4.6.4": twee korte woorden; "artikel" benadert dat
            @Override public Void verwijzing(Inline.Verwijzing v) { sb.append("artikel"); return null; }
            @Override public Void parameter(Inline.ParameterWaarde w) { sb.append("bedrag"); return null; }
        };
        for (Inline i : delen) i.accept(b);
    }
}

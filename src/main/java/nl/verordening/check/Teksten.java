package nl.verordening.check;

import java.util.ArrayList;
import java.util.List;
import nl.verordening.model.Blok;
import nl.verordening.model.Kernwaarde;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;
import nl.verordening.model.taal.Leestekst;

/**
 * Alle lopende tekst van een verordening als platte strings, elk met zijn pad en de bronplek van
 * zijn blok: de invoer van de taal-, begrippen- en wettencontroles. Een verwijzing {@code [[...]]}
 * wordt "artikel", een parameter "bedrag", zodat woorden tellen en zoeken werkt zoals de lezer de tekst ziet.
 */
public final class Teksten {

    private Teksten() {}

    /** Een tekstblok: alinea, tabelcel, kernwaarde, "gelet op"-regel. */
    public record Fragment(String tekst, Pad pad, SourcePosition pos) {}

    public static List<Fragment> van(Verordening v) {
        List<Fragment> r = new ArrayList<>();
        SourcePosition[] plek = {SourcePosition.NONE};
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override public void alinea(Blok.Alinea a, Pad p) { plek[0] = a.pos(); }
            @Override public void tabel(Blok.Tabel t, Pad p) { plek[0] = t.pos(); }
            @Override public void kernwaarde(Kernwaarde k, Pad p) { plek[0] = k.pos(); }
            @Override public void lid(Blok.Lid l, Pad p) { plek[0] = l.pos(); }

            @Override
            public void tekst(Tekst t, Pad p) {
                SourcePosition pos = plek[0].known() ? plek[0] : positie(p);
                r.add(new Fragment(Leestekst.plat(t), p, pos));
            }
        });
        return r;
    }

    /** De plek van het binnenste element met een positie (voor tekst buiten een blok). */
    public static SourcePosition positie(Pad p) {
        return p.element() != null ? p.element().pos() : SourcePosition.NONE;
    }
}

package nl.verordening.model.taal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.verordening.model.Artikel;
import nl.verordening.model.ModelBezoeker;
import nl.verordening.model.ModelWalker;
import nl.verordening.model.Pad;
import nl.verordening.model.Tekst;
import nl.verordening.model.Verordening;

/** De leesbaarheid van elk artikel (alleen de vastgestelde inhoud, niet uitleg of toelichting). */
public final class Artikelleesbaarheid {

    private Artikelleesbaarheid() {}

    /** Eén artikel met zijn maten en het pad ernaartoe. */
    public record Maat(Artikel artikel, Pad pad, Leesbaarheid leesbaarheid) {}

    /** In documentvolgorde; artikelen zonder tekst vallen weg. */
    public static List<Maat> van(Verordening v) {
        Map<Artikel, List<String>> teksten = new IdentityHashMap<>();
        Map<Artikel, Pad> paden = new IdentityHashMap<>();
        List<Artikel> volgorde = new ArrayList<>();
        ModelWalker.walk(v, new ModelBezoeker() {
            @Override
            public void artikel(Artikel a, Pad p) {
                volgorde.add(a);
                paden.put(a, p);
                teksten.put(a, new ArrayList<>());
            }

            @Override
            public void tekst(Tekst t, Pad p) {
                if (p.artikel() != null && p.deel() == Pad.Deel.INHOUD && p.begrip() == null) {
                    teksten.get(p.artikel()).add(Leestekst.plat(t));
                }
            }
        });
        List<Maat> r = new ArrayList<>();
        for (Artikel a : volgorde) {
            Leesbaarheid l = Leesbaarheid.meet(teksten.get(a));
            if (l.zinnen() > 0) r.add(new Maat(a, paden.get(a), l));
        }
        return r;
    }

    /** Moeilijkste eerst: laagste Flesch–Douma, dan de langste zin. */
    public static List<Maat> moeilijksteEerst(List<Maat> maten) {
        List<Maat> r = new ArrayList<>(maten);
        r.sort(Comparator.comparingDouble((Maat m) -> m.leesbaarheid().fleschDouma())
                .thenComparing(m -> -m.leesbaarheid().langsteZin()));
        return r;
    }
}

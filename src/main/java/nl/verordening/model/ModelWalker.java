package nl.verordening.model;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Loopt alle teksten van een verordening af, met het element waar ze in staan. Eén plek die de
 * boom kent, zodat controles en renderers niet elk hun eigen recursie schrijven.
 */
public final class ModelWalker {

    private ModelWalker() {}

    /** Elke {@link Tekst} met het id van het element waar hij in staat (artikel, begrip, ...). */
    public static void teksten(Verordening v, BiConsumer<String, Tekst> bezoek) {
        blokken(v.metadata().aanhef(), b -> tekstVan(b, "aanhef", bezoek));
        for (Hoofdstuk h : v.hoofdstukken()) {
            blokken(h.inleiding(), b -> tekstVan(b, h.id(), bezoek));
            h.kernwaarden().forEach(k -> bezoek.accept(h.id(), k.tekst()));
            for (Begrip g : h.begrippen()) blokken(g.definitie(), b -> tekstVan(b, g.id(), bezoek));
            for (Onderdeelhouder o : h.onderdelen()) {
                if (o instanceof Paragraaf p) {
                    blokken(p.inleiding(), b -> tekstVan(b, p.id(), bezoek));
                    p.artikelen().forEach(a -> artikel(a, bezoek));
                } else if (o instanceof Artikel a) {
                    artikel(a, bezoek);
                }
            }
        }
    }

    private static void artikel(Artikel a, BiConsumer<String, Tekst> bezoek) {
        Consumer<Blok> c = b -> tekstVan(b, a.id(), bezoek);
        blokken(a.inhoud(), c);
        blokken(a.publiek().uitleg(), c);
        blokken(a.publiek().voorbeeld(), c);
        blokken(a.toelichting(), c);
    }

    private static void tekstVan(Blok b, String id, BiConsumer<String, Tekst> bezoek) {
        if (b instanceof Blok.Alinea a) bezoek.accept(id, a.tekst());
    }

    /** Elk blok, diepte-eerst in documentvolgorde, ook binnen leden en onderdelen. */
    public static void blokken(List<Blok> blokken, Consumer<Blok> bezoek) {
        for (Blok b : blokken) {
            bezoek.accept(b);
            if (b instanceof Blok.Lid l) {
                blokken(l.inhoud(), bezoek);
            } else if (b instanceof Blok.Lijst lijst) {
                for (Onderdeel o : lijst.onderdelen()) blokken(o.inhoud(), bezoek);
            }
        }
    }

    /** Elk inline-deel van een tekst, ook binnen cursief, vet en links. */
    public static void inlines(Tekst t, Consumer<Inline> bezoek) {
        inlines(t.delen(), bezoek);
    }

    private static void inlines(List<Inline> delen, Consumer<Inline> bezoek) {
        for (Inline i : delen) {
            bezoek.accept(i);
            if (i instanceof Inline.Nadruk n) inlines(n.inhoud(), bezoek);
            else if (i instanceof Inline.Sterk s) inlines(s.inhoud(), bezoek);
            else if (i instanceof Inline.Link l) inlines(l.inhoud(), bezoek);
        }
    }
}

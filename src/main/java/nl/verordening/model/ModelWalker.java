package nl.verordening.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * De ene walk door het model: elke knoop in documentvolgorde, met zijn {@link Pad}. Aanhef,
 * hoofdstukken (inleiding, kernwaarden, begrippen, paragrafen, artikelen met inhoud, uitleg,
 * voorbeeld en toelichting), ondertekening, bijlagen; daarbinnen elk blok, elke tekst en elk
 * inline-deel. Blokken en inline-delen worden via hun {@code Bezoeker} behandeld: een nieuwe soort
 * laat deze klasse niet compileren tot hij hier is ingevoegd.
 */
public final class ModelWalker {

    private final ModelBezoeker b;

    private ModelWalker(ModelBezoeker b) {
        this.b = b;
    }

    /** Bezoekt de hele verordening. */
    public static void walk(Verordening v, ModelBezoeker bezoeker) {
        new ModelWalker(bezoeker).verordening(v);
    }

    /** Bezoekt blokken (en alles erin) alsof ze op {@code pad} staan. */
    public static void walk(List<Blok> blokken, Pad pad, ModelBezoeker bezoeker) {
        new ModelWalker(bezoeker).blokken(blokken, pad);
    }

    /** Elk blok, diepte-eerst in documentvolgorde, ook binnen leden, onderdelen en definities. */
    public static void blokken(List<Blok> blokken, Consumer<Blok> bezoek) {
        walk(blokken, Pad.WORTEL, new ModelBezoeker() {
            @Override public void alinea(Blok.Alinea x, Pad p) { bezoek.accept(x); }
            @Override public void lid(Blok.Lid x, Pad p) { bezoek.accept(x); }
            @Override public void lijst(Blok.Lijst x, Pad p) { bezoek.accept(x); }
            @Override public void wettenregel(Blok.Wettenregel x, Pad p) { bezoek.accept(x); }
            @Override public void tabel(Blok.Tabel x, Pad p) { bezoek.accept(x); }
            @Override public void begrippenlijst(Blok.Begrippenlijst x, Pad p) { bezoek.accept(x); }
        });
    }

    /** Elk inline-deel van een tekst, ook binnen cursief, vet en links. */
    public static void inlines(Tekst t, Consumer<Inline> bezoek) {
        inlines(t.delen(), bezoek);
    }

    private static void inlines(List<Inline> delen, Consumer<Inline> bezoek) {
        for (Inline i : delen) {
            bezoek.accept(i);
            inlines(i.kinderen(), bezoek);
        }
    }

    private void verordening(Verordening v) {
        Pad aanhef = Pad.WORTEL.in(Pad.Deel.AANHEF);
        Aanhef a = v.metadata().aanhef();
        blokken(a.tekst(), aanhef);
        a.geletOp().forEach(t -> tekst(t, aanhef));
        blokken(a.besluit(), aanhef);
        for (Hoofdstuk h : v.hoofdstukken()) hoofdstuk(h, Pad.WORTEL.metHoofdstuk(h));
        Pad slot = Pad.WORTEL.in(Pad.Deel.SLOT);
        for (Ondertekening.Ondertekenaar o : v.metadata().ondertekening().ondertekenaars()) b.ondertekenaar(o, slot);
        for (Bijlage bijlage : v.bijlagen()) {
            Pad p = Pad.WORTEL.metBijlage(bijlage);
            b.bijlage(bijlage, p);
            blokken(bijlage.inhoud(), p);
        }
    }

    private void hoofdstuk(Hoofdstuk h, Pad p) {
        b.hoofdstuk(h, p);
        blokken(h.inleiding(), p.in(Pad.Deel.INLEIDING));
        Pad kw = p.in(Pad.Deel.KERNWAARDE);
        for (Kernwaarde k : h.kernwaarden()) {
            b.kernwaarde(k, kw);
            tekst(k.tekst(), kw);
        }
        for (Begrip g : h.begrippen()) begrip(g, p);
        for (Onderdeelhouder o : h.onderdelen()) {
            o.accept(new Onderdeelhouder.Bezoeker<Void>() {
                @Override public Void paragraaf(Paragraaf x) { paragraafMetArtikelen(x, p.metParagraaf(x)); return null; }
                @Override public Void artikel(Artikel x) { artikelMetInhoud(x, p.metArtikel(x)); return null; }
            });
        }
    }

    private void paragraafMetArtikelen(Paragraaf par, Pad p) {
        b.paragraaf(par, p);
        par.wetten().forEach(t -> b.wetTag(t, p));
        blokken(par.inleiding(), p.in(Pad.Deel.INLEIDING));
        for (Artikel a : par.artikelen()) artikelMetInhoud(a, p.metArtikel(a));
    }

    private void artikelMetInhoud(Artikel a, Pad p) {
        b.artikel(a, p);
        a.wetten().forEach(t -> b.wetTag(t, p));
        blokken(a.inhoud(), p);
        blokken(a.publiek().uitleg(), p.in(Pad.Deel.UITLEG));
        blokken(a.publiek().voorbeeld(), p.in(Pad.Deel.VOORBEELD));
        if (a.publiek().illustratie() != null) b.illustratie(a.publiek().illustratie(), p.in(Pad.Deel.UITLEG));
        blokken(a.toelichting(), p.in(Pad.Deel.TOELICHTING));
        b.artikelEinde(a, p);
    }

    private void begrip(Begrip g, Pad buiten) {
        Pad p = buiten.metBegrip(g);
        b.begrip(g, p);
        blokken(g.definitie(), p);
    }

    private void blokken(List<Blok> blokken, Pad p) {
        for (Blok blok : blokken) blok(blok, p);
    }

    private void blok(Blok blok, Pad p) {
        blok.accept(new Blok.Bezoeker<Void>() {
            @Override
            public Void alinea(Blok.Alinea a) {
                b.alinea(a, p);
                tekst(a.tekst(), p);
                return null;
            }

            @Override
            public Void lid(Blok.Lid l) {
                Pad q = p.metLid(l);
                b.lid(l, q);
                blokken(l.inhoud(), q);
                return null;
            }

            @Override
            public Void lijst(Blok.Lijst l) {
                b.lijst(l, p);
                for (Onderdeel o : l.onderdelen()) {
                    Pad q = p.metOnderdeel(o);
                    b.onderdeel(o, q);
                    blokken(o.inhoud(), q);
                }
                return null;
            }

            @Override
            public Void wettenregel(Blok.Wettenregel w) {
                b.wettenregel(w, p);
                w.wetten().forEach(t -> b.wetTag(t, p));
                return null;
            }

            @Override
            public Void tabel(Blok.Tabel t) {
                b.tabel(t, p);
                tekst(t.titel(), p);
                if (t.kop() != null) t.kop().cellen().forEach(c -> tekst(c, p));
                for (Blok.Tabel.Rij r : t.rijen()) r.cellen().forEach(c -> tekst(c, p));
                return null;
            }

            @Override
            public Void begrippenlijst(Blok.Begrippenlijst l) {
                b.begrippenlijst(l, p);
                for (Begrip g : l.begrippen()) begrip(g, p);
                return null;
            }
        });
    }

    private void tekst(Tekst t, Pad p) {
        if (t.isLeeg()) return;
        b.tekst(t, p);
        inlines(t.delen(), i -> b.inline(i, p));
    }
}

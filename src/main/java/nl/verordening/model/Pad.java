package nl.verordening.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Waar een knoop in de verordening staat: de omvattende elementen van buiten naar binnen, en in
 * welk deel (inhoud, uitleg, toelichting, ...). De walk geeft elke knoop met zijn pad, zodat
 * controles en renderers weten in welk artikel, lid en onderdeel iets staat zonder te zoeken.
 *
 * @param onderdelen geneste onderdelen, van buiten naar binnen (leeg buiten een lijst)
 */
public record Pad(Hoofdstuk hoofdstuk, Paragraaf paragraaf, Artikel artikel, Blok.Lid lid,
                  List<Onderdeel> onderdelen, Begrip begrip, Bijlage bijlage, Deel deel) {

    /** In welk deel van een element een knoop staat. */
    public enum Deel {
        /** de aanhef van de verordening */
        AANHEF,
        /** inleiding van een hoofdstuk of paragraaf */
        INLEIDING,
        KERNWAARDE,
        /** definitie van een begrip */
        DEFINITIE,
        /** inhoud van een artikel of bijlage; ook de wettenregel en de kop */
        INHOUD,
        /** publieksversie: uitleg bij een artikel */
        UITLEG,
        /** publieksversie: voorbeeld bij een artikel */
        VOORBEELD,
        TOELICHTING,
        /** slotformule en ondertekening */
        SLOT
    }

    public static final Pad WORTEL = new Pad(null, null, null, null, List.of(), null, null, Deel.INHOUD);

    public Pad {
        onderdelen = List.copyOf(onderdelen);
    }

    public Pad metHoofdstuk(Hoofdstuk h) {
        return new Pad(h, null, null, null, List.of(), null, null, Deel.INHOUD);
    }

    public Pad metParagraaf(Paragraaf p) {
        return new Pad(hoofdstuk, p, null, null, List.of(), null, null, Deel.INHOUD);
    }

    public Pad metArtikel(Artikel a) {
        return new Pad(hoofdstuk, paragraaf, a, null, List.of(), null, null, Deel.INHOUD);
    }

    public Pad metLid(Blok.Lid l) {
        return new Pad(hoofdstuk, paragraaf, artikel, l, List.of(), begrip, bijlage, deel);
    }

    public Pad metOnderdeel(Onderdeel o) {
        List<Onderdeel> r = new ArrayList<>(onderdelen);
        r.add(o);
        return new Pad(hoofdstuk, paragraaf, artikel, lid, r, begrip, bijlage, deel);
    }

    public Pad metBegrip(Begrip b) {
        return new Pad(hoofdstuk, paragraaf, artikel, lid, onderdelen, b, bijlage, Deel.DEFINITIE);
    }

    public Pad metBijlage(Bijlage b) {
        return new Pad(null, null, null, null, List.of(), null, b, Deel.INHOUD);
    }

    public Pad in(Deel d) {
        return new Pad(hoofdstuk, paragraaf, artikel, lid, onderdelen, begrip, bijlage, d);
    }

    /** Het binnenste element met een stabiel id: begrip, artikel, paragraaf, hoofdstuk of bijlage. */
    public Element element() {
        if (begrip != null) return begrip;
        if (artikel != null) return artikel;
        if (paragraaf != null) return paragraaf;
        if (hoofdstuk != null) return hoofdstuk;
        return bijlage;
    }

    /**
     * Het pad als tekst, zoals verwijzingen en aanvaardingen het schrijven: {@code artikel-id},
     * {@code artikel-id#lid-2}, {@code artikel-id#lid-2.a}, {@code artikel-id#onderdeel-b}; of null
     * buiten elk element (de aanhef).
     */
    public String id() {
        Element e = element();
        if (e == null) return null;
        if (e != artikel) return e.id();
        StringBuilder sb = new StringBuilder(artikel.id());
        List<String> labels = new ArrayList<>();
        for (Onderdeel o : onderdelen) {
            if (o.label() == null) break;
            labels.add(o.label());
        }
        if (lid != null) {
            sb.append("#lid-").append(lid.nummer());
            for (String l : labels) sb.append('.').append(l);
        } else if (!labels.isEmpty()) {
            sb.append("#onderdeel-").append(String.join(".", labels));
        }
        return sb.toString();
    }

    /** Het pad naar een artikel, lid en onderdeel: {@code doel}, {@code doel#lid-2}, {@code doel#lid-2.a}, {@code doel#onderdeel-b}. */
    public static String pad(String doel, String lid, String onderdeel) {
        if (lid != null) return doel + "#lid-" + lid + (onderdeel == null ? "" : "." + onderdeel);
        return onderdeel != null ? doel + "#onderdeel-" + onderdeel : doel;
    }

    /** Beschrijving voor meldingen: "artikel 4.6.4, lid 2, onder a", "begrip 'Aanvraag'", "bijlage 1". */
    public String omschrijving() {
        if (begrip != null) return "begrip '" + begrip.term() + "'";
        if (artikel != null) {
            StringBuilder sb = new StringBuilder("artikel " + artikel.nummer());
            if (lid != null) sb.append(", lid ").append(lid.nummer());
            if (!onderdelen.isEmpty() && onderdelen.get(0).label() != null) sb.append(", onder ").append(onderdelen.get(0).label());
            return sb.toString();
        }
        if (paragraaf != null) return "paragraaf " + paragraaf.nummer();
        if (hoofdstuk != null) return "hoofdstuk " + hoofdstuk.nummer();
        if (bijlage != null) return "bijlage " + bijlage.nummer();
        return deel == Deel.SLOT ? "de ondertekening" : "de aanhef";
    }
}

package nl.verordening.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Een artikel.
 *
 * @param id          stabiel id dat hernummeren overleeft ("vergoeding-vervoer")
 * @param nummer      nummer precies zoals vastgesteld ("3.1.1 A", "10.4.10", "12a")
 * @param titel       de titel, of "" voor een artikel zonder titel
 * @param wetten      de wettenregel onder de kop
 * @param inhoud      alinea's, leden, lijsten, tabellen, begripsbepalingen
 * @param publiek     extra's voor de publieksversie
 * @param toelichting optionele toelichting
 */
public record Artikel(String id, String nummer, String titel, List<WetTag> wetten, List<Blok> inhoud,
                      Publieksextra publiek, List<Blok> toelichting, SourcePosition pos) implements Onderdeelhouder {
    public Artikel {
        if (titel == null) titel = "";
        wetten = List.copyOf(wetten);
        inhoud = List.copyOf(inhoud);
        toelichting = List.copyOf(toelichting);
        if (publiek == null) publiek = Publieksextra.GEEN;
    }

    /** Het lid met dit nummer, ook als het in de bron dubbel voorkomt (het eerste). */
    public Optional<Blok.Lid> lid(String nummer) {
        return leden().stream().filter(l -> l.nummer().equals(nummer)).findFirst();
    }

    /** De leden direct onder het artikel, in volgorde. */
    public List<Blok.Lid> leden() {
        List<Blok.Lid> r = new ArrayList<>();
        for (Blok b : inhoud) {
            if (b instanceof Blok.Lid l) r.add(l);
        }
        return r;
    }

    @Override
    public List<Artikel> artikelen() {
        return List.of(this);
    }

    @Override
    public <R> R accept(Element.Bezoeker<R> b) {
        return b.artikel(this);
    }

    @Override
    public <R> R accept(Onderdeelhouder.Bezoeker<R> b) {
        return b.artikel(this);
    }
}

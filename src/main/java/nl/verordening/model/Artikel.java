package nl.verordening.model;

import java.util.List;
import java.util.Optional;

/**
 * Een artikel.
 *
 * @param id          stabiel id dat hernummeren overleeft ("vergoeding-vervoer")
 * @param nummer      nummer precies zoals vastgesteld ("3.1.1 A", "10.4.10")
 * @param wetten      de wettenregel onder de kop
 * @param inhoud      alinea's, leden, lijsten
 * @param publiek     extra's voor de publieksversie
 * @param toelichting optionele toelichting
 */
public record Artikel(String id, String nummer, String titel, List<WetTag> wetten, List<Blok> inhoud,
                      Publieksextra publiek, List<Blok> toelichting, SourcePosition pos) implements Onderdeelhouder {
    public Artikel {
        wetten = List.copyOf(wetten);
        inhoud = List.copyOf(inhoud);
        toelichting = List.copyOf(toelichting);
        if (publiek == null) publiek = Publieksextra.GEEN;
    }

    /** Het lid met dit nummer, ook als het in de bron dubbel voorkomt (het eerste). */
    public Optional<Blok.Lid> lid(String nummer) {
        return inhoud.stream().filter(b -> b instanceof Blok.Lid l && l.nummer().equals(nummer))
                .map(b -> (Blok.Lid) b).findFirst();
    }

    public List<Blok.Lid> leden() {
        return inhoud.stream().filter(b -> b instanceof Blok.Lid).map(b -> (Blok.Lid) b).toList();
    }
}

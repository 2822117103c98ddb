package nl.verordening.model;

import java.util.List;

/** Wat alleen de publieksversie bij een artikel toont: uitleg, een voorbeeld, een illustratie. */
public record Publieksextra(List<Blok> uitleg, List<Blok> voorbeeld, Illustratie illustratie) {

    public static final Publieksextra GEEN = new Publieksextra(List.of(), List.of(), null);

    public Publieksextra {
        uitleg = List.copyOf(uitleg);
        voorbeeld = List.copyOf(voorbeeld);
    }

    public boolean leeg() {
        return uitleg.isEmpty() && voorbeeld.isEmpty() && illustratie == null;
    }
}

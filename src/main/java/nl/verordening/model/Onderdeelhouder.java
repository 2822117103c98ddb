package nl.verordening.model;

import java.util.List;

/** Een element dat direct onder een hoofdstuk staat: een paragraaf of een artikel. */
public sealed interface Onderdeelhouder extends Element permits Paragraaf, Artikel {

    String nummer();

    String titel();

    /** De artikelen die dit element is of bevat, in volgorde. */
    List<Artikel> artikelen();

    <R> R accept(Bezoeker<R> bezoeker);

    /** Eén methode per soort: paragraaf of artikel. */
    interface Bezoeker<R> {
        R paragraaf(Paragraaf paragraaf);

        R artikel(Artikel artikel);
    }
}

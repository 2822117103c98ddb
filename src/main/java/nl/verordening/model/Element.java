package nl.verordening.model;

/**
 * Een element met een stabiel id, waar een verwijzing {@code [[id]]} naartoe kan wijzen:
 * hoofdstuk, paragraaf, artikel, begrip of bijlage.
 */
public sealed interface Element permits Hoofdstuk, Onderdeelhouder, Begrip, Bijlage {

    String id();

    SourcePosition pos();

    <R> R accept(Bezoeker<R> bezoeker);

    /** Eén methode per soort element. */
    interface Bezoeker<R> {
        R hoofdstuk(Hoofdstuk hoofdstuk);

        R paragraaf(Paragraaf paragraaf);

        R artikel(Artikel artikel);

        R begrip(Begrip begrip);

        R bijlage(Bijlage bijlage);
    }
}

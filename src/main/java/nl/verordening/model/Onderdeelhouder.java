package nl.verordening.model;

/** Een element dat direct onder een hoofdstuk staat: een paragraaf of een artikel. */
public sealed interface Onderdeelhouder permits Paragraaf, Artikel {
    String id();

    String nummer();

    String titel();

    SourcePosition pos();
}

package nl.verordening.model;

/**
 * Wat de walk ({@link ModelWalker#walk}) bij elke knoop aanroept, met het pad ernaartoe. Elke
 * methode doet standaard niets: een bezoeker overschrijft wat hij nodig heeft, en de walk zelf daalt
 * af, zodat niemand een kind vergeet. Het pad bevat de knoop zelf (bij {@link #artikel} is
 * {@code pad.artikel()} het artikel).
 */
public interface ModelBezoeker {

    default void hoofdstuk(Hoofdstuk hoofdstuk, Pad pad) {}

    default void paragraaf(Paragraaf paragraaf, Pad pad) {}

    default void artikel(Artikel artikel, Pad pad) {}

    /** Na het artikel en alles erin. */
    default void artikelEinde(Artikel artikel, Pad pad) {}

    default void begrip(Begrip begrip, Pad pad) {}

    default void kernwaarde(Kernwaarde kernwaarde, Pad pad) {}

    default void bijlage(Bijlage bijlage, Pad pad) {}

    default void illustratie(Illustratie illustratie, Pad pad) {}

    default void ondertekenaar(Ondertekening.Ondertekenaar ondertekenaar, Pad pad) {}

    default void alinea(Blok.Alinea alinea, Pad pad) {}

    default void lid(Blok.Lid lid, Pad pad) {}

    default void lijst(Blok.Lijst lijst, Pad pad) {}

    default void onderdeel(Onderdeel onderdeel, Pad pad) {}

    default void wettenregel(Blok.Wettenregel wettenregel, Pad pad) {}

    default void tabel(Blok.Tabel tabel, Pad pad) {}

    default void begrippenlijst(Blok.Begrippenlijst begrippenlijst, Pad pad) {}

    /** Elke wettag, waar hij ook staat: onder een artikel- of paragraafkop of in een wettenregel. */
    default void wetTag(WetTag tag, Pad pad) {}

    /** Elke lopende tekst: alinea's, kernwaarden, tabelcellen, "gelet op"-regels. */
    default void tekst(Tekst tekst, Pad pad) {}

    /** Elk inline-deel, ook binnen cursief, vet en links. */
    default void inline(Inline inline, Pad pad) {}
}

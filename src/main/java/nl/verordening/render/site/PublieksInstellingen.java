package nl.verordening.render.site;

import java.util.Objects;

/**
 * De huisstijl van de publieksversie op één plek: kleuren, lettertype, logo en de link naar de
 * officiële tekst. Site en PDF lezen alleen deze waarden (de PDF-motor kent geen CSS-variabelen,
 * dus de renderer vult ze in het stijlsjabloon in).
 *
 * <p>Hook: de lader kent nog geen sleutel {@code publieksversie:}; tot dan gelden
 * {@link #standaard()}. Komt de sleutel er, dan geeft de CLI de gelezen waarden aan de renderers
 * ({@code new PublieksversieRenderer(instellingen)}). Zie docs/publieksversie.md.
 *
 * @param kleurPrimair     koppen, links, balk bovenaan (contrast met wit minstens 4,5:1)
 * @param kleurPrimairLicht achtergrond van de kernwaarden
 * @param kleurUitleg      achtergrond van het uitlegblok
 * @param kleurRand        rand van het uitlegblok
 * @param lettertype       naam van het lettertype in CSS en PDF (de meegeleverde TTF's heten zo)
 * @param logo             bestandsnaam van het logo in de sjablonenmap (publieksversie/...)
 * @param officieleTekst   adres van de officiële tekst (CVDR op overheid.nl)
 */
public record PublieksInstellingen(String kleurPrimair, String kleurPrimairLicht, String kleurUitleg,
                                   String kleurRand, String lettertype, String logo, String officieleTekst) {

    public PublieksInstellingen {
        Objects.requireNonNull(kleurPrimair, "kleurPrimair");
        Objects.requireNonNull(kleurPrimairLicht, "kleurPrimairLicht");
        Objects.requireNonNull(kleurUitleg, "kleurUitleg");
        Objects.requireNonNull(kleurRand, "kleurRand");
        Objects.requireNonNull(lettertype, "lettertype");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(officieleTekst, "officieleTekst");
    }

    /** Neutrale standaard; donkerblauw op wit haalt 8:1, ruim boven AA. */
    public static PublieksInstellingen standaard() {
        return new PublieksInstellingen("#1d4f76", "#e7f0f7", "#fff6d9", "#b7791f", "DejaVu Sans", "logo.svg",
                "https://lokaleregelgeving.overheid.nl/");
    }
}

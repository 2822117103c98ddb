package nl.verordening.render;

/**
 * Instellingen voor de kale tekst in DOCX, STOP en HTML.
 *
 * <p>Hook: zodra de bron instellingen kan geven, maakt {@code Pijplijn.renderers()} dit record
 * daaruit; tot dan geldt {@link #STANDAARD}.
 *
 * @param wettenregels de wettenregel ("[Wmo, LLV]") als eigen regel onder de kop van artikel en
 *                     paragraaf en midden in een artikel, zoals in de vastgestelde tekst (standaard
 *                     aan); uit voor een tekst zonder die regels
 */
public record KaleTekstInstellingen(boolean wettenregels) {

    /** Zoals vastgesteld: met wettenregels. */
    public static final KaleTekstInstellingen STANDAARD = new KaleTekstInstellingen(true);
}

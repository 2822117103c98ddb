package nl.verordening.model;

/**
 * Hoe de koppen in de vastgestelde tekst geschreven zijn: het woord vóór het nummer van een
 * hoofdstuk, paragraaf en artikel ("Hoofdstuk 3", "§ 2.1", "Afdeling 2", "Artikel 12"). Leeg als de
 * tekst alleen nummers schrijft ("3.1.1 Titel", zoals Oude IJsselstreek): {@link #GEEN}.
 *
 * @param hoofdstuk "Hoofdstuk", "HOOFDSTUK", "Afdeling" of ""
 * @param paragraaf "Paragraaf", "§", "Afdeling" of ""
 * @param artikel   "Artikel" of ""
 */
public record Kopstijl(String hoofdstuk, String paragraaf, String artikel) {

    /** Alleen nummers, zonder woorden. */
    public static final Kopstijl GEEN = new Kopstijl("", "", "");

    public Kopstijl {
        hoofdstuk = hoofdstuk == null ? "" : hoofdstuk.strip();
        paragraaf = paragraaf == null ? "" : paragraaf.strip();
        artikel = artikel == null ? "" : artikel.strip();
    }

    public boolean isGeen() {
        return hoofdstuk.isEmpty() && paragraaf.isEmpty() && artikel.isEmpty();
    }
}

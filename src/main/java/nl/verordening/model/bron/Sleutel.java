package nl.verordening.model.bron;

/**
 * Eén sleutel van een YAML-blok in de bron.
 *
 * @param naam         de sleutel zoals in de bron ("cbs-code")
 * @param verplicht    of hij er moet staan
 * @param waarde       wat voor waarde er staat
 * @param omschrijving één regel Nederlands: wat hij betekent
 */
public record Sleutel(String naam, boolean verplicht, Waarde waarde, String omschrijving) {

    static Sleutel verplicht(String naam, Waarde waarde, String omschrijving) {
        return new Sleutel(naam, true, waarde, omschrijving);
    }

    static Sleutel optioneel(String naam, Waarde waarde, String omschrijving) {
        return new Sleutel(naam, false, waarde, omschrijving);
    }

    @Override
    public String toString() {
        return naam;
    }
}

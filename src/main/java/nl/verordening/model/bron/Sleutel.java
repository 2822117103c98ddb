package nl.verordening.model.bron;

/**
 * Eén sleutel van een YAML-blok in de bron.
 *
 * @param naam         de sleutel zoals in de bron ("cbs-code")
 * @param verplicht    of hij er moet staan
 * @param waarde       wat voor waarde er staat
 * @param omschrijving één regel Nederlands: wat hij betekent
 * @param keuzes       de toegestane waarden bij {@link Waarde#KEUZE}, anders leeg
 */
public record Sleutel(String naam, boolean verplicht, Waarde waarde, String omschrijving, java.util.List<String> keuzes) {

    public Sleutel {
        keuzes = java.util.List.copyOf(keuzes);
        if ((waarde == Waarde.KEUZE) == keuzes.isEmpty()) {
            throw new IllegalArgumentException("een keuze, en alleen een keuze, heeft toegestane waarden: " + naam);
        }
    }

    static Sleutel keuze(String naam, String omschrijving, java.util.List<String> keuzes) {
        return new Sleutel(naam, false, Waarde.KEUZE, omschrijving, keuzes);
    }

    static Sleutel verplicht(String naam, Waarde waarde, String omschrijving) {
        return new Sleutel(naam, true, waarde, omschrijving, java.util.List.of());
    }

    static Sleutel optioneel(String naam, Waarde waarde, String omschrijving) {
        return new Sleutel(naam, false, waarde, omschrijving, java.util.List.of());
    }

    @Override
    public String toString() {
        return naam;
    }
}

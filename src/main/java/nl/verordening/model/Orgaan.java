package nl.verordening.model;

/**
 * Het bestuursorgaan dat de regeling vaststelt. Bepaalt de standaard slotformule en wie ondertekent:
 * een verordening van de raad (griffier en voorzitter), nadere regels of een beleidsregel van het
 * college (secretaris en burgemeester), of een besluit van de burgemeester.
 */
public enum Orgaan {
    RAAD("raad", "de gemeenteraad"),
    COLLEGE("college", "het college van burgemeester en wethouders"),
    BURGEMEESTER("burgemeester", "de burgemeester");

    private final String code;
    private final String naam;

    Orgaan(String code, String naam) {
        this.code = code;
        this.naam = naam;
    }

    /** Zoals in de bron: "raad", "college", "burgemeester". */
    public String code() {
        return code;
    }

    /** Met lidwoord, voor in een zin: "het college van burgemeester en wethouders". */
    public String naam() {
        return naam;
    }

    public static Orgaan vanCode(String code) {
        for (Orgaan o : values()) {
            if (o.code.equals(code)) return o;
        }
        return null;
    }
}

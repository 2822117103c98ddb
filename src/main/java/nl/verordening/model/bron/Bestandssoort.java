package nl.verordening.model.bron;

/**
 * De soorten bestanden in een bronmap, elk met zijn wortelblok en de naam van zijn JSON Schema.
 * Een nieuwe soort (zoals beslistabellen) is één constante hier; de schemagenerator
 * ({@code render.bron.BronSchema}) en {@code verordening schema} volgen vanzelf.
 *
 * <p>Wie een bronbestand schrijft (de importeur) zet bovenaan {@link #modeline(String)}, zodat een
 * editor met de YAML-extensie van Red Hat het schema vindt.
 */
public enum Bestandssoort {
    VERORDENING("verordening.schema.json", Bronformaat.Hoofdbestand.BLOK, Bronformaat.Hoofdbestand.BESTAND,
            "Verordening: gegevens, aanhef, ondertekening, hoofdstukken en bijlagen"),
    WETTEN("wetten.schema.json", Bronformaat.Wettenbestand.BLOK, Bronformaat.Wettenbestand.BESTAND,
            "Het register van wetten die een wettenregel mag noemen"),
    PARAMETERS("parameters.schema.json", Bronformaat.Parametersbestand.BLOK, Bronformaat.Parametersbestand.BESTAND,
            "Bedragen, afstanden en termijnen per ingangsdatum"),
    HOOFDSTUK("hoofdstuk.schema.json", Bronformaat.Hoofdstuk.BLOK, "hoofdstukken/*.yaml",
            "Een hoofdstuk: inleiding, kernwaarden, begrippen, paragrafen en artikelen"),
    BIJLAGE("bijlage.schema.json", Bronformaat.Bijlage.BLOK, "bijlagen/*.yaml",
            "Een bijlage: nummer, id, titel en inhoud");

    private final String schemabestand;
    private final Blokdefinitie wortel;
    private final String patroon;
    private final String titel;

    Bestandssoort(String schemabestand, Blokdefinitie wortel, String patroon, String titel) {
        this.schemabestand = schemabestand;
        this.wortel = wortel;
        this.patroon = patroon;
        this.titel = titel;
    }

    /** Bestandsnaam van het schema, zoals {@code hoofdstuk.schema.json}. */
    public String schemabestand() {
        return schemabestand;
    }

    /** Het blok dat het hele bestand is. */
    public Blokdefinitie wortel() {
        return wortel;
    }

    /** Waar dit soort bestand in een bronmap staat, als glob relatief aan de bronmap. */
    public String patroon() {
        return patroon;
    }

    /** Nederlandse titel van het schema. */
    public String titel() {
        return titel;
    }

    /**
     * De eerste regel die een editor naar het schema laat wijzen, zoals
     * {@code # yaml-language-server: $schema=../schema/hoofdstuk.schema.json}.
     *
     * @param schemamap waar de schema's staan, relatief aan het bronbestand of een URL (zonder '/' aan het eind)
     */
    public String modeline(String schemamap) {
        return "# yaml-language-server: $schema=" + schemamap + "/" + schemabestand;
    }
}

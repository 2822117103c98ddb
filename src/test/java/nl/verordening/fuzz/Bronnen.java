package nl.verordening.fuzz;

/** Een kleine geldige bron, voor de fuzztests en de meting van de laadtijd. */
public final class Bronnen {

    private Bronnen() {}

    public static final String VERORDENING = """
            gemeente: Voorbeeldstad
            cbs-code: gm9999
            titel: Verordening Sociaal Domein gemeente Voorbeeldstad 2026
            citeertitel: Verordening Sociaal Domein Voorbeeldstad 2026
            jaar: 2026
            vastgesteld: 2025-12-18
            inwerkingtreding: 2026-01-01
            ondertekening:
              - functie: De raadsvoorzitter
                naam: B. Voorzitter
            hoofdstukken:
              - hoofdstukken/01-vervoer.yaml
            """;

    public static final String WETTEN = """
            wetten:
              - code: LLV
                naam: Leerlingenvervoer
            """;

    public static final String PARAMETERS = """
            parameters:
              - id: drempel
                eenheid: EUR
                waarden:
                  - vanaf: 2026-01-01
                    waarde: 62.5
            """;

    public static final String HOOFDSTUK = """
            hoofdstuk: 1
            id: vervoer-naar-school
            titel: Vervoer naar school
            inhoud:
              - artikel: 1.1.1
                id: ouders
                titel: Ouders
                wetten: [LLV]
                inhoud:
                  - lid: 1
                    tekst: De ouders betalen {{drempel}}; zie [[ouders#lid-1]].
            """;
}

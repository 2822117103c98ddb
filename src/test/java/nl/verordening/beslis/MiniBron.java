package nl.verordening.beslis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.load.LoadException;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Verordening;

/** Een kleine bron met één artikel, parameters en één beslistabel, in een tijdelijke map. */
final class MiniBron {

    static final String PARAMETERS = """
            parameters:
              - id: grens
                eenheid: km
                artikel: vergoeding-van-kosten
                waarden:
                  - vanaf: 2026-01-01
                    waarde: 6
                  - vanaf: 2027-01-01
                    waarde: 7
              - id: bedrag
                eenheid: EUR
                waarden:
                  - vanaf: 2026-01-01
                    waarde: 62.50
            """;

    private MiniBron() {}

    static Path schrijf(Path map, String tabel) {
        try {
            Files.createDirectories(map.resolve("hoofdstukken"));
            Files.createDirectories(map.resolve("beslistabellen"));
            Files.writeString(map.resolve("verordening.yaml"), """
                    gemeente: Voorbeeldstad
                    cbs-code: gm9999
                    titel: Verordening Voorbeeldstad 2026
                    citeertitel: Verordening Voorbeeldstad 2026
                    jaar: 2026
                    vastgesteld: 2025-12-18
                    inwerkingtreding: 2026-01-01
                    ondertekening:
                      - functie: De raadsvoorzitter
                        naam: B. Voorzitter
                    hoofdstukken:
                      - hoofdstukken/01.yaml
                    """);
            Files.writeString(map.resolve("wetten.yaml"), "wetten:\n  - code: LLV\n    naam: Leerlingenvervoer\n");
            Files.writeString(map.resolve("parameters.yaml"), PARAMETERS);
            Files.writeString(map.resolve("hoofdstukken/01.yaml"), """
                    hoofdstuk: 1
                    id: vervoer
                    titel: Vervoer
                    inhoud:
                      - artikel: '1.1'
                        id: vergoeding-van-kosten
                        titel: Vergoeding
                        inhoud:
                          - lid: 1
                            tekst: Vanaf {{grens}} vergoedt de gemeente {{bedrag}}; bij SBO en SO 20 kilometer, 10 of 30.
                    """);
            Files.writeString(map.resolve("beslistabellen/t.yaml"), tabel);
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Verordening laad(Path map, String tabel) throws LoadException {
        return new SourceLoader().load(schrijf(map, tabel));
    }
}

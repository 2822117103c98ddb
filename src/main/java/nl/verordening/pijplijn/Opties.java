package nl.verordening.pijplijn;

import java.nio.file.Path;

/**
 * Hoe er gebouwd wordt.
 *
 * @param sjablonen map met eigen sjablonen van de gemeente, of null voor alleen de meegeleverde
 * @param strikt    geen uitvoer bij een fout of een niet-aanvaarde waarschuwing
 */
public record Opties(Path sjablonen, boolean strikt) {

    public static final Opties STANDAARD = new Opties(null, false);
}

package nl.verordening.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.pijplijn.UitvoerMap;

/**
 * Wat {@code import tekst} controleert voordat het iets leest of schrijft: het tekstbestand is een
 * leesbaar bestand, en de uitvoermap mag (met {@code --force}) vervangen worden.
 */
final class ImportInvoer {

    private ImportInvoer() {}

    /** Waar als de import niet door mag; de reden staat dan op {@code err}. */
    static boolean geweigerd(Path bestand, Path uitvoer, boolean force, PrintWriter err) {
        String reden = null;
        if (Files.isDirectory(bestand)) {
            reden = bestand + " is een map; geef het tekstbestand van de verordening (bijv. verordening.txt).";
        } else if (Files.exists(bestand) && !Files.isReadable(bestand)) {
            reden = bestand + " is niet leesbaar; geef uzelf leesrechten (bijv. 'chmod u+r " + bestand + "').";
        } else if (force && Files.exists(uitvoer)) {
            reden = UitvoerMap.vervangenGeweigerd(uitvoer);
        }
        if (reden == null) return false;
        err.println("verordening: " + reden);
        return true;
    }
}

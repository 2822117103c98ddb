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

    private static boolean leeg(Path bestand) {
        try {
            return Files.isRegularFile(bestand) && Files.size(bestand) < 4096 && Files.readString(bestand).isBlank();
        } catch (java.io.IOException e) {
            return false; // de import meldt het lezen zelf
        }
    }

    /** Waar als de import niet door mag; de reden staat dan op {@code err}. */
    static boolean geweigerd(Path bestand, Path uitvoer, boolean force, PrintWriter err) {
        String reden = null;
        if (Files.isDirectory(bestand)) {
            reden = bestand + " is een map; geef het tekstbestand van de verordening (bijv. verordening.txt).";
        } else if (Files.exists(bestand) && !Files.isReadable(bestand)) {
            reden = bestand + " is niet leesbaar; geef uzelf leesrechten (bijv. 'chmod u+r " + bestand + "').";
        } else if (leeg(bestand)) {
            reden = bestand + " is leeg; er is niets te importeren.";
        } else if (force && Files.exists(uitvoer)) {
            reden = UitvoerMap.vervangenGeweigerd(uitvoer);
        }
        if (reden == null) return false;
        err.println("verordening: " + reden);
        return true;
    }
}

package nl.verordening.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import nl.verordening.model.Finding;

/**
 * Onthoudt per bronbestand de ontlede YAML, zodat een nieuwe laadgang (in {@code verordening serve}
 * na elke keer opslaan) alleen de gewijzigde bestanden opnieuw leest en ontleedt. Een bestand geldt
 * als ongewijzigd als wijzigingstijd en grootte gelijk zijn; anders worden de bytes gelezen, en is
 * de inhoud (CRC32C) toch gelijk, dan blijft de ontleding ook staan.
 *
 * <p>Wat bewaard wordt is alleen wat bij het bestand zelf hoort: de tekst, de knopenboom met
 * posities en de meldingen van het ontleden (YAML-syntaxis, dubbele sleutels). Het model en alles
 * wat bestanden samen bepalen (verwijzingen, ids) maakt elke laadgang opnieuw. Veilig voor
 * gebruik uit meer dan één thread.
 */
public final class BronCache {

    /** Het ontlede bestand, of null met meldingen als het geen (geldige) YAML of UTF-8 is. */
    record Ontleed(String text, Node root, ScalarLocator locator, List<Finding> meldingen) {}

    private record Ingang(FileTime tijd, long grootte, long crc, Ontleed ontleed) {}

    private final Map<Path, Ingang> ingangen = new HashMap<>();
    private long gelezen;
    private long ontleed;

    /** Hoeveel keer de bytes van een bestand van schijf zijn gelezen. */
    public synchronized long gelezen() {
        return gelezen;
    }

    /** Hoeveel keer een bestand is ontleed (UTF-8 en YAML). */
    public synchronized long ontleed() {
        return ontleed;
    }

    /** Vergeet alles. */
    public synchronized void leeg() {
        ingangen.clear();
    }

    /**
     * De ontleding van {@code pad}, uit de cache als het bestand niet veranderd is.
     *
     * @param ontleder ontleedt de bytes (en meldt via zijn eigen Diagnostics)
     */
    synchronized Ontleed lees(Path pad, String naam, Ontleder ontleder) throws IOException {
        Path sleutel = pad.toAbsolutePath().normalize();
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(sleutel, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            ingangen.remove(sleutel);
            throw e;
        }
        Ingang oud = ingangen.get(sleutel);
        if (oud != null && a.isRegularFile() && oud.tijd().equals(a.lastModifiedTime()) && oud.grootte() == a.size()) {
            return oud.ontleed();
        }
        byte[] bytes = Files.readAllBytes(sleutel);
        gelezen++;
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        long c = crc.getValue();
        Ontleed o;
        if (oud != null && oud.crc() == c && oud.grootte() == bytes.length) {
            o = oud.ontleed();
        } else {
            o = ontleder.ontleed(bytes, naam);
            ontleed++;
        }
        ingangen.put(sleutel, new Ingang(a.lastModifiedTime(), bytes.length, c, o));
        return o;
    }

    @FunctionalInterface
    interface Ontleder {
        Ontleed ontleed(byte[] bytes, String naam);
    }
}

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
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32C;
import nl.verordening.model.Aanvaarding;
import nl.verordening.model.Finding;
import nl.verordening.model.Hoofdstuk;

/**
 * Onthoudt per bronbestand de ontlede YAML, zodat een nieuwe laadgang (in {@code verordening serve}
 * na elke keer opslaan) alleen de gewijzigde bestanden opnieuw leest en ontleedt. Een bestand geldt
 * als ongewijzigd als wijzigingstijd en grootte gelijk zijn; anders worden de bytes gelezen, en is
 * de inhoud (CRC32C) toch gelijk, dan blijft de ontleding ook staan.
 *
 * <p>Bewaard wordt per bestand de tekst, de knopenboom met posities en de meldingen van het
 * ontleden (YAML-syntaxis, dubbele sleutels); en per hoofdstukbestand het gelezen hoofdstuk (model)
 * met zijn meldingen en aanvaardingen, zolang bestand, wettenregister en aanvaardbare codes gelijk
 * zijn (niet voor hoofdstukken met een illustratie: die kijken of een afbeelding bestaat). Wat
 * bestanden samen bepalen (verwijzingen, dubbele ids, de controles) gebeurt elke laadgang opnieuw.
 * Veilig voor gebruik uit meer dan één thread.
 */
public final class BronCache {

    /** Het ontlede bestand, of null met meldingen als het geen (geldige) YAML of UTF-8 is. */
    record Ontleed(String text, Node root, ScalarLocator locator, List<Finding> meldingen) {}

    private record Ingang(String naam, FileTime tijd, long grootte, long crc, Ontleed ontleed) {}

    /**
     * Een gelezen hoofdstuk met wat het lezen meldde en aanvaardde. Geldig zolang het bestand
     * ({@code ontleed}, op identiteit), het wettenregister (in volgorde: die staat in meldingen) en de aanvaardbare codes gelijk zijn.
     */
    record Hoofdstukingang(Ontleed ontleed, List<String> wetten, Set<String> aanvaardbaar, Hoofdstuk hoofdstuk,
                           List<Finding> meldingen, List<Aanvaarding> aanvaardingen) {}

    private final Map<Path, Ingang> ingangen = new HashMap<>();
    private final Map<String, Hoofdstukingang> hoofdstukken = new HashMap<>();
    private long hoofdstukHergebruikt;
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

    /** Hoeveel keer een gelezen hoofdstuk (het model) is hergebruikt. */
    public synchronized long hoofdstukHergebruikt() {
        return hoofdstukHergebruikt;
    }

    /** Vergeet alles. */
    public synchronized void leeg() {
        ingangen.clear();
        hoofdstukken.clear();
    }

    /** Het bewaarde hoofdstuk voor dit bestand, of null als het bestand, het register of de codes anders zijn. */
    synchronized Hoofdstukingang hoofdstuk(String naam, Ontleed ontleed, List<String> wetten, Set<String> aanvaardbaar) {
        Hoofdstukingang h = hoofdstukken.get(naam);
        if (h == null || h.ontleed() != ontleed || !h.wetten().equals(wetten) || !Objects.equals(h.aanvaardbaar(), aanvaardbaar)) {
            return null;
        }
        hoofdstukHergebruikt++;
        return h;
    }

    synchronized void bewaar(String naam, Hoofdstukingang h) {
        hoofdstukken.put(naam, h);
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
        if (oud != null && oud.naam().equals(naam) && a.isRegularFile() && oud.tijd().equals(a.lastModifiedTime())
                && oud.grootte() == a.size()) {
            return oud.ontleed();
        }
        byte[] bytes = Files.readAllBytes(sleutel);
        gelezen++;
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        long c = crc.getValue();
        Ontleed o;
        if (oud != null && oud.naam().equals(naam) && oud.crc() == c && oud.grootte() == bytes.length) {
            o = oud.ontleed();
        } else {
            o = ontleder.ontleed(bytes, naam);
            ontleed++;
        }
        ingangen.put(sleutel, new Ingang(naam, a.lastModifiedTime(), bytes.length, c, o));
        return o;
    }

    @FunctionalInterface
    interface Ontleder {
        Ontleed ontleed(byte[] bytes, String naam);
    }
}

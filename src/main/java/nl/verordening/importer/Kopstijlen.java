package nl.verordening.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verordening.importer.Eenheid.Soort;
import nl.verordening.model.Kopstijl;

/**
 * Hoe de tekst zijn koppen schrijft: per soort kop (hoofdstuk, paragraaf, artikel) het trefwoord
 * zoals het er staat ("Artikel", "HOOFDSTUK", "§"). Schrijft de tekst één soort op meer manieren,
 * dan geldt de vaakst gebruikte (bij gelijke stand de eerste); elke afwijking wordt gemeld, want de
 * kale tekst schrijft voor elke kop van die soort hetzelfde woord.
 */
final class Kopstijlen {

    private Kopstijlen() {}

    static Kopstijl lees(List<Eenheid> eenheden, Bevindingen bevindingen) {
        return new Kopstijl(woord(eenheden, Soort.HOOFDSTUK, "hoofdstuk", bevindingen),
                woord(eenheden, Soort.PARAGRAAF, "paragraaf", bevindingen),
                woord(eenheden, Soort.KOP, "artikel", bevindingen));
    }

    private static String woord(List<Eenheid> eenheden, Soort soort, String wat, Bevindingen bevindingen) {
        Map<String, Integer> tellingen = new LinkedHashMap<>();
        for (Eenheid e : eenheden) {
            if (e.soort == soort && e.trefwoord && e.woord != null) tellingen.merge(e.woord, 1, Integer::sum);
        }
        String beste = "";
        int max = 0;
        for (Map.Entry<String, Integer> t : tellingen.entrySet()) {
            if (t.getValue() > max) {
                beste = t.getKey();
                max = t.getValue();
            }
        }
        for (Eenheid e : eenheden) {
            if (e.soort == soort && e.trefwoord && e.woord != null && !e.woord.equals(beste)) {
                bevindingen.info("import-kopwoord-afwijkend", bevindingen.pos(e.regel), "Kop '" + e.woord + " "
                        + (e.nummer == null ? "" : e.nummer) + "' schrijft het woord anders dan de andere " + wat
                        + "koppen ('" + beste + "'); de kale tekst schrijft '" + beste + "'.");
            }
        }
        return beste;
    }
}

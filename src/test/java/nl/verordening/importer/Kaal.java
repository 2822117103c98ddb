package nl.verordening.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.verordening.model.Verordening;
import nl.verordening.render.GeheugenOutput;
import nl.verordening.render.tekst.KaleTekstRenderer;
import nl.verordening.testutil.WoordGelijkenis;

/** De kale tekst van een geïmporteerd model, en hoe woordtrouw die is aan de invoer. */
final class Kaal {

    /** Trefwoorden aan het begin van een kopregel: het model bewaart de soort kop, niet het woord. */
    private static final Pattern TREFWOORD = Pattern.compile("(?im)^(?:hoofdstuk|paragraaf|afdeling|artikel|§)(?=\\s|$)");

    private Kaal() {}

    static String tekst(Verordening v) {
        try {
            GeheugenOutput out = new GeheugenOutput();
            new KaleTekstRenderer().render(v, out);
            return new String(out.bytes(KaleTekstRenderer.BESTAND), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** De invoer zonder de trefwoorden van koppen ("Artikel", "Hoofdstuk"): die schrijft de kale tekst niet. */
    static String zonderTrefwoorden(String invoer) {
        return TREFWOORD.matcher(invoer).replaceAll("");
    }

    /** Recall (invoerwoorden die in volgorde terugkomen) en precisie (kale-tekstwoorden die uit de invoer komen). */
    record Trouw(double recall, double precisie, WoordGelijkenis.Resultaat resultaat) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "recall %.4f, precisie %.4f (%d invoerwoorden, %d kale-tekstwoorden)",
                    recall, precisie, resultaat.referentieWoorden(), resultaat.kandidaatWoorden());
        }
    }

    static Trouw trouw(String invoer, String kaal) {
        WoordGelijkenis.Resultaat r = WoordGelijkenis.vergelijk(invoer, kaal);
        double precisie = r.kandidaatWoorden() == 0 ? 1.0 : (double) r.gemeenschappelijk() / r.kandidaatWoorden();
        return new Trouw(r.score(), precisie, r);
    }

    static List<String> woorden(String s) {
        return WoordGelijkenis.woorden(s);
    }
}

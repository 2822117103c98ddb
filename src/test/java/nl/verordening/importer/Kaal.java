package nl.verordening.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.verordening.model.Verordening;
import nl.verordening.render.GeheugenOutput;
import nl.verordening.render.tekst.KaleTekstRenderer;
import nl.verordening.testutil.WoordGelijkenis;

/** De kale tekst van een geïmporteerd model, en hoe woordtrouw die is aan de invoer. */
final class Kaal {

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

package nl.verordening.testutil;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hoe goed een kandidaattekst een referentietekst woord voor woord volgt: de langste gemeenschappelijke
 * deelrij van woorden (LCS), berekend met het Myers-diffalgoritme in lineaire ruimte. Snel bij weinig
 * verschillen (O((n+m)·d)), ook voor tienduizenden woorden; er komt geen n×m-matrix aan te pas.
 */
public final class WoordGelijkenis {

    private static final Pattern SCHEIDING = Pattern.compile("[^\\p{L}\\p{N}]+");

    private WoordGelijkenis() {}

    /**
     * De woorden van een tekst: NFC-genormaliseerd, kleine letters, gesplitst op alles wat geen letter of
     * cijfer is, zonder lege stukken.
     */
    public static List<String> woorden(String tekst) {
        String t = Normalizer.normalize(tekst, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> r = new ArrayList<>();
        for (String w : SCHEIDING.split(t)) {
            if (!w.isEmpty()) r.add(w);
        }
        return r;
    }

    /** {@link #vergelijk(List, List)} op de {@link #woorden(String)} van beide teksten. */
    public static Resultaat vergelijk(String referentie, String kandidaat) {
        return vergelijk(woorden(referentie), woorden(kandidaat));
    }

    public static Resultaat vergelijk(List<String> referentie, List<String> kandidaat) {
        Patch<String> patch = DiffUtils.diff(referentie, kandidaat, new MeyersDiffWithLinearSpace<String>());
        int weg = 0;
        List<String> ontbrekend = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<Verschil> verschillen = new ArrayList<>();
        // Aansluitende deltas (weg + erbij op dezelfde plek) worden één verschil.
        int pos = -1;
        List<String> o = new ArrayList<>();
        List<String> e = new ArrayList<>();
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int p = d.getSource().getPosition();
            if (pos >= 0 && p != pos + o.size()) {
                verschillen.add(verschil(referentie, pos, o, e));
                o = new ArrayList<>();
                e = new ArrayList<>();
            }
            if (o.isEmpty() && e.isEmpty()) pos = p;
            o.addAll(d.getSource().getLines());
            e.addAll(d.getTarget().getLines());
            weg += d.getSource().size();
            ontbrekend.addAll(d.getSource().getLines());
            extra.addAll(d.getTarget().getLines());
        }
        if (pos >= 0) verschillen.add(verschil(referentie, pos, o, e));
        return new Resultaat(referentie.size(), kandidaat.size(), referentie.size() - weg,
                List.copyOf(ontbrekend), List.copyOf(extra), List.copyOf(verschillen));
    }

    private static Verschil verschil(List<String> referentie, int pos, List<String> o, List<String> e) {
        return new Verschil(pos, List.copyOf(o), List.copyOf(e),
                String.join(" ", referentie.subList(Math.max(0, pos - CONTEXT), pos)),
                String.join(" ", referentie.subList(pos + o.size(), Math.min(referentie.size(), pos + o.size() + CONTEXT))));
    }

    /** Woorden context voor en na een verschil. */
    static final int CONTEXT = 6;

    /**
     * Eén plek waar de teksten verschillen.
     *
     * @param positie    index van het eerste betrokken woord in de referentie
     * @param ontbrekend woorden van de referentie die in de kandidaat ontbreken
     * @param extra      woorden van de kandidaat die niet in de referentie staan
     * @param voor       referentiewoorden vlak voor de plek
     * @param na         referentiewoorden vlak na de plek
     */
    public record Verschil(int positie, List<String> ontbrekend, List<String> extra, String voor, String na) {
        /** "woord 1234: … voor [-ontbrekend-] {+extra+} na …" */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("woord ").append(positie).append(": … ").append(voor);
            if (!ontbrekend.isEmpty()) sb.append(" [-").append(String.join(" ", ontbrekend)).append("-]");
            if (!extra.isEmpty()) sb.append(" {+").append(String.join(" ", extra)).append("+}");
            return sb.append(' ').append(na).append(" …").toString();
        }
    }

    /**
     * @param referentieWoorden aantal woorden in de referentie
     * @param kandidaatWoorden  aantal woorden in de kandidaat
     * @param gemeenschappelijk lengte van de langste gemeenschappelijke deelrij
     * @param ontbrekend        referentiewoorden buiten die deelrij, in volgorde
     * @param extra             kandidaatwoorden buiten die deelrij, in volgorde
     * @param verschillen       de plekken van verschil, in volgorde van de referentie
     */
    public record Resultaat(int referentieWoorden, int kandidaatWoorden, int gemeenschappelijk,
                            List<String> ontbrekend, List<String> extra, List<Verschil> verschillen) {

        /** gemeenschappelijk / referentieWoorden; 1.0 bij een lege referentie. */
        public double score() {
            return referentieWoorden == 0 ? 1.0 : (double) gemeenschappelijk / referentieWoorden;
        }

        /** Samenvatting plus de eerste {@code max} verschillen, voor een foutmelding. */
        public String rapport(int max) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "score %.4f: %d van %d referentiewoorden gevonden; %d ontbrekend, %d extra, %d verschillen",
                    score(), gemeenschappelijk, referentieWoorden, ontbrekend.size(), extra.size(), verschillen.size()));
            for (int i = 0; i < Math.min(max, verschillen.size()); i++) sb.append("\n  ").append(verschillen.get(i));
            if (verschillen.size() > max) sb.append("\n  … en nog ").append(verschillen.size() - max).append(" verschillen");
            return sb.toString();
        }

        @Override
        public String toString() {
            return rapport(20);
        }
    }
}

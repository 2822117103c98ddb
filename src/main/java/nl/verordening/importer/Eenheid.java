package nl.verordening.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Een logisch stuk tekst: een kop, een wettenregel, een lid, een onderdeel, een opsommingsitem, een
 * begrip of een alinea, met de regels die erbij horen al samengevoegd.
 */
final class Eenheid {

    enum Soort { HOOFDSTUK, PARAGRAAF, KOP, BIJLAGE, TAG, KERNWAARDEN, BEGRIP, LID, LETTER, ROMEIN, GRAAD, BOLLETJE, STREEPJE,
        RIJ, TEKST }

    /** Een alinea binnen de eenheid, met de regel waar hij begint. */
    static final class Stuk {
        final Regel regel;
        final StringBuilder tekst = new StringBuilder();

        Stuk(Regel regel, String begin) {
            this.regel = regel;
            tekst.append(begin);
        }

        String tekst() {
            return Regel.normaliseer(tekst.toString());
        }
    }

    final Soort soort;
    final Regel regel;
    final List<Stuk> stukken = new ArrayList<>();
    /** Laatste regel die bij deze eenheid is gevoegd. */
    Regel laatste;
    /** Er stond een (of meer) lege regel(s) direct voor deze eenheid. */
    boolean naLeeg;

    /** LID: "1"; LETTER: "a"; ROMEIN: "ii". */
    String label;
    /** HOOFDSTUK: "3"; KOP: "3.1.1" (zonder letter). */
    String nummer;
    /** Kop met een trefwoord ("Artikel 12", "Paragraaf 2.1"): nummer is volledig, titel mag leeg zijn. */
    boolean trefwoord;
    /** Kop met een trefwoord: het woord zoals geschreven ("Artikel", "HOOFDSTUK", "§"). */
    String woord;
    /** RIJ: de cellen van een tabelrij. */
    List<String> cellen = List.of();
    /** KOP: lettertoevoeging ("A") of null. */
    String letter;
    /** KOP: de getallen van het nummer. */
    int[] delen;
    /** TAG: tekst tussen de haken en de kolom van het eerste teken daarvan. */
    String tagInhoud;
    int tagKolom;
    /** BEGRIP: de term zoals gedefinieerd en de afkortingen tussen haken. */
    String term;
    List<String> afkortingen = List.of();

    Eenheid(Soort soort, Regel regel, String begin) {
        this.soort = soort;
        this.regel = regel;
        this.laatste = regel;
        stukken.add(new Stuk(regel, begin));
    }

    Stuk laatsteStuk() {
        return stukken.get(stukken.size() - 1);
    }

    /** Voor koppen: de titel (het eerste stuk). */
    String titel() {
        return stukken.get(0).tekst();
    }

    /** Alle tekst van de eenheid, alinea's met een spatie verbonden. */
    String alleTekst() {
        StringBuilder sb = new StringBuilder();
        for (Stuk s : stukken) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(s.tekst());
        }
        return Regel.normaliseer(sb.toString());
    }

    boolean isOpsomming() {
        return soort == Soort.LID || soort == Soort.LETTER || soort == Soort.ROMEIN || soort == Soort.GRAAD
                || soort == Soort.BOLLETJE
                || soort == Soort.STREEPJE || soort == Soort.BEGRIP;
    }

    @Override
    public String toString() {
        return soort + (label != null ? " " + label : "") + (nummer != null ? " " + nummer : "") + " @" + regel.nr
                + ": " + alleTekst();
    }
}

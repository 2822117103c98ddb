package nl.verordening.model;

import java.util.List;

/**
 * Een blok in de inhoud van een artikel, lid, onderdeel, inleiding of definitie.
 * Leden en lijsten kunnen zelf weer blokken bevatten (geneste onderdelen).
 */
public sealed interface Blok {

    SourcePosition pos();

    /** Een alinea lopende tekst. */
    record Alinea(Tekst tekst, SourcePosition pos) implements Blok {}

    /** Een genummerd lid van een artikel ("1", "2", ...), met zijn eigen inhoud. */
    record Lid(String nummer, List<Blok> inhoud, SourcePosition pos) implements Blok {
        public Lid { inhoud = List.copyOf(inhoud); }
    }

    /** Een lijst van onderdelen: lettered (a., b.), genummerd, romeins (i., ii.) of ongenummerd. */
    record Lijst(LijstSoort soort, List<Onderdeel> onderdelen, SourcePosition pos) implements Blok {
        public Lijst { onderdelen = List.copyOf(onderdelen); }
    }

    /**
     * Een regel met wetten midden in een artikel (zoals "[Jeugdwet]" voor het tweede lid):
     * de grondslag van wat volgt.
     */
    record Wettenregel(List<WetTag> wetten, SourcePosition pos) implements Blok {
        public Wettenregel { wetten = List.copyOf(wetten); }
    }
}

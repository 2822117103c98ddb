package nl.verordening.model;

import java.util.List;

/**
 * Een blok in de inhoud van een artikel, lid, onderdeel, inleiding, definitie of bijlage.
 * Leden en lijsten kunnen zelf weer blokken bevatten (geneste onderdelen).
 *
 * <p>Wie blokken verwerkt, implementeert {@link Bezoeker}: komt er een soort blok bij, dan wijst de
 * compiler elke plek aan die hem moet behandelen.
 */
public sealed interface Blok {

    SourcePosition pos();

    <R> R accept(Bezoeker<R> bezoeker);

    /** Eén methode per soort blok. */
    interface Bezoeker<R> {
        R alinea(Alinea alinea);

        R lid(Lid lid);

        R lijst(Lijst lijst);

        R wettenregel(Wettenregel wettenregel);

        R tabel(Tabel tabel);

        R begrippenlijst(Begrippenlijst begrippenlijst);
    }

    /** Een alinea lopende tekst. */
    record Alinea(Tekst tekst, SourcePosition pos) implements Blok {
        @Override
        public <R> R accept(Bezoeker<R> b) {
            return b.alinea(this);
        }
    }

    /** Een genummerd lid van een artikel ("1", "2", ...), met zijn eigen inhoud. */
    record Lid(String nummer, List<Blok> inhoud, SourcePosition pos) implements Blok {
        public Lid {
            inhoud = List.copyOf(inhoud);
        }

        @Override
        public <R> R accept(Bezoeker<R> b) {
            return b.lid(this);
        }
    }

    /** Een lijst van onderdelen: lettered (a., b.), genummerd, romeins (i., ii.) of ongenummerd. */
    record Lijst(LijstSoort soort, List<Onderdeel> onderdelen, SourcePosition pos) implements Blok {
        public Lijst {
            onderdelen = List.copyOf(onderdelen);
        }

        @Override
        public <R> R accept(Bezoeker<R> b) {
            return b.lijst(this);
        }
    }

    /**
     * Een regel met wetten midden in een artikel (zoals "[Jeugdwet]" voor het tweede lid):
     * de grondslag van wat volgt.
     */
    record Wettenregel(List<WetTag> wetten, SourcePosition pos) implements Blok {
        public Wettenregel {
            wetten = List.copyOf(wetten);
        }

        @Override
        public <R> R accept(Bezoeker<R> b) {
            return b.wettenregel(this);
        }
    }

    /**
     * Een tabel, in een artikel of een bijlage.
     *
     * @param titel optioneel opschrift boven de tabel (leeg als er geen is)
     * @param kop   de kopregel, of null als de tabel er geen heeft
     * @param rijen de rijen onder de kop
     */
    record Tabel(Tekst titel, Rij kop, List<Rij> rijen, SourcePosition pos) implements Blok {
        public Tabel {
            if (titel == null) titel = Tekst.LEEG;
            rijen = List.copyOf(rijen);
        }

        /** Het grootste aantal cellen in een rij (de kop meegeteld). */
        public int kolommen() {
            int k = kop == null ? 0 : kop.cellen().size();
            for (Rij r : rijen) k = Math.max(k, r.cellen().size());
            return k;
        }

        @Override
        public <R> R accept(Bezoeker<R> b) {
            return b.tabel(this);
        }

        /** Een rij cellen; elke cel is lopende tekst. */
        public record Rij(List<Tekst> cellen, SourcePosition pos) {
            public Rij {
                cellen = List.copyOf(cellen);
            }
        }
    }

    /**
     * Begripsbepalingen als onderdelen van een artikel of lid, zoals in het VNG-model: "In deze
     * verordening wordt verstaan onder: a. aanvrager: ...". Elk begrip is een gewoon {@link Begrip},
     * met zijn label ("a", "aa", "1") zoals vastgesteld.
     */
    record Begrippenlijst(LijstSoort soort, List<Begrip> begrippen, SourcePosition pos) implements Blok {
        public Begrippenlijst {
            begrippen = List.copyOf(begrippen);
        }

        @Override
        public <R> R accept(Bezoeker<R> b) {
            return b.begrippenlijst(this);
        }
    }
}

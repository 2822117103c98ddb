package nl.verordening.model;

import java.util.List;

/**
 * Een stuk lopende tekst binnen een {@link Tekst}. Wie inline-delen verwerkt, implementeert
 * {@link Bezoeker}, zodat een nieuwe soort overal door de compiler wordt aangewezen.
 */
public sealed interface Inline {

    <R> R accept(Bezoeker<R> bezoeker);

    /** Eén methode per soort inline-deel. */
    interface Bezoeker<R> {
        R platte(Platte platte);

        R nadruk(Nadruk nadruk);

        R sterk(Sterk sterk);

        R link(Link link);

        R verwijzing(Verwijzing verwijzing);

        R parameter(ParameterWaarde parameter);
    }

    /** De inline-delen binnen dit deel (cursief, vet en links hebben ze; de rest niet). */
    default List<Inline> kinderen() {
        return List.of();
    }

    /** Gewone tekst. */
    record Platte(String tekst) implements Inline {
        @Override
        public <R> R accept(Bezoeker<R> b) {
            return b.platte(this);
        }
    }

    /** Cursief (Markdown {@code *...*}). */
    record Nadruk(List<Inline> inhoud) implements Inline {
        public Nadruk {
            inhoud = List.copyOf(inhoud);
        }

        @Override
        public List<Inline> kinderen() {
            return inhoud;
        }

        @Override
        public <R> R accept(Bezoeker<R> b) {
            return b.nadruk(this);
        }
    }

    /** Vet (Markdown {@code **...**}). */
    record Sterk(List<Inline> inhoud) implements Inline {
        public Sterk {
            inhoud = List.copyOf(inhoud);
        }

        @Override
        public List<Inline> kinderen() {
            return inhoud;
        }

        @Override
        public <R> R accept(Bezoeker<R> b) {
            return b.sterk(this);
        }
    }

    /** Hyperlink naar buiten de verordening. */
    record Link(String url, List<Inline> inhoud) implements Inline {
        public Link {
            inhoud = List.copyOf(inhoud);
        }

        @Override
        public List<Inline> kinderen() {
            return inhoud;
        }

        @Override
        public <R> R accept(Bezoeker<R> b) {
            return b.link(this);
        }
    }

    /**
     * Verwijzing naar een element van de verordening op stabiel id, eventueel naar een lid en
     * onderdeel daarvan. Renderers maken er Nederlandse tekst van ("artikel 4.6.4, tweede lid").
     * Bronnotatie: {@code [[doel]]}, {@code [[doel#lid-2]]}, {@code [[doel#lid-2.a]]}.
     *
     * @param lid       lidnummer ("2") of null
     * @param onderdeel onderdeelletter ("a") of null
     */
    record Verwijzing(String doel, String lid, String onderdeel, SourcePosition pos) implements Inline {

        /** Zoals in de bron: {@code [[doel]]}, {@code [[doel#lid-2]]}, {@code [[doel#lid-2.a]]}, {@code [[doel#onderdeel-b]]}. */
        public String notatie() {
            return "[[" + pad() + "]]";
        }

        /** Het modelpad van het doel: {@code doel}, {@code doel#lid-2}, {@code doel#lid-2.a}, {@code doel#onderdeel-b}. */
        public String pad() {
            return Pad.pad(doel, lid, onderdeel);
        }

        @Override
        public <R> R accept(Bezoeker<R> b) {
            return b.verwijzing(this);
        }
    }

    /**
     * Verwijzing naar een parameter (bedrag, afstand, termijn) met waarden per ingangsdatum.
     * Bronnotatie: {@code {{parameter-id}}}.
     */
    record ParameterWaarde(String parameter, SourcePosition pos) implements Inline {

        /** Zoals in de bron: {@code {{parameter-id}}}. */
        public String notatie() {
            return "{{" + parameter + "}}";
        }

        @Override
        public <R> R accept(Bezoeker<R> b) {
            return b.parameter(this);
        }
    }
}

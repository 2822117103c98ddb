package nl.verordening.model;

import java.util.List;

/** Een stuk lopende tekst binnen een {@link Tekst}. */
public sealed interface Inline {

    /** Gewone tekst. */
    record Platte(String tekst) implements Inline {}

    /** Cursief (Markdown {@code *...*}). */
    record Nadruk(List<Inline> inhoud) implements Inline {
        public Nadruk { inhoud = List.copyOf(inhoud); }
    }

    /** Vet (Markdown {@code **...**}). */
    record Sterk(List<Inline> inhoud) implements Inline {
        public Sterk { inhoud = List.copyOf(inhoud); }
    }

    /** Hyperlink naar buiten de verordening. */
    record Link(String url, List<Inline> inhoud) implements Inline {
        public Link { inhoud = List.copyOf(inhoud); }
    }

    /**
     * Verwijzing naar een element van de verordening op stabiel id, eventueel naar een lid en
     * onderdeel daarvan. Renderers maken er Nederlandse tekst van ("artikel 4.6.4, tweede lid").
     * SourcePosition syntaxis: {@code [[doel]]}, {@code [[doel#lid-2]]}, {@code [[doel#lid-2.a]]}.
     *
     * @param lid       lidnummer ("2") of null
     * @param onderdeel onderdeelletter ("a") of null
     */
    record Verwijzing(String doel, String lid, String onderdeel, SourcePosition pos) implements Inline {

        /** Zoals in de bron: {@code [[doel]]}, {@code [[doel#lid-2]]}, {@code [[doel#lid-2.a]]}, {@code [[doel#onderdeel-b]]}. */
        public String notatie() {
            String fragment = lid != null ? "#lid-" + lid + (onderdeel == null ? "" : "." + onderdeel)
                    : onderdeel != null ? "#onderdeel-" + onderdeel : "";
            return "[[" + doel + fragment + "]]";
        }
    }

    /**
     * Verwijzing naar een parameter (bedrag, afstand, termijn) met waarden per ingangsdatum.
     * SourcePosition syntaxis: {@code {{parameter-id}}}.
     */
    record ParameterWaarde(String parameter, SourcePosition pos) implements Inline {

        /** Zoals in de bron: {@code {{parameter-id}}}. */
        public String notatie() {
            return "{{" + parameter + "}}";
        }
    }
}

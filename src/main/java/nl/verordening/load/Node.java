package nl.verordening.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verordening.model.SourcePosition;

/**
 * Een YAML-knoop met zijn positie. Eigen boom in plaats van Jackson's JsonNode, omdat die geen
 * posities bewaart en dubbele sleutels stil overschrijft.
 */
sealed interface Node {

    SourcePosition pos();

    /** Korte Nederlandse omschrijving van de soort, voor foutmeldingen. */
    String soort();

    /**
     * Een scalaire waarde; {@code text} is null voor een lege waarde. {@code offset} is de
     * tekenpositie in het bestand, voor posities binnen de tekst (verwijzingen), {@code eind} die na de
     * waarde. {@code plain}: zonder
     * aanhalingstekens en niet als tekstblok ('|', '>') geschreven.
     */
    record Scalar(String text, SourcePosition pos, long offset, long eind, boolean plain) implements Node {
        Scalar(String text, SourcePosition pos, long offset) {
            this(text, pos, offset, Long.MAX_VALUE, false);
        }

        /** Een getal zonder aanhalingstekens ({@code inhoud: 42}): YAML-getal, geen tekst. */
        boolean getal() {
            return plain && text != null && text.matches("[-+]?[0-9][0-9_.]*");
        }

        public String soort() {
            return text == null ? "een lege waarde" : "tekst";
        }
    }

    record Mapping(Map<String, Entry> entries, SourcePosition pos) implements Node {
        public String soort() {
            return "een lijst met sleutels";
        }

        Mapping() {
            this(new LinkedHashMap<>(), null);
        }
    }

    record Sequence(List<Node> items, SourcePosition pos) implements Node {
        public String soort() {
            return "een opsomming (lijst met '-')";
        }

        Sequence() {
            this(new ArrayList<>(), null);
        }
    }

    /** Sleutel met zijn eigen positie (voor meldingen over onbekende velden) en waarde. */
    record Entry(String key, SourcePosition keyPos, Node value) {}
}

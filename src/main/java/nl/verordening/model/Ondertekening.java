package nl.verordening.model;

import java.util.List;

/**
 * De ondertekening onder de vaststelling: griffier en voorzitter.
 *
 * @param volgorde of de vastgestelde tekst de functies boven de namen zet (de standaard) of andersom
 */
public record Ondertekening(List<Ondertekenaar> ondertekenaars, Volgorde volgorde, SourcePosition pos) {
    public Ondertekening {
        ondertekenaars = List.copyOf(ondertekenaars);
        if (volgorde == null) volgorde = Volgorde.FUNCTIE_NAAM;
    }

    /** Functies boven de namen. */
    public Ondertekening(List<Ondertekenaar> ondertekenaars, SourcePosition pos) {
        this(ondertekenaars, Volgorde.FUNCTIE_NAAM, pos);
    }

    /** @param functie "De raadsgriffier"; @param naam "M.B.J. Looman" */
    public record Ondertekenaar(String functie, String naam, SourcePosition pos) {}

    /** Wat boven staat: de functies ("De raadsgriffier") of de namen. */
    public enum Volgorde {
        FUNCTIE_NAAM("functie-naam"), NAAM_FUNCTIE("naam-functie");

        private final String code;

        Volgorde(String code) {
            this.code = code;
        }

        /** Zoals in de bron: "functie-naam", "naam-functie". */
        public String code() {
            return code;
        }

        /** De volgorde bij deze code, of null. */
        public static Volgorde vanCode(String code) {
            for (Volgorde v : values()) if (v.code.equals(code)) return v;
            return null;
        }
    }
}

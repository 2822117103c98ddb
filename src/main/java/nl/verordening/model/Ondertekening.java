package nl.verordening.model;

import java.util.List;

/** De ondertekening onder de vaststelling: griffier en voorzitter. */
public record Ondertekening(List<Ondertekenaar> ondertekenaars, SourcePosition pos) {
    public Ondertekening {
        ondertekenaars = List.copyOf(ondertekenaars);
    }

    /** @param functie "De raadsgriffier"; @param naam "M.B.J. Looman" */
    public record Ondertekenaar(String functie, String naam, SourcePosition pos) {}
}

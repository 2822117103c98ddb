package nl.verordening.model.beslis;

/** Het soort waarde van een invoer of uitvoer. */
public enum Soort {
    /** een getal, met eenheid (euro, km, maanden, procent) */
    GETAL("getal", "number"),
    /** een keuze uit een vaste lijst teksten */
    KEUZE("keuze", "string"),
    /** waar of onwaar */
    WAARHEID("waarheid", "boolean"),
    DATUM("datum", "date");

    private final String bron;
    private final String feel;

    Soort(String bron, String feel) {
        this.bron = bron;
        this.feel = feel;
    }

    public String bron() {
        return bron;
    }

    /** Het FEEL-type ({@code typeRef} in DMN). */
    public String feel() {
        return feel;
    }

    public static Soort vanTekst(String s) {
        for (Soort x : values()) if (x.bron.equals(s.strip())) return x;
        return null;
    }
}

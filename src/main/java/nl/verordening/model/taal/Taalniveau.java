package nl.verordening.model.taal;

/**
 * Het taalniveau dat een verordening nastreeft, met de grenzen waaraan een artikel wordt gemeten.
 * De grenzen zijn vuistregels uit de schrijfpraktijk (zie docs/taal.md), geen norm uit de wet.
 *
 * @param minimaleLeesgemak  laagste Flesch–Douma-score
 * @param woordenPerZin      hoogste gemiddelde aantal woorden per zin
 * @param langsteZin         hoogste aantal woorden in één zin
 */
public enum Taalniveau {
    B1(60, 15, 25),
    B2(45, 20, 30);

    private final double minimaleLeesgemak;
    private final double woordenPerZin;
    private final int langsteZin;

    Taalniveau(double minimaleLeesgemak, double woordenPerZin, int langsteZin) {
        this.minimaleLeesgemak = minimaleLeesgemak;
        this.woordenPerZin = woordenPerZin;
        this.langsteZin = langsteZin;
    }

    public double minimaleLeesgemak() {
        return minimaleLeesgemak;
    }

    public double woordenPerZin() {
        return woordenPerZin;
    }

    public int langsteZin() {
        return langsteZin;
    }
}

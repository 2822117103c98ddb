package nl.verordening.model.beslis;

/** Hoe een tabel omgaat met meer dan één passende regel (DMN 1.3, tabel 8.3). */
public enum HitPolicy {
    UNIQUE("UNIQUE"), ANY("ANY"), FIRST("FIRST"), PRIORITY("PRIORITY"), COLLECT("COLLECT"), RULE_ORDER("RULE ORDER");

    private final String dmn;

    HitPolicy(String dmn) {
        this.dmn = dmn;
    }

    /** De schrijfwijze in DMN en in de bron ("RULE ORDER"). */
    public String dmn() {
        return dmn;
    }

    public boolean enkelvoudig() {
        return this == UNIQUE || this == ANY || this == FIRST || this == PRIORITY;
    }

    public static HitPolicy vanTekst(String s) {
        for (HitPolicy h : values()) if (h.dmn.equalsIgnoreCase(s.strip()) || h.name().equalsIgnoreCase(s.strip())) return h;
        return null;
    }
}

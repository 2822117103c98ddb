package nl.verordening.model.beslis;

/** Samenvoegen van de uitkomsten bij COLLECT; GEEN geeft de lijst. */
public enum Aggregatie {
    GEEN, SUM, MIN, MAX, COUNT
}

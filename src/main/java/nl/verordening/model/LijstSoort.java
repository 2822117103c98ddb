package nl.verordening.model;

/** Hoe de onderdelen van een lijst genummerd zijn. */
public enum LijstSoort {
    /** a., b., c. */
    LETTERS,
    /** 1., 2., 3. (binnen een lid of opsomming, geen leden) */
    CIJFERS,
    /** i., ii., iii. */
    ROMEINS,
    /** 1°, 2°, 3° (onderdelen onder een letter in wetgevingsstijl; het label is "1°", zonder punt erachter) */
    GRAAD,
    /** ongenummerde opsomming (bolletjes of streepjes) */
    OPSOMMING;

    public boolean genummerd() {
        return this != OPSOMMING;
    }
}

package nl.verordening.check;

import java.util.List;
import nl.verordening.model.Finding;
import nl.verordening.model.Severity;
import nl.verordening.model.Verordening;

/** Eén controle, zoals in Checkstyle: een id, een ernst, en bevindingen met een exacte bronplek. */
public interface Check {

    /** Stabiele id ("wet-schrijfwijze"), ook in de uitvoer tussen haken. */
    String id();

    Severity severity();

    /** Eén zin over wat de controle doet, voor {@code verordening check --lijst}. */
    String beschrijving();

    List<Finding> check(Verordening verordening);
}

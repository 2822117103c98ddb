package nl.verordening.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.verordening.model.Severity;

/**
 * De gegevens van een controle, op één plek, zoals Error Prone's {@code @BugPattern}: de code in
 * de uitvoer en in {@code aanvaard:}, een leesbare id, de ernst en één zin voor de catalogus.
 * De documentatie staat in {@code docs/controles/<code>.md}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckInfo {

    /** Drie hoofdletters en drie cijfers, zoals {@code WET001}; de letters noemen het onderwerp. */
    String code();

    /** Leesbare naam in kleine letters, zoals {@code wet-schrijfwijze}. */
    String id();

    Severity ernst();

    /** Eén Nederlandse zin zonder punt, voor {@code verordening check --lijst}. */
    String samenvatting();
}

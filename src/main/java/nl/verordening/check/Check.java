package nl.verordening.check;

import java.util.List;
import nl.verordening.model.Finding;
import nl.verordening.model.Pad;
import nl.verordening.model.SourcePosition;
import nl.verordening.model.Verordening;

/**
 * Eén controle, zoals in Checkstyle: een kleine klasse met {@link CheckInfo} en bevindingen met een
 * exacte bronplek en het pad van hun element (daarop werkt {@code aanvaard:}). Nieuwe controles
 * komen in {@link Checks#alle()}.
 */
public interface Check {

    List<Finding> check(Verordening verordening);

    /** De gegevens uit {@link CheckInfo}; een controle zonder is een programmeerfout. */
    default CheckInfo info() {
        CheckInfo i = getClass().getAnnotation(CheckInfo.class);
        if (i == null) throw new IllegalStateException(getClass().getName() + " mist @CheckInfo");
        return i;
    }

    /** Een bevinding met de code en ernst van deze controle, over het element op {@code pad}. */
    default Finding bevinding(SourcePosition pos, Pad pad, String bericht) {
        return new Finding(info().code(), info().ernst(), pos, bericht, pad.id());
    }
}

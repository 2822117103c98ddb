package nl.verordening.model.beslis;

import java.util.List;
import nl.verordening.model.SourcePosition;

/**
 * Een invoercel: een FEEL-unaire toets zoals {@code <6}, {@code [6..20]}, {@code "BO","SBO"},
 * {@code not("VO")}, {@code true} of {@code -}. Ontleed door de lader; de evaluator compileert hem.
 *
 * @param tekst  de cel zoals in de bron
 * @param niet   {@code not(...)}: waar als geen van de termen past
 * @param termen leeg betekent {@code -}: elke waarde past
 */
public record Toets(String tekst, boolean niet, List<Term> termen, SourcePosition pos) {

    public Toets {
        termen = List.copyOf(termen);
    }

    public boolean elk() {
        return termen.isEmpty() && !niet;
    }

    public sealed interface Term {}

    /** Gelijk aan de waarde. */
    public record Gelijk(Waarde waarde) implements Term {}

    /** {@code <}, {@code <=}, {@code >}, {@code >=} de waarde. */
    public record Vergelijking(String operator, Waarde waarde) implements Term {}

    /** {@code [a..b]}, {@code ]a..b[}, {@code (a..b)}: open of gesloten aan elke kant. */
    public record Bereik(Waarde van, boolean vanOpen, Waarde tot, boolean totOpen) implements Term {}
}

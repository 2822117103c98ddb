package nl.verordening.render;

import java.util.List;
import java.util.Objects;
import nl.verordening.model.Finding;

/**
 * Wat een renderer naast het model nodig heeft, via {@link Output#context()}: de sjablonen, de
 * bevindingen van de controles (voor het rapport; leeg als niemand ze doorgeeft), en straks de
 * resolver voor verwijzingen (komt hier als component bij, zodat renderers hem op dezelfde plek vinden).
 *
 * @param bevindingen niet-aanvaarde bevindingen van de controles, gesorteerd op plek
 */
public record RenderContext(Templates templates, List<Finding> bevindingen) {

    public RenderContext {
        Objects.requireNonNull(templates, "templates");
        bevindingen = bevindingen == null ? List.of() : List.copyOf(bevindingen);
    }

    /** Zonder bevindingen. */
    public RenderContext(Templates templates) {
        this(templates, List.of());
    }

    /** Alleen de meegeleverde sjablonen. */
    public static RenderContext standaard() {
        return new RenderContext(Templates.bundled());
    }

    /** Dezelfde context met deze bevindingen. */
    public RenderContext metBevindingen(List<Finding> b) {
        return new RenderContext(templates, b);
    }
}

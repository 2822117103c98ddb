package nl.verordening.render;

import java.util.Objects;

/**
 * Wat een renderer naast het model nodig heeft, via {@link Output#context()}: de sjablonen, en
 * straks de resolver voor verwijzingen (een volgend deel van het fundament; komt hier als
 * component bij, zodat renderers hem op dezelfde plek vinden).
 */
public record RenderContext(Templates templates) {

    public RenderContext {
        Objects.requireNonNull(templates, "templates");
    }

    /** Alleen de meegeleverde sjablonen. */
    public static RenderContext standaard() {
        return new RenderContext(Templates.bundled());
    }
}

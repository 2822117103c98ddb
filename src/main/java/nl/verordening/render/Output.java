package nl.verordening.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Waar een renderer bestanden naartoe schrijft; paden relatief, met '/' als scheidingsteken. */
public interface Output {

    void write(String relativePath, byte[] content) throws IOException;

    default void writeString(String relativePath, String content) throws IOException {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Sjablonen en wat renderers verder delen. */
    RenderContext context();

    /** De sjablonen, op naam relatief aan de sjablonenmap ("kale-tekst/verordening.txt.vm"). */
    default Templates templates() {
        return context().templates();
    }
}

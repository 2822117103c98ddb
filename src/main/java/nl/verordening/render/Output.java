package nl.verordening.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Waar een renderer bestanden naartoe schrijft; paden relatief, met '/' als scheidingsteken. */
public interface Output {

    void write(String relativePath, byte[] content) throws IOException;

    default void writeString(String relativePath, String content) throws IOException {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Het sjabloon met dit relatieve pad ("kale-tekst/verordening.txt.vm"). */
    Templates templates();
}

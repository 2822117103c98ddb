package nl.verordening.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Bronmappen kopiëren voor tests die een kapotte of gewijzigde versie nodig hebben. */
public final class Mappen {

    private Mappen() {}

    public static Path kopieer(Path bron, Path doel) {
        try (Stream<Path> s = Files.walk(bron)) {
            for (Path p : s.toList()) {
                Path d = doel.resolve(bron.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(d);
                else Files.copy(p, d);
            }
            return doel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

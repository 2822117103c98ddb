package nl.verordening.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Een eigen sjablonenmap voor tests: schrijft sjablonen op hun naam ("kale-tekst/x.txt.vm"). */
record Sjablonenmap(Path map) {

    Sjablonenmap met(String naam, String inhoud) {
        try {
            Path p = map.resolve(naam);
            Files.createDirectories(p.getParent());
            Files.writeString(p, inhoud, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Templates templates() {
        return new Templates(map);
    }
}

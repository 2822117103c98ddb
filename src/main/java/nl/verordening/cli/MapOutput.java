package nl.verordening.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.render.Output;
import nl.verordening.render.Templates;

/** Uitvoer naar een map op schijf; paden blijven binnen die map. */
final class MapOutput implements Output {

    private final Path root;
    private final Templates templates;

    MapOutput(Path root, Templates templates) {
        this.root = root.toAbsolutePath().normalize();
        this.templates = templates;
    }

    @Override
    public void write(String relativePath, byte[] content) throws IOException {
        Path p = root.resolve(relativePath).normalize();
        if (!p.startsWith(root)) throw new IOException("uitvoerpad buiten de uitvoermap: " + relativePath);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
    }

    @Override
    public Templates templates() {
        return templates;
    }
}

package nl.verordening.pijplijn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verordening.render.Output;
import nl.verordening.render.RenderContext;

/** Uitvoer naar een map op schijf; paden blijven binnen die map. */
public final class MapUitvoer implements Output {

    private final Path root;
    private final RenderContext context;

    public MapUitvoer(Path root, RenderContext context) {
        this.root = root.toAbsolutePath().normalize();
        this.context = context;
    }

    @Override
    public void write(String relativePath, byte[] content) throws IOException {
        Path p = root.resolve(relativePath).normalize();
        if (!p.startsWith(root)) throw new IOException("uitvoerpad buiten de uitvoermap: " + relativePath);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
    }

    @Override
    public RenderContext context() {
        return context;
    }
}

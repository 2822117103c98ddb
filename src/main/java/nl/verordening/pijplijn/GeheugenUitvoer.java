package nl.verordening.pijplijn;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import nl.verordening.render.Output;
import nl.verordening.render.RenderContext;

/** Uitvoer in het geheugen: voor een voorbeeldserver en voor tests, zonder een bestand te schrijven. */
public final class GeheugenUitvoer implements Output {

    private final RenderContext context;
    private final Map<String, byte[]> bestanden = new TreeMap<>();

    public GeheugenUitvoer(RenderContext context) {
        this.context = context;
    }

    @Override
    public void write(String relativePath, byte[] content) {
        bestanden.put(relativePath, content.clone());
    }

    @Override
    public RenderContext context() {
        return context;
    }

    /** Alle geschreven bestanden op pad, gesorteerd. */
    public Map<String, byte[]> bestanden() {
        return Collections.unmodifiableMap(bestanden);
    }
}

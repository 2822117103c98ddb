package nl.verordening.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** {@link Output} in het geheugen, voor tests van renderers. */
public final class GeheugenOutput implements Output {

    private final RenderContext context;
    private final Map<String, byte[]> bestanden = new TreeMap<>();

    public GeheugenOutput() {
        this(Templates.bundled());
    }

    public GeheugenOutput(Path sjabloonMap) {
        this(new Templates(sjabloonMap));
    }

    public GeheugenOutput(Templates templates) {
        this.context = new RenderContext(templates);
    }

    public GeheugenOutput(RenderContext context) {
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

    public Map<String, byte[]> bestanden() {
        return bestanden;
    }

    public byte[] bytes(String pad) {
        byte[] b = bestanden.get(pad);
        if (b == null) throw new AssertionError("niet geschreven: " + pad + " (wel: " + bestanden.keySet() + ")");
        return b;
    }

    public String tekst(String pad) {
        return new String(bytes(pad), StandardCharsets.UTF_8);
    }
}

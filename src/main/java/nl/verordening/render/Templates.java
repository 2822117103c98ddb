package nl.verordening.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * Velocity-sjablonen: uit een map ({@code templates/} van de gemeente) als die het sjabloon heeft,
 * anders de standaard die in de jar meegaat. Zo kan een gemeente restylen zonder Java.
 */
public final class Templates {

    private final Path overrideDir;
    private final VelocityEngine engine;

    public Templates(Path overrideDir) {
        this.overrideDir = overrideDir;
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty("resource.default_encoding", "UTF-8");
        this.engine = new VelocityEngine(p);
        this.engine.init();
    }

    /** Alleen de meegeleverde sjablonen. */
    public static Templates bundled() {
        return new Templates(null);
    }

    public String source(String name) throws IOException {
        if (overrideDir != null) {
            Path p = overrideDir.resolve(name);
            if (Files.isRegularFile(p)) return Files.readString(p, StandardCharsets.UTF_8);
        }
        try (InputStream in = Templates.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) throw new IOException("sjabloon niet gevonden: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Vult sjabloon {@code name} met {@code model}; de sleutels worden gesorteerd doorgegeven. */
    public String render(String name, Map<String, Object> model) throws IOException {
        VelocityContext ctx = new VelocityContext(new TreeMap<>(model));
        StringWriter w = new StringWriter();
        engine.evaluate(ctx, w, name, source(name));
        return w.toString();
    }
}

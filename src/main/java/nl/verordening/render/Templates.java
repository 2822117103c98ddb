package nl.verordening.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.IncludeEventHandler;
import org.apache.velocity.app.event.MethodExceptionEventHandler;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.Renderable;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.FileResourceLoader;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * Velocity-sjablonen op naam relatief aan de sjablonenmap ("kale-tekst/verordening.txt.vm"):
 * eerst uit de map van de gemeente (als die is gegeven en het bestand heeft), anders uit de jar
 * ({@code templates/} in de repository). Ook {@code #parse}, {@code #include} en macro's in een
 * gedeeld bestand zoeken zo, zodat een gemeente één deel kan vervangen.
 *
 * <p>Sjablonen zijn invoer van buiten: de engine is afgeschermd ({@link SecureUberspector}, geen
 * reflectie, classloaders, {@code Runtime}, {@code System}, processen of threads), een onbekende
 * verwijzing is een fout ({@code runtime.references.strict}), en in een {@code .html.vm}- of
 * {@code .xml.vm}-sjabloon wordt elke ingevoegde waarde ge-escapet, behalve {@link VeiligeHtml}.
 * Elke fout wordt een {@link SjabloonFout} met bestand, regel en kolom.
 *
 * <p>Eén instantie per build: sjablonen worden één keer gelezen en geparsed.
 */
public final class Templates {

    /**
     * Klassen en pakketten waarop een sjabloon geen methode mag aanroepen: de standaardlijst van
     * Velocity 2.3 (die we hier vervangen, dus volledig herhalen), plus processen en method handles.
     */
    static final List<String> VERBODEN_KLASSEN = List.of(
            "java.lang.Class", "java.lang.ClassLoader", "java.lang.Compiler", "java.lang.InheritableThreadLocal",
            "java.lang.Package", "java.lang.Process", "java.lang.ProcessBuilder", "java.lang.ProcessHandle",
            "java.lang.Runtime", "java.lang.RuntimePermission", "java.lang.SecurityManager", "java.lang.System",
            "java.lang.Thread", "java.lang.ThreadGroup", "java.lang.ThreadLocal", "java.lang.Module",
            "java.lang.ModuleLayer");
    static final List<String> VERBODEN_PAKKETTEN = List.of("java.lang.reflect", "java.lang.invoke");

    private final Path overrideDir;
    private final VelocityEngine engine;

    /**
     * @param overrideDir map met eigen sjablonen van de gemeente, of null voor alleen de
     *                    meegeleverde; moet bestaan (de CLI meldt dat netjes vooraf)
     */
    public Templates(Path overrideDir) {
        if (overrideDir != null && !Files.isDirectory(overrideDir)) {
            throw new IllegalArgumentException("sjablonenmap bestaat niet: " + overrideDir);
        }
        this.overrideDir = overrideDir;
        VelocityEngine e = new VelocityEngine();
        e.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        // Een macro hoort bij het sjabloon dat hem definieert (en wat dat met #parse insluit). Anders
        // wint de eerst geparste #macro(artikel) in de hele engine, ook voor een andere uitvoer.
        e.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
        e.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        e.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        e.setProperty(RuntimeConstants.INTROSPECTOR_RESTRICT_CLASSES, VERBODEN_KLASSEN);
        e.setProperty(RuntimeConstants.INTROSPECTOR_RESTRICT_PACKAGES, VERBODEN_PAKKETTEN);
        List<String> loaders = new ArrayList<>();
        if (overrideDir != null) {
            loaders.add("file");
            e.setProperty("resource.loader.file.class", FileResourceLoader.class.getName());
            e.setProperty("resource.loader.file.path", List.of(overrideDir.toAbsolutePath().normalize().toString()));
            e.setProperty("resource.loader.file.cache", "true");
            // een build duurt kort: niet opnieuw op wijzigingen controleren
            e.setProperty("resource.loader.file.modification_check_interval", "-1");
        }
        loaders.add("class");
        e.setProperty("resource.loader.class.class", MeegeleverdeSjablonen.class.getName());
        e.setProperty("resource.loader.class.cache", "true");
        e.setProperty("resource.loader.class.modification_check_interval", "-1");
        e.setProperty(RuntimeConstants.RESOURCE_LOADERS, loaders);
        e.init();
        this.engine = e;
    }

    /** Alleen de meegeleverde sjablonen. */
    public static Templates bundled() {
        return new Templates(null);
    }

    /** De tekst van sjabloon {@code name}, zoals {@link #render} hem zou gebruiken. */
    public String source(String name) throws IOException {
        String n = geldigeNaam(name);
        if (n == null) throw new SjabloonFout(name, 0, 0, "ongeldige sjabloonnaam '" + name + "'", null);
        Path eigen = eigenBestand(n);
        if (eigen != null) return Files.readString(eigen, StandardCharsets.UTF_8);
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(MeegeleverdeSjablonen.MAP + n)) {
            if (in == null) throw new SjabloonFout(weergave(n), 0, 0, "sjabloon '" + n + "' niet gevonden", null);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Vult sjabloon {@code name} met {@code model}; de sleutels worden gesorteerd doorgegeven, zodat
     * de uitvoer niet van de volgorde van een map afhangt.
     *
     * @throws SjabloonFout bij elke fout in (of het ontbreken van) het sjabloon
     */
    public String render(String name, Map<String, Object> model) throws SjabloonFout {
        VelocityContext ctx = new VelocityContext(new TreeMap<>(model));
        // per render, zodat het ook geldt voor wat dit sjabloon met #parse invoegt
        EventCartridge ec = new EventCartridge();
        Insluitingen insluitingen = new Insluitingen();
        ec.addEventHandler(insluitingen);
        ec.addEventHandler(new Doorgeven());
        if (isOpmaak(name)) ec.addEventHandler(new Escaper());
        ec.attachToContext(ctx);
        StringWriter w = new StringWriter();
        try {
            Template t = engine.getTemplate(name);
            t.merge(ctx, w);
        } catch (VelocityException e) {
            throw SjabloonFouten.vertaal(e, name, this, model.keySet(), insluitingen.laatste);
        }
        return w.toString();
    }

    /** HTML en XML: daar is een ingevoegde waarde tekst, geen opmaak. */
    static boolean isOpmaak(String sjabloon) {
        return sjabloon.endsWith(".html.vm") || sjabloon.endsWith(".xml.vm");
    }

    /**
     * Het pad dat de gebruiker kan openen: het eigen bestand (relatief aan de werkmap als het daar
     * onder ligt), anders het meegeleverde sjabloon zoals het in de repository staat.
     */
    String weergave(String name) {
        String n = geldigeNaam(name);
        if (n == null) return name;
        Path eigen = eigenBestand(n);
        if (eigen == null) return MeegeleverdeSjablonen.MAP + n;
        Path abs = eigen.toAbsolutePath().normalize();
        Path werkmap = Path.of("").toAbsolutePath();
        Path p = abs.startsWith(werkmap) ? werkmap.relativize(abs) : abs;
        return p.toString().replace('\\', '/');
    }

    private Path eigenBestand(String n) {
        if (overrideDir == null) return null;
        Path p = overrideDir.resolve(n);
        return Files.isRegularFile(p) ? p : null;
    }

    /**
     * De naam zonder voorloop-'/', of null als hij buiten de sjablonenmap wijst ("..") of leeg is;
     * zo leest {@code #parse} niets anders dan sjablonen.
     */
    static String geldigeNaam(String name) {
        if (name == null) return null;
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) n = n.substring(1);
        if (n.isEmpty()) return null;
        for (String deel : n.split("/")) {
            if (deel.equals("..")) return null;
        }
        return n;
    }

    /** Onthoudt het laatste #parse/#include: Velocity meldt bij een ontbrekend sjabloon niet waar. */
    private static final class Insluitingen implements IncludeEventHandler {
        SjabloonFouten.Insluiting laatste;

        @Override
        public String includeEvent(Context context, String naam, String ouder, String directive) {
            laatste = new SjabloonFouten.Insluiting(ouder, naam, directive);
            return naam;
        }
    }

    /**
     * Geeft een fout in een aangeroepen methode door. Nodig zodra er een EventCartridge aan de context
     * hangt: zonder deze handler maakt Velocity 2.3 van zo'n fout stil een null-waarde.
     */
    private static final class Doorgeven implements MethodExceptionEventHandler {
        @Override
        public Object methodException(Context context, Class<?> klasse, String methode, Exception e, Info info) {
            throw new MethodInvocationException("Invocation of method '" + methode + "' in " + klasse.getName()
                    + " threw exception " + e, e, methode, info.getTemplateName(), info.getLine(), info.getColumn());
        }
    }

    /** Escapet elke ingevoegde waarde, behalve opmaak die de renderer als veilig heeft gemerkt. */
    private static final class Escaper implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            // Renderable: een #define-blok of macrobody; dat is sjabloonuitvoer, al ge-escapet waar nodig
            if (value == null || value instanceof VeiligeHtml || value instanceof Renderable) return value;
            return VeiligeHtml.escape(String.valueOf(value));
        }
    }
}

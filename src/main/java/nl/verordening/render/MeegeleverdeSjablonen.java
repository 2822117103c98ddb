package nl.verordening.render;

import java.io.Reader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Velocity-loader voor de sjablonen in de jar ({@value #MAP} in de classpath). Zet de map voor de
 * naam, zodat een sjabloon overal dezelfde naam heeft ("kale-tekst/verordening.txt.vm"), of het nu
 * uit de map van de gemeente komt of uit de jar. Alleen voor Velocity; niet zelf aanroepen.
 */
public final class MeegeleverdeSjablonen extends ClasspathResourceLoader {

    /** De map in de jar (en in de repository) met de standaardsjablonen. */
    public static final String MAP = "templates/";

    @Override
    public Reader getResourceReader(String name, String encoding) throws ResourceNotFoundException {
        String n = Templates.geldigeNaam(name);
        if (n == null) throw new ResourceNotFoundException("ongeldige sjabloonnaam: " + name);
        return super.getResourceReader(MAP + n, encoding);
    }
}

package nl.verordening.pijplijn;

import java.nio.file.Path;
import java.util.List;
import nl.verordening.check.Checks;
import nl.verordening.load.BronCache;
import nl.verordening.load.LoadException;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Finding;

/**
 * Laadt en controleert dezelfde bron steeds opnieuw, en leest daarbij alleen de bestanden die
 * veranderd zijn (via een {@link BronCache}). Voor {@code verordening serve} en de benchmark.
 */
public final class Herlader {

    /**
     * De uitkomst van één laadgang.
     *
     * @param resultaat  het geladen en gecontroleerde resultaat, of null als de bron onbruikbaar is
     * @param laadfouten de fouten die de bron onbruikbaar maken (leeg als {@code resultaat} er is)
     * @param gelezen    hoeveel bestanden deze gang van schijf gelezen zijn
     * @param ontleed    hoeveel bestanden deze gang opnieuw ontleed zijn
     * @param nanos      hoe lang laden en controleren duurde
     */
    public record Uitkomst(Resultaat resultaat, List<Finding> laadfouten, long gelezen, long ontleed, long nanos) {
        public boolean bruikbaar() {
            return resultaat != null;
        }
    }

    private final Path bron;
    private final BronCache cache = new BronCache();
    private final SourceLoader lader;

    public Herlader(Path bron) {
        this.bron = bron;
        this.lader = new SourceLoader(Checks.codes(), cache);
    }

    public Path bron() {
        return bron;
    }

    /** Laadt en controleert; gooit niet bij een onbruikbare bron, maar geeft de fouten terug. */
    public synchronized Uitkomst herlaad() {
        long t0 = System.nanoTime();
        long g = cache.gelezen();
        long o = cache.ontleed();
        Resultaat r = null;
        List<Finding> fouten = List.of();
        try {
            r = Pijplijn.controleer(lader.load(bron));
        } catch (LoadException e) {
            fouten = e.findings();
        }
        return new Uitkomst(r, fouten, cache.gelezen() - g, cache.ontleed() - o, System.nanoTime() - t0);
    }
}

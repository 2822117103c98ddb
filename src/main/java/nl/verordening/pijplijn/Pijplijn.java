package nl.verordening.pijplijn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.verordening.check.Checks;
import nl.verordening.load.Fragmentposities;
import nl.verordening.load.LoadException;
import nl.verordening.load.SourceLoader;
import nl.verordening.model.Finding;
import nl.verordening.model.Verordening;
import nl.verordening.render.dmn.BeslistabelRenderer;
import nl.verordening.render.Output;
import nl.verordening.render.RenderContext;
import nl.verordening.render.Renderer;
import nl.verordening.render.Templates;
import nl.verordening.render.pdf.PublieksPdfRenderer;
import nl.verordening.render.rapport.LeesbaarheidRenderer;
import nl.verordening.render.rapport.RapportRenderer;
import nl.verordening.render.site.PublieksversieRenderer;
import nl.verordening.render.KaleTekstInstellingen;
import nl.verordening.render.docx.DocxRenderer;
import nl.verordening.render.html.KaleHtmlRenderer;
import nl.verordening.render.stop.StopRenderer;
import nl.verordening.render.tekst.KaleTekstRenderer;

/**
 * De compiler als API, los van de opdrachtregel: laden → controleren → renderen. De CLI, de tests en
 * de voorbeeldserver gebruiken dit; wie de compiler inbedt ook.
 *
 * <pre>
 * Resultaat r = Pijplijn.laad(Path.of("verordening-source"));   // LoadException: onbruikbare bron
 * Pijplijn.bouw(r, Path.of("output"), Opties.STANDAARD);       // alles of niets naar output/
 * </pre>
 */
public final class Pijplijn {

    private Pijplijn() {}

    /**
     * Alle uitvoer, in vaste volgorde; een nieuwe renderer komt hier bij. De kale tekst in DOCX, STOP
     * en HTML volgt {@link KaleTekstInstellingen#STANDAARD} (met wettenregels, zoals vastgesteld);
     * een instelling uit de bron komt hier in de plaats (docs/kale-tekst.md).
     */
    public static List<Renderer> renderers() {
        return renderers(KaleTekstInstellingen.STANDAARD);
    }

    /** Alle uitvoer, met deze instellingen voor de kale tekst. */
    public static List<Renderer> renderers(KaleTekstInstellingen kaal) {
        return List.of(new KaleTekstRenderer(), new DocxRenderer(kaal), new StopRenderer(kaal), new KaleHtmlRenderer(kaal),
                new PublieksversieRenderer(), new PublieksPdfRenderer(), new RapportRenderer(), new LeesbaarheidRenderer(),
                new BeslistabelRenderer());
    }

    /** Laadt de bron en voert alle controles uit. */
    public static Resultaat laad(Path bron) throws LoadException {
        SourceLoader.Geladen g = new SourceLoader(Checks.codes()).laad(bron);
        Resultaat r = controleer(g.verordening());
        // Een bevinding in een stuk tekst krijgt de plek van dat fragment in het bronbestand; de
        // waarschuwingen van de lader (commentaar in tekst, een niet genoemd bestand) horen erbij.
        List<Finding> alle = new ArrayList<>(g.waarschuwingen());
        alle.addAll(Fragmentposities.verfijn(bron, r.bevindingen()));
        Collections.sort(alle);
        return new Resultaat(r.verordening(), alle, r.aanvaard());
    }

    /** Voert alle controles uit op een geladen verordening. */
    public static Resultaat controleer(Verordening v) {
        Checks.Uitslag u = Checks.run(v);
        return new Resultaat(v, u.bevindingen(), u.aanvaard());
    }

    /** De context voor de renderers: sjablonen (eigen map eerst, dan de meegeleverde). */
    public static RenderContext context(Opties opties) throws PijplijnFout {
        Path map = opties.sjablonen();
        if (map != null && !Files.isDirectory(map)) {
            throw new PijplijnFout("de sjablonenmap " + map + (Files.exists(map) ? " is geen map." : " bestaat niet."));
        }
        return new RenderContext(new Templates(map));
    }

    /** Rendert met elke renderer naar {@code output}. */
    public static void render(Resultaat r, Output output, List<Renderer> renderers) throws IOException {
        for (Renderer renderer : renderers) renderer.render(r.verordening(), output);
    }

    /** Alle uitvoer in het geheugen (voor een voorbeeld), zonder iets op schijf te schrijven. */
    public static GeheugenUitvoer renderInGeheugen(Resultaat r, Opties opties) throws IOException, PijplijnFout {
        GeheugenUitvoer uit = new GeheugenUitvoer(context(opties).metBevindingen(r.bevindingen()));
        render(r, uit, renderers());
        return uit;
    }

    /**
     * Controleert of {@code doel} een uitvoermap mag worden: niet in of om de bronmap, en leeg of
     * eerder door ons gemaakt (nooit een vreemde map vervangen).
     */
    public static void controleerDoel(Path bron, Path doel) throws PijplijnFout, IOException {
        Path b = bron.toAbsolutePath().normalize();
        Path d = doel.toAbsolutePath().normalize();
        if (b.startsWith(d) || d.startsWith(b)) {
            throw new PijplijnFout("de uitvoermap " + doel + " mag de bronmap niet bevatten of erin liggen.");
        }
        if (!UitvoerMap.leegOfVanOns(d)) {
            throw new PijplijnFout(doel + " bestaat al en is geen uitvoermap van verordening (geen "
                    + UitvoerMap.MERK + "); kies een andere map of maak hem leeg.");
        }
    }

    /**
     * Bouwt alle uitvoer naar {@code doel}, alles of niets: eerst in een tijdelijke map naast het doel,
     * die het doel pas vervangt als elke renderer klaar is. Controleer het doel eerst met
     * {@link #controleerDoel}.
     *
     * @return het aantal renderers
     */
    public static int bouw(Resultaat r, Path doel, Opties opties) throws IOException, PijplijnFout {
        RenderContext context = context(opties).metBevindingen(r.bevindingen());
        List<Renderer> renderers = renderers();
        try (UitvoerMap map = UitvoerMap.begin(doel, true)) {
            render(r, new MapUitvoer(map.map(), context), renderers);
            map.vervang();
        }
        return renderers.size();
    }
}

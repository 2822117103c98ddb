package nl.verordening.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.verordening.model.Verordening;
import nl.verordening.render.Output;
import nl.verordening.render.RenderContext;
import nl.verordening.render.Renderer;
import nl.verordening.render.SjabloonFout;
import nl.verordening.render.Templates;
import nl.verordening.render.tekst.KaleTekstRenderer;
import nl.verordening.render.dmn.BeslistabelRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = false,
        description = {"Laadt en controleert de bron en maakt alle uitvoer.",
            "De uitvoer komt eerst in een tijdelijke map en vervangt UITVOER pas als alles gelukt is."},
        synopsisHeading = "Gebruik: ", descriptionHeading = "%n", parameterListHeading = "%nArgumenten:%n",
        optionListHeading = "%nOpties:%n",
        footer = {"%nBevindingen van de controles worden gemeld maar houden de uitvoer niet tegen:",
            "de tekst is vastgesteld recht. Met --strikt stopt de build bij een fout of een niet-aanvaarde",
            "waarschuwing (exitcode 1); aanvaarde bevindingen houden ook --strikt niet tegen.",
            "Exitcode 2: de bron of een sjabloon is onbruikbaar; er is dan niets veranderd."})
final class BuildCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    HulpOpties hulp;

    /** Alle renderers; elke nieuwe uitvoer komt hier bij. */
    static List<Renderer> renderers() {
        return List.of(new KaleTekstRenderer(), new BeslistabelRenderer());
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", defaultValue = "verordening-source",
            description = "De bronmap (standaard: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = {"-o", "--uitvoer"}, paramLabel = "UITVOER", defaultValue = "output",
            description = "De uitvoermap (standaard: ${DEFAULT-VALUE}).")
    Path uitvoer;

    @Option(names = "--sjablonen", paramLabel = "MAP",
            description = "Map met eigen sjablonen, met dezelfde indeling als de standaardsjablonen "
                    + "(bijv. MAP/kale-tekst/verordening.txt.vm); wat daar ontbreekt komt uit de standaardsjablonen. "
                    + "Zonder deze optie alleen de standaardsjablonen.")
    Path sjablonen;

    @Option(names = "--strikt", description = "Maak geen uitvoer bij een fout of een niet-aanvaarde waarschuwing.")
    boolean strikt;

    @Option(names = "--toon-aanvaard", description = "Toon ook de aanvaarde bevindingen, met hun reden.")
    boolean toonAanvaard;

    /**
     * De map met eigen sjablonen, of null voor alleen de standaardsjablonen. Bewust niet stil
     * {@code ./templates} uit de werkmap: welke sjablonen gelden, moet uit de aanroep blijken.
     * Hier komt later ook een instelling in de bron bij; de optie gaat daar dan voor.
     */
    private Path sjabloonmap(Verordening verordening) {
        return sjablonen;
    }

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path bron = dir.toAbsolutePath().normalize();
        Path doel = uitvoer.toAbsolutePath().normalize();
        if (bron.startsWith(doel) || doel.startsWith(bron)) {
            err.println("verordening: de uitvoermap " + uitvoer + " mag de bronmap niet bevatten of erin liggen.");
            return ExitCode.ONBRUIKBAAR;
        }
        if (sjablonen != null && !Files.isDirectory(sjablonen)) {
            err.println("verordening: de sjablonenmap " + sjablonen + (Files.exists(sjablonen) ? " is geen map." : " bestaat niet."));
            return ExitCode.ONBRUIKBAAR;
        }
        if (!UitvoerMap.leegOfVanOns(doel)) {
            err.println("verordening: " + uitvoer + " bestaat al en is geen uitvoermap van verordening (geen "
                    + UitvoerMap.MERK + "); kies een andere map of maak hem leeg.");
            return ExitCode.ONBRUIKBAAR;
        }
        var r = Bronmap.laadEnControleer(dir, err);
        if (r == null) return ExitCode.ONBRUIKBAAR;
        Meldingen.print(r.bevindingen(), dir, err);
        if (toonAanvaard) Meldingen.printAanvaard(r.aanvaard(), dir, err);
        if (strikt && Meldingen.striktFout(r)) {
            err.println("verordening: " + Meldingen.samenvatting(r) + "; met --strikt is er geen uitvoer gemaakt.");
            return ExitCode.BEVINDINGEN;
        }
        RenderContext context = new RenderContext(new Templates(sjabloonmap(r.verordening())));
        List<Renderer> renderers = renderers();
        try (UitvoerMap map = UitvoerMap.begin(doel, true)) {
            Output output = new MapOutput(map.map(), context);
            for (Renderer renderer : renderers) renderer.render(r.verordening(), output);
            map.vervang();
        } catch (SjabloonFout e) {
            // een fout in een (eigen) sjabloon is onbruikbare invoer, geen fout in het programma
            err.println(e.getMessage());
            err.println("verordening: er is geen uitvoer gemaakt; " + uitvoer + " is niet veranderd.");
            return ExitCode.ONBRUIKBAAR;
        }
        out.println(uitvoer + ": " + renderers.size() + " uitvoer gemaakt uit " + r.verordening().artikelen().size()
                + " artikelen; " + Meldingen.samenvatting(r) + ".");
        return ExitCode.OK;
    }
}

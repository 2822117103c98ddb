package nl.verordening.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.verordening.pijplijn.Opties;
import nl.verordening.pijplijn.Pijplijn;
import nl.verordening.pijplijn.PijplijnFout;
import nl.verordening.render.SjabloonFout;
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
    /** Bewust niet stil {@code ./templates} uit de werkmap: welke sjablonen gelden, moet uit de aanroep blijken. */
    Path sjablonen;

    @Option(names = "--strikt", description = "Maak geen uitvoer bij een fout of een niet-aanvaarde waarschuwing.")
    boolean strikt;

    @Option(names = "--toon-aanvaard", description = "Toon ook de aanvaarde bevindingen, met hun reden.")
    boolean toonAanvaard;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Opties opties = new Opties(sjablonen, strikt);
        try {
            Pijplijn.controleerDoel(dir, uitvoer);
            Pijplijn.context(opties);
        } catch (PijplijnFout e) {
            err.println("verordening: " + e.getMessage());
            return ExitCode.ONBRUIKBAAR;
        }
        var r = Bronmap.laadEnControleer(dir, err);
        if (r == null) return ExitCode.ONBRUIKBAAR;
        Meldingen.print(r.bevindingen(), dir, err);
        if (toonAanvaard) Meldingen.printAanvaard(r.aanvaard(), dir, err);
        if (strikt && r.striktFout()) {
            err.println("verordening: " + Meldingen.samenvatting(r) + "; met --strikt is er geen uitvoer gemaakt.");
            return ExitCode.BEVINDINGEN;
        }
        int aantal;
        try {
            aantal = Pijplijn.bouw(r, uitvoer, opties);
        } catch (SjabloonFout | PijplijnFout e) {
            // een fout in een (eigen) sjabloon is onbruikbare invoer, geen fout in het programma
            err.println(e instanceof SjabloonFout ? e.getMessage() : "verordening: " + e.getMessage());
            err.println("verordening: er is geen uitvoer gemaakt; " + uitvoer + " is niet veranderd.");
            return ExitCode.ONBRUIKBAAR;
        }
        out.println(uitvoer + ": " + aantal + " uitvoer gemaakt uit " + r.verordening().artikelen().size()
                + " artikelen; " + Meldingen.samenvatting(r) + ".");
        return ExitCode.OK;
    }
}

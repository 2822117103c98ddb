package nl.verordening.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.verordening.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = false,
        description = "Laadt de bron en meldt alle fouten en bevindingen als bestand:regel:kolom.",
        synopsisHeading = "Gebruik: ", descriptionHeading = "%n", parameterListHeading = "%nArgumenten:%n",
        optionListHeading = "%nOpties:%n",
        footer = {"%nAanvaarde bevindingen ('aanvaard:' in de bron) tellen niet als waarschuwing; zie docs/controles.md.",
            "Exitcode 0: geen fouten; 1: bevindingen met ernst fout; 2: de bron is onbruikbaar."})
final class CheckCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    HulpOpties hulp;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", defaultValue = "verordening-source",
            description = "De bronmap (standaard: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--lijst", description = "Toon alle laadfouten en controles (code, id, ernst, samenvatting) en stop.")
    boolean lijst;

    @Option(names = "--toon-aanvaard", description = "Toon ook de aanvaarde bevindingen, met hun reden.")
    boolean toonAanvaard;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (lijst) {
            out.print(Catalogus.tekst());
            out.flush();
            return ExitCode.OK;
        }
        var r = Bronmap.laadEnControleer(dir, spec.commandLine().getErr());
        if (r == null) return ExitCode.ONBRUIKBAAR;
        Meldingen.print(r.bevindingen(), dir, out);
        if (toonAanvaard) Meldingen.printAanvaard(r.aanvaard(), dir, out);
        out.println(dir + ": " + r.verordening().hoofdstukken().size() + " hoofdstukken, " + r.verordening().artikelen().size()
                + " artikelen; " + Meldingen.samenvatting(r) + ".");
        return Meldingen.aantal(r.bevindingen(), Severity.ERROR) > 0 ? ExitCode.BEVINDINGEN : ExitCode.OK;
    }
}

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

    static final String STANDAARDMAP = "verordening-source";

    @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", defaultValue = STANDAARDMAP,
            description = "De bronmap (standaard: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--lijst", description = "Toon alle laadfouten en controles (code, id, ernst, samenvatting) en stop.")
    boolean lijst;

    @Option(names = "--toon-aanvaard", description = "Toon ook de aanvaarde bevindingen, met hun reden.")
    boolean toonAanvaard;

    /** Uitvoerformaat van de bevindingen. */
    enum Formaat { tekst, json, sarif }

    @Option(names = "--format", paramLabel = "FORMAAT", defaultValue = "tekst",
            description = "tekst (standaard; per bestand, met suggesties), json (één object per bevinding) of sarif (SARIF 2.1.0).")
    Formaat formaat;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (lijst) {
            out.print(Catalogus.tekst());
            out.flush();
            return ExitCode.OK;
        }
        return controleer(dir, toonAanvaard, formaat, out, spec.commandLine().getErr());
    }

    /** Laden, controleren en melden; ook gebruikt door de snelle weg in {@link Main} (zonder picocli). */
    static int controleer(Path dir, boolean toonAanvaard, Formaat formaat, java.io.PrintWriter out, java.io.PrintWriter err) {
        var r = Bronmap.laadEnControleer(dir, err);
        if (r == null) return ExitCode.ONBRUIKBAAR;
        int code = Meldingen.aantal(r.bevindingen(), Severity.ERROR) > 0 ? ExitCode.BEVINDINGEN : ExitCode.OK;
        if (formaat != Formaat.tekst) {
            out.print(formaat == Formaat.json ? Rapportformaat.json(r.bevindingen(), r.verordening(), dir)
                    : Rapportformaat.sarif(r.bevindingen(), r.verordening(), dir));
            out.flush();
            return code;
        }
        Meldingen.printBevindingen(r.bevindingen(), dir, out, Meldingen.kleur());
        if (!r.bevindingen().isEmpty()) out.println();
        if (toonAanvaard) Meldingen.printAanvaard(r.aanvaard(), dir, out);
        out.println(dir + ": " + r.verordening().hoofdstukken().size() + " hoofdstukken, " + r.verordening().artikelen().size()
                + " artikelen; " + Meldingen.samenvatting(r) + ".");
        return code;
    }
}

package nl.verordening.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.verordening.pijplijn.Opties;
import nl.verordening.serve.Voorbeeldserver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = false,
        description = "Toont een voorbeeld op http://127.0.0.1:POORT/ dat ververst bij elke keer opslaan in de bronmap,"
                + " met de bevindingen per artikel. Schrijft niets naar schijf.",
        synopsisHeading = "Gebruik: ", descriptionHeading = "%n", parameterListHeading = "%nArgumenten:%n",
        optionListHeading = "%nOpties:%n",
        footer = {"%nStoppen: Ctrl-C. De server luistert alleen op 127.0.0.1 (deze computer)."})
final class ServeCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    HulpOpties hulp;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", defaultValue = "verordening-source",
            description = "De bronmap (standaard: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--poort", paramLabel = "POORT", defaultValue = "8080",
            description = "De poort (standaard: ${DEFAULT-VALUE}; 0 kiest een vrije).")
    int poort;

    @Option(names = "--sjablonen", paramLabel = "SJABLONEN", description = "Map met eigen sjablonen (zoals bij build).")
    Path sjablonen;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("verordening: bronmap '" + dir + "' bestaat niet.");
            return ExitCode.ONBRUIKBAAR;
        }
        Voorbeeldserver server = new Voorbeeldserver(dir, new Opties(sjablonen, false), regel -> {
            err.println("verordening serve: " + regel);
            err.flush();
        });
        try {
            server.start(poort);
        } catch (java.net.BindException e) {
            err.println("verordening: poort " + poort + " is bezet; kies een andere met --poort.");
            return ExitCode.ONBRUIKBAAR;
        }
        CountDownLatch klaar = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            err.println("verordening serve: gestopt.");
            err.flush();
            klaar.countDown();
            // Ctrl-C is de gewone manier om te stoppen, geen fout: exitcode 0 in plaats van 130.
            Runtime.getRuntime().halt(ExitCode.OK);
        }, "verordening-serve-stop"));
        spec.commandLine().getOut().println("verordening serve: " + server.uri() + " (bron " + dir + "; Ctrl-C stopt)");
        spec.commandLine().getOut().flush();
        klaar.await();
        return ExitCode.OK;
    }
}

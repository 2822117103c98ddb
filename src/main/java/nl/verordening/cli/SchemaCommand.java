package nl.verordening.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.verordening.render.bron.BronSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = false,
        description = "Schrijft de JSON Schema's (draft 2020-12) van de bronbestanden, voor hulp en controle in een editor.",
        synopsisHeading = "Gebruik: ", descriptionHeading = "%n", optionListHeading = "%nOpties:%n",
        footer = {"%nDe schema's komen uit het bronformaat zelf; zie docs/editor.md voor VS Code."})
final class SchemaCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    HulpOpties hulp;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--uitvoer"}, paramLabel = "MAP", defaultValue = "schema",
            description = "Map voor de schema's (standaard: ${DEFAULT-VALUE}).")
    Path map;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(map);
        for (Map.Entry<String, String> e : BronSchema.alle().entrySet()) {
            Files.writeString(map.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println(map.resolve(e.getKey()));
        }
        return ExitCode.OK;
    }
}

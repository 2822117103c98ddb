package nl.verordening.cli;

import picocli.CommandLine.Command;

@Command(name = "verordening",
        mixinStandardHelpOptions = false,
        versionProvider = Versie.class,
        description = "Compileert een integrale verordening sociaal domein uit YAML-bronnen naar de kale tekst, "
                + "de publieksversie en beslistabellen, en controleert de bron.",
        synopsisHeading = "Gebruik: ",
        descriptionHeading = "%n",
        optionListHeading = "%nOpties:%n",
        commandListHeading = "%nOpdrachten:%n",
        footerHeading = "%n",
        footer = {"Exitcodes: 0 in orde, 1 bevindingen met ernst fout, 2 onbruikbare invoer, 3 interne fout.",
            "Bronformaat: docs/bronformaat.md"},
        subcommands = {CheckCommand.class, BuildCommand.class, ImportCommand.class, DecideCommand.class})
final class VerordeningCommand {

    @picocli.CommandLine.Mixin
    HulpOpties hulp;
}

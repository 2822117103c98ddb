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
            "Bronformaat: docs/bronformaat.md"})
final class VerordeningCommand {

    /**
     * De opdrachten in de volgorde van --help. Niet in de annotatie: {@link Main} registreert alleen
     * de opdracht die gegeven is (picocli leest elke opdracht met reflectie; dat kost bij een koude
     * start merkbaar), en alle opdrachten voor --help, een tikfout of geen opdracht.
     */
    static final java.util.Map<String, java.util.function.Supplier<Object>> OPDRACHTEN = opdrachten();

    private static java.util.Map<String, java.util.function.Supplier<Object>> opdrachten() {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("check", CheckCommand::new);
        m.put("build", BuildCommand::new);
        m.put("import", ImportCommand::new);
        m.put("decide", DecideCommand::new);
        m.put("schema", SchemaCommand::new);
        m.put("serve", ServeCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    @picocli.CommandLine.Mixin
    HulpOpties hulp;
}
